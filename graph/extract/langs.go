package extract

// verbFinal tells whether the article's language ends its clauses with the
// verb (Turkish, Urdu): the names a verb governs stand before it, and a
// name right before a noun may be its owner ("Erdoğan'ın ziyareti").
func (d *doc) verbFinal() bool { return d.lang == "tr" || d.lang == "ur" }

// romance tells whether the article is French, Italian or Spanish, whose
// clauses may drop the subject (it, es) and put an object pronoun before
// the verb ("lo ricevette", "l'a reçu").
func (d *doc) romance() bool { return d.lang == "fr" || d.lang == "it" || d.lang == "es" }

// subjectFirst tells whether the article's language puts a clause's
// subject before its verb, never right after it (en fr it es).
func (d *doc) subjectFirst() bool { return d.lang == "en" || d.romance() }

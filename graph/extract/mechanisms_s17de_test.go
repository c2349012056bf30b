package extract

import "testing"

// TestGermanBothAsPluralObject: German refers back to two people named
// before with "beide" / "die beiden" as the object ("empfing beide",
// "sprach mit beiden"), where the other languages use a plural pronoun
// ("received them", "les a reçus"). With a `separate` word in the clause
// ("getrennt", "nacheinander"), the subject met each of the two on their
// own. The separate adverb may also stand inside the talk phrase
// ("sprach getrennt mit", "sprach nacheinander mit"), as other adverbs of
// the `inserted` list do.
func TestGermanBothAsPluralObject(t *testing.T) {
	x := shipped(t)
	lead := "Aguila Saleh und Chalid al-Mischri reisten am Dienstag nach Rom. "
	pair := [][]string{{"luigi-di-maio", "aguila-saleh-issa"}, {"luigi-di-maio", "khalid-al-mishri"}}
	for _, c := range []struct{ lang, text string }{
		{"de", lead + "Außenminister Luigi Di Maio empfing beide nacheinander in der Farnesina."},
		{"de", lead + "Luigi Di Maio sprach mit beiden getrennt."},
		{"de", lead + "Luigi Di Maio sprach nacheinander mit beiden."},
		{"de", lead + "Luigi Di Maio hat die beiden getrennt empfangen."},
		{"en", "Aguila Saleh and Khalid al-Mishri travelled to Rome on Tuesday. Foreign Minister Luigi Di Maio received them separately."},
	} {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
}

// TestGermanTreffenAsLightVerb: "treffen" with an abstract noun as its
// object is a light verb ("eine Entscheidung treffen", "Vereinbarungen
// treffen", "Vorkehrungen treffen": to make a decision, an agreement,
// arrangements) and tells no meeting, whether the participle closes the
// clause after the noun or the finite verb stands right before it. An
// impersonal passive of "sprechen" ("darüber wird kaum gesprochen",
// "wurde … gesprochen") has no one who talks: no meeting, and its "wird"
// is the passive's, not a plan's.
func TestGermanTreffenAsLightVerb(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Kanzlerin Angela Merkel hat zusammen mit Emmanuel Macron die Entscheidung getroffen, Chalifa Haftar nicht einzuladen.",
		"Wladimir Putin sagte, er und Recep Tayyip Erdoğan hätten „wichtige Absprachen“ über Syrien getroffen.",
		"Luigi Di Maio und Nikos Dendias haben bereits Vorkehrungen für die Konferenz getroffen.",
		"Giuseppe Conte und Emmanuel Macron trafen eine Vereinbarung über die Flüchtlingsfrage.",
		"Über eine Rolle für Aguila Saleh wird in Tripolis nur hinter vorgehaltener Hand gesprochen.",
	} {
		if f := factsOn(t, x, "de", "2020-10-20", "Title\n\n"+text); len(f.Meetings) != 0 {
			t.Errorf("%q: meetings %v, want none", text, allParts(f))
		}
	}
	// the meeting verb itself still reads
	wantAllParts(t, x, "de", "Giuseppe Conte hat am Montag in Rom Emmanuel Macron getroffen.", [][]string{{"giuseppe-conte", "emmanuel-macron"}})
	// the passive "wird" before a call is no plan
	f := factsOn(t, x, "de", "2020-10-20", "Title\n\nAuch zwischen Rom und Paris wird gesprochen: Luigi Di Maio und Jean-Yves Le Drian berieten am Montag telefonisch über Libyen.")
	if len(f.Meetings) != 1 || f.Meetings[0].Status == "planned" {
		t.Errorf("passive wird: meetings %+v, want one call, not planned", f.Meetings)
	}
}

// TestGermanFrontedObjectPronounSpeaker: a German main clause may open
// with its object, the finite verb second and the subject after it ("Das
// Abkommen mit der Türkei nannte er illegal"). "er" can only be a
// subject: the speaker is the one it stands for, never a state named
// inside the fronted object.
func TestGermanFrontedObjectPronounSpeaker(t *testing.T) {
	x := shipped(t)
	lead := "Nikos Dendias sagte am Dienstag in Athen, Griechenland wolle verhandeln. "
	for _, text := range []string{
		lead + "Das Abkommen zwischen der Türkei und Libyen nannte er jedoch „illegal“.",
		lead + "Die Politik Ankaras kritisierte er scharf.",
		lead + "Die Bohrungen vor Zypern bezeichnete er als Provokation der Türkei.",
	} {
		f := factsOn(t, x, "de", "2020-10-20", "Title\n\n"+text)
		for _, s := range f.Statements {
			if s.Speaker != "nikos-dendias" {
				t.Errorf("%q: speakers %v, want only nikos-dendias", text, speakers(f))
				break
			}
		}
		if len(f.Statements) != 2 {
			t.Errorf("%q: %d statements, want 2", text, len(f.Statements))
		}
	}
	// a state as the subject before the verb still speaks
	wantOnlySpeaker(t, x, "de", "Title\n\nDie Türkei kritisierte das Abkommen scharf.", "turkey")
}

package extract

// andSubject parts two coordinated clauses where the second, opened by
// "and" right after a comma, names a subject of its own right before its
// verb: "Tebún recibió a Serraj, y pocos días después Bukadum viajó a
// Bengasi", "Merkel met Erdoğan, and two days later Maas flew to
// Benghazi", "Путин принял Эрдогана, и вскоре Лавров провёл переговоры".
// The subject is the next trigger's, not a partner of the clause before.
// It is the token of "and" (c), or -1 when the clause before keeps fewer
// than two actors or no name stands right before the next trigger.
func (d *doc) andSubject(c int, next hit, ms []mention) int {
	before := map[string]bool{}
	first, lastEnd := -1, -1
	for _, m := range ms {
		switch {
		case m.tok0 < c:
			before[m.actor] = true
		case m.tok0 < next.tok0:
			if first < 0 {
				first = m.tok0
			}
			lastEnd = m.tok1
		}
	}
	if len(before) < 2 || first < 0 || d.listBefore(c, ms) {
		return -1
	}
	// the subject before its verb, in the same stretch of words ("Bukadum
	// luego viajó", "Di Maio è volato a Tripoli per incontrare"): a
	// comma after the name ends a list of objects ("met Sarraj, and
	// Haftar, in Rome")
	if next.tok0-lastEnd > 6 || d.punctIn(lastEnd, next.tok0, ",،;:") {
		return -1
	}
	return c
}

// listBefore tells whether the names before the comma at token c are a
// list that the comma goes on with ("met Saleh, Haftar, and Sarraj"):
// the name ending at c follows another name and a comma (not a title:
// "el primer ministro, Fayez al Serraj, y …").
func (d *doc) listBefore(c int, ms []mention) bool {
	for _, m := range ms {
		if m.tok1 == c && m.tok0 > 0 && d.punctIn(m.tok0, m.tok0, ",،") {
			if d.toks[m.tok0-1].upper || mentionIn(ms, m.tok0-1, m.tok0) {
				return true
			}
			for _, o := range ms {
				if o.tok1 == m.tok0 {
					return true
				}
			}
		}
	}
	return false
}

// commaAside tells whether mention m lies in a stretch set off by commas
// inside (lo, hi): "La visita, la de mayor rango desde que … expulsaron a
// las tropas de Hafter, se produce días después de que …" names Haftar in
// an aside about the visit, not as its partner.
func (d *doc) commaAside(m mention, lo, hi int) bool {
	return d.punctIn(lo, m.tok0, ",،") && d.punctIn(m.tok1, hi, ",،")
}

// auxiliaryGap tells whether the one word in [lo, hi) between a subject
// and its verb is an auxiliary or an adverb: "que Serraj fuera
// recibido", "dopo che Di Maio era stato ricevuto".
func (d *doc) auxiliaryGap(lo, hi int) bool {
	if hi-lo > 2 || d.punctIn(lo, hi, ",،;:") {
		return false
	}
	for k := lo; k < hi; k++ {
		if !d.insertedAt(k) && !d.rules.auxiliary[d.toks[k].norm] {
			return false
		}
	}
	return true
}

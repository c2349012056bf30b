package extract

// frontedClauseCut parts a sentence that opens with a subordinate clause
// (`fronted_sub`: "After", "Après que", "Dopo che", "Después de que",
// "После того как", "Nachdem") at the comma that closes it, when that
// clause names its own subject, a name or a pronoun, right after its
// opener, before its verb heads[0] (the sentence's first trigger, k 0),
// and the main clause names one too:
// "After Maas met Sarraj in Tripoli, President Saied received Williams in
// Tunis" is two events, Saied no partner of the first, nor Maas of the
// second; "Nachdem er sich im Mai mit Macron abgestimmt hatte, warb er im
// Gespräch mit Trump …" two calls. It is the comma's token, or -1. (A
// clause with no subject of its own, "Après avoir rencontré Sarraj, Le
// Drian a …", shares the main clause's: no cut.)
func (d *doc) frontedClauseCut(s sentence, k int, heads []hit, ms []mention) int {
	if k != 0 || len(heads) < 2 || d.inQuote[heads[0].tok0] {
		return -1
	}
	opens := -1
	for _, h := range d.hitsStartingAt(s.tok0) {
		if h.p.kind == pFrontedSub && h.tok1 <= heads[0].tok0 {
			opens = h.tok1
		}
	}
	if opens < 0 {
		return -1
	}
	// its subject within three words of the opener, before the verb
	subj := opens + 3
	if subj > heads[0].tok0 {
		subj = heads[0].tok0
	}
	if d.punctIn(opens+1, subj, ",،;:") || !mentionIn(ms, opens, subj) && !d.pronounIn(opens, subj) {
		return -1
	}
	// the comma closing the clause: the first after its verb
	c := -1
	for k := heads[0].tok1; k < heads[1].tok0; k++ {
		if d.punctIn(k, k, ";:") {
			return -1
		}
		if d.punctIn(k, k, ",،") {
			c = k
			break
		}
	}
	if c < 0 {
		return -1
	}
	// the main clause names its subject, a name or a pronoun, near its
	// start before its trigger ("President Saied received"), or right
	// after the trigger that opens it, the verb second or first
	// ("telefonierte Merkel mit …", "استقبل الرئيس قيس سعيد …")
	to := min(c+5, heads[1].tok0)
	if heads[1].tok0 <= c+1 {
		to = heads[1].tok1 + 2
	}
	if !mentionIn(ms, c, to) && !d.pronounIn(c, to) {
		return -1
	}
	return c
}

package extract

import "unicode/utf8"

// proposedMeeting tells whether meeting trigger h is what a proposal verb
// or noun governs: "proposed to Haftar a meeting with Sarraj", "ha proposto
// ad Haftar di incontrare Serraj", "a proposé une rencontre entre X et Y",
// "schlug Haftar ein Treffen mit al-Sarradsch vor", "предложил Хафтару
// встречу с Сараджем", "Serrac ile bir görüşme önerdi". A proposed
// meeting is neither held nor planned: nobody has agreed to it yet. The
// fixed phrases of `ignore` ("proposto un incontro") cannot hold it once
// the one it is proposed to stands between verb and noun.
//
// Before the trigger, the words between the proposal and it may name
// people (the recipient, the partners) or be short function words
// (articles, prepositions, "that", "to"), and one other word may stand
// right before the trigger ("a new meeting"); six words at most besides
// names, no clause break. "proposed a ceasefire at the meeting with Y"
// keeps its meeting: "ceasefire" does not stand right before "meeting".
// After the trigger, for verb-final clauses ("bir görüşme önerdi", "ein
// Treffen vorgeschlagen", "ملاقات کی تجویز دی"), two short words at most
// and no name between.
func (d *doc) proposedMeeting(h hit, hs []hit) bool {
	if h.p.kind != pMeet && h.p.kind != pMeetNoun {
		return false
	}
	sent := d.toks[h.tok0].sent
	for _, u := range hs {
		if u.p.kind != pPropose || d.toks[u.tok0].sent != sent {
			continue
		}
		if u.tok1 <= h.tok0 && d.proposalGap(u.tok1, h.tok0) {
			return true
		}
		if u.tok0 >= h.tok1 && d.verbFinalProposal(u) && !d.breakIn(h.tok1, u.tok0+1) {
			// (German: the participle closes the clause, the partners
			// between, "ein Treffen zwischen X und Y vorgeschlagen")
			if d.lang == "de" && u.tok0-h.tok1 <= 8 {
				return true
			}
			if u.tok0-h.tok1 <= 2 && !d.namedIn(h.tok1, u.tok0) && d.shortWords(h.tok1, u.tok0) {
				return true
			}
		}
	}
	return false
}

// verbFinalProposal tells whether proposal u can close the clause of a
// meeting before it: always in Turkish and Urdu, in German only as the
// clause's last word and a verb ("hat ein Treffen vorgeschlagen", not
// "trafen sich und schlugen vor, …"). Elsewhere the verb after a meeting is a new
// clause: "провели переговоры и призвали стороны …".
func (d *doc) verbFinalProposal(u hit) bool {
	switch d.lang {
	case "tr", "ur":
		return true
	case "de":
		s := d.sents[d.toks[u.tok0].sent]
		// (a verb, not the noun "Angebot": "trafen sich und diskutierten
		// das Angebot")
		return !d.toks[u.tok0].upper && (u.tok1 >= s.tok1 || urgeClauseEnds(d.toks[u.tok1]))
	}
	return false
}

// proposalGap tells whether tokens [t0, t1) can stand between a proposal
// and the meeting it governs (see proposedMeeting).
func (d *doc) proposalGap(t0, t1 int) bool {
	if d.breakIn(t0, t1+1) {
		return false
	}
	words := 0
	for k := t0; k < t1; k++ {
		if d.insideMention(k, k+1) {
			continue
		}
		words++
		if words > 6 {
			return false
		}
		if utf8.RuneCountInString(d.toks[k].norm) <= 4 || k == t1-1 {
			continue
		}
		// (a title or given name right before a name: "الرئيس الفرنسي
		// إيمانويل ماكرون", "a Jalifa Hafter")
		if d.namedIn(k+1, min(k+4, t1)) {
			continue
		}
		if d.hitStartsWithKind(k, pComplementizer) || d.hitStartsWithKind(k, pInfinitive) || d.hitStartsWithKind(k, pDirection) || d.hitStartsWithKind(k, pUrgePrep) {
			continue
		}
		return false
	}
	return true
}

// shortWords tells whether every token of [t0, t1) has four letters at most.
func (d *doc) shortWords(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if utf8.RuneCountInString(d.toks[k].norm) > 4 {
			return false
		}
	}
	return true
}

// breakIn tells whether a clause break stands before one of tokens
// (t0, t1): the punctuation before t0 itself does not count.
func (d *doc) breakIn(t0, t1 int) bool {
	for k := t0 + 1; k < t1 && k < len(d.toks); k++ {
		if urgeClauseEnds(d.toks[k]) {
			return true
		}
	}
	return false
}

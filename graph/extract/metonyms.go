package extract

import (
	"slices"
	"strings"
)

// speakerMetonyms drops the mentions of speaker_metonyms forms ("Paris",
// "Rabat", "برلين") that are not the subject of a speech verb. "Paris
// estime que …", "Rabat insiste en que …", "ودعت باريس إلى …", "selon
// Rome" keep their country as the speaker; "the Berlin conference", "the
// guest from Berlin", "Algier/Tunis –" and "a invité Paris à rouvrir son
// ambassade" name no party.
func (d *doc) speakerMetonyms() {
	if !slices.ContainsFunc(d.mentions, func(m mention) bool { return m.name == nameSpeaker }) {
		return
	}
	d.mentions = slices.DeleteFunc(d.mentions, func(m mention) bool {
		return m.name == nameSpeaker && (m.loc || m.dir || !d.speaksAt(m) && !d.pressOfficeOf(m))
	})
}

// speaksAt tells whether mention m is the subject of a speech verb: the
// verb right before it (verb-subject order, "according to"), or right
// after it, one word at most between, past an aside set off by commas
// ("Paris, de son côté, estime"); in Turkish and Urdu, where the verb
// closes the sentence, the subject set off by a comma or marked by "نے"
// before a speech verb later in its sentence. A capital after a
// preposition or an elided article is none ("le rôle d'Alger et assuré",
// "con Roma, ma ha chiesto"), nor one a longer gap parts from the verb
// ("Paris a longtemps été accusé").
func (d *doc) speaksAt(m mention) bool {
	for _, h := range d.hitsEndingAt(m.tok0) {
		if isSpeech(h.p.kind) {
			return true
		}
		switch h.p.kind {
		case pLocative, pDirection, pComitative, pBetween, pUrgePrep:
			return false
		}
	}
	if d.toks[m.tok0].apos {
		return false
	}
	sent := d.toks[m.tok0].sent
	end := d.sents[sent].tok1
	if m.tok1 >= end {
		return false
	}
	k := m.tok1
	if strings.Contains(d.toks[k].punct, ",") {
		j := k + 1
		for j < end && j <= k+8 && !strings.Contains(d.toks[j].punct, ",") {
			j++
		}
		if j < end && j <= k+8 {
			k = j
		}
	}
	for i := k; i < end && i <= k+1; i++ {
		if strings.ContainsAny(d.toks[i].punct, ".;:–—") && i > m.tok1 {
			break
		}
		if d.speechStartsAt(i) {
			return true
		}
	}
	switch d.lang {
	case "tr":
		if !strings.Contains(d.toks[m.tok1].punct, ",") {
			return false
		}
	case "ur":
		if d.toks[m.tok1].norm != "نے" {
			return false
		}
	default:
		return false
	}
	for k := m.tok1; k < end; k++ {
		if d.speechStartsAt(k) {
			return true
		}
	}
	return false
}

// speechStartsAt tells whether a speech phrase starts at token k.
func (d *doc) speechStartsAt(k int) bool {
	return slices.ContainsFunc(d.hitsStartingAt(k), func(h hit) bool { return isSpeech(h.p.kind) })
}

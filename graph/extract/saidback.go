package extract

import (
	"strings"

	"github.com/parley/parley/graph"
)

// saidBackStatements reads a sentence that opens by pointing back to the
// sentence before as what was said and names who said it ("یہ بات X نے
// کہی", "ان خیالات کا اظہار X نے کیا", "Lo ha detto X", "That was the
// message of X", "جاء ذلك على لسان X", "Такое мнение высказал X"; the
// `said_back` phrases): the words are the sentence before, the speaker the
// first actor named after the phrase in its own sentence (a place is no
// speaker). A statement the speaker already has in the pointing sentence
// (its speech verb read as reported speech of junk text: "Das sagte X")
// takes the sentence before as its text; when he already has one in the
// sentence before, the pointing sentence's own is dropped ("«…», sagte
// Maas. Das sagte er auch in Rom" is one statement).
func (d *doc) saidBackStatements() {
	for _, h := range d.hits {
		if h.p.kind != pSaidBack || d.inQuote[h.tok0] {
			continue
		}
		si := d.toks[h.tok0].sent
		if si <= d.headSents || si == 0 {
			continue
		}
		s, prev := d.sents[si], d.sents[si-1]
		if h.tok0-s.tok0 > 1 || prev.tok1 <= prev.tok0 {
			continue // the phrase opens its sentence (a conjunction may stand before it)
		}
		var spk *mention
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.tok0 < h.tok1 || m.tok0 >= s.tok1 || d.inQuote[m.tok0] {
				continue
			}
			if m.loc || m.dir {
				continue
			}
			spk = m
			break
		}
		speaker := ""
		if spk != nil {
			speaker = spk.actor
		} else {
			// "Das sagte er": the speaker the pointing sentence's own
			// reported speech found
			for _, o := range d.statements {
				if o.Evidence.Sentence == si && !o.Quote {
					speaker = o.Speaker
					break
				}
			}
		}
		if speaker == "" {
			continue
		}
		had := false
		for _, o := range d.statements {
			if o.Speaker == speaker && o.Evidence.Sentence == si-1 {
				had = true
			}
		}
		if had {
			// the words are told already: the pointing sentence tells
			// no more of its own
			kept := d.statements[:0]
			for _, o := range d.statements {
				if !(o.Speaker == speaker && o.Evidence.Sentence == si && !o.Quote) {
					kept = append(kept, o)
				}
			}
			d.statements = kept
			continue
		}
		span := d.span(prev.tok0, prev.tok1)
		text := strings.TrimSpace(string(d.text[span[0]:span[1]]))
		quote := false
		for _, q := range d.quotes {
			if !q.used && q.tok0 >= prev.tok0 && q.tok1 <= prev.tok1 && q.tok1-q.tok0 >= 3 && q.tok0-prev.tok0 <= 1 {
				quote = true
			}
		}
		replaced := false
		for i := range d.statements {
			o := &d.statements[i]
			if o.Speaker == speaker && o.Evidence.Sentence == si && !o.Quote {
				o.Text, o.Quote, o.About = text, quote, d.about(prev.tok0, prev.tok1, speaker)
				replaced = true
			}
		}
		if replaced {
			continue
		}
		if spk == nil {
			continue
		}
		st := graph.Statement{
			ID: claimID("s", d.art.ID, si, d.toks[h.tok0].start), Speaker: speaker,
			Text: text, Quote: quote, Lang: d.lang,
			About:    d.about(prev.tok0, prev.tok1, speaker),
			Evidence: d.evidence(si, d.lang+".speech.said_back", 0.7, d.span(h.tok0, h.tok1), [][2]int{{spk.start, spk.end}}),
		}
		d.statements = append(d.statements, st)
	}
}

// arSpeakerApposition makes actors of names the lexicon does not know that
// an Arabic speech verb's subject gives in apposition after its title,
// set off by a comma: "وقال الناطق باسم الوفد الليبي، عادل الفيتوري: «…»",
// "وأكد المتحدث باسم الحكومة، X، أن …". With no capitals to tell a name,
// the slot is the cue: the title right after the verb, the comma at most
// five words on, then two or three words that do not open with the
// article and are closed by a mark, the sentence end or a complementizer.
// (Latin and Cyrillic script have titleThenName.)
func (d *doc) arSpeakerApposition(covered, stop []bool) bool {
	added := false
	for _, h := range d.hits {
		if h.p.kind != pTitle || covered[h.tok0] || h.tok0 == 0 || d.toks[h.tok0].script != scriptArabic {
			continue
		}
		verb := false
		for _, i := range d.hitsByEnd(h.tok0) {
			if isSpeech(d.hits[i].p.kind) && !isAccording(d.hits[i]) {
				verb = true
			}
		}
		if !verb {
			continue
		}
		send := d.sents[d.toks[h.tok0].sent].tok1
		c := d.appositionComma(h, send)
		if c < 0 || strings.HasPrefix(d.toks[c].key, "ال") {
			continue
		}
		j := c
		for j < send && j-c < 3 {
			t := &d.toks[j]
			if covered[j] || stop[j] || t.script != scriptArabic || j > c && strings.ContainsAny(t.punct, breakMarks) {
				break
			}
			if j > c && d.complementizerAt(j) {
				break
			}
			j++
		}
		if j-c < 2 || j < send && !strings.ContainsAny(d.toks[j].punct, breakMarks) && !d.complementizerAt(j) {
			continue
		}
		d.addTitled(c, j, h.p.role, covered)
		added = true
	}
	return added
}

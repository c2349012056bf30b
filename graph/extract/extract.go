// Package extract turns one news article into graph.Facts: the actors it
// names, the meetings, calls and visits it reports, and what was said, each
// with evidence in the original text. It is a rule and lexicon engine in the
// tradition of the PETRARCH and Phoenix event coders, with native rules per
// language (lexicon/triggers/<lang>.yaml) and cross-script name matching;
// there is no statistical model, so every fact can be traced to a rule.
package extract

import (
	"embed"
	"fmt"
	"hash/fnv"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

//go:embed lexicon
var lexiconFS embed.FS

// Extractor holds the loaded lexicon and rules. It is immutable after New
// and safe for concurrent use; an article's working state lives in a doc
// that is dropped when Article returns.
type Extractor struct {
	lx *lexicon
	// version fingerprints the rules and lexicon, so that the loader
	// re-extracts stored articles when they change.
	version string
	// skel remembers fuzzy-match candidates by word key across articles
	// (a corpus repeats its names; the scan over the lexicon is the costly
	// part of the fuzzy match), up to skelCacheMax words; a plain map
	// under a read lock reads faster than a sync.Map (session 18)
	skelMu sync.RWMutex
	skel   map[string][]skelCand
}

// skelCacheMax bounds the shared candidate cache: a few MB at most.
const skelCacheMax = 1 << 15

// New loads and checks the embedded lexicon.
func New() (*Extractor, error) {
	sub, err := fs.Sub(lexiconFS, "lexicon")
	if err != nil {
		return nil, fmt.Errorf("open embedded lexicon: %w", err)
	}
	return NewFS(sub)
}

// NewFS loads a lexicon rooted at fsys, laid out like lexicon/.
func NewFS(fsys fs.FS) (*Extractor, error) {
	lx, err := loadLexicon(fsys)
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	return &Extractor{lx: lx, version: fingerprint(fsys)}, nil
}

// Actor returns the lexicon entry of id, with every name as an alias.
func (x *Extractor) Actor(id string) (graph.Actor, bool) {
	i, ok := x.lx.actorIdx[id]
	if !ok {
		return graph.Actor{}, false
	}
	a := x.lx.actors[i].Actor
	a.Aliases = append([]string(nil), a.Aliases...)
	return a, true
}

// Actors lists every lexicon actor, sorted by id.
func (x *Extractor) Actors() []graph.Actor {
	out := make([]graph.Actor, 0, len(x.lx.actors))
	for _, a := range x.lx.actors {
		c := a.Actor
		c.Aliases = append([]string(nil), c.Aliases...)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Place returns the lexicon entry of a place id.
func (x *Extractor) Place(id string) (graph.Place, bool) {
	i, ok := x.lx.placeIdx[id]
	if !ok {
		return graph.Place{}, false
	}
	p := x.lx.places[i]
	p.Aliases = append([]string(nil), p.Aliases...)
	return p, true
}

// Article extracts the facts of one article. It never panics on any text;
// an error means the article could not be processed at all.
func (x *Extractor) Article(a graph.Article) (f graph.Facts, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = graph.Facts{}, fmt.Errorf("extract %s: internal error: %v", a.Path, r)
		}
	}()
	d := newDoc(x, a)
	d.run()
	f = d.facts()
	d.release()
	return f, nil
}

// shortHash is a short, stable hash for claim ids.
func shortHash(parts ...string) string {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return strconv.FormatUint(h.Sum64(), 36)
}

// fnv64a offset basis and prime (hash/fnv's New64a)
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// claimID is prefix + shortHash(id, itoa(a), itoa(b)) in one allocation:
// FNV-1a over the same bytes, the numbers' digits written in place.
func claimID(prefix, id string, a, b int) string {
	h := uint64(fnvOffset64)
	for i := 0; i < len(id); i++ {
		h = (h ^ uint64(id[i])) * fnvPrime64
	}
	h *= fnvPrime64 // the 0 after each part
	for _, n := range [2]int{a, b} {
		var buf [20]byte
		for _, c := range appendInt(buf[:0], n) {
			h = (h ^ uint64(c)) * fnvPrime64
		}
		h *= fnvPrime64
	}
	var buf [24]byte
	return string(strconv.AppendUint(append(buf[:0], prefix...), h, 36))
}

// appendInt appends n's decimal digits as itoa writes them.
func appendInt(buf []byte, n int) []byte {
	return strconv.AppendInt(buf, int64(n), 10)
}

// doc is the working state of one article.
type doc struct {
	x     *Extractor
	art   graph.Article
	text  []rune
	toks  []token
	sents []sentence
	lang  string
	rules *langRules
	pub   graph.Date
	bufs  *docBufs // where text and toks live, from docBufPool
	off   []int32  // byte offset in art.Text of each rune of text, and of its end
	clean bool     // art.Text[off[a]:off[b]] is string(text[a:b])

	hits        []hit
	byEnd       []int32 // hit indexes ordered by the token just after the hit
	byEndAt     []int32 // byEnd[byEndAt[t]:byEndAt[t+1]] are the hits ending at token t
	mentions    []mention
	placeMs     []placeMention
	unknown     []*unknownActor
	unknownByID map[string]*unknownActor
	ledBy       map[string][]string // a delegation's leader -> the organisations or countries named as whose delegation it is
	lowerKeys   map[string]bool     // keys of the words the article writes in lower case (built when needed)
	fuzzy       map[string]bool
	skelMemo    map[string][]skelCand // fuzzy-match candidates by word key
	insMemo     []uint8               // per token: 0 not yet looked up, 1 no inserted adverb, 2 one
	dates       []dateExpr
	quotes      []quote
	inQuote     []bool

	meetings     []*event
	statements   []graph.Statement
	negPairs     map[[2]string]bool
	apart        map[[2]string]bool // partners met separately: never one meeting
	negTrig      int                // the trigger token of a meeting the current sentence denies, or -1
	negParts     []string           // the people of that denied meeting
	sentEvs      []*event           // the events the current sentence told in its clauses before the one being built
	anchorPara   int                // paragraph of the event that anchors "the day before"
	backDay      graph.Date         // the day of an event told as the day before the story's (dayBeforeTold), which "a day before that" counts from
	backSent     int                // its sentence
	anchorPlace  string             // place of that event, when it is one in person
	dateline     string             // place id of an opening dateline, if any
	datelineSent int
	datelineEnd  int // the token after a dateline's date ("TRIPOLI, Aug 27 (Agency) -"): that date is the report's, no event's
	// headSents counts the sentences of the title line, when a body follows
	headSents int
	// pronounApart holds the pairs a plural pronoun met separately
	// (separateThem): no event of the article joins them
	pronounApart map[[2]string]bool
	// trip is the city a held visit of the story took its travellers to
	// (tripScene)
	trip tripScene

	// (session 18, speed) the hits in byEnd's order: hitsEndingAt slices it
	hitsEnd []hit
	// the evidence text of each sentence, copied once (evidence)
	sentText []string

	// indirect holds the main trigger of each told indirect talks with no
	// mediator of their own: kept while the story is read (its date and
	// place set the scene), dropped before negated pairs are applied
	indirect map[int]bool
}

// docBufs are the rune and token buffers of a doc, reused across
// articles: Article returns them once the facts are built, since the facts
// hold copies (strings), never the buffers themselves.
type docBufs struct {
	text []rune
	off  []int32 // byte offsets of the runes of text in the article
	toks []token
	// findHits' hits and their index by end token (next is its scratch)
	hits                 []hit
	byEnd, byEndAt, next []int32
	skel                 map[string][]skelCand // an emptied skelMemo
	doc                  doc                   // the doc itself, overwritten by newDoc

	hitsEnd []hit // the hits in byEnd's order
}

var docBufPool sync.Pool

// appendRunes appends the runes of s to buf, as []rune(s) converts them,
// and to off the byte offset in s of each (then len(s)); clean is false
// when s holds a U+FFFD (what invalid bytes decode to), where a slice of
// s need not be the text of the runes.
func appendRunes(buf []rune, off []int32, s string) ([]rune, []int32, bool) {
	// a rune takes at least a byte: room for len(s) needs no count
	if cap(buf)-len(buf) < len(s) {
		n := utf8.RuneCountInString(s)
		if len(s) <= 1<<16 {
			n = len(s)
		}
		if cap(buf)-len(buf) < n {
			buf = append(make([]rune, 0, len(buf)+n), buf...)
		}
	}
	clean := len(s) < 1<<31
	for pos, r := range s {
		buf = append(buf, r)
		off = append(off, int32(pos))
		if r == utf8.RuneError {
			clean = false
		}
	}
	off = append(off, int32(len(s)))
	return buf, off, clean
}

// textOf is string(d.text[a:b]), copied from the article's text when
// that gives the same string.
func (d *doc) textOf(a, b int) string {
	if d.clean {
		return strings.Clone(d.art.Text[d.off[a]:d.off[b]])
	}
	return string(d.text[a:b])
}

// release gives the doc's buffers back to the pool; the doc is unusable
// afterwards.
func (d *doc) release() {
	b := d.bufs
	if b == nil {
		return
	}
	b.text, b.toks, b.off = d.text[:0], d.toks[:0], d.off[:0]
	d.off = nil
	b.hits, b.byEnd, b.byEndAt, b.hitsEnd = d.hits[:0], d.byEnd[:0], d.byEndAt[:0], d.hitsEnd[:0]
	d.hits, d.byEnd, d.byEndAt, d.hitsEnd = nil, nil, nil, nil
	if d.skelMemo != nil && len(d.skelMemo) <= 1024 {
		clear(d.skelMemo)
		b.skel, d.skelMemo = d.skelMemo, nil
	}
	d.bufs, d.text, d.toks = nil, nil, nil
	docBufPool.Put(b)
}

// hit is one match of a rule-file phrase.
type hit struct {
	p          *phrase
	tok0, tok1 int
}

func newDoc(x *Extractor, a graph.Article) *doc {
	b, _ := docBufPool.Get().(*docBufs)
	if b == nil {
		b = &docBufs{}
	}
	d := &b.doc
	*d = doc{x: x, art: a, lang: a.Lang, unknownByID: map[string]*unknownActor{}, fuzzy: map[string]bool{}, negPairs: map[[2]string]bool{}, apart: map[[2]string]bool{}, bufs: b}
	d.text, d.off, d.clean = appendRunes(d.bufs.text[:0], d.bufs.off[:0], a.Text)
	if pd, err := graph.ParseDate(a.Published); err == nil && pd.Day != 0 && pd.Year != 0 {
		d.pub = pd
	}
	return d
}

func (d *doc) run() {
	d.toks = tokenizeInto(d.bufs.toks[:0], d.text)
	if !knownLang(d.lang) {
		d.lang = guessLang(d.toks)
	}
	d.rules = d.x.lx.rules[d.lang]
	d.sents = splitSentences(d.text, d.toks, d.isMonthWord)
	for si, s := range d.sents {
		for k := s.tok0; k < s.tok1; k++ {
			d.toks[k].sent = si
		}
	}
	d.headSents = d.headSentences(d.text, d.sents, d.art.Title)
	d.findHits()
	d.matchNames()
	d.speakerMetonyms()
	d.sortMentions()
	d.fuzzyNames()
	d.titledPeople()
	d.nameRuns()
	d.capitalPlaces()
	d.unknownSurnames()
	d.quotes = d.findQuotes()
	d.inQuote = make([]bool, len(d.toks))
	for _, q := range d.quotes {
		for k := q.tok0; k < q.tok1; k++ {
			d.inQuote[k] = true
		}
	}
	d.pairedDemonyms()
	d.bareTitles()
	d.unnamedCounterparts()
	d.orgHeads()
	d.ledDelegations()
	d.guests()
	d.epithets()
	d.findDates()
	d.findDateline()
	d.findEvents()
	d.findStatements()
}

// headSentences is the number of sentences on the article's first line
// (its title), or 0 when no body follows it.
func (d *doc) headSentences(text []rune, sents []sentence, title string) int {
	nl := -1
	for i, r := range text {
		if r == '\n' {
			nl = i
			break
		}
	}
	if nl < 0 {
		return 0
	}
	// The first line is a headline when it is the title, or when it does
	// not end as a sentence does (headlines carry no final stop). An
	// article whose title came from its metadata (JSONL, front matter)
	// may start with the lead instead.
	first := strings.TrimSpace(d.textOf(0, nl))
	if titleOf(first) != strings.TrimSpace(title) && strings.ContainsAny(lastRune(first), ".!?…۔؟") {
		return 0
	}
	n := 0
	for n < len(sents) && sents[n].end <= nl {
		n++
	}
	if n == len(sents) {
		return 0
	}
	return n
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// guessLang picks a language from the script when the reader gave none.
func guessLang(toks []token) string {
	var ar, cy, la, urdu int
	for i := range toks {
		switch toks[i].script {
		case scriptArabic:
			ar++
			if strings.ContainsAny(toks[i].norm, "ٹڈڑںےگچپژ") {
				urdu++
			}
		case scriptCyrillic:
			cy++
		case scriptLatin:
			la++
		}
	}
	switch {
	case ar >= cy && ar >= la && ar > 0:
		if urdu*20 > ar {
			return "ur"
		}
		return "ar"
	case cy >= la && cy > 0:
		return "ru"
	}
	return guessLatin(toks)
}

// guessLatin picks the Latin-script language whose function words the
// tokens use most (English when none).
func guessLatin(toks []token) string {
	cw := closed()
	count := map[string]int{}
	for i := range toks {
		for _, l := range latinOrder {
			if cw.function[l][toks[i].norm] {
				count[l]++
			}
		}
	}
	best, n := "en", 0
	for _, l := range latinOrder {
		if count[l] > n {
			best, n = l, count[l]
		}
	}
	return best
}

func (d *doc) isMonthWord(w string) bool {
	for _, l := range langs {
		for _, p := range d.x.lx.rules[l].phrases.exact[w] {
			if p.kind == pMonth && p.val > 0 {
				return true
			}
		}
	}
	return false
}

// findHits matches every rule-file phrase of the article's language.
func (d *doc) findHits() {
	ps := &d.rules.phrases
	var vroom, croom [8]string
	vbuf, cbuf := vroom[:0], croom[:0]
	d.hits = d.bufs.hits[:0]
	if cap(d.hits) < len(d.toks)/2+1 {
		d.hits = make([]hit, 0, len(d.toks)/2+1)
	}
	for _, s := range d.sents {
		for i := s.tok0; i < s.tok1; i++ {
			t := &d.toks[i]
			vbuf, cbuf = d.wordForms(t, vbuf[:0], cbuf[:0])
			// a phrase's second word stands within the three words after
			// its first (phraseLen skips up to two inserted adverbs)
			var n1, n2, n3 string
			if i+1 < len(d.toks) {
				n1 = d.toks[i+1].norm
			}
			if i+2 < len(d.toks) {
				n2 = d.toks[i+2].norm
			}
			if i+3 < len(d.toks) {
				n3 = d.toks[i+3].norm
			}
			for vi, v := range vbuf {
				if !ps.mayHave(v) {
					continue
				}
				for _, p := range ps.exact[v] {
					if p.next != "" && p.next != n1 && p.next != n2 && p.next != n3 {
						continue
					}
					// a verb takes only a conjunction ("وحث", "فقال"); "بحث"
					// (discussed) is not "ب" + "حث" (urged)
					if (p.kind == pSpeech || p.kind == pSpeechTo) && cbuf[vi] != "" && cbuf[vi] != "و" && cbuf[vi] != "ف" {
						continue
					}
					if n := d.phraseLen(p, i, s.tok1); n > 0 {
						d.hits = append(d.hits, hit{p: p, tok0: i, tok1: i + n})
					}
				}
			}
			if !ps.wildAny && (t.norm == "" || !ps.wildFirst[t.norm[0]]) {
				continue // no wild phrase starts with the word's first byte
			}
			for _, p := range ps.wild {
				if !strings.HasPrefix(t.norm, p.keys[0]) {
					continue
				}
				if n := d.phraseLen(p, i, s.tok1); n > 0 {
					d.hits = append(d.hits, hit{p: p, tok0: i, tok1: i + n})
				}
			}
		}
	}
	// drop exact duplicates (a phrase found through two clitic variants)
	out := d.hits[:0]
	for _, h := range d.hits {
		// (and an `and` word that only folds to one: Italian "è")
		if h.p.kind == pAnd && d.rules.notAnd != nil && h.tok1-h.tok0 == 1 && d.rules.notAnd[strings.ToLower(d.textOf(d.toks[h.tok0].start, d.toks[h.tok0].end))] {
			continue
		}
		if len(out) > 0 {
			l := out[len(out)-1]
			if l.p == h.p && l.tok0 == h.tok0 {
				continue
			}
		}
		out = append(out, h)
	}
	d.hits = dropJoinSpeech(dropVerbTopics(out))
	d.hits = d.dropLoneJointWith(d.hits)
	d.hits = d.dropLoneJointAdverb(d.hits)
	d.hits = d.groupHits(d.hits)
	// index the hits by end token, counting sort: hitsByEnd is asked
	// for every token of every mention
	d.byEndAt = int32sZero(d.bufs.byEndAt, len(d.toks)+2)
	for _, h := range d.hits {
		d.byEndAt[h.tok1+1]++
	}
	for t := 1; t < len(d.byEndAt); t++ {
		d.byEndAt[t] += d.byEndAt[t-1]
	}
	d.byEnd = int32sZero(d.bufs.byEnd, len(d.hits))
	next := append(d.bufs.next[:0], d.byEndAt...)
	d.bufs.next = next[:0]
	for i, h := range d.hits {
		d.byEnd[next[h.tok1]] = int32(i)
		next[h.tok1]++
	}
	d.hitsEnd = d.bufs.hitsEnd[:0]
	for _, i := range d.byEnd {
		d.hitsEnd = append(d.hitsEnd, d.hits[i])
	}
}

// dropLoneJointWith drops the hits of a `joint_with` phrase ("together
// with", "gemeinsam mit", "insieme a", "вместе с"), which is also a
// `beside` and `meet` phrase, when no `joint_act` verb stands within ten
// words of it in its sentence with no semicolon between: "Sisi presented
// the declaration together with Haftar and Saleh", "Хафтар и Салех вместе
// с ас-Сиси представили" tell the three in one place, "arrived together
// with his deputy" or "Lavrov, together with Shoigu, said" nothing new.
func (d *doc) dropLoneJointWith(hs []hit) []hit {
	return dropLone(hs, func(h hit) bool { return h.p.kind == pJointWith && !d.jointActNear(h, hs) }, pJointWith, pBeside, pMeet)
}

// dropLone drops, at each span where a hit is lone (a phrase that is a
// trigger only beside a word it lacks), the hits of that span of the
// given kinds: the phrase's other readings go with it.
func dropLone(hs []hit, lone func(hit) bool, kinds ...int) []hit {
	var spans map[[2]int]bool
	for _, h := range hs {
		if !lone(h) {
			continue
		}
		if spans == nil {
			spans = map[[2]int]bool{}
		}
		spans[[2]int{h.tok0, h.tok1}] = true
	}
	if spans == nil {
		return hs
	}
	return slices.DeleteFunc(hs, func(h hit) bool {
		return spans[[2]int{h.tok0, h.tok1}] && slices.Contains(kinds, h.p.kind)
	})
}

// dropLoneJointAdverb drops the hits of a `joint_adverb` ("gemeinsam",
// "conjuntamente", "مشترکہ طور پر"), which is also a `copresence` and
// `meet` phrase, unless a `joint_appeal` verb stands within ten words of
// it with no punctuation between and it opens no `joint_with` or `beside`
// phrase: "Putin und Erdoğan haben in Istanbul gemeinsam zu einer
// Waffenruhe aufgerufen", "Macron y Conte pidieron conjuntamente en Roma
// el fin de los combates" tell the two in one place; "arbeiten gemeinsam
// an einer Lösung", "gemeinsam mit Le Drian" nothing new.
func (d *doc) dropLoneJointAdverb(hs []hit) []hit {
	return dropLone(hs, func(h hit) bool {
		return h.p.kind == pJointAdverb && !(d.jointAppealNear(h, hs) && !slices.ContainsFunc(hs, func(o hit) bool {
			return o.tok0 == h.tok0 && o.tok1 > h.tok1 && (o.p.kind == pJointWith || o.p.kind == pBeside)
		}))
	}, pJointAdverb, pCopresence, pMeet)
}

// jointAppealNear tells whether a `joint_appeal` hit of hs stands within
// ten words of hit t, in its sentence, with no punctuation between.
func (d *doc) jointAppealNear(t hit, hs []hit) bool {
	return d.kindNear(t, hs, pJointAppeal, ",;:")
}

// jointActNear tells whether a `joint_act` hit of hs stands within ten
// words of hit t, in its sentence, with no semicolon between.
func (d *doc) jointActNear(t hit, hs []hit) bool {
	return d.kindNear(t, hs, pJointAct, ";")
}

// kindNear tells whether a hit of kind of hs stands within ten words of
// hit t, before or after it, in its sentence, with none of marks between.
func (d *doc) kindNear(t hit, hs []hit, kind int, marks string) bool {
	si := d.toks[t.tok0].sent
	return slices.ContainsFunc(hs, func(h hit) bool {
		if h.p.kind != kind || d.toks[h.tok0].sent != si {
			return false
		}
		if h.tok0 >= t.tok1 {
			return h.tok0-t.tok1 <= 10 && !d.punctIn(t.tok1, h.tok0, marks)
		}
		return t.tok0-h.tok1 <= 10 && !d.punctIn(h.tok1, t.tok0, marks)
	})
}

// articleEl tells whether a Spanish pronoun hit "él" is the article "el"
// the folded key cannot tell from it: only the accented word is the
// pronoun ("dijo él"; "el martes, precisó el portavoz" names no one).
func (d *doc) articleEl(h hit) bool {
	if d.lang != "es" || h.tok1-h.tok0 != 1 || d.toks[h.tok0].norm != "el" {
		return false
	}
	r := d.toks[h.tok0].start
	return r < len(d.text) && d.text[r] != 'é' && d.text[r] != 'É'
}

// hitsOfKind appends to dst the hits of hs of one kind.
func hitsOfKind(dst, hs []hit, kind int) []hit {
	for _, h := range hs {
		if h.p.kind == kind {
			dst = append(dst, h)
		}
	}
	return dst
}

// dropVerbTopics drops a topic word that closes a longer visit phrase:
// the "on" of "called on al-Menfi" or "paid a call on Haftar" belongs to
// the verb, and the one named after it is visited, not talked about.
func dropVerbTopics(hs []hit) []hit {
	// (the visits first, never dropped themselves: few in an article)
	var room [8]hit
	visits := hitsOfKind(room[:0], hs, pVisit)
	if len(visits) == 0 {
		return hs
	}
	return slices.DeleteFunc(hs, func(t hit) bool {
		if t.p.kind != pTopic {
			return false
		}
		return slices.ContainsFunc(visits, func(v hit) bool {
			return v.tok0 < t.tok0 && v.tok1 == t.tok1
		})
	})
}

// dropJoinSpeech drops a speech verb that ends a longer `join` phrase:
// "aggiunto" ("added", said) in "si è (poi) aggiunto" ("joined") says
// nothing, and the one who joined is no speaker.
func dropJoinSpeech(hs []hit) []hit {
	// (the join phrases first, never dropped themselves: few in an article)
	var room [8]hit
	joins := hitsOfKind(room[:0], hs, pJoin)
	if len(joins) == 0 {
		return hs
	}
	return slices.DeleteFunc(hs, func(s hit) bool {
		if !isSpeech(s.p.kind) {
			return false
		}
		return slices.ContainsFunc(joins, func(j hit) bool {
			return j.tok0 < s.tok0 && j.tok1 >= s.tok1
		})
	})
}

// int32sZero is n zeros in the room of buf when it has it.
func int32sZero(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// wordForms appends to forms the words a rule phrase may start with at
// token t: the word itself and, in Arabic, the word without a conjunction
// or preposition written on it ("ومنذ" -> "منذ"); clitics gets the
// clitic of each ("" for the word itself).
func (d *doc) wordForms(t *token, forms, clitics []string) ([]string, []string) {
	forms, clitics = append(forms, t.norm), append(clitics, "")
	if t.script == scriptArabic && d.lang == "ar" {
		for _, c := range arabicClitics {
			if strings.HasPrefix(t.norm, c) && utf8.RuneCountInString(t.norm)-utf8.RuneCountInString(c) >= 2 {
				forms, clitics = append(forms, t.norm[len(c):]), append(clitics, c)
			}
		}
	}
	return forms, clitics
}

// hitsByEnd lists the indexes of the hits that end at token tok
// (exclusive), in the order of d.hits.
func (d *doc) hitsByEnd(tok int) []int32 {
	if tok < 0 || tok+1 >= len(d.byEndAt) {
		return nil
	}
	return d.byEnd[d.byEndAt[tok]:d.byEndAt[tok+1]]
}

// phraseLen is the number of tokens p covers at i, or 0. The first word
// was checked by the caller. Up to two adverbs of the language's
// "inserted" list may stand between its words, as they do inside
// compound tenses ("s'est ensuite entretenu", "ha poi incontrato",
// "held lengthy talks", "ملاقات بھی کی").
func (d *doc) phraseLen(p *phrase, i, limit int) int {
	j, skipped, infixed := i+1, 0, false
	for k := 1; k < len(p.keys); k++ {
		// the map lookup last: it is the costly test
		for skipped < 2 && j+1 < limit && d.toks[j].punct == "" && d.toks[j+1].punct == "" &&
			!keyMatches(p, k, d.toks[j].norm) && d.insertedAt(j) {
			j++
			skipped++
		}
		if p.kind == pTitle && !infixed && j+1 < limit && d.toks[j].punct == "" && !keyMatches(p, k, d.toks[j].norm) && keyMatches(p, k, d.toks[j+1].norm) && d.demonymWordAt(j) {
			// "глава российского МИД": the country's adjective inside
			// the title (titleCountry reads it there)
			j++
			infixed = true
		}
		if j >= limit || !keyMatches(p, k, d.toks[j].norm) {
			return 0
		}
		j++
	}
	// (a speech verb's particle closes its clause: "teilte … mit", not
	// "teilte die Sorge mit Lawrow")
	if len(p.particle) > 0 && !d.particleAfter(p.particle, j, limit) && (isSpeech(p.kind) || !d.openParticleAfter(p.particle, j, limit, isTalk(p))) {
		return 0
	}
	return j - i
}

// openParticleAfter tells whether an open particle ("مع") follows a
// verb-first clause's verb within eight words, with no mark between (a
// talk's, or before a name or in Arabic script): the
// verb's subject stands between them ("بحث الرئيس المصري عبد الفتاح
// السيسي مع عقيلة صالح"), and the particle opens the partner's phrase
// (session 17).
func (d *doc) openParticleAfter(part []string, from, limit int, talk bool) bool {
	if !d.opensPartner(part) {
		return false
	}
	for j := from; j < limit && j < from+8; j++ {
		// (an apostrophe is no mark: "discussed Turkey's role with")
		if j > from && d.toks[j].punct != "" && strings.Trim(d.toks[j].punct, "'’") != "" {
			return false
		}
		if d.toks[j].norm == part[0] {
			// (in a script with capitals, an arrival's destination is a
			// name: "llegó el lunes a Trípoli", not "llegaron a
			// convocarse", "est arrivé à un accord")
			// (a talk's "with" opens its partner's title too: "discussed
			// the ceasefire with his Turkish counterpart")
			return talk || d.toks[j].script == scriptArabic || j+1 < limit && d.toks[j+1].upper
		}
	}
	return false
}

// opensPartner tells whether a separable phrase's part is one open
// particle ("بحث … مع"): the phrase is a verb-first talk whose partner
// comes after the verb's subject.
func (d *doc) opensPartner(part []string) bool {
	return len(part) == 1 && d.rules.openParticles[part[0]]
}

// insertedAt tells whether token j is one of the language's inserted
// adverbs, looking the word up once per document.
func (d *doc) insertedAt(j int) bool {
	if d.insMemo == nil {
		d.insMemo = make([]uint8, len(d.toks))
	}
	switch d.insMemo[j] {
	case 1:
		return false
	case 2:
		return true
	}
	v := d.rules.inserted[d.toks[j].norm]
	d.insMemo[j] = 1
	if v {
		d.insMemo[j] = 2
	}
	return v
}

// keyMatches tells whether word w is p's k-th word.
func keyMatches(p *phrase, k int, w string) bool {
	if p.prefix[k] {
		return strings.HasPrefix(w, p.keys[k])
	}
	return w == p.keys[k]
}

// particleAfter tells whether a separable verb's particle closes the
// clause that goes on at token from: "kam Maas in Berlin mit Haftar
// zusammen." It stands within a dozen words, with no comma or colon
// before it, and right before a mark that ends the clause, or last. A
// language that lists its clause openers lets the middle field run to
// two dozen words and hold commas of appositions ("kam am Montag, dem 10.
// Februar, der Vorsitzende der AU-Kommission, Moussa Faki, mit X
// zusammen"): only a comma before a clause opener ("…, weil …") ends it.
func (d *doc) particleAfter(part []string, from, limit int) bool {
	n := len(part)
	openers := d.rules.clauseOpeners
	span := 12
	if openers != nil {
		span = 24
	}
	for j := from; j+n <= limit && j < from+span; j++ {
		if j > from && strings.ContainsAny(d.toks[j].punct, ";:()–—\"„“”«»") {
			return false
		}
		if j > from && strings.Contains(d.toks[j].punct, ",") && (openers == nil || openers[d.toks[j].norm] || d.relativeOpensAt(j)) {
			return false
		}
		match := true
		for k := range part {
			if d.toks[j+k].norm != part[k] {
				match = false
				break
			}
		}
		if match && (j+n == limit || strings.ContainsAny(d.toks[j+n].punct, ",.;:!?()–—\"„“”«»") || d.coordinatedAfter(j+n)) {
			return true
		}
	}
	return false
}

// coordinatedAfter tells whether token k, right after a separable verb's
// particle or a verb-final clause's verb with no mark between, is a
// coordinating "and" that opens the next verb of the same subject
// ("als Salamé mit Merkel zusammentraf und um Vermittlung bat", "kam mit
// Haftar zusammen und sprach danach mit Saleh") (session 16).
// (Asked while the hits are found: the word is looked up in the rules.)
func (d *doc) coordinatedAfter(k int) bool {
	if d.rules.clauseOpeners == nil || d.toks[k].punct != "" {
		return false
	}
	for _, p := range d.rules.phrases.exact[d.toks[k].norm] {
		if p.kind == pAnd && len(p.keys) == 1 {
			return true
		}
	}
	return false
}

// relativeOpensAt tells whether token j, after a comma, opens a relative
// clause ("…, der damals kaum mit jemandem sprach"): a relative opener
// not followed by a capitalised word or a number, which would make it
// the article of an apposition ("…, dem Parlamentspräsidenten, …").
func (d *doc) relativeOpensAt(j int) bool {
	if !d.rules.relativeOpeners[d.toks[j].norm] {
		return false
	}
	if j+1 >= len(d.toks) || d.toks[j+1].punct != "" {
		return true
	}
	n := d.toks[j+1]
	return !n.upper && !(n.norm != "" && n.norm[0] >= '0' && n.norm[0] <= '9')
}

// hitEndsAt tells whether a rule-file phrase of a kind, starting at or
// after token from, ends at token tok (exclusive), without the copies
// hitsEndingAt makes.
func (d *doc) hitEndsAt(tok, from, kind int) bool {
	for _, i := range d.hitsByEnd(tok) {
		if d.hits[i].p.kind == kind && d.hits[i].tok0 >= from {
			return true
		}
	}
	return false
}

// hitsEndingAt lists the hits ending at token tok (exclusive), in the
// order of d.hits: a slice of d.hitsEnd, capped so that an append copies
// (callers must not write to it).
func (d *doc) hitsEndingAt(tok int) []hit {
	if tok < 0 || tok+1 >= len(d.byEndAt) {
		return []hit{}
	}
	a, b := d.byEndAt[tok], d.byEndAt[tok+1]
	return d.hitsEnd[a:b:b]
}

func (d *doc) sortMentions() {
	sort.SliceStable(d.mentions, func(i, j int) bool { return d.mentions[i].tok0 < d.mentions[j].tok0 })
	// drop overlaps: an earlier or longer mention wins
	out := d.mentions[:0]
	end := -1
	for _, m := range d.mentions {
		if m.tok0 < end {
			continue
		}
		out = append(out, m)
		end = m.tok1
	}
	d.mentions = out
}

// span is the rune span of tokens [t0, t1).
func (d *doc) span(t0, t1 int) [2]int {
	if t0 >= t1 || t0 >= len(d.toks) {
		return [2]int{0, 0}
	}
	return [2]int{d.toks[t0].start, d.toks[t1-1].end}
}

// evidence builds the Evidence of a fact found in sentence si.
func (d *doc) evidence(si int, rule string, conf float64, trigger [2]int, spans [][2]int) graph.Evidence {
	s := d.sents[si]
	if len(d.sentText) != len(d.sents) {
		d.sentText = make([]string, len(d.sents))
	}
	if d.sentText[si] == "" {
		d.sentText[si] = d.textOf(s.start, s.end) // one copy per sentence, shared by its facts
	}
	return graph.Evidence{
		Sentence: si, Start: s.start, End: s.end, Text: d.sentText[si],
		Rule: rule, Confidence: conf, Trigger: trigger, Spans: spans,
	}
}

// facts assembles the article's Facts.
func (d *doc) facts() graph.Facts {
	d.art.Extractor = d.x.version
	f := graph.Facts{Article: d.art, Mentions: map[string]int{}, Actors: []graph.Actor{}, Places: []graph.Place{},
		Meetings: make([]graph.Meeting, 0, len(d.meetings)), Statements: make([]graph.Statement, 0, len(d.statements))}
	aliases := map[string][]string{}
	for _, m := range d.mentions {
		if m.loc || m.dir {
			continue
		}
		f.Mentions[m.actor]++
		if d.clean {
			// copied only when it is a new alias
			if form := d.art.Text[d.off[m.start]:d.off[m.end]]; !contains(aliases[m.actor], form) {
				aliases[m.actor] = append(aliases[m.actor], strings.Clone(form))
			}
			continue
		}
		form := d.textOf(m.start, m.end)
		if !contains(aliases[m.actor], form) {
			aliases[m.actor] = append(aliases[m.actor], form)
		}
	}
	need := map[string]bool{}
	for id := range f.Mentions {
		need[id] = true
	}
	for _, e := range d.meetings {
		for _, p := range e.parts {
			need[p] = true
		}
	}
	for _, s := range d.statements {
		need[s.Speaker] = true
	}
	f.Actors = make([]graph.Actor, 0, len(need))
	for _, id := range sortedKeys(need) {
		if i, ok := d.x.lx.actorIdx[id]; ok {
			a := d.x.lx.actors[i].Actor
			a.Aliases = aliases[id]
			f.Actors = append(f.Actors, a)
			continue
		}
		if u, ok := d.unknownByID[id]; ok {
			a := u.actor
			a.Aliases = aliases[id]
			f.Actors = append(f.Actors, a)
		}
	}
	placeSeen := map[string]bool{}
	for _, e := range d.meetings {
		m := e.m
		for _, p := range e.parts {
			m.Participants = append(m.Participants, graph.Participant{Actor: p, Role: e.roles[p]})
		}
		if m.Place != "" && !placeSeen[m.Place] {
			placeSeen[m.Place] = true
			if p, ok := d.x.Place(m.Place); ok {
				f.Places = append(f.Places, p)
			}
		}
		f.Meetings = append(f.Meetings, m)
	}
	f.Statements = append(f.Statements, d.statements...)
	return f
}

// Resolve lists the actor ids whose names match a user's query in any
// script: exact folded matches of a whole name first, then names sharing
// a word, then cross-script skeleton matches.
func (x *Extractor) Resolve(name string) []string {
	keys := tokenizeName(name)
	if len(keys) == 0 {
		return nil
	}
	var out []string
	add := func(id string) {
		if !contains(out, id) {
			out = append(out, id)
		}
	}
	for _, e := range x.lx.names[keys[0]] {
		if e.actor >= 0 && equalKeys(e.keys, keys) {
			add(x.lx.actors[e.actor].ID)
		}
	}
	for _, k := range keys {
		for _, e := range x.lx.names[k] {
			if e.actor >= 0 && len(e.keys) == 1 {
				add(x.lx.actors[e.actor].ID)
			}
		}
	}
	for _, k := range keys {
		s := skeleton(k)
		if len(s) < 3 {
			continue
		}
		for _, e := range x.lx.skels[s[0]] {
			if jaroWinkler(s, e.skel) >= 0.9 {
				add(x.lx.actors[e.actor].ID)
			}
		}
	}
	return out
}

// Lexicon is the embedded lexicon as a file system laid out like lexicon/:
// the benchmark corpus generator builds its articles from the same actors
// and places the extractor knows.
func Lexicon() fs.FS {
	sub, err := fs.Sub(lexiconFS, "lexicon")
	if err != nil {
		panic(err) // the embedded directory is always there
	}
	return sub
}

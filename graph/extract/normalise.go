package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding is for matching only: it lowercases, strips diacritics, harakat
// and tatweel, folds the letter variants that Arabic, Urdu and Persian
// writers use interchangeably, and maps Eastern digits to ASCII. Evidence
// offsets never refer to folded text; foldMap keeps the way back.

// foldEntry is the folded form of one rune: zero to three runes.
type foldEntry struct {
	n uint8
	r [3]rune
}

// foldTableSize covers Latin, Greek, Cyrillic, Arabic, Urdu and the
// general punctuation block; rarer runes are folded on the fly.
const foldTableSize = 0x3000

var foldTable = buildFoldTable()

func buildFoldTable() *[foldTableSize]foldEntry {
	var t [foldTableSize]foldEntry
	for r := rune(0); r < foldTableSize; r++ {
		t[r] = computeFold(r)
	}
	return &t
}

// arabicFold maps Arabic-script letters to the one form matching uses.
var arabicFold = map[rune]rune{
	'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ے': 'ی', 'ۓ': 'ی', 'ې': 'ی',
	'ك': 'ک', 'ڪ': 'ک',
	'ة': 'ه', 'ہ': 'ه', 'ۃ': 'ه', 'ھ': 'ه', 'ۂ': 'ه', 'ۀ': 'ه', 'ە': 'ه',
	'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
	'ؤ': 'و', 'ۏ': 'و',
	'ں': 'ن',
}

func computeFold(r rune) foldEntry {
	one := func(x rune) foldEntry { return foldEntry{n: 1, r: [3]rune{x}} }
	switch {
	case r < 0x80:
		return one(unicode.ToLower(r))
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
		return foldEntry{} // harakat, superscript alef, Quranic marks, tatweel
	case r >= 0x0660 && r <= 0x0669:
		return one('0' + r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return one('0' + r - 0x06F0)
	case r == 0x200C || r == 0x200D || r == 0x00AD || r == 0x200E || r == 0x200F || r == 0xFEFF:
		return foldEntry{} // joiners, soft hyphen, direction marks
	}
	if x, ok := arabicFold[r]; ok {
		return one(x)
	}
	switch r {
	case 'ß', 'ẞ':
		return foldEntry{n: 2, r: [3]rune{'s', 's'}}
	case 'ı', 'İ':
		return one('i')
	case 'ø', 'Ø':
		return one('o')
	case 'æ', 'Æ':
		return foldEntry{n: 2, r: [3]rune{'a', 'e'}}
	case 'œ', 'Œ':
		return foldEntry{n: 2, r: [3]rune{'o', 'e'}}
	case 'ł', 'Ł':
		return one('l')
	case 'đ', 'Đ':
		return one('d')
	case 'ё', 'Ё':
		return one('е')
	case 'й', 'Й':
		return one('и')
	case '’', '‘', 'ʼ', '`', '´':
		return one('\'')
	}
	if unicode.Is(unicode.Mn, r) {
		return foldEntry{}
	}
	// A compatibility form folds as what it decomposes to, each part folded
	// in turn: "ﳴ" is tatweel + shadda, and both go, so that folding is
	// stable (Fold(Fold(s)) == Fold(s), which FuzzNormalise checks).
	var e foldEntry
	for _, x := range norm.NFKD.String(string(r)) {
		var parts foldEntry
		if x == r { // not Mn: that returned above
			x = unicode.ToLower(x)
			if y, ok := arabicFold[x]; ok {
				x = y
			}
			parts = foldEntry{n: 1, r: [3]rune{x}}
		} else {
			parts = computeFold(x)
		}
		for i := 0; i < int(parts.n) && e.n < 3; i++ {
			e.r[e.n] = parts.r[i]
			e.n++
		}
	}
	return e
}

// foldUTF8 holds foldTable's folded runes in UTF-8, for tokenizeInto;
// n is 0xFF where they take more than 7 bytes.
var foldUTF8 = buildFoldUTF8()

type foldBytes struct {
	n uint8
	b [7]byte
}

func buildFoldUTF8() *[foldTableSize]foldBytes {
	var t [foldTableSize]foldBytes
	for r := range t {
		e := foldTable[r]
		var b []byte
		for k := 0; k < int(e.n); k++ {
			b = utf8.AppendRune(b, e.r[k])
		}
		if len(b) > len(t[r].b) {
			t[r].n = 0xFF
			continue
		}
		t[r].n = uint8(copy(t[r].b[:], b))
	}
	return &t
}

func foldOf(r rune) foldEntry {
	if r >= 0 && r < foldTableSize {
		return foldTable[r]
	}
	return computeFold(r)
}

// Fold is the normalisation used for matching names and words: search
// indexes that want to agree with the extractor fold their keys with it.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		e := foldOf(r)
		for i := 0; i < int(e.n); i++ {
			b.WriteRune(e.r[i])
		}
	}
	return b.String()
}

// foldMap folds runes and returns, for every folded rune, the index of the
// original rune it came from, so that a match in folded text maps back to
// a span of the original.
func foldMap(src []rune) (out []rune, orig []int) {
	out = make([]rune, 0, len(src))
	orig = make([]int, 0, len(src))
	for i, r := range src {
		e := foldOf(r)
		for k := 0; k < int(e.n); k++ {
			out = append(out, e.r[k])
			orig = append(orig, i)
		}
	}
	return out, orig
}

// Scripts of tokens.
const (
	scriptOther byte = iota
	scriptLatin
	scriptArabic
	scriptCyrillic
	scriptDigit
)

func scriptOf(r rune) byte {
	switch {
	case r >= '0' && r <= '9', r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return scriptDigit
	case r < 0x0250, r >= 0x1E00 && r <= 0x1EFF:
		return scriptLatin
	case r >= 0x0400 && r <= 0x052F:
		return scriptCyrillic
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0xFB50 && r <= 0xFEFF:
		return scriptArabic
	}
	return scriptOther
}

// token is one word of the article: a run of letters, marks and digits.
// Apostrophes, hyphens and dots end a token, so "Hafter'in" is "Hafter"
// followed by the suffix token "in" (apos set) and "al-Sarraj" is two.
type token struct {
	start, end int    // rune offsets in the original text
	norm       string // folded form
	key        string // matching key: folded, Cyrillic case endings stripped
	script     byte
	upper      bool // first letter is upper case (Latin, Cyrillic)
	apos       bool // directly preceded by an apostrophe
	hyph       bool // directly preceded by a hyphen
	punct      string
	sent       int
}

func isWordRune(r rune) bool {
	if r >= 0 && r < wordRuneTableSize {
		return wordRuneTable[r]
	}
	return isWordRuneSlow(r)
}

// wordRuneTable caches isWordRuneSlow for the Latin, Greek, Cyrillic and
// Arabic blocks, where the articles' letters are.
const wordRuneTableSize = 0x800

var wordRuneTable = func() (t [wordRuneTableSize]bool) {
	for r := range t {
		t[r] = isWordRuneSlow(rune(r))
	}
	return t
}()

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == 0x200C || r == 0x200D
}

// tokenize splits text into tokens. punct records the non-space runes
// between the previous token and this one (capped), which the later stages
// read for commas, colons and quotation marks. The folded forms and the
// punctuation of all tokens share one string, sliced per token, so that a
// token costs no allocation of its own.
func tokenize(text []rune) []token {
	return tokenizeInto(nil, text)
}

// tokenizeInto is tokenize reusing the room of toks (its tokens are
// overwritten).
func tokenizeInto(toks []token, text []rune) []token {
	// spans holds, per token, the byte offsets of its folded form and of
	// its punctuation in buf; both come from tokScratchPool (the tokens
	// keep only the string made of buf).
	sc, _ := tokScratchPool.Get().(*tokScratch)
	if sc == nil {
		sc = &tokScratch{}
	}
	// words and gaps alternate: at most (len(text)+1)/2 tokens. Reused
	// room that holds as many needs no count.
	bound := (len(text) + 1) / 2
	n := bound
	if cap(toks) < bound || cap(sc.spans) < bound {
		n = 0
		for i := range text {
			if isWordRune(text[i]) && (i == 0 || !isWordRune(text[i-1])) {
				n++
			}
		}
		if toks != nil && bound <= 1<<14 {
			n = bound // reused room: enough for the next articles too
		}
	}
	if toks == nil || cap(toks) < n {
		toks = make([]token, 0, n)
	}
	toks = toks[:0]
	spans := sc.spans[:0]
	if cap(spans) < n {
		spans = make([]tokSpan, 0, n)
	}
	buf := sc.buf[:0]
	if cap(buf) < len(text)+len(text)/4 {
		buf = make([]byte, 0, len(text)+len(text)/4)
	}
	pstart := 0
	for i := 0; i < len(text); {
		if !isWordRune(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordRune(text[j]) {
			j++
		}
		t := token{start: i, end: j}
		var sp tokSpan
		sp.n0 = int32(len(buf))
		for _, r := range text[i:j] {
			if r >= 0 && r < foldTableSize {
				switch f := &foldUTF8[r]; f.n {
				case 0:
					continue
				case 1:
					buf = append(buf, f.b[0])
					continue
				case 2:
					buf = append(buf, f.b[0], f.b[1])
					continue
				case 0xFF:
				default:
					buf = append(buf, f.b[:f.n]...)
					continue
				}
			}
			e := foldOf(r)
			for k := 0; k < int(e.n); k++ {
				buf = utf8.AppendRune(buf, e.r[k])
			}
		}
		sp.n1 = int32(len(buf))
		t.script = scriptOf(text[i])
		if t.script == scriptDigit && j-i > 0 {
			for _, r := range text[i:j] {
				if s := scriptOf(r); s != scriptDigit {
					t.script = s
					break
				}
			}
		}
		t.upper = unicode.IsUpper(text[i])
		if i > 0 {
			switch text[i-1] {
			case '\'', '’', 'ʼ', '`', '´':
				t.apos = i-1 > pstart || (i >= 2 && isWordRune(text[i-2]))
			case '-', '‐', '‑':
				t.hyph = i >= 2 && isWordRune(text[i-2])
			}
		}
		sp.p0 = int32(len(buf))
		buf = appendGapPunct(buf, text, pstart, i)
		sp.p1 = int32(len(buf))
		toks = append(toks, t)
		spans = append(spans, sp)
		pstart = j
		i = j
	}
	all := string(buf)
	for k := range toks {
		t, sp := &toks[k], spans[k]
		t.norm = all[sp.n0:sp.n1]
		t.punct = all[sp.p0:sp.p1]
		t.key = t.norm
		if t.script == scriptCyrillic {
			t.key = ruStem(t.norm)
		}
	}
	sc.spans, sc.buf = spans[:0], buf[:0]
	tokScratchPool.Put(sc)
	return toks
}

// tokSpan is a token's folded form (n0:n1) and punctuation (p0:p1) in
// tokenizeInto's byte buffer.
type tokSpan struct{ n0, n1, p0, p1 int32 }

// tokScratch is tokenizeInto's working room, reused across calls.
type tokScratch struct {
	spans []tokSpan
	buf   []byte
}

var tokScratchPool sync.Pool

// appendGapPunct appends to buf up to 16 bytes of the punctuation between
// two tokens (white space left out).
func appendGapPunct(buf []byte, text []rune, from, to int) []byte {
	if to-from == 1 && text[from] == ' ' {
		return buf
	}
	n := 0
	for _, r := range text[from:to] {
		if unicode.IsSpace(r) {
			continue
		}
		if n+utf8.RuneLen(r) > 16 {
			break
		}
		n += utf8.RuneLen(r)
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// ruEndings are Russian case endings, longest first; ruStem strips one so
// that "Хафтаром", "Хафтара" and "Хафтар" share a key, and "Лаврову",
// "Лавровым" and "Лавров" too.
var ruEndings = []string{
	"ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "овым", "евым", "ова", "ову", "ове", "ева", "еву", "ину", "ина", "ины", "иным", "ине",
	"ом", "ем", "ой", "ей", "ою", "ею", "ым", "им", "ах", "ях", "ов", "ев", "ая", "яя", "ую", "юю", "ин",
	"а", "я", "у", "ю", "е", "ы", "и", "ь", "о",
	// folded й is и: the feminine instrumental and genitive "-ой"
	// ("Дбейбой", "Захаровой") as it reads after folding
	"овои", "евои", "инои", "ои",
}

// ruEndingRunes holds the rune count of each of ruEndings, in its order;
// ruEndingTail its last two bytes (every ending has two or more).
var ruEndingRunes []int
var ruEndingTail []uint16

func init() {
	sort.SliceStable(ruEndings, func(i, j int) bool {
		return utf8.RuneCountInString(ruEndings[i]) > utf8.RuneCountInString(ruEndings[j])
	})
	ruEndingRunes = make([]int, len(ruEndings))
	ruEndingTail = make([]uint16, len(ruEndings))
	for i, e := range ruEndings {
		ruEndingRunes[i] = utf8.RuneCountInString(e)
		if len(e) < 2 {
			panic("ruEndings: an ending of one byte")
		}
		ruEndingTail[i] = uint16(e[len(e)-2])<<8 | uint16(e[len(e)-1])
	}
}

func ruStem(s string) string {
	n := utf8.RuneCountInString(s)
	if n < 4 {
		return s // no ending leaves the three letters a stem keeps
	}
	tail := uint16(s[len(s)-2])<<8 | uint16(s[len(s)-1])
	for i, e := range ruEndings {
		if ruEndingTail[i] == tail && n-ruEndingRunes[i] >= 3 && strings.HasSuffix(s, e) {
			return s[:len(s)-len(e)]
		}
	}
	return s
}

// tokenizeName splits a lexicon name into matching keys the same way the
// text is split.
func tokenizeName(s string) []string {
	toks := tokenize([]rune(s))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.key != "" {
			out = append(out, t.key)
		}
	}
	return out
}

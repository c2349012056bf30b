package extract

import (
	"unicode"
)

// sentence is a span of the original text, in runes.
type sentence struct {
	start, end int
	tok0, tok1 int // tokens [tok0, tok1) of the sentence
	para       int // paragraph number: sentences split by blank lines differ
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '۔', '؟', '…', '。', '！', '？':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '«', '“', '‘', ')', ']', '›', '‹':
		return true
	}
	return false
}

// splitSentences cuts text into sentences: at newlines, and at ., !, ?, ۔
// and ؟ followed by white space, unless the dot ends an abbreviation, an
// initial, or a day number before a month ("8. Januar"). isMonth tells
// month names (folded) of every language.
func splitSentences(text []rune, toks []token, isMonth func(string) bool) []sentence {
	var out []sentence
	para := 0
	start := 0
	ti := 0 // next token index
	emit := func(s, e int) {
		for s < e && unicode.IsSpace(text[s]) {
			s++
		}
		for e > s && unicode.IsSpace(text[e-1]) {
			e--
		}
		t0 := ti
		for t0 < len(toks) && toks[t0].start < s {
			t0++
		}
		t1 := t0
		for t1 < len(toks) && toks[t1].end <= e {
			t1++
		}
		ti = t1
		if e > s && t1 > t0 {
			out = append(out, sentence{start: s, end: e, tok0: t0, tok1: t1, para: para})
		}
	}
	// tokAt finds the token ending at rune offset e (exclusive), moving a
	// cursor forward only.
	cur := 0
	tokEndingAt := func(e int) int {
		for cur < len(toks) && toks[cur].end < e {
			cur++
		}
		if cur < len(toks) && toks[cur].end == e {
			return cur
		}
		return -1
	}
	for i := 0; i < len(text); i++ {
		r := text[i]
		if r == '\n' || r == '\u2029' {
			emit(start, i)
			start = i + 1
			// a blank line starts a new paragraph
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				para++
			}
			continue
		}
		if !isSentenceEnd(r) {
			continue
		}
		j := i + 1
		for j < len(text) && (isSentenceEnd(text[j]) || isCloser(text[j])) {
			j++
		}
		if j < len(text) && !unicode.IsSpace(text[j]) {
			continue // "U.S.", "3.5", "www.x"
		}
		if r == '.' && !dotEnds(text, toks, i, j, tokEndingAt, isMonth) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(text))
	return out
}

func dotEnds(text []rune, toks []token, i, j int, tokEndingAt func(int) int, isMonth func(string) bool) bool {
	k := tokEndingAt(i)
	if k < 0 {
		return true
	}
	t := toks[k]
	n := t.end - t.start
	// the next word
	var next *token
	if k+1 < len(toks) {
		next = &toks[k+1]
	}
	if t.script == scriptDigit {
		if n <= 2 && next != nil && (isMonth(next.norm) || isLowerStart(text, next.start)) {
			return false
		}
		return true
	}
	if n == 1 && (t.script == scriptLatin || t.script == scriptCyrillic) {
		return false // an initial or "z. B."
	}
	if closed().abbrev[t.norm] && (t.script == scriptLatin || t.script == scriptCyrillic) {
		// "Gen. Haftar" goes on; "etc." at a paragraph's end is caught by the newline
		return false
	}
	if next != nil && isLowerStart(text, next.start) && t.script != scriptArabic {
		return false // "z.B. die", a lower-case continuation
	}
	return true
}

func isLowerStart(text []rune, at int) bool {
	return at < len(text) && unicode.IsLower(text[at])
}

package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzNormalise: folding is stable (folding a folded name changes nothing,
// so stored search keys and query keys agree), and tokens lie inside the
// text, in order, without overlap.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"Khalifa Haftar", "خليفة حفتر", "خلیفہ ہفتار", "Хафтар", "Erdoğan'ın", "ﻻ", "İstanbul", "ß", "١٢٣ ۴۵۶", "a\u200cb", "\u0640\u064b", "\ufcf4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		once := Fold(s)
		if twice := Fold(once); twice != once {
			t.Fatalf("Fold not stable: %q -> %q -> %q", s, once, twice)
		}
		text := []rune(s)
		prev := 0
		for _, tok := range tokenize(text) {
			if tok.start < prev || tok.end <= tok.start || tok.end > len(text) {
				t.Fatalf("token [%d,%d) out of order or bounds (text %d runes, previous end %d)", tok.start, tok.end, len(text), prev)
			}
			prev = tok.end
		}
	})
}

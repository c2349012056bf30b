package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cross-script matching compares consonant skeletons: every script is
// reduced to a small alphabet of consonant classes, vowels (which Arabic
// and Urdu mostly leave unwritten) are dropped, and doubled classes are
// merged. حفتر, ہفتار, Хафтар and Haftar all become "hftr".

var arabicSkel = map[rune]byte{
	'ب': 'b', 'پ': 'b', 'ت': 't', 'ٹ': 't', 'ث': 't', 'ج': 'j', 'چ': 'j', 'ح': 'h', 'خ': 'h',
	'د': 'd', 'ڈ': 'd', 'ذ': 'd', 'ر': 'r', 'ڑ': 'r', 'ز': 's', 'ژ': 'j', 'س': 's', 'ش': 's',
	'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 's', 'غ': 'g', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ک': 'k',
	'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
}

var cyrSkel = map[rune]byte{
	'б': 'b', 'п': 'b', 'в': 'f', 'ф': 'f', 'г': 'g', 'д': 'd', 'ж': 'j', 'з': 's', 'с': 's',
	'ц': 's', 'ш': 's', 'щ': 's', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'р': 'r', 'т': 't',
	'х': 'h', 'ч': 'j',
}

var latinDigraphs = []struct {
	from string
	to   byte
}{
	{"tsch", 'j'}, {"dsch", 'j'}, {"sch", 's'}, {"kh", 'h'}, {"ch", 'h'}, {"gh", 'g'}, {"sh", 's'},
	{"th", 't'}, {"dh", 'd'}, {"ph", 'f'}, {"zh", 'j'}, {"dj", 'j'}, {"ck", 'k'}, {"gu", 'g'},
	{"qu", 'k'},
}

var latinSkel = map[rune]byte{
	'b': 'b', 'p': 'b', 'c': 'k', 'k': 'k', 'q': 'k', 'd': 'd', 'f': 'f', 'v': 'f', 'g': 'g',
	'h': 'h', 'j': 'j', 'l': 'l', 'm': 'm', 'n': 'n', 'r': 'r', 's': 's', 'z': 's', 't': 't',
	'x': 's',
}

// vowelSound maps the vowel letters of each script to five vowels, so that
// spellings can be compared letter for letter across letter variants
// ("هفتار" and "حفتار" sound alike though ہ and ح differ).
var vowelSound = map[rune]byte{
	'a': 'a', 'e': 'e', 'i': 'i', 'o': 'o', 'u': 'u', 'y': 'i',
	'ا': 'a', 'و': 'u', 'ی': 'i',
	'а': 'a', 'я': 'a', 'е': 'e', 'э': 'e', 'ё': 'e', 'и': 'i', 'ы': 'i', 'й': 'i', 'о': 'o', 'у': 'u', 'ю': 'u',
}

// skeleton reduces a folded word to its consonant classes.
func skeleton(folded string) string { return sound(folded, false) }

// sound reduces a folded word to consonant classes and, when vowels is
// set, the vowels it writes.
func sound(folded string, vowels bool) string {
	var rbuf [48]rune
	rs := rbuf[:0]
	for _, r := range folded {
		rs = append(rs, r)
	}
	var obuf [48]byte
	out := obuf[:0]
	add := func(c byte) {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if v, ok := vowelSound[r]; ok && vowels {
			add(v)
			continue
		}
		switch s := scriptOf(r); s {
		case scriptArabic:
			if r == 'ه' && i == len(rs)-1 && i > 0 {
				continue // final ta marbuta / silent h
			}
			if c, ok := arabicSkel[r]; ok {
				add(c)
			}
		case scriptCyrillic:
			if c, ok := cyrSkel[r]; ok {
				add(c)
			}
		case scriptLatin:
			matched := false
			for _, d := range latinDigraphs {
				if runesHavePrefix(rs[i:], d.from) {
					add(d.to)
					i += len(d.from) - 1
					matched = true
					break
				}
			}
			if matched {
				continue
			}
			if c, ok := latinSkel[r]; ok {
				add(c)
			}
		}
	}
	return string(out)
}

// runesHavePrefix tells whether rs starts with the ASCII string p.
func runesHavePrefix(rs []rune, p string) bool {
	if len(rs) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if rs[k] != rune(p[k]) {
			return false
		}
	}
	return true
}

// skelMask is the set of a skeleton's letters, one bit per letter (c&63),
// for jaroWinklerAbove.
func skelMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] & 63)
	}
	return m
}

// jaroWinklerAbove bounds jaroWinkler(a, b) from above without computing
// it: a letter of a that b lacks altogether matches nothing, and no
// transposition is counted. ma and mb are the skelMasks of a and b. When it
// returns a value below a threshold, jaroWinkler(a, b) is below it too.
func jaroWinklerAbove(a, b string, ma, mb uint64) float64 {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	m := min(la-bits.OnesCount64(ma&^mb), lb-bits.OnesCount64(mb&^ma))
	if m <= 0 {
		return 0
	}
	fm := float64(m)
	j := (fm/float64(la) + fm/float64(lb) + 1) / 3
	p := 0
	for p < min(4, la, lb) && a[p] == b[p] {
		p++
	}
	return j + float64(p)*0.1*(1-j)
}

// mayReach09 tells whether two skeletons of lengths la and lb with
// letter masks ma and mb may reach a Jaro-Winkler similarity of 0.9: the
// bound of jaroWinklerAbove with the largest prefix bonus (four letters),
// which stays below 0.9 when the Jaro bound is below 5/6, in integers and
// from lengths and masks alone.
func mayReach09(la, lb int, ma, mb uint64) bool {
	m := min(la-bits.OnesCount64(ma&^mb), lb-bits.OnesCount64(mb&^ma))
	return 2*m*(la+lb) >= 3*la*lb
}

// jaroWinkler is the Jaro-Winkler similarity of two ASCII strings.
func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	win := max(la, lb)/2 - 1
	if win < 0 {
		win = 0
	}
	var ma, mb [64]bool
	if la > 64 || lb > 64 {
		return 0
	}
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-win), min(lb, i+win+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, k := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	fm := float64(m)
	j := (fm/float64(la) + fm/float64(lb) + (fm-float64(t)/2)/fm) / 3
	p := 0
	for p < min(4, la, lb) && a[p] == b[p] {
		p++
	}
	return j + float64(p)*0.1*(1-j)
}

var arabicLatin = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ب': "b", 'پ': "p", 'ت': "t", 'ٹ': "t", 'ث': "th",
	'ج': "j", 'چ': "ch", 'ح': "h", 'خ': "kh", 'د': "d", 'ڈ': "d", 'ذ': "dh", 'ر': "r", 'ڑ': "r",
	'ز': "z", 'ژ': "zh", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "",
	'غ': "gh", 'ف': "f", 'ڤ': "v", 'ق': "q", 'ك': "k", 'ک': "k", 'گ': "g", 'ل': "l", 'م': "m",
	'ن': "n", 'ں': "n", 'ه': "h", 'ہ': "h", 'ھ': "h", 'ة': "a", 'ۃ': "a", 'و': "u", 'ؤ': "u",
	'ي': "i", 'ی': "i", 'ى': "a", 'ئ': "i", 'ے': "e", 'ء': "",
}

var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// romaniseName writes a name in Latin letters, a readable transliteration
// for people the lexicon does not know, not a scholarly one. Arabic-script words the
// lexicon's romanise.yaml lists take their usual English spelling
// ("ندیم" Nadeem, "المبروك" al-Mabrouk, "عبد الله" Abdullah); the others
// are transliterated with the short vowels the script leaves unwritten
// guessed (romaniseArabicWord).
func (lx *lexicon) romaniseName(name, lang string) string {
	words := strings.Fields(name)
	out := make([]string, 0, len(words))
	arab := lx.cyrillicArabName(words)
	for i := 0; i < len(words); i++ {
		w := words[i]
		rs := []rune(w)
		if arab && len(rs) > 0 && scriptOf(rs[0]) == scriptCyrillic {
			if s := lx.romaniseCyrArab(w); s != "" {
				out = append(out, s)
			}
			continue
		}
		if len(rs) > 0 && scriptOf(rs[0]) == scriptArabic {
			if i+1 < len(words) {
				if r, ok := lx.romanWord(Fold(w)+" "+Fold(words[i+1]), lang); ok {
					out = append(out, r)
					i++
					continue
				}
			}
			if s := lx.romaniseArabicWord(rs, lang); s != "" {
				out = append(out, capitalise(s))
			}
			continue
		}
		var b strings.Builder
		for _, r := range rs {
			lr := unicode.ToLower(r)
			switch scriptOf(r) {
			case scriptCyrillic:
				b.WriteString(cyrLatin[lr])
			case scriptArabic:
				b.WriteString(arabicLatin[r])
			default:
				if unicode.IsLetter(r) || r == '-' || r == '\'' {
					b.WriteRune(lr)
				}
			}
		}
		if s := b.String(); s != "" {
			out = append(out, capitalise(s))
		}
	}
	return strings.Join(out, " ")
}

// cyrillicArabName tells whether a Russian-written name is an Arabic
// one: it has an article ("аль-Джабер", "эль-Мисмари") or a given name
// romanise.yaml lists for Russian ("Хишам Шаарави").
func (lx *lexicon) cyrillicArabName(words []string) bool {
	for _, w := range words {
		k := Fold(w)
		if strings.HasPrefix(k, "аль-") || strings.HasPrefix(k, "эль-") {
			return true
		}
		if _, ok := lx.cyrGiven(k); ok {
			return true
		}
	}
	return false
}

// cyrGiven is the English spelling of a folded Cyrillic given name
// romanise.yaml lists, in the nominative or in an oblique case whose
// ending the nominative lacks ("Мухаммеда", "Салему", "Хишамом").
func (lx *lexicon) cyrGiven(k string) (string, bool) {
	if lx == nil || len(lx.romanRU) == 0 {
		return "", false
	}
	if r, ok := lx.romanRU[k]; ok {
		return r, true
	}
	for _, e := range []string{"ом", "ем", "а", "у", "е", "я", "ю"} {
		if stem, ok := strings.CutSuffix(k, e); ok && utf8.RuneCountInString(stem) >= 3 {
			if r, ok := lx.romanRU[stem]; ok {
				return r, true
			}
		}
	}
	return "", false
}

// romaniseCyrArab writes one word of an Arabic name written in Russian
// as English writes Arabic names: a listed given name as listed; else
// letter by letter, with х as h (Russian has one letter for ح, ه and
// خ; "Хасси" al-Hassi, "Хишам" Hisham), дж as j, в between vowels or
// after one at the end as w ("Шаарави" Shaarawi, "Авами" Awami) and у
// after a consonant as ou ("Мабрук" Mabrouk, "Мансур" Mansour).
func (lx *lexicon) romaniseCyrArab(w string) string {
	parts := strings.Split(w, "-")
	for q, p := range parts {
		if r, ok := lx.cyrGiven(Fold(p)); ok {
			parts[q] = r
			continue
		}
		rs := []rune(strings.ToLower(p))
		vowel := func(k int) bool { return k >= 0 && k < len(rs) && strings.ContainsRune("аеёиоуыэюя", rs[k]) }
		var b strings.Builder
		for k := 0; k < len(rs); k++ {
			r := rs[k]
			if scriptOf(r) != scriptCyrillic {
				if unicode.IsLetter(r) || r == '\'' {
					b.WriteRune(r)
				}
				continue
			}
			switch {
			case r == 'х':
				b.WriteString("h")
			case r == 'д' && k+1 < len(rs) && rs[k+1] == 'ж':
				b.WriteString("j")
				k++
			case r == 'в' && vowel(k-1) && (k+1 == len(rs) || vowel(k+1)):
				b.WriteString("w")
			case r == 'у' && k > 0 && !vowel(k-1):
				b.WriteString("ou")
			default:
				b.WriteString(cyrLatin[r])
			}
		}
		parts[q] = b.String()
	}
	return capitalise(strings.Join(parts, "-"))
}

// romanWord is the listed romanisation of a folded word or compound,
// Urdu's own spelling first in an Urdu text.
func (lx *lexicon) romanWord(key, lang string) (string, bool) {
	if lx == nil {
		return "", false
	}
	if lang == "ur" {
		if r, ok := lx.romanUR[key]; ok {
			return r, true
		}
	}
	r, ok := lx.roman[key]
	return r, ok
}

// romaniseArabicWord romanises one Arabic-script word: listed as it is,
// or without its article ("al-" and the listed stem), or as a compound
// written in one ("عبدالله"); else letter by letter.
func (lx *lexicon) romaniseArabicWord(rs []rune, lang string) string {
	key := Fold(string(rs))
	if r, ok := lx.romanWord(key, lang); ok {
		return r
	}
	kr := []rune(key)
	if len(kr) > 3 && kr[0] == 'ا' && kr[1] == 'ل' {
		if r, ok := lx.romanWord(string(kr[2:]), lang); ok {
			return "al-" + r
		}
	}
	if len(kr) > 4 && string(kr[:3]) == "عبد" {
		if r, ok := lx.romanWord("عبد "+string(kr[3:]), lang); ok {
			return r
		}
	}
	// letters without their diacritics
	ls := make([]rune, 0, len(rs))
	for _, r := range rs {
		if _, ok := arabicLatin[r]; ok {
			ls = append(ls, r)
		}
	}
	var b strings.Builder
	if len(ls) > 3 && (ls[0] == 'ا' || ls[0] == 'أ') && ls[1] == 'ل' {
		b.WriteString("al-")
		ls = ls[2:]
	}
	b.WriteString(arabicLetters(ls, lang))
	return b.String()
}

// arVowel tells the Arabic-script letters that write a vowel (or, for
// ع and ء, a glottal sound that takes one).
func arVowel(r rune) bool {
	switch r {
	case 'ا', 'أ', 'إ', 'آ', 'ٱ', 'و', 'ؤ', 'ي', 'ی', 'ى', 'ے', 'ئ', 'ة', 'ۃ', 'ع', 'ء':
		return true
	}
	return false
}

// arabicLetters transliterates the letters of one word, guessing the
// short vowels the script leaves unwritten: an "a" after a first
// consonant that another follows ("ندیم" Nadim, "فرج" Faraj), and between
// every consonant of a word that writes no vowel at all ("خٹک" Khatak).
// Long vowels read as English writes them: medial و as "ou" in Arabic and
// "oo" in Urdu, medial ی as "ee" in Urdu.
func arabicLetters(ls []rune, lang string) string {
	noVowel := true
	for _, r := range ls {
		if arVowel(r) && r != 'ع' {
			noVowel = false
		}
	}
	cons := func(k int) bool { return k >= 0 && k < len(ls) && !arVowel(ls[k]) }
	var b strings.Builder
	n := len(ls)
	for i, r := range ls {
		s := arabicLatin[r]
		switch r {
		case 'و':
			switch {
			case i == 1 && ls[0] == 'و' && n > 2:
				s = "oo" // "ووستر" Wooster
				if lang != "ur" {
					s = "ou"
				}
			case i == 0 || !cons(i-1) || i+1 < n && (arVowel(ls[i+1]) && ls[i+1] != 'ع'):
				s = "w"
			case lang == "ur" && i == n-1:
				s = "o"
			case lang == "ur":
				s = "oo"
			default:
				s = "ou"
			}
		case 'ي', 'ی', 'ے':
			switch {
			case i == 0 || !cons(i-1) && i+1 < n:
				s = "y"
			case lang == "ur" && cons(i+1):
				s = "ee"
			}
		case 'ع':
			if cons(i-1) && cons(i+1) || i == 0 && cons(i+1) {
				s = "a"
			}
		case 'ه', 'ہ', 'ھ':
			if i == n-1 && i > 0 && cons(i-1) && (lang == "ur" || r == 'ه' && n > 3) {
				s = "a" // a final silent h
			}
		}
		b.WriteString(s)
		if i == 0 && (s == "w" || s == "y") && cons(i+1) {
			b.WriteByte('a') // "وقار" Waqar, "یسری" Yasri
			continue
		}
		if !arVowel(r) && cons(i+1) && (i == 0 || noVowel) && r != 'ھ' && ls[i+1] != 'ھ' {
			b.WriteByte('a')
		}
	}
	return b.String()
}

// capitalise upper-cases the first letter of each hyphen part, keeping
// "al-" particles lower case.
func capitalise(s string) string {
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if p == "" || (p == "al" || p == "el") && i < len(parts)-1 {
			continue
		}
		rs := []rune(p)
		rs[0] = unicode.ToUpper(rs[0])
		parts[i] = string(rs)
	}
	return strings.Join(parts, "-")
}

// slug is the id form of a Latin name: lowercase ASCII words joined by
// hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// SoundKey is a person's name reduced to the consonant skeleton that
// cross-script matching compares (skeleton), word by word, the Arabic
// article "al"/"el" left out, after the spelling conventions of the
// language lang writes it in: Spanish "j" is the "kh" of "Jaled"
// (Khaled), "y" before a vowel the "j" of "Yamal" (Jamal); Turkish "c"
// the "j" of "Cemal" (Jamal); French "ch" the "sh" of "Rachid"; a final
// "h" after a vowel is silent ("Hamdallah", "Hamdalla"). The evaluator
// pairs an unknown person's romanisation with the gold name of the same
// skeleton: "Салахом аль-Гариани" gives "salah al gariani", which is
// "Salah al-Ghariani"; "Chalid al-Dschuhani" is "Khalid al-Juhani"
// (session 20).
func SoundKey(name, lang string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(Fold(name), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if w == "al" || w == "el" {
			continue
		}
		if scriptOf([]rune(w)[0]) == scriptLatin {
			switch lang {
			case "es":
				w = strings.ReplaceAll(w, "j", "h")
				if strings.HasPrefix(w, "y") && len(w) > 1 && strings.ContainsRune("aeiou", rune(w[1])) {
					w = "j" + w[1:]
				}
			case "tr":
				w = strings.ReplaceAll(w, "c", "j")
			case "fr":
				w = strings.ReplaceAll(w, "ch", "sh")
			}
			if n := len(w); n > 2 && w[n-1] == 'h' && strings.ContainsRune("aeiouy", rune(w[n-2])) {
				w = w[:n-1]
			}
		}
		b.WriteString(skeleton(w))
	}
	return b.String()
}

package extract

import (
	"errors"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// DetectLang returns the ISO 639-1 code of the text's language among
// Parley's nine, or an error when it is none of them or too short to tell.
//
// The script decides first. Cyrillic is Russian unless Ukrainian,
// Bulgarian or Serbian letters and words say otherwise; Arabic script is
// Urdu or Arabic by the letters and function words only Urdu uses, and
// neither when Persian's function words outnumber them. Latin-script text
// goes to lingua restricted to our six Latin-script languages in its
// low-accuracy (trigram) mode, which keeps the detector's memory small;
// function words then refuse a neighbour (Dutch, Portuguese, Catalan,
// Romanian), overrule lingua on a short text full of names, and confirm
// the answer, so Finnish or Indonesian text is not forced into one of ours.
func DetectLang(text string) (string, error) {
	sample := langSample(text, 800)
	var latin, arabic, cyrillic, letters int
	for _, r := range sample {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if letters < 12 {
		return "", errors.New("too little text to tell the language")
	}
	switch {
	case arabic*2 > letters:
		return arabicOrUrdu(sample)
	case cyrillic*2 > letters:
		return russian(sample, cyrillic)
	case latin*2 > letters:
		return latinLang(sample)
	}
	return "", errors.New("no supported script dominates the text")
}

// langSample is the first n runes, enough to tell a language.
func langSample(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// arabicOrUrdu counts letters and words that only Urdu uses against ones
// only Arabic uses, and Persian's function words against both: Persian
// shares Urdu's letters (ی ک گ), so without its own count a Persian
// article would be read as Urdu and yield nothing.
func arabicOrUrdu(s string) (string, error) {
	ur, ar, fa := 0, 0, 0
	for _, r := range s {
		switch r {
		case 'ے', 'ں', 'ہ', 'ٹ', 'ڈ', 'ڑ', 'ھ', 'ی', 'ک', 'گ':
			ur++
		case 'ة', 'ى', 'أ', 'إ', 'ي', 'ك':
			ar++
		}
	}
	cw := closed()
	for _, w := range strings.Fields(s) {
		switch {
		case cw.function["ur"][w]:
			ur += 3
		case cw.function["ar"][w]:
			ar += 3
		case cw.neighbour["fa"][w]:
			fa += 3
		}
	}
	switch {
	case fa > ur && fa > ar:
		return "", errors.New("unknown language (Persian script words; not one of ur ar de en fr it tr es ru)")
	case ur > ar:
		return "ur", nil
	}
	return "ar", nil
}

// russian accepts Cyrillic text unless letters Russian does not write
// say otherwise: Ukrainian і ї є ґ, Belarusian ў, Serbian and Macedonian
// ђ ј љ њ ћ џ ѓ ќ ѕ, or Bulgarian's frequent ъ with no ы or э.
func russian(s string, cyrillic int) (string, error) {
	other, yery, hard := 0, 0, 0
	for _, r := range s {
		switch unicode.ToLower(r) {
		case 'і', 'ї', 'є', 'ґ', 'ў', 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ':
			other++
		case 'ы', 'э':
			yery++
		case 'ъ':
			hard++
		}
	}
	if other >= 2 || yery == 0 && hard*100 >= cyrillic && hard >= 2 {
		return "", errors.New("unknown language (Cyrillic, but not Russian)")
	}
	return "ru", nil
}

var latinDetector = sync.OnceValue(func() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().
		FromLanguages(lingua.German, lingua.English, lingua.French, lingua.Italian, lingua.Turkish, lingua.Spanish).
		WithLowAccuracyMode().
		Build()
})

var linguaCode = map[lingua.Language]string{
	lingua.German: "de", lingua.English: "en", lingua.French: "fr",
	lingua.Italian: "it", lingua.Turkish: "tr", lingua.Spanish: "es",
}

// turkishWord tells a lower-case word by the letters only Turkish writes
// among our six: dotless ı, ğ and ş. Turkish glues its function words on
// as suffixes ("Ankara'da", "görüşmenin"), so free-standing function
// words are rarer than in the other five and its letters have to count
// too; names ("Çavuşoğlu") do not, as other languages write them as well.
func turkishWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && strings.ContainsAny(w, "ığş")
}

// commonWords drops the capitalised words of s when enough text is left
// without them. News is thick with names, and names are no language's:
// "Haftar met Sarraj in Rome" reads as Turkish to letter statistics
// because of Haftar and Sarraj. German loses its nouns too, but keeps
// its function words and endings, which is what tells it.
func commonWords(s string) string {
	var b strings.Builder
	letters := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	if letters < 12 {
		return s
	}
	return b.String()
}

// latinOrder is the order in which the function-word checks try our
// Latin-script languages.
var latinOrder = []string{"en", "de", "fr", "it", "es", "tr"}

func latinLang(s string) (string, error) {
	lang, ok := latinDetector().DetectLanguageOf(commonWords(s))
	if !ok {
		return "", errors.New("unknown language")
	}
	code := linguaCode[lang]
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	cw := closed()
	// one pass counts the function words of ours and of the neighbours
	hits := map[string]int{}
	near := map[string]int{}
	for _, w := range words {
		lw := strings.ToLower(w)
		for _, c := range latinOrder {
			if cw.function[c][lw] || c == "tr" && turkishWord(w) {
				hits[c]++
			}
		}
		for c, nw := range cw.neighbour {
			if nw[lw] {
				near[c]++
			}
		}
	}
	// A neighbour in the same script (Dutch, Portuguese, Catalan,
	// Romanian) that the statistical detector can only map onto one of
	// ours gives itself away by its own function words.
	for _, n := range near {
		if n >= 2 && n > hits[code] {
			return "", errors.New("unknown language (not one of ur ar de en fr it tr es ru)")
		}
	}
	// On a short text full of names the statistical detector can pick a
	// sister language ("La conferencia de Berlín reunió a Merkel, Putin…"
	// reads as Italian to it); the function words of another of ours,
	// twice as many and three more, overrule it.
	for _, c := range latinOrder {
		if h := hits[c]; c != code && h >= 2*hits[code] && h >= hits[code]+3 {
			code = c
		}
	}
	// A sentence or two is too little for letter statistics: the
	// language with the most function words wins, lingua's pick on a tie.
	if len(words) < 8 {
		for _, c := range latinOrder {
			if hits[c] > hits[code] {
				code = c
			}
		}
	}
	// Real prose uses function words at 20-40%; demand a sliver of that.
	enough := func(code string) bool { return len(words) < 8 || hits[code]*12 >= len(words) }
	if enough(code) {
		return code, nil
	}
	// Short texts full of names fool the statistical detector ("German
	// Foreign Minister Heiko Maas met ..." looks German to it): the
	// language whose function words the text uses wins, if any does.
	best, bestHits := "", 0
	for _, c := range latinOrder {
		if h := hits[c]; h > bestHits {
			best, bestHits = c, h
		}
	}
	if best != "" && enough(best) {
		return best, nil
	}
	return "", errors.New("unknown language (not one of ur ar de en fr it tr es ru)")
}

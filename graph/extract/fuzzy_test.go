package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestFuzzyPrecision checks, against the shipped lexicon, that consonant
// skeletons do not turn common words into people: German capitalises every
// noun, and Arabic-script words share skeletons with many names.
func TestFuzzyPrecision(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		not        []string
	}{
		{"de", "Der Grund für den Vorschlag war der Frieden, sagte der Sekretär zum Modell.", []string{"lorenzo-guerini", "sergey-vershinin", "hakan-fidan", "sameh-shoukry", "mostafa-madbouly"}},
		{"de", "Wladimir Putin sprach mit den Beamten der Parteien über Trumps Plan.", []string{}},
		{"ur", "فوجی مداخلت میں اضافے کی روشنی میں تنازعہ کا حل", []string{"sergey-vershinin"}},
		{"ar", "لإحراز تقدم في إصلاح قطاع الأمن", []string{"aguila-saleh-issa"}},
		{"ar", "التقى غوتيريش بالمشير خليفة حفتر لبحث المساعي الأممية", []string{"ahmed-al-mismari"}},
		{"ar", "وقال وزير الخارجية الفرنسي إن الحل سياسي", []string{"sergey-lavrov"}},
		{"ar", "وقالت فايز السراج إن الصراع والشرعية في خطر", []string{}},
		// another person's given name before a close surname: not Ghassan Salamé
		{"en", "Judge Ahmed Salem met Mayor Hassan Ali in Misrata on Monday.", []string{"ghassan-salame"}},
		// two names after a title: the first is a given name, the second a surname of someone else
		{"tr", "Ziyaret sırasında güvenlik önlemlerini Tümgeneral Kemal Ersoy komutasındaki bir birlik üstlendi.", []string{"abbas-kamel"}},
		{"fr", "L'ambassadeur Hervé Maurin, envoyé spécial de la France pour la Libye, rencontrera Aguila Saleh lundi à Tobrouk.", []string{"ian-martin"}},
		// a given name after a title, with the surname after it, in Arabic script
		{"ur", "وزارت خارجہ کے ترجمان سلیم قریشی نے صحافیوں کو بتایا کہ مذاکرات جاری ہیں۔", []string{"ghassan-salame"}},
		{"ar", "وقال المتحدث سليم القرقني إن المحادثات مستمرة.", []string{"ghassan-salame"}},
		// a lone given name is nobody in particular
		{"ur", "پارلیمان کے رکن عبداللہ نے کہا کہ اجلاس کل ہو گا۔", []string{"abdullah-ii-of-jordan"}},
		{"tr", "Meclis üyesi Abdullah, toplantının yarın yapılacağını söyledi.", []string{"abdullah-ii-of-jordan"}},
		// an unknown given name before a surname close to a listed one: the
		// surname is that unknown person's
		{"en", "The talks in Valletta brought together the Maltese, Greek and Spanish ministers, Byron Camilleri, Notis Mitarachi and Fernando Grande-Marlaska, with Ylva Johansson.", []string{"david-cameron", "tarek-mitri", "boris-johnson"}},
		{"it", "Alla riunione hanno partecipato anche Ylva Johansson e Byron Camilleri.", []string{"david-cameron", "boris-johnson"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		for _, a := range f.Actors {
			if a.Kind != graph.KindPerson || !a.Reviewed {
				continue
			}
			if slices.Contains(c.not, a.ID) {
				t.Errorf("%s %q: common word taken for %s (aliases %q)", c.lang, c.text, a.ID, a.Aliases)
			}
			for _, al := range a.Aliases {
				if !containsWord(c.text, al) {
					t.Errorf("%s %q: alias %q of %s is not a whole span of the text", c.lang, c.text, al, a.ID)
				}
			}
		}
	}
}

// TestFuzzyRecall: variant spellings still match where a name is expected.
func TestFuzzyRecall(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, id string }{
		{"tr", "Görüşmede Hafter de hazır bulundu.", "khalifa-haftar"},
		{"ar", "التقى خليفة حفتر الوفد. وقال حفتار إن الحل سياسي.", "khalifa-haftar"},
		{"ur", "جنرل ہفتار نے کہا کہ جنگ جاری رہے گی", "khalifa-haftar"},
		{"de", "Trumps Gesandter reiste nach Berlin.", "donald-trump"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if f.Mentions[c.id] == 0 {
			t.Errorf("%s %q: %s not found (%v)", c.lang, c.text, c.id, f.Mentions)
		}
	}
}

// TestSurnameNotCity: "de Milano" after a given name is a surname.
func TestSurnameNotCity(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"de", "Haftar traf sich in Bengasi mit Brigadegeneral Steven de Milano."},
		{"ar", "التقى حفتر في بنغازي بالعميد ستيفن دي ميلانو."},
	} {
		f := factsOf(t, x, c.lang, c.text)
		for _, p := range f.Places {
			if p.ID == "milan" {
				t.Errorf("%s %q: Milan taken from a surname", c.lang, c.text)
			}
		}
		for _, m := range f.Meetings {
			if m.Place == "milan" {
				t.Errorf("%s %q: meeting placed in Milan", c.lang, c.text)
			}
		}
	}
}

func containsWord(text, w string) bool {
	rs, ws := []rune(text), []rune(w)
	for i := 0; i+len(ws) <= len(rs); i++ {
		if string(rs[i:i+len(ws)]) != w {
			continue
		}
		before := i == 0 || !isWordRune(rs[i-1])
		after := i+len(ws) == len(rs) || !isWordRune(rs[i+len(ws)])
		if before && after {
			return true
		}
	}
	return false
}

// TestJaroWinklerAbove checks that the cheap bound never falls below the
// similarity it bounds, so that skipping on it changes no match.
func TestJaroWinklerAbove(t *testing.T) {
	const letters = "bdfghjklmnrstk"
	seed := uint32(1)
	word := func() string {
		n := 1 + int(seed%9)
		b := make([]byte, n)
		for i := range b {
			seed = seed*1664525 + 1013904223
			b[i] = letters[int(seed>>16)%len(letters)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := word(), word()
		if got, bound := jaroWinkler(a, b), jaroWinklerAbove(a, b, skelMask(a), skelMask(b)); bound < got {
			t.Fatalf("jaroWinklerAbove(%q, %q) = %v < jaroWinkler = %v", a, b, bound, got)
		}
		if got := jaroWinkler(a, b); got >= 0.9 && !mayReach09(len(a), len(b), skelMask(a), skelMask(b)) {
			t.Fatalf("mayReach09(%q, %q) = false, jaroWinkler = %v", a, b, got)
		}
	}
	for _, p := range [][2]string{{"hftr", "hftr"}, {"hftr", "hfr"}, {"srj", "srg"}, {"slm", "slmn"}} {
		if got, bound := jaroWinkler(p[0], p[1]), jaroWinklerAbove(p[0], p[1], skelMask(p[0]), skelMask(p[1])); bound < got {
			t.Errorf("jaroWinklerAbove(%q, %q) = %v < %v", p[0], p[1], bound, got)
		}
	}
}

// TestCountryAdjectiveIsNoSurname: an Arabic nisba adjective of a country
// ("المصري", Egyptian) is never a variant spelling of a surname it is
// close to ("المشري", al-Mishri), even when the article names him.
func TestCountryAdjectiveIsNoSurname(t *testing.T) {
	x := shipped(t)
	for lang, text := range map[string]string{
		"ar": "أشاد خالد المشري بالدور المصري في الوساطة، وقال الرئيس المصري إن الهدنة صامدة.",
		"ur": "خالد المشری نے مصری کردار کی تعریف کی۔",
	} {
		d := newDoc(x, graph.Article{ID: "t", Lang: lang, Text: text})
		d.run()
		n := 0
		for _, m := range d.mentions {
			if m.actor == "khalid-al-mishri" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s %q: %d mentions of al-Mishri, want 1", lang, text, n)
		}
	}
}

package extract

import (
	"strings"
	"testing"
)

// A subject pronoun before the speech verb is the speaker; a country
// named after the verb is what is said, not who says it.
func TestPronounSubjectKeepsCountryOutOfSpeaker(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "en", "", "Title\n\nSisi met Haftar in Cairo on Monday. He said Egypt had a legitimate right to defend its western frontier.\n")
	for _, s := range f.Statements {
		if s.Speaker == "egypt" {
			t.Errorf("Egypt speaks in %q; the pronoun he is Sisi", s.Text)
		}
	}
	if got := speakers(f); len(got) != 1 || got[0] != "abdel-fattah-el-sisi" {
		t.Errorf("speakers %v, want only abdel-fattah-el-sisi", got)
	}
}

// An aside between commas after the subject ("for his part") does not
// make the verb inverted: the subject before it speaks.
func TestAsideAfterSubject(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Title\n\nTebboune, for his part, said Algeria would host a meeting.\n", "abdelmadjid-tebboune"},
		{"fr", "Titre\n\nLe Drian, de son côté, a affirmé que la France resterait engagée en Libye.\n", "jean-yves-le-drian"},
		{"es", "Título\n\nPeskov, por su parte, dijo que Rusia no enviará tropas a Libia.\n", "dmitry-peskov"},
	} {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// In a verb-final language the reported words stand between the subject
// and the verb; the title before the subject's name is not what was said.
func TestVerbFinalReportedWords(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want, not string }{
		{"tr", "Başlık\n\nYunanistan Dışişleri Bakanı Nikos Dendias, muhtıranın geçersiz olduğunu söyledi.\n", "muhtıranın geçersiz olduğunu", "Dışişleri Bakanı"},
		{"ur", "عنوان\n\nامریکی وزیر خارجہ مائیک پومپیو نے کہا کہ لیبیا میں جنگ بندی ضروری ہے۔\n", "جنگ بندی", "امریکی وزیر خارجہ"},
	} {
		f := factsOn(t, x, c.lang, "", c.text)
		if len(f.Statements) != 1 {
			t.Errorf("%s: %d statements, want 1", c.lang, len(f.Statements))
			continue
		}
		if txt := f.Statements[0].Text; !strings.Contains(txt, c.want) || strings.Contains(txt, c.not) {
			t.Errorf("%s: said %q, want it to hold %q and not %q", c.lang, txt, c.want, c.not)
		}
	}
}

// "went on to see X" tells where someone went next; "went on" speaks only
// after a quotation.
func TestWentOnToIsNoSpeech(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "en", "", "Title\n\nThe talks lasted two hours before Draghi went on to see Mohamed al-Menfi in the capital. \"We will continue,\" he went on.\n")
	if got := speakers(f); len(got) != 1 || !strings.HasPrefix(f.Statements[0].Text, "We will continue") {
		t.Errorf("statements %v (%d), want only the quoted one", got, len(f.Statements))
	}
}

// An unlisted given name before a surname that sounds like a listed
// person's makes another person, in Cyrillic as in Latin script, and his
// later bare surname stays his.
func TestCyrillicUnknownGivenName(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "ru", "", "Заголовок\n\n«Россия и Турция научились управлять конфликтом», — говорит Глеб Мартынов, ведущий научный сотрудник. «Это уже будет прорыв», — считает Мартынов.\n")
	for _, s := range f.Statements {
		if s.Speaker == "ian-martin" {
			t.Errorf("Ian Martin speaks %q; Gleb Martynov is another man", s.Text)
		}
	}
	if got := speakers(f); len(got) != 2 || got[0] != got[1] {
		t.Errorf("speakers %v, want Gleb Martynov twice", got)
	}
	// a listed person's own given name, spelt another way, still finds him
	g := factsOn(t, x, "ru", "", "Заголовок\n\nЯн Мартин заявил, что переговоры продолжатся.\n")
	if got := speakers(g); len(got) != 1 || got[0] != "ian-martin" {
		t.Errorf("speakers %v, want ian-martin", got)
	}
}

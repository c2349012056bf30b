package extract

import (
	"slices"
	"testing"
)

// TestPortfolioTitleNamesItsHolder: a bare title that names a portfolio
// with a country ("the Turkish foreign minister", "le chef de la
// diplomatie turque", "il capo della diplomazia turca", "el jefe de la
// diplomacia turca", "der türkische Chefdiplomat", "Türk diplomasisinin
// başı", "رئيس الدبلوماسية التركية") is that country's holder of that
// portfolio, not the minister of another portfolio named last.
func TestPortfolioTitleNamesItsHolder(t *testing.T) {
	x := shipped(t)
	want := []string{"fayez-al-sarraj", "mevlut-cavusoglu"}
	wrong := []string{"fayez-al-sarraj", "hulusi-akar"}
	cases := []struct{ lang, text string }{
		{"en", "Mevlüt Çavuşoğlu and Hulusi Akar landed in Tripoli on Monday. Akar inspected the Turkish troops. On Tuesday, Fayez al-Sarraj received the Turkish foreign minister at his office."},
		{"fr", "Mevlüt Çavuşoğlu et Hulusi Akar sont arrivés lundi à Tripoli. Akar a inspecté les troupes turques. Mardi, Fayez al-Sarraj a reçu le chef de la diplomatie turque dans son bureau."},
		{"it", "Mevlüt Çavuşoğlu e Hulusi Akar sono arrivati lunedì a Tripoli. Akar ha ispezionato le truppe turche. Martedì Fayez al-Sarraj ha ricevuto il capo della diplomazia turca nel suo ufficio."},
		{"es", "Mevlüt Çavuşoğlu y Hulusi Akar llegaron el lunes a Trípoli. Akar inspeccionó las tropas turcas. El martes, Fayez al Serraj recibió al jefe de la diplomacia turca en su despacho."},
		{"de", "Mevlüt Çavuşoğlu und Hulusi Akar trafen am Montag in Tripolis ein. Akar besuchte die türkischen Truppen. Am Dienstag empfing Fayez al-Sarraj den türkischen Chefdiplomaten in seinem Büro."},
		{"tr", "Mevlüt Çavuşoğlu ve Hulusi Akar pazartesi günü Trablus'a geldi. Akar Türk askerlerini denetledi. Salı günü Fayiz es-Serrac, Türk diplomasisinin başını makamında kabul etti."},
		{"ar", "وصل مولود جاويش أوغلو وخلوصي أكار إلى طرابلس يوم الاثنين. وتفقد أكار القوات التركية. واستقبل فايز السراج يوم الثلاثاء رئيس الدبلوماسية التركية في مكتبه."},
	}
	for _, c := range cases {
		ms := metParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, want) }) || slices.ContainsFunc(ms, func(ps []string) bool { return sameParts(ps, wrong) }) {
			t.Errorf("%s %q: meetings %v, want %v and not %v", c.lang, c.text, ms, want, wrong)
		}
	}
}

// TestTitleOfAnOrganisationPastAnAttribute: "the speaker of the
// eastern-based House of Representatives", "the chairman of the
// newly-elected High Council of State": a hyphenated attribute between
// the title's "of the" and the organisation keeps the organisation what
// the title is of, so the one met is its head the article named, not
// the organisation.
func TestTitleOfAnOrganisationPastAnAttribute(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Aguila Saleh Issa flew to Cairo on Sunday. On Monday Abdel Fattah el-Sisi hosted the speaker of the eastern-based House of Representatives at his palace.",
			[]string{"abdel-fattah-el-sisi", "aguila-saleh-issa"}},
		{"Khalid al-Mishri landed in Ankara on Sunday. On Monday Recep Tayyip Erdoğan received the chairman of the newly-elected High Council of State.",
			[]string{"recep-tayyip-erdogan", "khalid-al-mishri"}},
	}
	for _, c := range cases {
		ms := metParts(factsOf(t, x, "en", "Title\n\n"+c.text))
		if len(ms) != 1 || !sameParts(ms[0], c.want) {
			t.Errorf("%q: meetings %v, want %v", c.text, ms, c.want)
		}
	}
}

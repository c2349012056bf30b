package extract

import "testing"

// nameCase: a text whose mentions must hold every actor of want and none
// of not.
type nameCase struct {
	lang, text string
	want, not  []string
}

func wantNames(t *testing.T, x *Extractor, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		got := factsOf(t, x, c.lang, c.text).Mentions
		for _, w := range c.want {
			if got[w] == 0 {
				t.Errorf("%s %q: %s not found (got %v)", c.lang, c.text, w, got)
			}
		}
		for _, n := range c.not {
			if got[n] > 0 {
				t.Errorf("%s %q: %s found, want none (got %v)", c.lang, c.text, n, got)
			}
		}
	}
}

// TestSurnameOfAnotherGivenName: names are written given name first, so a
// listed person's family name after a capitalised word the lexicon does
// not know, right before it or before a joined "al-", belongs to someone
// else of that name; the person's own given name, however spelt, joined
// or preceded by a middle name, or a form of address, keeps it theirs.
func TestSurnameOfAnotherGivenName(t *testing.T) {
	x := shipped(t)
	wantNames(t, x, []nameCase{
		{"en", "The Misrata delegation included the lawmaker Omar al-Werfalli and two advisers.", nil, []string{"mahmoud-al-werfalli"}},
		{"fr", "Le conseiller Nabil al-Tajouri a accompagné le ministre à Tunis.", nil, []string{"haitham-al-tajouri"}},
		{"it", "All'incontro di Tunisi ha partecipato anche il colonnello Fathi al-Warfalli.", nil, []string{"mahmoud-al-werfalli"}},
		{"es", "«No habrá acuerdo sin los municipios», señaló ayer Samir Belhadj, profesor de la Universidad de Sfax.", nil, []string{"abdelhakim-belhadj"}},
		{"ru", "Затем делегация встретилась с заместителем министра Андреем Патрушевым.", nil, []string{"nikolai-patrushev"}},
		{"de", "An den Gesprächen nahm auch der Abgeordnete Yusuf al-Werfalli teil.", nil, []string{"mahmoud-al-werfalli"}},
		// the person's own given name, a middle one, a joined spelling, an address
		{"en", "President Tayyip Erdogan met Fayez al-Sarraj in Istanbul on Sunday.", []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}, nil},
		{"en", "Prime Minister Abdulhamid Dbeibah flew to Ankara on Monday.", []string{"abdul-hamid-dbeibah"}, nil},
		{"fr", "Mme Williams a ensuite rencontré M. Le Drian à Paris.", []string{"stephanie-williams", "jean-yves-le-drian"}, nil},
		{"it", "Il generale Mahmoud al-Warfalli è ricercato dalla Corte penale internazionale.", []string{"mahmoud-al-werfalli"}, nil},
		// a place before "di" is no given name
		{"it", "Il viaggio a Istanbul di Lavrov e Shoigu fu rinviato.", []string{"sergey-lavrov", "sergei-shoigu"}, nil},
	})
}

// TestGivenNameBeforeUnknownSurname: a capitalised word right before
// another capitalised word no rule or entry knows stands where a given
// name does, so it is never a listed surname found by its spelling
// ("Kamel Bensalem" is not Abbas Kamel), nor before a listed surname
// ("Насер Бурита" is Bourita's given name).
func TestGivenNameBeforeUnknownSurname(t *testing.T) {
	x := shipped(t)
	wantNames(t, x, []nameCase{
		{"en", "The Algerian side was led by Kamel Bouzid, the ministry's director for Africa.", nil, []string{"abbas-kamel"}},
		{"fr", "La délégation algérienne était conduite par Kamel Bouzid, directeur Afrique du ministère.", nil, []string{"abbas-kamel"}},
		{"it", "Il direttore Carlo Bertini ha accompagnato il ministro a Tripoli.", nil, []string{"rosemary-dicarlo"}},
		{"ru", "В переговорах участвовал министр иностранных дел Марокко Насер Бурита.", nil, []string{"abdulrazek-al-nadoori"}},
	})
}

// TestArabicShortFormInUrdu: Arabic and Urdu spell foreign names apart,
// and an Arabic short form with no article folds to an everyday Urdu
// word ("بيروني", Perrone, is "بیرونی", foreign), so where an actor lists
// Urdu short forms of its own, the Arabic one names no one in Urdu; in
// Arabic it still does, and Urdu writes Arabic names with "ال" as Arabic
// does ("السراج").
func TestArabicShortFormInUrdu(t *testing.T) {
	x := shipped(t)
	wantNames(t, x, []nameCase{
		{"ur", "ترجمان نے کہا کہ حکومت کسی بیرونی دباؤ کو قبول نہیں کرے گی۔", nil, []string{"giuseppe-perrone"}},
		{"ur", "وزیر خارجہ نے بیرونی افواج کے انخلا پر زور دیا اور السراج سے ملاقات کی۔", []string{"fayez-al-sarraj"}, []string{"giuseppe-perrone"}},
		{"ur", "اطالوی سفیر پیرونے نے طرابلس میں حفتر سے ملاقات کی۔", []string{"giuseppe-perrone", "khalifa-haftar"}, nil},
		{"ar", "وقال بيروني إن بلاده تدعم الحوار بين الليبيين.", []string{"giuseppe-perrone"}, nil},
	})
}

// TestPlaceNamesAreNoPeople: a place the lexicon lists is never a
// person's surname found by its spelling ("Kıbrıs" is no Tsipras, "Crete"
// no Cretz, German "Benghasi" no Benassi), and an airport named after its
// place is the place, not the man of that name ("в аэропорту Митига").
func TestPlaceNamesAreNoPeople(t *testing.T) {
	x := shipped(t)
	wantNames(t, x, []nameCase{
		{"tr", "Görüşmede Kıbrıs ve Doğu Akdeniz konuları ele alındı.", nil, []string{"alexis-tsipras"}},
		{"en", "The frigate sailed south of Crete on Tuesday.", nil, []string{"gene-cretz"}},
		{"de", "Das Treffen in Benghasi wurde kurzfristig abgesagt.", nil, []string{"pietro-benassi"}},
		{"ru", "Делегацию встретили в аэропорту Митига заместители министра.", nil, []string{"ahmed-maiteeq"}},
		{"ru", "Лавров провёл переговоры с Майтигом в Москве.", []string{"ahmed-maiteeq", "sergey-lavrov"}, nil},
	})
	f := factsOf(t, x, "ru", "Лавров встретился с Сарраджем в аэропорту Митига.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "tripoli" {
		t.Errorf("ru Mitiga airport: meetings %+v, want one in tripoli", f.Meetings)
	}
}

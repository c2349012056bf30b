package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestWithoutMeetingEachOther: a reciprocal "without meeting" adjunct
// ("sans se rencontrer", "senza incontrarsi", "sin verse", "without
// meeting each other", "не встречаясь друг с другом", "ایک دوسرے سے ملے
// بغیر") denies the pair of its clause's subject: two who did something
// separately did not meet.
func TestWithoutMeetingEachOther(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Le 3 mars, MM. Dbeibah et Menfi ont condamné séparément l'attaque, sans se rencontrer."},
		{"fr", "Abdelhamid Dbeibah et Mohamed al-Menfi ont signé le texte à Tunis, sans jamais se voir."},
		{"en", "On Sunday Abdul Hamid Dbeibah and Mohamed al-Menfi met the press separately without meeting each other."},
		{"it", "Domenica Abdul Hamid Dbeibah e Mohamed al-Menfi hanno condannato l'attacco, senza incontrarsi."},
		{"es", "Jalifa Hafter y Fayez al Sarraj firmaron el acuerdo en Moscú el lunes sin llegar a verse."},
		{"ru", "Абдель Хамид Дбейба и Мохаммед аль-Менфи осудили нападение, так и не встретившись друг с другом."},
		{"ur", "عبدالحمید دبیبہ اور محمد المنفی نے ایک دوسرے سے ملے بغیر اتوار کو حملے کی مذمت کی۔"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-10", "Title\n\n"+c.text)
		if len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, allParts(f))
		}
	}
	// (a meeting with someone else in the sentence before stays)
	wantAllParts(t, x, "fr", "Mohamed al-Menfi a reçu lundi à Tripoli Fathi Bachagha. Le lendemain, Bachagha et Khalifa Haftar ont condamné l'attaque, sans se rencontrer.",
		[][]string{{"mohamed-al-menfi", "fathi-bashagha"}})
}

// TestNeverInTheSameRoom: being in the same room is meeting in person
// ("se sont retrouvés dans la même pièce", "sat in the same room"); denied
// by a pair phrase after talks of outsiders with two rivals ("The two
// Libyan rivals were never in the same room"), it splits those talks per
// side; after "but" with a pair phrase as its subject it is a clause of its
// own and leaves the talks before it alone.
func TestNeverInTheSameRoom(t *testing.T) {
	x := shipped(t)
	perSide := [][]string{
		{"sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj"},
		{"sergey-lavrov", "mevlut-cavusoglu", "khalifa-haftar"},
	}
	cases := []struct{ lang, text string }{
		{"fr", "Le 13 janvier, Sergueï Lavrov et Mevlüt Çavuşoğlu recevaient à Moscou Fayez al-Sarraj et Khalifa Haftar. Les deux rivaux libyens ne se sont jamais trouvés dans la même pièce : les médiateurs faisaient la navette entre deux salons."},
		{"en", "On 13 January Sergey Lavrov and Mevlut Cavusoglu hosted Fayez al-Sarraj and Khalifa Haftar in Moscow. The two Libyan rivals were never in the same room."},
		{"it", "Il 13 gennaio Sergej Lavrov e Mevlüt Çavuşoğlu hanno ricevuto a Mosca Fayez al-Sarraj e Khalifa Haftar. I due rivali libici non sono mai stati nella stessa stanza."},
		{"es", "El 13 de enero, Serguéi Lavrov y Mevlüt Çavuşoğlu recibieron en Moscú a Fayez al Sarraj y a Jalifa Hafter. Los dos rivales libios nunca estuvieron en la misma sala."},
		{"de", "Am 13. Januar empfingen Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau Fajis al-Sarradsch und Chalifa Haftar. Die beiden libyschen Rivalen saßen nie im selben Raum."},
		{"ar", "واستقبل سيرغي لافروف ومولود تشاووش أوغلو في موسكو يوم 13 يناير فايز السراج وخليفة حفتر. ولم يجلس الخصمان الليبيان في غرفة واحدة."},
		{"fr", "Le 13 janvier, Sergueï Lavrov et Mevlüt Çavuşoğlu se sont entretenus tour à tour avec M. Sarraj puis avec le maréchal Haftar, mais les deux hommes ne se sont jamais retrouvés dans la même pièce."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, perSide)
	}
	wantAllParts(t, x, "en", "Khalifa Haftar and Aguila Saleh sat in the same room in Cairo on Monday for the first time.", [][]string{{"khalifa-haftar", "aguila-saleh-issa"}})
	wantAllParts(t, x, "fr", "Khalifa Haftar et Aguila Saleh se sont retrouvés dans la même pièce au Caire lundi.", [][]string{{"khalifa-haftar", "aguila-saleh-issa"}})
}

// TestMayTakePlace: a meeting that "may / could take place" (a modal of
// possibility with the verb of taking place) is planned, not held, in
// every language: "могут состояться", "could take place", "pourrait avoir
// lieu", "potrebbe tenersi", "podría celebrarse", "könnte … stattfinden",
// "gerçekleşebilir", "قد يعقد".
func TestMayTakePlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "По данным источников, переговоры Абдель Хамида Дбейбы с Владимиром Путиным могут состояться в мае."},
		{"en", "According to diplomatic sources, talks between Abdul Hamid Dbeibah and Vladimir Putin could take place in Sochi in May."},
		{"fr", "Selon des sources diplomatiques, la rencontre entre Abdel Hamid Dbeibah et Vladimir Poutine pourrait avoir lieu à Sotchi en mai."},
		{"it", "Secondo fonti diplomatiche, l'incontro tra Abdul Hamid Dbeibah e Vladimir Putin potrebbe tenersi a Soči a maggio."},
		{"es", "Según fuentes diplomáticas, la reunión entre Abdul Hamid Dbeibah y Vladímir Putin podría celebrarse en Sochi en mayo."},
		{"de", "Nach Angaben von Diplomaten könnte das Treffen zwischen Abdul Hamid Dbeibah und Wladimir Putin im Mai in Sotschi stattfinden."},
		{"tr", "Diplomatik kaynaklara göre Abdulhamid Dbeybe ile Vladimir Putin arasındaki görüşme mayısta Soçi'de gerçekleşebilir."},
		{"ar", "وقالت مصادر دبلوماسية إن لقاء عبد الحميد الدبيبة وفلاديمير بوتين قد يعقد في سوتشي في مايو."},
	}
	wantStatus(t, x, cases, []string{"abdul-hamid-dbeibah", "vladimir-putin"}, graph.StatusPlanned)
}

// TestDerailedIsCancelled: Russian "сорвался/сорвалась" (fell through),
// before or after the event noun, calls the visit or meeting off.
func TestDerailedIsCancelled(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ru", "В апреле сорвался визит Сергея Лаврова в Анкару к Мевлюту Чавушоглу."},
		{"ru", "Встреча Сергея Лаврова с Мевлютом Чавушоглу в Анкаре сорвалась из-за разногласий."},
	}
	wantStatus(t, x, cases, []string{"sergey-lavrov", "mevlut-cavusoglu"}, graph.StatusCancelled)
}

package extract

import (
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// TestTriggerInSubjectRelativeIsNotTheEvent: a meeting verb in a relative
// clause set off by commas after the subject tells what the subject had
// done before ("who had received the negotiators in Geneva"); the event is
// told after the closing comma, and its place is the one named there.
func TestTriggerInSubjectRelativeIsNotTheEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Williams, who had hosted the two delegations in Geneva, flew to Benghazi on Monday, where she met Khalifa Haftar."},
		{"fr", "Williams, qui avait reçu à Genève les deux délégations, s'est rendue lundi à Benghazi, où elle s'est entretenue avec Khalifa Haftar."},
		{"it", "Williams, che aveva ricevuto a Ginevra le due delegazioni, si è recata lunedì a Bengasi, dove ha incontrato Khalifa Haftar."},
		{"es", "Williams, que había recibido en Ginebra a las dos delegaciones, viajó el lunes a Bengasi, donde se reunió con Jalifa Haftar."},
		{"de", "Williams, die in Genf die beiden Delegationen empfangen hatte, reiste am Montag nach Bengasi, wo sie Chalifa Haftar traf."},
		{"ru", "Уильямс, которая принимала в Женеве обе делегации, в понедельник прилетела в Бенгази, где встретилась с Халифой Хафтаром."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-05", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != "benghazi" {
			t.Errorf("%s %q: meetings %v, want one in benghazi", c.lang, c.text, placed(f))
		}
	}
}

// placed lists the participants and place of every meeting of f.
func placed(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		out = append(out, strings.Join(participants(m), "+")+"@"+m.Place)
	}
	return out
}

// TestGazetteerCities: cities where summits and conferences meet (Munich,
// Ajaccio, Addis Ababa, Brazzaville, Islamabad) are places in every
// language, so the meeting there is not placed at a capital named later.
func TestGazetteerCities(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "On Saturday in Munich, Heiko Maas met Mevlüt Çavuşoğlu.", "munich"},
		{"de", "Heiko Maas traf am Samstag in München Mevlüt Çavuşoğlu.", "munich"},
		{"ru", "В субботу в Мюнхене Сергей Лавров встретился с Мевлютом Чавушоглу.", "munich"},
		{"it", "Sabato ad Ajaccio Giuseppe Conte ha incontrato Emmanuel Macron.", "ajaccio"},
		{"fr", "Samedi à Addis-Abeba, Abdel Fattah al-Sissi s'est entretenu avec Abdelmadjid Tebboune.", "addis-ababa"},
		{"es", "El sábado en Brazzaville, Fayez al Serraj se reunió con Denis Sassou Nguesso.", "brazzaville"},
		{"tr", "Mevlüt Çavuşoğlu cumartesi günü İslamabad'da Şah Mahmud Kureyşi ile görüştü.", "islamabad"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-02-17", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.want {
			t.Errorf("%s %q: meetings %v, want one in %s", c.lang, c.text, placed(f), c.want)
		}
	}
}

// TestSeatsNameTheirCity: a seat of government or an international
// palace named as the venue ("Cumhurbaşkanlığı Külliyesi'nde", "на
// Смоленской площади", "nel Palazzo delle Nazioni", "بقصر المرادية") is
// in its city.
func TestSeatsNameTheirCity(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"tr", "Cumhurbaşkanı Recep Tayyip Erdoğan, Ahmed Maitik'i salı günü Cumhurbaşkanlığı Külliyesi'nde kabul etti.", "ankara"},
		{"ru", "Во вторник Михаил Богданов принял Ахмеда Майтыга на Смоленской площади.", "moscow"},
		{"it", "Martedì Stephanie Williams ha incontrato Ahmed Maiteeq nel Palazzo delle Nazioni.", "geneva"},
		{"fr", "Mardi, Stephanie Williams s'est entretenue avec Ahmed Maiteeq au palais des Nations.", "geneva"},
		{"ar", "استقبل الرئيس الجزائري عبد المجيد تبون الثلاثاء أحمد معيتيق بقصر المرادية.", "algiers"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-02-17", "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.want {
			t.Errorf("%s %q: meetings %v, want one in %s", c.lang, c.text, placed(f), c.want)
		}
	}
}

// TestSameSceneGoesOn: a held meeting its sentence does not place, told
// in the paragraph of a placed meeting one or two sentences before and
// sharing a participant with it, is held at the same scene, with no
// sequence word needed.
func TestSameSceneGoesOn(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Monday Abdul Hamid Dbeibah received Mevlüt Çavuşoğlu in Tripoli. Najla Mangoush held a working lunch with Çavuşoğlu."},
		{"fr", "Lundi, Abdul Hamid Dbeibah a reçu Mevlüt Çavuşoğlu à Tripoli. Najla Mangoush a eu un déjeuner de travail avec Çavuşoğlu."},
		{"it", "Lunedì Abdul Hamid Dbeibah ha ricevuto Mevlüt Çavuşoğlu a Tripoli. Najla Mangoush ha avuto un pranzo di lavoro con Çavuşoğlu."},
		{"es", "El lunes Abdul Hamid Dbeibah recibió a Mevlüt Çavuşoğlu en Trípoli. Najla Mangoush se reunió con Çavuşoğlu durante una hora."},
		{"de", "Am Montag empfing Abdul Hamid Dbeibah Mevlüt Çavuşoğlu in Tripolis. Najla Mangoush traf Çavuşoğlu zu einem Arbeitsessen."},
		{"ru", "В понедельник Абдель Хамид Дбейба принял Мевлюта Чавушоглу в Триполи. Наджла Мангуш встретилась с Чавушоглу за рабочим обедом."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-04-14", "Title\n\n"+c.text)
		if len(f.Meetings) != 2 || f.Meetings[1].Place != "tripoli" {
			t.Errorf("%s %q: meetings %v, want the second in tripoli", c.lang, c.text, placed(f))
		}
	}
}

package extract

import (
	"slices"
	"testing"
)

// wantSides checks that text, in lang, gives a meeting with every actor
// of want, and that no meeting holding them all holds one of bad.
func wantSides(t *testing.T, x *Extractor, lang, text string, want []string, bad ...string) {
	t.Helper()
	ms := allParts(factsOf(t, x, lang, "Title\n\n"+text))
	if !meetingWithAll(ms, want) {
		t.Errorf("%s %q: meetings %v, want one with %v", lang, text, ms, want)
		return
	}
	for _, m := range ms {
		if !meetingWithAll([][]string{m}, want) {
			continue
		}
		for _, b := range bad {
			if slices.Contains(m, b) {
				t.Errorf("%s %q: meeting %v holds %s", lang, text, m, b)
			}
		}
	}
}

// TestSidesAreTheTwoBodies: a pair phrase of sides, camps, chambers or
// delegations ("both sides", "les deux camps", "ambas cámaras", "beider
// Seiten", "обеих сторон", "iki tarafın", "الطرفين", "دونوں ایوانوں";
// words.yaml side_heads, side_pairs) stands for the two bodies the
// discourse set up (two organisations of a country named in one sentence
// before it, or the bodies the two people named head when the phrase
// names chambers: body_heads), never for one outside them (session 21).
func TestSidesAreTheTwoBodies(t *testing.T) {
	x := shipped(t)
	gna, lna := "government-of-national-accord", "libyan-national-army"
	hor, hcs := "house-of-representatives", "high-council-of-state"
	cases := []struct {
		lang, text string
		want       []string
		bad        []string
	}{
		{"en", "The House of Representatives and the High Council of State sent five members each to Morocco. Both sides met in Bouznika on September 6.", []string{hor, hcs}, nil},
		{"en", "The Government of National Accord and the Libyan National Army of Khalifa Haftar fought over Tripoli for a year. In September officers of both sides met in Hurghada.", []string{gna, lna}, []string{"khalifa-haftar"}},
		{"fr", "Le Gouvernement d'union nationale et l'Armée nationale libyenne se combattent depuis avril. Les deux camps se sont réunis lundi à Hurghada.", []string{gna, lna}, nil},
		{"fr", "Le Gouvernement d'union nationale et l'Armée nationale libyenne ont accepté le cessez-le-feu. Des officiers des deux parties se sont réunis fin septembre à Hurghada.", []string{gna, lna}, nil},
		{"it", "Il Governo di accordo nazionale e l'Esercito nazionale libico hanno accettato il dialogo. Entrambe le parti si sono incontrate a Hurghada a fine settembre.", []string{gna, lna}, nil},
		{"it", "Il Governo di accordo nazionale e l'Esercito nazionale libico si combattono da aprile. Ufficiali dei due schieramenti si sono incontrati a Hurghada.", []string{gna, lna}, nil},
		{"es", "La Cámara de Representantes y el Alto Consejo de Estado nombraron a cinco negociadores cada uno. Las delegaciones de ambas cámaras se sentaron frente a frente el domingo en Buznika.", []string{hor, hcs}, nil},
		{"es", "El Gobierno de Acuerdo Nacional y el Ejército Nacional Libio se enfrentan desde abril. Militares de los dos bandos se reunieron en Hurghada a finales de septiembre.", []string{gna, lna}, nil},
		{"es", "En julio, el presidente de la Cámara de Representantes, Aguila Saleh, y el jefe del Alto Consejo de Estado, Jaled al Mishri, pasaron por Rabat sin verse. En septiembre, las delegaciones de ambas cámaras se sentaron por fin frente a frente en Buznika.", []string{hor, hcs}, []string{"aguila-saleh-issa"}},
		{"de", "Die Einheitsregierung und die Libysche Nationalarmee von Chalifa Haftar hatten monatelang um Tripolis gekämpft. Ende September trafen sich Offiziere beider Seiten in Hurghada.", []string{gna, lna}, []string{"khalifa-haftar"}},
		{"de", "Die Einheitsregierung und die Libysche Nationalarmee haben einer Waffenruhe zugestimmt. Vertreter der beiden Lager trafen sich am Montag in Hurghada.", []string{gna, lna}, nil},
		{"ru", "Палата представителей и Высший государственный совет направили в Марокко по пять делегатов. Делегации обеих палат встретились в воскресенье в Бузнике.", []string{hor, hcs}, nil},
		{"ru", "Правительство национального согласия и Ливийская национальная армия воюют с апреля. Офицеры двух лагерей встретились в Хургаде.", []string{gna, lna}, nil},
		{"tr", "Ulusal Mutabakat Hükümeti ile Libya Ulusal Ordusu müzakereye razı oldu. İki tarafın subayları eylül sonunda Hurgada'da bir araya geldi.", []string{gna, lna}, nil},
		{"tr", "Temsilciler Meclisi ve Yüksek Devlet Konseyi Fas'a beşer temsilci gönderdi. İki tarafın heyetleri pazar günü Buznika'da görüştü.", []string{hor, hcs}, nil},
		{"ar", "وافقت حكومة الوفاق والجيش الوطني الليبي على الحوار. واجتمع ضباط من الطرفين في الغردقة أواخر سبتمبر.", []string{gna, lna}, nil},
		{"ar", "أرسل مجلس النواب والمجلس الأعلى للدولة وفدين إلى المغرب. واجتمع وفدا المجلسين في بوزنيقة يوم الأحد.", []string{hor, hcs}, nil},
		{"ur", "ایوان نمائندگان اور اعلیٰ ریاستی کونسل نے مراکش میں پانچ پانچ نمائندے بھیجے۔ دونوں ایوانوں کے وفود نے اتوار کو بوزنیقہ میں ملاقات کی۔", []string{hor, hcs}, nil},
		// (controls: the two people named before are still the pair of
		// "the two men", "die beiden Männer")
		{"en", "Aguila Saleh arrived in Rabat on Sunday, a day after Khalid al-Mishri. The two men sat down together on Monday in Bouznika.", []string{"aguila-saleh-issa", "khalid-al-mishri"}, nil},
		{"de", "Aguila Saleh und Chalid al-Mischri reisten im Juli nach Rabat. Die beiden Männer trafen sich erst im September in Bouznika.", []string{"aguila-saleh-issa", "khalid-al-mishri"}, nil},
	}
	for _, c := range cases {
		wantSides(t, x, c.lang, c.text, c.want, c.bad...)
	}
}

// TestSidesAreTheirLeaders: a pair phrase of sides or delegations stands
// for the leaders of the two delegations when the next sentence tells
// only who led them ("The two delegations met in Geneva. The GNA's was
// led by X, the LNA's by Y"), or when a sentence before names them after
// two `led_by` phrases, or one after a pair phrase of sides ("… a team
// led by X and a delegation headed by Y. Both sides had met before");
// the leaders come before the bodies (session 21).
func TestSidesAreTheirLeaders(t *testing.T) {
	x := shipped(t)
	ab, am := "ahmed-abu-shahma", "amraja-al-amami"
	ag, mi := "youssef-al-agouri", "khalid-al-mishri"
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "The two delegations met in Geneva on Friday. The GNA delegation was led by Ahmed Abu Shahma, the LNA's by Amraja al-Amami.", []string{ab, am}},
		{"en", "The two delegations signed the agreement in Geneva on Friday in the presence of Stephanie Williams. The GNA delegation was led by Ahmed Abu Shahma, the LNA's by Amraja al-Amami.", []string{ab, am, "stephanie-williams"}},
		{"fr", "Les deux délégations se sont retrouvées vendredi à Genève. Celle du GNA était conduite par Ahmed Abou Chahma, celle de l'ANL par Amraja al-Amami.", []string{ab, am}},
		{"it", "Le due delegazioni si sono riunite venerdì a Ginevra. Quella del GNA era guidata da Ahmed Abu Shahma, quella dell'LNA da Amraja al-Amami.", []string{ab, am}},
		{"es", "Las dos delegaciones se reunieron el viernes en Ginebra. La del GNA estaba encabezada por Ahmed Abu Shahma y la del ENL por Amraja al Amami.", []string{ab, am}},
		{"ar", "اجتمع الوفدان في جنيف يوم الجمعة. وترأس وفد حكومة الوفاق أحمد أبو شحمة، فيما ترأس وفد الجيش الوطني الليبي امراجع العمامي.", []string{ab, am}},
		{"en", "Bourita opened the session with a House of Representatives team led by Youssef al-Agouri and a High Council of State delegation headed by Khalid al-Mishri. Both sides met again in Bouznika on Monday.", []string{ag, mi}},
		{"es", "Burita inauguró la sesión ante una delegación de la Cámara de Representantes, encabezada por Youssef al Agouri, y otra del Alto Consejo de Estado, dirigida por Jaled al Mishri. Ambas delegaciones volvieron a reunirse el lunes en Buznika.", []string{ag, mi}},
		{"it", "Bourita ha aperto i lavori con una delegazione della Camera dei rappresentanti guidata da Youssef al-Agouri e una dell'Alto Consiglio di Stato guidata da Khaled al-Mishri. Le due delegazioni si sono riunite di nuovo lunedì a Bouznika.", []string{ag, mi}},
	}
	for _, c := range cases {
		wantSides(t, x, c.lang, c.text, c.want)
	}
}

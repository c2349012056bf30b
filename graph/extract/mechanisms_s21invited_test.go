package extract

import "testing"

// TestCalledOffStopIsWhereTheTravellerWas: a meeting of the traveller's
// tour called off or put off ("Ein zunächst vorgesehenes Treffen mit
// Präsident X wurde abgesagt", "A meeting with X was postponed",
// "L'incontro previsto con X è stato rinviato", "Встреча с X была
// перенесена", "X ile görüşmesi ertelendi") names no city: it was to be in
// the city of his held meeting told just before, when the partner is of
// that city's country.
func TestCalledOffStopIsWhereTheTravellerWas(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"de", "2020-01-10", "Heiko Maas traf am Montag in Ankara seinen Kollegen Mevlüt Çavuşoğlu. Ein zunächst vorgesehenes Treffen mit Präsident Recep Tayyip Erdoğan wurde kurzfristig abgesagt.", []string{"held in_person heiko-maas,mevlut-cavusoglu place=ankara", "cancelled in_person heiko-maas,recep-tayyip-erdogan place=ankara"}},
		{"ru", "2020-01-10", "Сергей Лавров провел в понедельник в Анкаре переговоры с Мевлютом Чавушоглу. Запланированная встреча с Реджепом Тайипом Эрдоганом была в последний момент отменена.", []string{"held in_person sergey-lavrov,mevlut-cavusoglu place=ankara", "cancelled in_person sergey-lavrov,recep-tayyip-erdogan place=ankara"}},
		{"tr", "2020-01-10", "Heiko Maas pazartesi günü Ankara'da Mevlüt Çavuşoğlu ile görüştü. Cumhurbaşkanı Recep Tayyip Erdoğan ile yapılması planlanan görüşme son anda iptal edildi.", []string{"held in_person heiko-maas,mevlut-cavusoglu place=ankara", "cancelled in_person heiko-maas,recep-tayyip-erdogan place=ankara"}},
		{"en", "2020-01-10", "Heiko Maas met Mevlüt Çavuşoğlu in Ankara on Monday. A meeting with Recep Tayyip Erdoğan was postponed.", []string{"held in_person heiko-maas,mevlut-cavusoglu place=ankara", "cancelled in_person heiko-maas,recep-tayyip-erdogan place=ankara"}},
		{"fr", "2020-01-10", "Jean-Yves Le Drian a rencontré lundi Mevlüt Çavuşoğlu à Ankara. Son entretien avec Recep Tayyip Erdoğan a été reporté.", []string{"held in_person jean-yves-le-drian,mevlut-cavusoglu place=ankara", "cancelled in_person jean-yves-le-drian,recep-tayyip-erdogan place=ankara"}},
		{"it", "2020-01-10", "Luigi Di Maio ha incontrato lunedì ad Ankara Mevlüt Çavuşoğlu. L'incontro previsto con Recep Tayyip Erdoğan è stato rinviato.", []string{"held in_person luigi-di-maio,mevlut-cavusoglu place=ankara", "cancelled in_person luigi-di-maio,recep-tayyip-erdogan place=ankara"}},
		{"es", "2020-01-10", "Pedro Sánchez se reunió el lunes en Ankara con Mevlüt Çavuşoğlu. La reunión prevista con Recep Tayyip Erdoğan fue aplazada.", []string{"held in_person pedro-sanchez,mevlut-cavusoglu place=ankara", "cancelled in_person pedro-sanchez,recep-tayyip-erdogan place=ankara"}},
		{"ru", "2020-01-10", "Сергей Лавров провел в понедельник в Анкаре переговоры с Мевлютом Чавушоглу. Встреча с Реджепом Тайипом Эрдоганом была перенесена.", []string{"held in_person sergey-lavrov,mevlut-cavusoglu place=ankara", "cancelled in_person sergey-lavrov,recep-tayyip-erdogan place=ankara"}},
		{"tr", "2020-01-10", "Heiko Maas pazartesi günü Ankara'da Mevlüt Çavuşoğlu ile görüştü. Cumhurbaşkanı Recep Tayyip Erdoğan ile görüşmesi ertelendi.", []string{"held in_person heiko-maas,mevlut-cavusoglu place=ankara", "cancelled in_person heiko-maas,recep-tayyip-erdogan place=ankara"}},
		{"ar", "2020-01-10", "التقى هايكو ماس مولود جاويش أوغلو في أنقرة يوم الاثنين. وتأجل لقاؤه مع الرئيس رجب طيب أردوغان.", []string{"held in_person heiko-maas,mevlut-cavusoglu place=ankara", "cancelled in_person heiko-maas,recep-tayyip-erdogan place=ankara"}},
	})
	// (control: a partner of another country takes no city)
	f := factsOn(t, x, "en", "2020-01-10", "Title\n\nHeiko Maas met Mevlüt Çavuşoğlu in Ankara on Monday. A meeting with Khalifa Haftar was postponed.")
	for _, m := range f.Meetings {
		if m.Status == "cancelled" && m.Place != "" {
			t.Errorf("cancelled meeting %v placed in %s", participants(m), m.Place)
		}
	}
}

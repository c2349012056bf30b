package extract

import "testing"

// TestKnownEventNounTellsNoNewMeeting: after a meeting has been told, a
// clause that names an event only by a determined noun with no person
// or day of its own ("the talks", "cette visite", "эту встречу", "اللقاء",
// "das Treffen") speaks of that meeting — what someone thought of it,
// what it was meant to do — and reports no new one, whoever else the
// clause names.
func TestKnownEventNounTellsNoNewMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		// (the noun as the object of a comment or reaction)
		{"en", "Sergey Lavrov received Fayez al-Sarraj in Moscow on Tuesday. Egypt, Haftar's main backer alongside the Emirates, has not reacted to the talks so far.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"es", "Luigi Di Maio se reunió con Aguila Saleh en Tobruk el martes. Egipto, aliado de Haftar, no ha reaccionado a la reunión.", []string{"luigi-di-maio", "aguila-saleh-issa"}},
		{"ru", "Сергей Лавров встретился с Фаизом Сараджем в Москве во вторник. Египет, главный союзник Хафтара, пока не прокомментировал эту встречу.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"ar", "التقى وزير الخارجية الروسي سيرغي لافروف فايز السراج في موسكو يوم الثلاثاء. ولم تعلق مصر، الحليف الأبرز لحفتر، على اللقاء حتى الآن.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj à Tripoli lundi. L'Égypte, principal soutien de Khalifa Haftar, n'a pas commenté cette visite.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"tr", "Çavuşoğlu salı günü Trablus'ta Serrac ile görüştü. Hafter'in en büyük destekçisi Mısır, bu görüşme hakkında henüz açıklama yapmadı.", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		// (the noun as the subject of what the meeting was meant to do)
		{"it", "Giuseppe Conte ha ricevuto Fayez al-Sarraj a Palazzo Chigi giovedì. L'incontro voleva mostrare ad Ankara e a Mosca che Roma c'è ancora.", []string{"giuseppe-conte", "fayez-al-sarraj"}},
		{"de", "Heiko Maas traf Fayez al-Sarradsch am Montag in Tripolis. Das Treffen sollte Ankara und Moskau zeigen, dass Berlin wieder mitredet.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"ar", "التقى وزير الخارجية الروسي سيرغي لافروف فايز السراج في موسكو يوم الثلاثاء. وأراد الجانبان من الزيارة توجيه رسالة إلى أنقرة والقاهرة.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"en", "Antony Blinken met Abdul Hamid Dbeibah in Berlin on Wednesday. The meeting, arranged at short notice, was meant to show Ankara and Moscow that Washington is back.", []string{"antony-blinken", "abdul-hamid-dbeibah"}},
		{"es", "Luigi Di Maio se reunió con Aguila Saleh en Tobruk el martes. La visita pretendía mostrar a Ankara y a Moscú que Roma sigue presente.", []string{"luigi-di-maio", "aguila-saleh-issa"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestEventNounWithItsOwnPeopleIsNews: a determined event noun that
// names its partner or its day ("His meeting with Haftar", "the talks
// with Haftar in Benghazi"), a visit called off, or a noun after a
// colon that goes on about the pair its sentence named ("X et Y ont fait
// le point : la conversation …") still tells its event.
func TestEventNounWithItsOwnPeopleIsNews(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "en", "Luigi Di Maio met Fayez al-Sarraj in Tripoli on Monday. His meeting with Khalifa Haftar in Benghazi followed on Tuesday.",
		[][]string{{"luigi-di-maio", "fayez-al-sarraj"}, {"luigi-di-maio", "khalifa-haftar"}})
	wantAllParts(t, x, "en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday. On Tuesday the talks with Khalifa Haftar in Benghazi lasted three hours.",
		[][]string{{"heiko-maas", "fayez-al-sarraj"}, {"heiko-maas", "khalifa-haftar"}})
	wantAllParts(t, x, "fr", "Heiko Maas a rencontré Fayez al-Sarraj à Tripoli lundi. Mardi, Vladimir Poutine et Recep Tayyip Erdogan ont fait le point : la conversation téléphonique a porté sur la trêve.",
		[][]string{{"heiko-maas", "fayez-al-sarraj"}, {"vladimir-putin", "recep-tayyip-erdogan"}})
	f := factsOf(t, x, "en", "Title\n\nHeiko Maas met Fayez al-Sarraj in Tripoli on Monday. The visit to Benghazi planned for Tuesday was called off.")
	if got := statuses(f); len(got) != 2 || got[1] != "cancelled" {
		t.Errorf("en: a visit called off is news: statuses %v, meetings %v", got, allParts(f))
	}
}

// TestQuantifiedEventNounIsGeneric: an event noun under "every", "any",
// "ogni", "cualquier", "jede", "любые", "her", "كل", "کسی بھی" speaks of
// such events in general and reports none; the same sentence with the
// noun's own article still tells its meeting.
func TestQuantifiedEventNounIsGeneric(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Fathi Bashagha said Khalifa Haftar must pull his forces back before any talks."},
		{"en", "Analysts say Ankara gains a foothold from every round of talks with Moscow and Khalifa Haftar."},
		{"it", "Fayez al-Sarraj ha detto che Khalifa Haftar deve ritirarsi prima di qualsiasi incontro."},
		{"es", "Fayez al-Sarraj dijo que Khalifa Haftar debe retirarse antes de cualquier reunión."},
		{"de", "Fayez al-Sarradsch sagte, Khalifa Haftar müsse sich vor jedem Treffen zurückziehen."},
		{"ru", "Фаиз Сарадж заявил, что Халифа Хафтар должен отвести войска до любых переговоров."},
		{"ar", "وقال فتحي باشاغا إن على خليفة حفتر سحب قواته قبل أي مفاوضات."},
		{"ur", "فتحی باشاغا نے کہا کہ کسی بھی مذاکرات سے پہلے خلیفہ حفتر کو اپنی افواج واپس بلانی ہوں گی۔"},
	}
	for _, c := range cases {
		if ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); len(ms) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, ms)
		}
	}
	if ms := allParts(factsOf(t, x, "en", "Title\n\nKhalifa Haftar pulled his forces back before the talks with Stephanie Williams in Geneva on Monday.")); !meetingWithAll(ms, []string{"khalifa-haftar", "stephanie-williams"}) {
		t.Errorf("en: the talks with Williams: meetings %v, want Haftar with Williams", ms)
	}
}

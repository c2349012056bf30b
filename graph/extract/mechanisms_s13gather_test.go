package extract

import "testing"

// TestSigningBeforeAMediator: sides that sign something in someone's
// presence, under someone's auspices or mediation met that person, also
// when the sides are delegations of bodies, not persons; a possessive
// phrase ("in her presence", "unter ihrer Vermittlung") is the person of
// its gender the story named most; "X presidió la firma" has the
// mediator for its subject. Without such a phrase a signing of bodies
// tells no meeting.
func TestSigningBeforeAMediator(t *testing.T) {
	x := shipped(t)
	sides := []string{"government-of-national-accord", "libyan-national-army", "stephanie-williams"}
	cases := []struct{ lang, text string }{
		{"en", "On 5 May, the delegations of the Government of National Accord and the Libyan National Army signed a truce in Tunis in the presence of Stephanie Williams."},
		{"en", "Stephanie Williams had prepared the text for weeks. On 5 May, the delegations of the Government of National Accord and the Libyan National Army signed a truce in Tunis in her presence."},
		{"en", "On 5 May, the delegations of the Government of National Accord and the Libyan National Army signed a truce in Tunis under the auspices of Stephanie Williams."},
		{"fr", "Le 5 mai, les délégations du Gouvernement d'union nationale et de l'Armée nationale libyenne ont signé une trêve à Tunis en présence de Stephanie Williams."},
		{"fr", "Stephanie Williams avait préparé le texte. Le 5 mai, les délégations du Gouvernement d'union nationale et de l'Armée nationale libyenne ont signé une trêve à Tunis en sa présence."},
		{"es", "El 5 de mayo, las delegaciones del Gobierno de Acuerdo Nacional y del Ejército Nacional Libio firmaron una tregua en Túnez en presencia de Stephanie Williams."},
		{"it", "Il 5 maggio le delegazioni del Governo di accordo nazionale e dell'Esercito nazionale libico hanno firmato una tregua a Tunisi alla presenza di Stephanie Williams."},
		{"ar", "في 5 مايو وقّع وفدا حكومة الوفاق والجيش الوطني الليبي في تونس، بحضور ستيفاني ويليامز، اتفاقاً لوقف إطلاق النار."},
		{"tr", "5 Mayıs'ta Ulusal Mutabakat Hükümeti ile Libya Ulusal Ordusu heyetleri Stephanie Williams'ın huzurunda Tunus'ta ateşkes anlaşması imzaladı."},
		{"ru", "5 мая делегации Правительства национального согласия и Ливийской национальной армии подписали в Тунисе соглашение о перемирии в присутствии Стефани Уильямс."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if len(ms) != 1 || !meetingWithAll(ms, sides) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, ms, sides)
		}
	}
	// (the subject presided over the signing)
	wantAllParts(t, x, "es", "El 5 de mayo, Stephanie Williams presidió la firma de una tregua entre las delegaciones del Gobierno de Acuerdo Nacional y del Ejército Nacional Libio.", [][]string{{"stephanie-williams", "government-of-national-accord", "libyan-national-army"}})
	wantAllParts(t, x, "it", "Il 5 maggio Stephanie Williams ha presieduto la firma di una tregua tra Fayez al-Sarraj e Khalifa Haftar.", [][]string{{"stephanie-williams", "fayez-al-sarraj", "khalifa-haftar"}})
	// (persons in someone's presence: all three)
	wantAllParts(t, x, "en", "Fayez al-Sarraj and Khalifa Haftar signed the accord in Tunis in the presence of Kais Saied.", [][]string{{"fayez-al-sarraj", "khalifa-haftar", "kais-saied"}})
	// (bodies signing with no one before them met no one)
	wantAllParts(t, x, "en", "Ankara signed a maritime accord with Tripoli in November.", nil)
	wantAllParts(t, x, "fr", "Les délégations du Gouvernement d'union nationale et de l'Armée nationale libyenne ont signé une trêve à Tunis.", nil)
	wantAllParts(t, x, "ru", "Правительство национального согласия и Ливийская национальная армия подписали соглашение о перемирии.", nil)
}

// TestPresenceAtASigningIsNoJoin: a presence word that is also a join
// word ("بحضور") in a sentence with a signing verb is the signing's own
// meeting with that person, not more guests of the meeting told in the
// sentence before.
func TestPresenceAtASigningIsNoJoin(t *testing.T) {
	x := shipped(t)
	text := "استقبل الرئيس التونسي قيس سعيد المبعوثة الأممية ستيفاني ويليامز في قصر قرطاج يوم الاثنين.\n\nوفي اليوم التالي وقّع وفدا حكومة الوفاق والجيش الوطني الليبي في تونس، وبحضور ويليامز، اتفاقاً لتبادل الأسرى."
	ms := allParts(factsOf(t, x, "ar", "Title\n\n"+text))
	if !meetingWithAll(ms, []string{"kais-saied", "stephanie-williams"}) || !meetingWithAll(ms, []string{"government-of-national-accord", "libyan-national-army", "stephanie-williams"}) || meetingWithAll(ms, []string{"kais-saied", "government-of-national-accord"}) {
		t.Errorf("ar: meetings %v, want Saied with Williams, and the two sides with Williams", ms)
	}
}

// TestJointPressConference: two people who hold a press conference
// together met, in every language; countries holding one do not, and a
// press conference someone spoke at is no new meeting.
func TestJointPressConference(t *testing.T) {
	x := shipped(t)
	pair := [][]string{{"nikos-dendias", "mevlut-cavusoglu"}}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Nikos Dendias and Mevlüt Çavuşoğlu held a joint press conference in Ankara."},
		{"en", "Nikos Dendias held a joint press conference with Mevlüt Çavuşoğlu in Ankara on Monday."},
		{"fr", "Lundi, Nikos Dendias et Mevlüt Çavuşoğlu ont tenu une conférence de presse commune à Ankara."},
		{"es", "El lunes, Nikos Dendias y Mevlüt Çavuşoğlu protagonizaron una rueda de prensa tensa en Ankara."},
		{"it", "Lunedì Nikos Dendias e Mevlüt Çavuşoğlu hanno tenuto una conferenza stampa congiunta ad Ankara."},
		{"de", "Am Montag gaben Nikos Dendias und Mevlüt Çavuşoğlu eine gemeinsame Pressekonferenz in Ankara."},
		{"ru", "В понедельник Никос Дендиас и Мевлют Чавушоглу провели совместную пресс-конференцию в Анкаре."},
		{"tr", "Pazartesi günü Nikos Dendias ve Mevlüt Çavuşoğlu Ankara'da ortak basın toplantısı düzenledi."},
		{"ar", "وفي أنقرة عقد نيكوس دندياس ومولود جاويش أوغلو مؤتمرا صحفيا مشتركا يوم الاثنين."},
		{"ur", "پیر کو نیکوس ڈینڈیاس اور مولود چاؤش اوغلو نے انقرہ میں مشترکہ پریس کانفرنس کی۔"},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
	wantAllParts(t, x, "en", "Greece and Turkey held a joint press conference in Ankara on Monday.", nil)
	wantAllParts(t, x, "de", "Auf der gemeinsamen Pressekonferenz sprach Nikos Dendias über die Migration.", nil)
}

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

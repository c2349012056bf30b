package extract

import "testing"

// TestJoinVerbAgreesWithItsSubject: a taking-part verb agrees with who
// took part, in gender and number ("وحضرت اللقاء وزيرة الخارجية", "la
// ministre était présente", "его сопровождала министр"), and every form
// adds that person to the meeting told before, not a new meeting of the
// host with her.
func TestJoinVerbAgreesWithItsSubject(t *testing.T) {
	x := shipped(t)
	three := [][]string{{"abdul-hamid-dbeibah", "luigi-di-maio", "najla-mangoush"}}
	cases := []struct{ lang, text string }{
		{"ar", "استقبل رئيس الحكومة عبد الحميد الدبيبة وزير الخارجية الإيطالي لويجي دي مايو في طرابلس يوم الاثنين. وحضرت اللقاء وزيرة الخارجية نجلاء المنقوش."},
		{"ar", "استقبل رئيس الحكومة عبد الحميد الدبيبة وزير الخارجية الإيطالي لويجي دي مايو في طرابلس يوم الاثنين. وشاركت في المحادثات وزيرة الخارجية نجلاء المنقوش."},
		{"fr", "Le Premier ministre Abdel Hamid Dbeibah a reçu lundi à Tripoli le ministre italien Luigi Di Maio. La ministre des Affaires étrangères Najla Mangoush était présente."},
		{"ru", "Премьер-министр Абдель Хамид Дбейба принял в понедельник в Триполи министра Луиджи Ди Майо. Его сопровождала министр иностранных дел Наджла Мангуш."},
		{"en", "Prime Minister Abdul Hamid Dbeibah received Italian Foreign Minister Luigi Di Maio in Tripoli on Monday. Foreign Minister Najla Mangoush was present."},
		{"en", "Prime Minister Abdul Hamid Dbeibah received Italian Foreign Minister Luigi Di Maio in Tripoli on Monday. Foreign Minister Najla Mangoush was also in attendance."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, three)
	}
	// (a woman who came along with the guest)
	wantAllParts(t, x, "ar", "استقبل رئيس الحكومة عبد الحميد الدبيبة وزير الخارجية الإيطالي لويجي دي مايو في طرابلس يوم الاثنين. ورافقت الضيف وزيرة الداخلية لوتشيانا لامورجيزي.", [][]string{{"abdul-hamid-dbeibah", "luigi-di-maio", "luciana-lamorgese"}})
	wantAllParts(t, x, "fr", "Le Premier ministre Abdel Hamid Dbeibah a reçu lundi à Tripoli Luigi Di Maio et Luciana Lamorgese, accompagnés de l'ambassadeur Giuseppe Buccino Grimaldi.", [][]string{{"abdul-hamid-dbeibah", "luigi-di-maio", "luciana-lamorgese", "giuseppe-buccino-grimaldi"}})
}

// TestPartyOfTheNamedGuest: "received X and his delegation" (a party
// phrase right after a person in a meeting's clause) puts in the meeting
// the people a sentence before named as travelling with X, in every
// language; with no such sentence it adds no one.
func TestPartyOfTheNamedGuest(t *testing.T) {
	x := shipped(t)
	party := []string{"kais-saied", "mohamed-al-menfi", "najla-mangoush", "musa-al-koni"}
	cases := []struct{ lang, text string }{
		{"ar", "وصل رئيس المجلس الرئاسي محمد المنفي إلى تونس يوم الاثنين، ويضم الوفد المرافق له وزيرة الخارجية نجلاء المنقوش ونائبه موسى الكوني. وانتقل المنفي ومرافقوه إلى قصر قرطاج حيث أجروا محادثات مع الرئيس قيس سعيد."},
		{"fr", "Le président Mohamed al-Menfi est arrivé lundi à Tunis, accompagné de la ministre Najla Mangoush et du vice-président Musa al-Koni. Le président Kais Saied a reçu M. Menfi et sa délégation au palais de Carthage."},
		{"es", "El presidente Mohamed al Menfi llegó el lunes a Túnez acompañado de la ministra Najla Mangush y del vicepresidente Musa al Koni. El presidente Kais Saied recibió a Menfi y a su comitiva en el palacio de Cartago."},
		{"en", "Presidential Council head Mohamed al-Menfi arrived in Tunis on Monday, accompanied by Foreign Minister Najla Mangoush and Vice President Musa al-Koni. President Kais Saied received Menfi and his delegation at Carthage Palace."},
		{"it", "Il presidente Mohamed al-Menfi è arrivato lunedì a Tunisi accompagnato dalla ministra Najla Mangoush e dal vicepresidente Musa al-Koni. Il presidente Kais Saied ha ricevuto Menfi e la sua delegazione al palazzo di Cartagine."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, party) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, party)
		}
	}
	two := []string{"kais-saied", "mohamed-al-menfi", "najla-mangoush"}
	for _, c := range []struct{ lang, text string }{
		{"de", "Der Vorsitzende des Präsidialrats, Mohamed al-Menfi, traf am Montag in Begleitung von Außenministerin Najla Mangoush in Tunis ein. Präsident Kais Saied empfing Menfi und seine Delegation im Karthago-Palast."},
		{"ur", "صدارتی کونسل کے سربراہ محمد المنفی وزیر خارجہ نجلاء المنقوش کے ہمراہ پیر کو تیونس پہنچے۔ صدر قیس سعید نے المنفی اور ان کے وفد سے کارتھیج محل میں ملاقات کی۔"},
	} {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, two) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, two)
		}
	}
	// (no one named as travelling with him: the pair only)
	wantAllParts(t, x, "en", "President Kais Saied received Mohamed al-Menfi and his delegation at Carthage Palace on Monday.", [][]string{{"kais-saied", "mohamed-al-menfi"}})
}

// TestSamePartyTwoHosts: a visiting party received on the same day by
// two hosts of one country is two meetings, not one told twice.
func TestSamePartyTwoHosts(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ar", "التقت وزيرة الخارجية الليبية نجلاء المنقوش أمس في الخرطوم نظيرتها السودانية مريم الصادق المهدي. وضم الوفد الليبي وكيل الوزارة سالم بوشناف والعميد عبد الرزاق السنوسي. وفي وقت لاحق استقبل الفريق عبد الفتاح البرهان المنقوش ووفدها."},
		{"it", "La ministra libica Najla Mangoush, accompagnata dal viceministro Salem Bushnaf, ha incontrato lunedì a Khartoum la collega sudanese Mariam al-Mahdi. Nel pomeriggio Abdel Fattah al-Burhan ha ricevuto Mangoush e la sua delegazione."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, []string{"najla-mangoush", "mariam-al-sadiq-al-mahdi"}) || !meetingWithAll(ms, []string{"najla-mangoush", "abdel-fattah-al-burhan"}) || meetingWithAll(ms, []string{"mariam-al-sadiq-al-mahdi", "abdel-fattah-al-burhan"}) {
			t.Errorf("%s: meetings %v, want Mangoush with al-Mahdi and, apart, with al-Burhan", c.lang, ms)
		}
	}
}

// TestBroughtTogether: a host who brings people together ("جمعت فيه
// ميركل X وY", "bir araya getirdi", "собрала за одним столом") or someone
// who sat at the same table as them met all of them.
func TestBroughtTogether(t *testing.T) {
	x := shipped(t)
	three := []string{"angela-merkel", "vladimir-putin", "recep-tayyip-erdogan"}
	cases := []struct{ lang, text string }{
		{"ar", "ثم جاء مؤتمر برلين في 19 يناير، الذي جمعت فيه المستشارة أنغيلا ميركل فلاديمير بوتين ورجب طيب أردوغان."},
		{"tr", "Angela Merkel, Ocak ayında Berlin'de Vladimir Putin ile Recep Tayyip Erdoğan'ı bir araya getirdi."},
		{"ru", "В январе Ангела Меркель собрала за одним столом в Берлине Владимира Путина и Реджепа Тайипа Эрдогана."},
		{"en", "At the Berlin conference in January, Vladimir Putin sat at the same table as Angela Merkel and Recep Tayyip Erdogan."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if len(ms) != 1 || !meetingWithAll(ms, three) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, ms, three)
		}
	}
	// (collecting weapons brings no one together)
	wantAllParts(t, x, "ar", "وتعهد الجيش بجمع السلاح في طرابلس.", nil)
}

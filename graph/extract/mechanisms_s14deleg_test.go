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

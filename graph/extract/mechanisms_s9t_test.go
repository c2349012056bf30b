package extract

import "testing"

// TestLatterSpeaks: "the latter", "ce dernier", "celle-ci",
// "quest'ultimo", "este último", "Letzterer", "последний", "الأخير" as
// the subject of a speech verb is the person named last before it (of
// the pronoun's gender where it marks one), not the sentence's first
// subject or a state in the clause.
func TestLatterSpeaks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Sergey Lavrov met Nikos Dendias in Moscow on Monday. The latter said the maritime deal between Ankara and Tripoli was void.", "nikos-dendias"},
		{"fr", "Sergueï Lavrov a reçu lundi à Moscou Nikos Dendias. Ce dernier a répété que l'accord conclu entre Ankara et Tripoli était nul.", "nikos-dendias"},
		{"fr", "Najla Mangoush a rencontré Sergueï Lavrov lundi à Moscou. Celle-ci a assuré que son pays refusait toute ingérence.", "najla-mangoush"},
		{"it", "Sergej Lavrov ha ricevuto lunedì a Mosca Nikos Dendias. Quest'ultimo ha ribadito che l'intesa tra Ankara e Tripoli è nulla.", "nikos-dendias"},
		{"es", "Sergei Lavrov recibió el lunes en Moscú a Nikos Dendias. Este último afirmó que el acuerdo entre Ankara y Trípoli es nulo.", "nikos-dendias"},
		{"de", "Sergej Lawrow empfing am Montag in Moskau Nikos Dendias. Letzterer sagte, das Abkommen zwischen Ankara und Tripolis sei nichtig.", "nikos-dendias"},
		{"ru", "Сергей Лавров принял в понедельник в Москве Никоса Дендиаса. Последний заявил, что соглашение Анкары и Триполи ничтожно.", "nikos-dendias"},
		{"it", "Sergej Lavrov ha ricevuto lunedì a Mosca Nikos Dendias. «L'intesa tra Ankara e Tripoli è nulla», ha ribadito quest'ultimo.", "nikos-dendias"},
		{"fr", "Najla Mangoush a rencontré Sergueï Lavrov lundi à Moscou. « Nous refusons toute ingérence étrangère », a déclaré cette dernière.", "najla-mangoush"},
		{"ar", "استقبل سيرغي لافروف الاثنين في موسكو نيكوس دندياس. وقال الأخير إن الاتفاق بين أنقرة وطرابلس باطل.", "nikos-dendias"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestMissionSpeaks: the UN Support Mission in Libya named in full in
// each language speaks as the mission, not as the United Nations.
func TestMissionSpeaks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Die UN-Unterstützungsmission in Libyen teilte am Montag mit, beide Seiten hätten dem Zeitplan zugestimmt."},
		{"fr", "La Mission d'appui des Nations unies en Libye a affirmé lundi que les deux camps avaient accepté le calendrier."},
		{"it", "La Missione di supporto delle Nazioni Unite in Libia ha dichiarato lunedì che le due parti hanno accettato il calendario."},
		{"es", "La Misión de Apoyo de la ONU en Libia afirmó el lunes que ambas partes habían aceptado el calendario."},
		{"tr", "BM Libya Destek Misyonu pazartesi günü yaptığı açıklamada iki tarafın takvimi kabul ettiğini söyledi."},
		{"ru", "Миссия ООН по поддержке в Ливии заявила в понедельник, что стороны согласились с графиком."},
		{"ur", "اقوام متحدہ کے امدادی مشن برائے لیبیا نے پیر کو کہا کہ دونوں فریقوں نے نظام الاوقات پر اتفاق کر لیا ہے۔"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, "unsmil")
	}
}

// TestImpersonalOrganisation: in Russian, a plural speech verb with no
// subject after "в" + an organisation or state opening the clause is
// that organisation's word.
func TestImpersonalOrganisation(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, want string }{
		{"В ЛНА заявили, что командование готово к переговорам в Женеве.", "libyan-national-army"},
		{"В Миссии ООН по поддержке в Ливии поддержали соглашение и призвали стороны соблюдать перемирие.", "unsmil"},
		{"Накануне в Египте сообщили, что Каир готов принять делегации.", "egypt"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, "ru", c.text))
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("ru %q: speakers %v, want %s", c.text, got, c.want)
		}
	}
}

// TestSameSpeakerInnerQuote: a quotation inside a reported clause whose
// own verb has the same speaker as the outer verb is one reported
// utterance of that speaker, not a second, direct one.
func TestSameSpeakerInnerQuote(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "В Каире после переговоров заявили, что Египет по-прежнему считает ПНС «нелегитимным правительством» Ливии.", "egypt"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if got := speakers(f); len(got) != 1 || got[0] != c.want || f.Statements[0].Quote {
			t.Errorf("%s %q: statements %+v, want one reported statement of %s", c.lang, c.text, f.Statements, c.want)
		}
	}
}

// TestTitleCountryBeforeName: a state that a title after an inverted
// speech verb names ("ambassador to Libya", "لدى ليبيا", "в Ливии") only
// qualifies the title: the person named in full right after it speaks.
func TestTitleCountryBeforeName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ar", "وقال السفير الأميركي لدى ليبيا ريتشارد نورلاند إن بلاده تدعم الحوار بين الليبيين.", "richard-norland"},
		{"ar", "وأكد المبعوث الأمريكي الخاص إلى ليبيا ريتشارد نورلاند أن واشنطن تدعم إجراء الانتخابات في موعدها.", "richard-norland"},
		{"ru", "Как заявил посол США в Ливии Ричард Норланд, Вашингтон поддерживает проведение выборов.", "richard-norland"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestSpokesmanOnBehalf: Arabic "الناطق باسم" is "the spokesman on
// behalf of": "باسم" is no one's name after it.
func TestSpokesmanOnBehalf(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"وقال الناطق باسم وزارة الخارجية الليبية إن الحكومة ترفض أي تدخل خارجي.",
		"وأكدت الناطقة باسم الحكومة في طرابلس أن الاجتماع سيعقد الأسبوع المقبل.",
	} {
		for _, sp := range speakers(factsOf(t, x, "ar", text)) {
			if sp == "mohamed-bazoum" {
				t.Errorf("ar %q: speaker %s, want no one's name in باسم", text, sp)
			}
		}
	}
	// (with the spokesman named, he speaks)
	text := "وقال الناطق باسم الجيش الوطني الليبي أحمد المسماري إن القوات مستعدة."
	if got := speakers(factsOf(t, x, "ar", text)); len(got) != 1 || got[0] != "ahmed-al-mismari" {
		t.Errorf("ar %q: speakers %v, want Ahmed al-Mismari", text, got)
	}
}

// TestPressOfficeSpeaks: an organisation's press office that speaks,
// after or before the verb, is the organisation.
func TestPressOfficeSpeaks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Il vertice con il generale è stato rinviato, ha riferito l'ufficio stampa dell'Esercito nazionale libico."},
		{"es", "La reunión con el enviado fue aplazada sin nueva fecha, informó la oficina de prensa del Ejército Nacional Libio."},
		{"fr", "La rencontre avec l'émissaire a été reportée, a indiqué le service de presse de l'Armée nationale libyenne."},
		{"en", "The press office of the Libyan National Army said the talks with the envoy had been postponed."},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, "libyan-national-army")
	}
}

// TestInvertedPronounChain: "«…», a-t-il déclaré" is the pronoun's
// words, and a pronoun opening the sentence before goes on about the
// subject before it, not the partner that sentence names.
func TestInvertedPronounChain(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "Titre\n\nSergueï Lavrov a rencontré lundi Nikos Dendias à Moscou. « Nous voulons une solution politique en Libye », a-t-il affirmé.", "sergey-lavrov"},
		{"fr", "Titre\n\nSergueï Lavrov a été reçu lundi par Nikos Dendias. Il s'est ensuite entretenu avec Mevlüt Çavuşoğlu. « Nous voulons une solution politique en Libye », a-t-il affirmé.", "sergey-lavrov"},
		{"en", "Title\n\nSergey Lavrov was received by Nikos Dendias on Monday. He then held talks with Mevlüt Çavuşoğlu. \"We want a political solution in Libya,\" he said.", "sergey-lavrov"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

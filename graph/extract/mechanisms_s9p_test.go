package extract

import (
	"strings"
	"testing"
)

// TestPalaceIsItsCity: a presidential palace, or the suburb it stands
// in, is the place of its city, as the Élysée is Paris: "reçu au palais
// de Carthage", "قصر قرطاج", "Carthage Palace" are Tunis.
func TestPalaceIsItsCity(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Kaïs Saïed a reçu jeudi Sabri Boukadoum au palais de Carthage."},
		{"en", "Kais Saied received Sabri Boukadoum at Carthage Palace on Thursday."},
		{"ar", "استقبل الرئيس التونسي قيس سعيد يوم الخميس في قصر قرطاج وزير الخارجية الجزائري صبري بوقادوم."},
		{"it", "Il presidente Kais Saied ha ricevuto giovedì Sabri Boukadoum al palazzo di Cartagine."},
		{"es", "El presidente Kais Saied recibió el jueves a Sabri Boukadoum en el palacio de Cartago."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		if len(got) != 1 || !strings.Contains(got[0], " tunis ") || !strings.Contains(got[0], "kais-saied") || !strings.Contains(got[0], "sabri-boukadoum") {
			t.Errorf("%s %q: %q, want one meeting of Saied and Boukadoum in Tunis", c.lang, c.text, got)
		}
	}
}

// TestVisitFramingSentenceArRu: "the visit comes at a time when …"
// frames the visit told before; the actors of the clause after it are
// no party to that visit, nor to a new one (Arabic "وتأتي الزيارة
// في وقت", "وجاءت زيارة X بعد", Russian "визит проходит на фоне").
func TestVisitFramingSentenceArRu(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, guest, stray string }{
		{"ar", "زار وزير الخارجية الإيطالي لويجي دي مايو طرابلس يوم الاثنين والتقى رئيس المجلس الرئاسي فائز السراج.\n\nوتأتي زيارة دي مايو في وقت تكثف فيه مصر وتركيا اتصالاتهما بشأن سرت.", "fayez-al-sarraj", "egypt"},
		{"ar", "زار وزير الخارجية الإيطالي لويجي دي مايو طرابلس يوم الاثنين والتقى رئيس المجلس الرئاسي فائز السراج.\n\nوجاءت الزيارة بعد أيام من تحذير الرئيس المصري عبد الفتاح السيسي من تجاوز خط سرت.", "fayez-al-sarraj", "abdel-fattah-el-sisi"},
		{"ru", "Луиджи Ди Майо в понедельник посетил Триполи и встретился с Файезом Сарраджем.\n\nВизит проходит на фоне усилий Египта и Турции по урегулированию вокруг Сирта.", "fayez-al-sarraj", "egypt"},
		{"ru", "Луиджи Ди Майо в понедельник посетил Триполи и встретился с Файезом Сарраджем.\n\nВизит состоялся на фоне заявлений Абдель Фаттаха ас-Сиси о красной линии.", "fayez-al-sarraj", "abdel-fattah-el-sisi"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		if len(got) != 1 || !strings.Contains(got[0], c.guest) || strings.Contains(got[0], c.stray) {
			t.Errorf("%s %q: %q, want the lead's one meeting with %s and no %s", c.lang, c.text, got, c.guest, c.stray)
		}
	}
}

// TestRecognisingBodyIsNoParty: the organisation or state that
// recognises or backs a participant's government ("recognised by the
// United Nations", "UN-backed", "reconnu par l'ONU", "признанного ООН",
// "BM tarafından tanınan", "المعترف بها من الأمم المتحدة", "اقوام متحدہ
// کی تسلیم شدہ") is no party to the meeting, nor the antecedent of a
// relative clause after it.
func TestRecognisingBodyIsNoParty(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Emmanuel Macron hosted Fayez al-Sarraj, who leads the UN-recognised government, in Paris on Friday."},
		{"en", "Pedro Sánchez met Fayez al-Sarraj, head of the government recognised by the United Nations, in Madrid."},
		{"fr", "Pedro Sánchez a rencontré à Madrid Fayez al-Sarraj, chef du gouvernement reconnu par l’ONU."},
		{"it", "Pedro Sánchez ha incontrato a Madrid Fayez al-Sarraj, capo dell’esecutivo riconosciuto dalle Nazioni Unite."},
		{"es", "Pedro Sánchez se reunió en Madrid con Fayez al Sarraj, jefe del Gobierno respaldado por la ONU."},
		{"de", "Pedro Sánchez traf in Madrid Fayez al-Sarradsch, den Chef der von den Vereinten Nationen anerkannten Regierung."},
		{"ru", "Педро Санчес встретился в Мадриде с Файезом Сарраджем, главой признанного ООН правительства."},
		{"tr", "Pedro Sánchez, Madrid'de BM tarafından tanınan hükümetin başkanı Fayez es-Serrac ile görüştü."},
		{"ar", "التقى رئيس الوزراء الإسباني بيدرو سانشيز في مدريد فائز السراج رئيس الحكومة المعترف بها من الأمم المتحدة."},
		{"ur", "ہسپانوی وزیر اعظم پیڈرو سانچیز نے میڈرڈ میں اقوام متحدہ کی تسلیم شدہ حکومت کے سربراہ فائز السراج سے ملاقات کی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		if len(got) != 1 || !strings.Contains(got[0], "fayez-al-sarraj") || strings.Contains(got[0], "united-nations") {
			t.Errorf("%s %q: %q, want one meeting with Sarraj and not the United Nations", c.lang, c.text, got)
		}
	}
	f := factsOf(t, x, "fr", "Emmanuel Macron a reçu mardi Khalifa Haftar à l’Élysée. Le 8 mai, c’est Fayez al-Sarraj, chef du gouvernement reconnu par l’ONU, qui avait été accueilli au même endroit.")
	for _, s := range summaries(f) {
		if strings.Contains(s, "united-nations") {
			t.Errorf("relative after 'reconnu par l'ONU': %q joins the United Nations", summaries(f))
		}
	}
	if !hasMeeting(f, "meeting", "", "", "emmanuel-macron", "khalifa-haftar") {
		t.Errorf("%q: want Macron's meeting with Haftar", summaries(f))
	}
}

// TestContrastClauseHasItsOwnSubject: "X met Y, while Z held talks with
// W" tells two meetings; the name after the contrastive conjunction is
// the second one's subject, not a guest of the first ("while", "tandis
// que", "mientras que", "mentre", "während", "в то время как", "بينما",
// "جبکہ"). A pronoun after it keeps the subject ("while he also phoned").
func TestContrastClauseHasItsOwnSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi, while Luigi Di Maio held talks with Aguila Saleh Issa in Tobruk."},
		{"fr", "Heiko Maas a rencontré Khalifa Haftar à Benghazi, tandis que Luigi Di Maio s’est entretenu avec Aguila Saleh Issa à Tobrouk."},
		{"es", "Heiko Maas se reunió con Jalifa Haftar en Bengasi, mientras que Luigi Di Maio conversó con Aguila Saleh en Tobruk."},
		{"it", "Heiko Maas ha incontrato Khalifa Haftar a Bengasi, mentre Luigi Di Maio ha avuto un colloquio con Aguila Saleh a Tobruk."},
		{"de", "Heiko Maas traf Khalifa Haftar in Bengasi, während Luigi Di Maio in Tobruk mit Aguila Saleh sprach."},
		{"ru", "Хайко Маас встретился с Халифой Хафтаром в Бенгази, в то время как Луиджи Ди Майо провёл переговоры с Агилой Салехом в Тобруке."},
		{"ar", "التقى هايكو ماس خليفة حفتر في بنغازي، بينما أجرى لويجي دي مايو محادثات مع عقيلة صالح في طبرق."},
		{"ur", "ہائیکو ماس نے بن غازی میں خلیفہ حفتر سے ملاقات کی جبکہ لوئیگی دی مایو نے طبرق میں عقیلہ صالح سے ملاقات کی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		ok := len(got) == 2
		for _, s := range got {
			if strings.Contains(s, "heiko-maas") != strings.Contains(s, "khalifa-haftar") || strings.Contains(s, "luigi-di-maio") != strings.Contains(s, "aguila-saleh-issa") || strings.Contains(s, "heiko-maas") == strings.Contains(s, "luigi-di-maio") {
				ok = false
			}
		}
		if !ok {
			t.Errorf("%s %q: %q, want Maas with Haftar and Di Maio with Saleh", c.lang, c.text, got)
		}
	}
}

// TestUrduPassiveAuxiliaryIsNoTrip: "جائیں گے" after a perfective
// participle is the auxiliary of a future passive or compound verb ("حل
// کر لیے جائیں گے", "will be solved"), not "will go": no planned visit.
func TestUrduPassiveAuxiliaryIsNoTrip(t *testing.T) {
	x := shipped(t)
	texts := []string{
		"شاہ محمود قریشی نے اسلام آباد میں نجلاء المنقوش سے ملاقات کی۔ نجلاء المنقوش نے کہا کہ لیبیا میں پاکستانی کارکنوں کے مسائل جلد حل کر لیے جائیں گے۔",
		"شاہ محمود قریشی نے اسلام آباد میں نجلاء المنقوش سے ملاقات کی۔ دونوں وزرا نے کہا کہ تجارتی معاہدے آئندہ ماہ طے کیے جائیں گے۔",
	}
	for _, text := range texts {
		got := summaries(factsOf(t, x, "ur", text))
		if len(got) != 1 || !strings.HasPrefix(got[0], "in_person held") {
			t.Errorf("%q: %q, want only the meeting held", text, got)
		}
	}
}

// TestBackedIsNoPartner: a force that arrives "to support" someone's
// offensive backs him; it does not visit or meet him ("to support",
// "per sostenere", "para apoyar", "чтобы поддержать", "لدعم"). A trip "to
// meet" someone still meets him.
func TestBackedIsNoPartner(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Hundreds of fighters of the Wagner Group arrived in Sirte last spring to support Khalifa Haftar's campaign."},
		{"it", "Centinaia di combattenti del gruppo Wagner sono arrivati a Sirte la scorsa primavera per sostenere la campagna di Khalifa Haftar."},
		{"es", "Cientos de combatientes del Grupo Wagner llegaron a Sirte la pasada primavera para apoyar la campaña de Jalifa Haftar."},
		{"ru", "Сотни бойцов группы Вагнера прибыли в Сирт прошлой весной, чтобы поддержать кампанию Халифы Хафтара."},
	}
	for _, c := range cases {
		if got := summaries(factsOf(t, x, c.lang, c.text)); len(got) != 0 {
			t.Errorf("%s %q: %q, want no meeting", c.lang, c.text, got)
		}
	}
	got := summaries(factsOf(t, x, "en", "Heiko Maas flew to Benghazi on Monday to meet Khalifa Haftar."))
	if len(got) != 1 || !strings.Contains(got[0], "khalifa-haftar") {
		t.Errorf("trip to meet: %q, want the meeting with Haftar", got)
	}
}

package extract

import "testing"

// TestSpeechAboutToldMeetingIsNoNewOne: once a meeting has been told, a
// clause whose verb is a speech verb and whose meeting noun points back
// at it ("görüşmede", "nach der Unterredung", "after the talks", "в ходе
// переговоров") tells what someone said there; the people and states it
// names are what was said, not a new pair that met.
func TestSpeechAboutToldMeetingIsNoNewOne(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Çavuşoğlu salı günü Ankara'da Dbeybe ile görüştü. Dbeybe, görüşmede Hafter'in güçlerinin Sirte'den çekilmesi gerektiğini vurguladı.", []string{"mevlut-cavusoglu", "abdul-hamid-dbeibah"}},
		{"tr", "Akar pazartesi günü Trablus'ta Serrac ile bir araya geldi. Serrac ise görüşmede Mısır'ın tutumunu eleştirdi ve Hafter'e çağrıda bulundu.", []string{"hulusi-akar", "fayez-al-sarraj"}},
		{"tr", "Çavuşoğlu salı günü Atina'da Dendias ile görüştü. Dendias görüşmenin ardından Hafter'in Berlin sürecine katılması gerektiğini söyledi.", []string{"mevlut-cavusoglu", "nikos-dendias"}},
		{"de", "Heiko Maas traf am Dienstag in Tripolis Fayez al-Sarradsch. Maas sagte nach dem Gespräch, Chalifa Haftar müsse seine Truppen zurückziehen.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"en", "Luigi Di Maio met Fayez al-Sarraj in Tripoli on Monday. After the talks Di Maio said Khalifa Haftar had to withdraw his forces from Sirte.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ru", "Сергей Лавров встретился с Фаизом Сараджем в Москве во вторник. После переговоров Лавров заявил, что Халифа Хафтар должен отвести войска от Сирта.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli lunedì. Dopo l'incontro Di Maio ha detto che Khalifa Haftar deve ritirare le sue truppe da Sirte.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Luigi Di Maio se reunió con Aguila Saleh en Tobruk el martes. Tras la reunión, Di Maio afirmó que Jalifa Haftar debe retirar sus tropas de Sirte.", []string{"luigi-di-maio", "aguila-saleh-issa"}},
		{"ur", "لاوروف نے منگل کو ماسکو میں فائز السراج سے ملاقات کی۔ السراج نے ملاقات کے بعد کہا کہ حفتر کو سرت سے اپنی افواج واپس بلانی ہوں گی۔", []string{"sergey-lavrov", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestToldPhraseNamingItsPartnerStaysNews: a phrase pointing back that
// names its partner ("nach dem Gespräch mit X", "X ile görüşmenin
// ardından") names a pair of its own, even before a speech verb.
func TestToldPhraseNamingItsPartnerStaysNews(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "de", "Heiko Maas landete am Dienstag in Athen und sprach mit Journalisten. „Wir brauchen Signale der Entspannung“, sagte Maas nach dem Gespräch mit Nikos Dendias.",
		[][]string{{"heiko-maas", "nikos-dendias"}})
}

// TestUrduPostpositionMarksThePartner: in Urdu a name right before
// "سے" or "کے ساتھ" is a meeting noun's partner, no subject: "X نے Y سے
// ملاقات کے بعد کہا" names its own pair, X with Y.
func TestUrduPostpositionMarksThePartner(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "ur", "لاوروف نے منگل کو ماسکو میں فائز السراج سے ملاقات کی۔ بعد میں ولادیمیر پوتن نے انگیلا میرکل سے ملاقات کے بعد کہا کہ جنگ بندی جلد ہوگی۔",
		[][]string{{"sergey-lavrov", "fayez-al-sarraj"}, {"vladimir-putin", "angela-merkel"}})
}

// TestMoreBackReferencePhrases: the phrases that point back at a told
// meeting hold every case and number of the language's meeting nouns
// ("nach der Unterredung", "à l'issue des entretiens", "al termine del
// colloquio", "al término de la reunión", "в ходе беседы", "في الاجتماع",
// "görüşme sırasında", "مذاکرات کے دوران"); with a speech verb their
// clause tells what was said there, no new meeting.
func TestMoreBackReferencePhrases(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Heiko Maas traf am Dienstag in Tripolis Fayez al-Sarradsch. Maas sagte nach der Unterredung, Wladimir Putin müsse die Söldner abziehen.", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian a rencontré Fayez al-Sarraj à Tripoli lundi. À l'issue des entretiens, Le Drian a déclaré que Khalifa Haftar devait retirer ses troupes.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli lunedì. Al termine del colloquio Di Maio ha dichiarato che Khalifa Haftar deve fermare l'offensiva.", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Luigi Di Maio se reunió con Aguila Saleh en Tobruk el martes. Al término de la reunión, Di Maio declaró que Jalifa Haftar debe aceptar la tregua.", []string{"luigi-di-maio", "aguila-saleh-issa"}},
		{"ru", "Сергей Лавров встретился с Фаизом Сараджем в Москве во вторник. В ходе беседы Лавров заявил, что Халифа Хафтар должен соблюдать перемирие.", []string{"sergey-lavrov", "fayez-al-sarraj"}},
		{"tr", "Çavuşoğlu salı günü Ankara'da Dbeybe ile görüştü. Dbeybe görüşme sırasında Hafter'in ateşkese uyması gerektiğini söyledi.", []string{"mevlut-cavusoglu", "abdul-hamid-dbeibah"}},
		{"ur", "لاوروف نے منگل کو ماسکو میں فائز السراج سے ملاقات کی۔ السراج نے مذاکرات کے دوران کہا کہ حفتر کو جنگ بندی کا احترام کرنا ہوگا۔", []string{"sergey-lavrov", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestPossibilityOfTalksIsNoMeeting: a meeting noun governed by a noun of
// possibility, prospect or an open or closed door ("the prospect of talks
// with Haftar", "görüşme ihtimalini reddetti", "مذاکرات کا دروازہ بند",
// "возможность встречи") names talks only thought of, no meeting.
func TestPossibilityOfTalksIsNoMeeting(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Fayez al-Sarraj ruled out on Monday the prospect of talks with Khalifa Haftar while the offensive goes on."},
		{"tr", "Serrac pazartesi günü Hafter ile görüşme ihtimalini kesin bir dille reddetti."},
		{"ur", "سراج نے پیر کو کہا کہ حفتر کے ساتھ مذاکرات کا دروازہ بند ہے۔"},
		{"ru", "Фаиз Сарадж в понедельник исключил возможность встречи с Халифой Хафтаром."},
		{"de", "Fajis al-Sarradsch schloss am Montag die Möglichkeit eines Treffens mit Chalifa Haftar aus."},
		{"es", "Fayez al Serraj descartó el lunes la posibilidad de una reunión con Jalifa Haftar."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if got := allParts(f); len(got) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, got)
		}
	}
}

package extract

import (
	"slices"
	"testing"
)

// TestStoryHolderOfBareTitle: a bare title no nearby clause resolves is
// the holder of its office the story follows, not the one named last.
func TestStoryHolderOfBareTitle(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Außenminister Heiko Maas ist am Montag in Tripolis eingetroffen. Maas sprach dort mit Regierungschef Fajis al-Sarradsch über die Waffenruhe. Auch Innenminister Fathi Baschagha nahm an dem Gespräch teil. Maas nannte die Lage ernst. Am Dienstag trifft der Minister in Kairo Präsident Abdel Fattah al-Sisi."},
		{"en", "Foreign Minister Luigi Di Maio arrived in Tripoli on Monday. Di Maio held talks with Prime Minister Fayez al-Sarraj on migration. Interior Minister Fathi Bashagha also joined the talks. Di Maio called the visit useful. On Tuesday the minister meets President Abdel Fattah el-Sisi in Cairo."},
		{"ur", "اطالوی وزیر خارجہ لوئیجی دی مایو پیر کو طرابلس پہنچے۔ دی مایو نے وزیراعظم فائز السراج سے ملاقات کی۔ اطالوی وزیر داخلہ لوچانا لامورجیزے بھی ان کے ساتھ تھیں۔ دی مایو نے دورے کو مفید قرار دیا۔ منگل کو اطالوی وزیر نے قاہرہ میں صدر عبدالفتاح السیسی سے ملاقات کی۔"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "", "Title\n\n"+c.text)
		found := false
		for _, m := range f.Meetings {
			ps := participants(m)
			for _, p := range ps {
				if p == "abdel-fattah-el-sisi" {
					found = true
					if !sameParts(ps, []string{"abdel-fattah-el-sisi", "heiko-maas"}) && !sameParts(ps, []string{"abdel-fattah-el-sisi", "luigi-di-maio"}) {
						t.Errorf("%s: Sisi meets %v, want the minister the story follows", c.lang, ps)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no meeting with Sisi in %v", c.lang, allParts(f))
		}
	}
}

// TestChainOwner: a meeting noun with no owner after a sentence whose
// subject was the one met in the last event told is the host's next
// meeting, not the guest's.
func TestChainOwner(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Außenminister Heiko Maas traf am Montag in Tripolis Regierungschef Fajis al-Sarradsch. Sarradsch sagte, seine Regierung sei zu Gesprächen bereit. Am Abend folgte ein Treffen mit Außenminister Mohammed Siala."},
		{"en", "Foreign Minister Luigi Di Maio met Prime Minister Fayez al-Sarraj in Tripoli on Monday. Sarraj said his government was ready for talks. A meeting with Foreign Minister Mohamed Siala followed in the evening."},
	}
	for _, c := range cases {
		ms := allParts(factsOn(t, x, c.lang, "", "Title\n\n"+c.text))
		if len(ms) != 2 || !slices.Contains(ms[1], "mohamed-taha-siala") || slices.Contains(ms[1], "fayez-al-sarraj") || len(ms[1]) != 2 {
			t.Errorf("%s: meetings %v, want the host's second meeting with Siala", c.lang, ms)
		}
	}
}

// TestHeadlineListsSeparateMeetings: a headline that names two partners
// of one host, and a body that tells a meeting with each, gives two
// meetings, not one of three.
func TestHeadlineListsSeparateMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "González Laya se reúne en Trípoli con Dbeibah y Al Mishri\n\nLa ministra de Asuntos Exteriores, Arancha González Laya, se reunió el lunes en Trípoli con el primer ministro Abdul Hamid Dbeibah. Después mantuvo un encuentro con el presidente del Alto Consejo de Estado, Jaled al Mishri."},
		{"en", "Di Maio meets Sarraj and Mishri in Tripoli\n\nItalian Foreign Minister Luigi Di Maio met Prime Minister Fayez al-Sarraj in Tripoli on Monday. In the afternoon Di Maio held talks with Khalid al-Mishri, head of the High Council of State."},
	}
	for _, c := range cases {
		ms := allParts(factsOn(t, x, c.lang, "", c.text))
		if len(ms) != 2 || len(ms[0]) != 2 || len(ms[1]) != 2 || !slices.Contains(ms[1], "khalid-al-mishri") {
			t.Errorf("%s: meetings %v, want one with each partner", c.lang, ms)
		}
	}
}

// TestOtherPeopleByGroup: a host's meeting with a country and his later
// meeting with one of its people, each with someone the other lacks, are
// two meetings.
func TestOtherPeopleByGroup(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks with Libya in Moscow on Monday. Later Lavrov met Field Marshal Khalifa Haftar in Moscow."},
		{"de", "Der russische Außenminister Sergej Lawrow und sein türkischer Amtskollege Mevlüt Çavuşoğlu trafen am Montag in Moskau Vertreter Libyens. Später traf Lawrow Feldmarschall Chalifa Haftar."},
	}
	for _, c := range cases {
		ms := allParts(factsOn(t, x, c.lang, "", "Title\n\n"+c.text))
		ok := false
		for _, m := range ms {
			ok = ok || sameParts(m, []string{"sergey-lavrov", "khalifa-haftar"})
		}
		if !ok {
			t.Errorf("%s: meetings %v, want Lavrov's own meeting with Haftar", c.lang, ms)
		}
	}
}

// TestMetAgain: a pair said to meet again is at a new meeting, though
// its date was not understood.
func TestMetAgain(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Vladimir Putin and Recep Tayyip Erdogan met in Istanbul on 8 January. Some days later Putin and Erdogan met again, this time on the sidelines of the Berlin conference."},
		{"ru", "Владимир Путин и Реджеп Тайип Эрдоган встретились 8 января в Стамбуле. Спустя несколько дней Путин и Эрдоган вновь встретились, на этот раз на полях Берлинской конференции."},
		{"tr", "Vladimir Putin ile Recep Tayyip Erdoğan 8 Ocak'ta İstanbul'da görüştü. Birkaç gün sonra Putin ve Erdoğan Berlin konferansının marjında yeniden görüştü."},
	}
	for _, c := range cases {
		ms := allParts(factsOn(t, x, c.lang, "", "Title\n\n"+c.text))
		if len(ms) != 2 {
			t.Errorf("%s: meetings %v, want two of the same pair", c.lang, ms)
		}
	}
}

// TestDaysLater: "three days later" counts from the last day the text
// wrote, in every language.
func TestDaysLater(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Giuseppe Conte met Khalifa Haftar in Rome on 8 January. Three days later Conte received Fayez al-Sarraj in Rome."},
		{"de", "Giuseppe Conte traf am 8. Januar in Rom Chalifa Haftar. Drei Tage später empfing Conte Fajis al-Sarradsch in Rom."},
		{"fr", "Giuseppe Conte a rencontré Khalifa Haftar à Rome le 8 janvier. Trois jours plus tard, Conte a reçu Fayez al-Sarraj à Rome."},
		{"it", "Giuseppe Conte ha incontrato Khalifa Haftar a Roma l'8 gennaio. Tre giorni dopo Conte ha ricevuto Fayez al-Sarraj a Palazzo Chigi."},
		{"es", "Giuseppe Conte se reunió con Jalifa Hafter en Roma el 8 de enero. Tres días después, Conte recibió a Fayez al Serraj en Roma."},
		{"tr", "Giuseppe Conte, 8 Ocak'ta Roma'da Hafter ile görüştü. Conte, Serrac'ı üç gün sonra Roma'da kabul etti."},
		{"ru", "Джузеппе Конте встретился с Халифой Хафтаром 8 января в Риме. Спустя три дня Конте принял в Риме Файеза Сараджа."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "", "Title\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if slices.Contains(participants(m), "fayez-al-sarraj") {
				ok = m.Date.Month == 1 && m.Date.Day == 11
			}
		}
		if !ok {
			t.Errorf("%s: %s, want Sarraj received on 11 January", c.lang, dumpMeetings(f))
		}
	}
}

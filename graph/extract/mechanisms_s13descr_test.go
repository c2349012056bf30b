package extract

import (
	"strings"
	"testing"
)

// TestUrduJoinedPrimeMinisterTitle: Urdu writes the prime minister's
// title joined ("وزیراعظم") as often as in two words; either, used bare,
// stands for the prime minister the article named, not for the last
// person named before it.
func TestUrduJoinedPrimeMinisterTitle(t *testing.T) {
	x := shipped(t)
	for _, pm := range []string{"وزیراعظم", "وزیر اعظم"} {
		text := "لیبیا کے وزیر اعظم عبدالحمید دبیبہ نے پیر کو طرابلس میں ایک اجلاس کی صدارت کی۔ منگل کو ترک صدر رجب طیب ایردوان نے یونانی وزیر خارجہ سے فون پر بات کی۔ بدھ کو " + pm + " نے الجزائر کا دورہ کیا جہاں الجزائری صدر عبدالمجید تبون نے ان کا استقبال کیا۔"
		f := factsOf(t, x, "ur", "Title\n\n"+text)
		if !meetingWithAll(allParts(f), []string{"abdul-hamid-dbeibah", "abdelmadjid-tebboune"}) {
			t.Errorf("ur %s: meetings %v, want Dbeibah with Tebboune", pm, allParts(f))
		}
	}
}

// TestEpithetPlaceIsNoVenue: the region inside an epithet ("l'uomo forte
// della Cirenaica", "l'homme fort de la Cyrénaïque", "el hombre fuerte de
// la Cirenaica", "الرجل القوي في شرق ليبيا") describes the man; it is not
// where the meeting with him took place.
func TestEpithetPlaceIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"it", "Lunedì il ministro degli Esteri Luigi Di Maio è arrivato a Bengasi. Il faccia a faccia con l'uomo forte della Cirenaica, Khalifa Haftar, è durato due ore. Il colloquio con l'uomo forte della Cirenaica si è svolto in un clima cordiale."},
		{"fr", "Lundi, le ministre Jean-Yves Le Drian s'est rendu à Benghazi pour voir Khalifa Haftar. L'entretien avec l'homme fort de la Cyrénaïque a duré deux heures."},
		{"es", "El lunes, el ministro Josep Borrell viajó a Bengasi para ver a Khalifa Haftar. La reunión con el hombre fuerte de la Cirenaica duró dos horas."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) == 0 {
			t.Errorf("%s %q: no meeting", c.lang, c.text)
		}
		for _, m := range f.Meetings {
			if m.Place == "cyrenaica" {
				t.Errorf("%s %q: meeting %v placed in the epithet's region", c.lang, c.text, participants(m))
			}
		}
	}
}

// TestTitleWithDemonymRightBeforeSpeechVerb: a title whose demonym
// follows it ("el ministro turco", "il ministro turco", "le ministre turc")
// right before the speech verb is the verb's subject, not a person named
// earlier in the clause.
func TestTitleWithDemonymRightBeforeSpeechVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "Title\n\nEl ministro turco de Exteriores, Mevlüt Çavuşoğlu, llegó el martes a Argel. Consultado sobre la ausencia en la reunión del enviado de la ONU, Ghassan Salamé, el ministro turco respondió que la agenda no lo permitía."},
		{"it", "Title\n\nIl ministro degli Esteri turco Mevlüt Çavuşoğlu è arrivato martedì ad Algeri. Interpellato sull'assenza dell'inviato dell'Onu, Ghassan Salamé, il ministro turco ha risposto che l'agenda non lo consentiva."},
		{"fr", "Title\n\nLe ministre turc des Affaires étrangères, Mevlüt Çavuşoğlu, est arrivé mardi à Alger. Interrogé sur l'absence de l'envoyé de l'ONU, Ghassan Salamé, le ministre turc a répondu que l'agenda ne le permettait pas."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if got := speakers(f); len(got) != 1 || got[0] != "mevlut-cavusoglu" {
			t.Errorf("%s %q: speakers %v, want only mevlut-cavusoglu", c.lang, c.text, got)
		}
	}
}

// TestTurkishIseTopicIsTheSpeaker: in Turkish the contrastive "ise" marks
// the clause's subject ("Yunan mevkidaşı ise "…" diye konuştu", "Dendias
// ise Atina'nın … söyledi"): the one it marks speaks, not a person or a
// country named in the genitive before or after it. A counterpart given
// by a demonym ("Yunan mevkidaşı") is the one of that country who holds
// the office of the one whose counterpart he is.
func TestTurkishIseTopicIsTheSpeaker(t *testing.T) {
	x := shipped(t)
	lead := "Title\n\nDışişleri Bakanı Mevlüt Çavuşoğlu pazartesi günü Ankara'da Yunanistan Dışişleri Bakanı Nikos Dendias ile görüştü. "
	cases := []string{
		lead + "Ortak basın toplantısında Çavuşoğlu'nun hemen solunda oturan Yunan mevkidaşı ise \"Diyalogdan başka yol yok\" diye konuştu.",
		lead + "Dendias ise Ankara'nın tutumunun \"kabul edilemez\" olduğunu, Atina'nın bu belgeyi tanımayacağını söyledi.",
		lead + "Toplantıdan sonra Çavuşoğlu'nun konuğu Dendias ise Yunanistan'ın Libya'daki mutabakatı tanımadığını söyledi.",
	}
	for _, text := range cases {
		f := factsOf(t, x, "tr", text)
		if got := speakers(f); len(got) != 1 || got[0] != "nikos-dendias" {
			t.Errorf("tr %q: speakers %v, want only nikos-dendias", text, got)
		}
	}
}

// TestDemonymCounterpartInEveryLanguage: "sein griechischer Amtskollege",
// "его греческий коллега", "یونانی ہم منصب" stand, as "his Greek
// counterpart" does, for the one of that country with the office of the
// one whose counterpart he is, named before: he speaks, not his host.
func TestDemonymCounterpartInEveryLanguage(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Title\n\nAußenminister Heiko Maas traf am Montag in Berlin den griechischen Außenminister Nikos Dendias. Nach dem Treffen mit Maas sagte sein griechischer Amtskollege, Athen erkenne das Abkommen nicht an."},
		{"ru", "Title\n\nМинистр иностранных дел России Сергей Лавров в понедельник встретился в Москве с главой МИД Греции Никосом Дендиасом. После встречи с Лавровым его греческий коллега заявил, что Афины не признают соглашение."},
		{"ur", "Title\n\nترک وزیر خارجہ مولود چاوش اوغلو نے پیر کو انقرہ میں یونانی وزیر خارجہ نیکوس دندیاس سے ملاقات کی۔ ملاقات کے بعد چاوش اوغلو کے یونانی ہم منصب نے کہا کہ ایتھنز اس معاہدے کو تسلیم نہیں کرتا۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if got := speakers(f); len(got) != 1 || got[0] != "nikos-dendias" {
			t.Errorf("%s %q: speakers %v, want only nikos-dendias", c.lang, c.text, got)
		}
	}
}

// TestTitleAfterQuoteAndVerbContinuesTheSubject: a bare title a speech
// verb puts after the quotation that opens its sentence ("«…», sagte der
// Außenminister", "« … », a déclaré le ministre", "«…», – подчеркнул
// министр") is the one who opened the sentence before as its subject,
// not the holder of the title the article named more often.
func TestTitleAfterQuoteAndVerbContinuesTheSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"de", "Title\n\nUS-Außenminister Antony Blinken traf am Montag in Rom den griechischen Außenminister Nikos Dendias. Blinken sprach danach von einem guten Gespräch. Am Abend reiste Blinken nach Paris weiter. Dendias blieb dagegen noch einen Tag in Rom. »Wir brauchen jetzt Geduld«, sagte der Außenminister am Dienstag.", "nikos-dendias"},
		{"fr", "Title\n\nLe secrétaire d'État américain Antony Blinken a rencontré lundi à Rome le ministre grec des Affaires étrangères, Nikos Dendias. Blinken a ensuite salué un entretien utile. Le soir, Blinken est reparti pour Paris. Dendias est pour sa part resté à Rome un jour de plus. « Il faut maintenant de la patience », a déclaré le ministre mardi.", "nikos-dendias"},
		{"ru", "Title\n\nМинистр иностранных дел России Сергей Лавров в понедельник провел в Москве переговоры с министром иностранных дел Греции Никосом Дендиасом. Лавров назвал переговоры полезными. Вечером Лавров вылетел в Анкару. Дендиас, в свою очередь, остался в Москве еще на один день. «Нам нужно терпение», – подчеркнул министр во вторник.", "nikos-dendias"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		ok := false
		for _, s := range f.Statements {
			if strings.Contains(s.Text, "atience") || strings.Contains(s.Text, "Geduld") || strings.Contains(s.Text, "терпение") {
				ok = s.Speaker == c.want
				if !ok {
					t.Errorf("%s %q: the quotation's speaker is %s, want %s", c.lang, c.text, s.Speaker, c.want)
				}
			}
		}
		if !ok && !t.Failed() {
			t.Errorf("%s %q: no statement of the quotation; speakers %v", c.lang, c.text, speakers(f))
		}
	}
}

// TestUrduTitleBeforeVerbIsNoName: a title used as a predicate ("… کو
// وزیراعظم منتخب کیا", "… کو وزیر خارجہ مقرر کیا گیا") is followed by
// its verb, not by a name: the light verbs "کیا", "کیے", "گیا", "گئے"
// end any name, so no unknown person "Muntakhab Kia" is made.
func TestUrduTitleBeforeVerbIsNoName(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Title\n\nجنیوا میں فورم نے عبدالحمید دبیبہ کو وزیراعظم منتخب کیا۔ اسی روز ترک صدر رجب طیب ایردوان نے دبیبہ کو فون کیا۔",
		"Title\n\nپیر کو نجلاء المنقوش کو وزیر خارجہ مقرر کیا گیا۔ منگل کو انہوں نے روم کا دورہ کیا۔",
	} {
		f := factsOf(t, x, "ur", text)
		for id := range f.Mentions {
			if strings.HasPrefix(id, "x-") {
				t.Errorf("ur %q: unknown person %s made of the verb after a title", text, id)
			}
		}
	}
}

// TestBareTitleNobodyNamedWithIsTheOneTheStoryFollows: a bare title when
// no one was named with it and no clause nearby names its holder stands
// for the person the story names most whose office it names ("accueilli
// à Alger par le nouveau président" in an article on Tebboune), not for
// no one.
func TestBareTitleNobodyNamedWithIsTheOneTheStoryFollows(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Title\n\nDepuis son élection, Abdelmadjid Tebboune veut peser sur le dossier libyen. Tebboune multiplie les contacts, quand Kaïs Saïed reste en retrait. Le 6 janvier, alors que Khalifa Haftar assiégeait Tripoli, Fayez al-Sarraj a été reçu à Alger par le nouveau président."},
		{"en", "Title\n\nSince his election, Abdelmadjid Tebboune has sought a role in Libya. Tebboune has kept up his contacts, while Kais Saied has stayed aloof. On Jan. 6, as Khalifa Haftar's forces shelled Tripoli, Fayez al-Sarraj was received in Algiers by the new president."},
		{"es", "Title\n\nDesde su elección, Abdelmadjid Tebboune busca un papel en Libia. Tebboune multiplica los contactos, mientras Kais Saied se mantiene al margen. El 6 de enero, mientras Khalifa Haftar asediaba Trípoli, Fayez al Sarraj fue recibido en Argel por el nuevo presidente."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if !meetingWithAll(allParts(f), []string{"fayez-al-sarraj", "abdelmadjid-tebboune"}) {
			t.Errorf("%s %q: meetings %v, want Sarraj with Tebboune", c.lang, c.text, allParts(f))
		}
	}
}

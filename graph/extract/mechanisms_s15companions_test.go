package extract

import (
	"slices"
	"testing"
)

// TestCompanionIsNoHostOfTheTrip: "X, accompanied by Y, arrived in Tripoli
// and met Z" tells one trip of X and Y to Z, not a visit of X to Y besides
// X's meeting with Z: the event whose partners besides the traveller are
// all named after a companion phrase folds into the sentence's other
// event, in every language, with the companion before or after the verb.
func TestCompanionIsNoHostOfTheTrip(t *testing.T) {
	x := shipped(t)
	three := [][]string{{"luigi-di-maio", "luciana-lamorgese", "abdul-hamid-dbeibah"}}
	cases := []struct{ lang, text string }{
		{"en", "Italian Foreign Minister Luigi Di Maio, accompanied by Interior Minister Luciana Lamorgese, arrived in Tripoli on Monday and met Prime Minister Abdul Hamid Dbeibah."},
		{"en", "Accompanied by Interior Minister Luciana Lamorgese, Italian Foreign Minister Luigi Di Maio was received in Tripoli on Monday by Prime Minister Abdul Hamid Dbeibah."},
		{"fr", "Le ministre italien Luigi Di Maio, accompagné de la ministre de l'Intérieur Luciana Lamorgese, est arrivé lundi à Tripoli et a rencontré le Premier ministre Abdel Hamid Dbeibah."},
		{"fr", "Accompagné de la ministre de l'Intérieur Luciana Lamorgese, le ministre italien Luigi Di Maio s'est entretenu lundi à Tripoli avec le Premier ministre Abdel Hamid Dbeibah."},
		{"it", "Il ministro degli Esteri Luigi Di Maio, accompagnato dalla ministra dell'Interno Luciana Lamorgese, è arrivato lunedì a Tripoli e ha incontrato il premier Abdul Hamid Dbeibah."},
		{"it", "Accompagnato dalla ministra dell'Interno Luciana Lamorgese, il ministro Luigi Di Maio è stato ricevuto lunedì a Tripoli dal premier Abdul Hamid Dbeibah."},
		{"de", "Außenminister Luigi Di Maio ist am Montag in Begleitung von Innenministerin Luciana Lamorgese in Tripolis eingetroffen und hat Ministerpräsident Abdul Hamid Dbeibah getroffen."},
		{"ru", "Министр иностранных дел Луиджи Ди Майо в сопровождении министра внутренних дел Лучаны Ламорджезе прибыл в понедельник в Триполи и встретился с премьер-министром Абдель Хамидом Дбейбой."},
		{"ru", "Министр Луиджи Ди Майо вместе с министром внутренних дел Лучаной Ламорджезе посетил в понедельник Триполи, где был принят премьер-министром Абдель Хамидом Дбейбой."},
		{"es", "El ministro Luigi Di Maio, acompañado por la ministra del Interior Luciana Lamorgese, llegó el lunes a Trípoli y se reunió con el primer ministro Abdul Hamid Dbeibah."},
		{"tr", "İtalya Dışişleri Bakanı Luigi Di Maio, İçişleri Bakanı Luciana Lamorgese eşliğinde pazartesi günü Trablus'a gelerek Başbakan Abdulhamid Dibeybe ile görüştü."},
		{"ar", "وصل وزير الخارجية الإيطالي لويجي دي مايو إلى طرابلس يوم الاثنين برفقة وزيرة الداخلية لوتشيانا لامورجيزي، والتقى رئيس الحكومة عبد الحميد الدبيبة."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, three)
	}
	// (with no other event in the sentence nothing folds, and a meeting
	// that names a partner besides the companions stays as it is)
	wantAllParts(t, x, "en", "Italian Foreign Minister Luigi Di Maio, accompanied by Interior Minister Luciana Lamorgese, met Prime Minister Abdul Hamid Dbeibah in Tripoli on Monday.", three)
}

// TestFrontedCompanionPhraseIsNoSubject: a sentence that opens with a
// companion phrase has its subject after the comma that closes it, right
// before the verb ("Accompanied by X, Blinken met Y before being received
// by Z"): the later clause's event is the subject's, not the companion's.
func TestFrontedCompanionPhraseIsNoSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text, traveller string
	}{
		{"en", "Accompanied by Ambassador Richard Norland, Secretary of State Antony Blinken met Prime Minister Abdul Hamid Dbeibah in Tripoli on Monday before being received by Mohamed al-Menfi.", "antony-blinken"},
		{"fr", "Accompagné de l'ambassadrice Béatrice du Hellen et de son conseiller Paul Girard, le ministre Jean-Yves Le Drian s'est entretenu lundi à Tripoli avec Abdel Hamid Dbeibah, avant d'être reçu par Mohamed el-Menfi.", "jean-yves-le-drian"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		ok := len(f.Meetings) > 0
		for _, m := range f.Meetings {
			if !slices.Contains(participants(m), c.traveller) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("%s %q: meetings %v, each should hold %s", c.lang, c.text, allParts(f), c.traveller)
		}
	}
}

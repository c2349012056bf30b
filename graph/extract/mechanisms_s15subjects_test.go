package extract

import (
	"slices"
	"testing"
)

// TestPronounClauseKeepsTheTraveller: a clause joined by a comma whose
// subject is a personal pronoun and that names its partner before its
// closing verb ("kam er mit X zusammen, danach wurde er von Y empfangen",
// "traf er X, anschließend hat er mit Y gesprochen") tells the pronoun's
// second meeting: Y met the one the pronoun stands for, not X. The other
// languages, which put the partner after the verb, already part the
// clauses so; they are checked alongside.
func TestPronounClauseKeepsTheTraveller(t *testing.T) {
	x := shipped(t)
	maasDiMaio := []string{"heiko-maas", "luigi-di-maio"}
	maasConte := []string{"heiko-maas", "giuseppe-conte"}
	cases := []struct {
		lang, text string
	}{
		{"de", "Am Montag landete Heiko Maas in Rom. Im Palazzo Chigi kam er zuerst mit seinem Amtskollegen Luigi Di Maio zusammen, danach wurde er von Ministerpräsident Giuseppe Conte empfangen."},
		{"de", "Heiko Maas reiste am Dienstag nach Rom. Zunächst traf er Luigi Di Maio, am Abend wurde er dann von Giuseppe Conte im Palazzo Chigi empfangen."},
		{"de", "Heiko Maas ist am Freitag in Rom eingetroffen. Dort traf er Luigi Di Maio, später hat er auch mit Giuseppe Conte gesprochen."},
		{"en", "On Monday Heiko Maas arrived in Rome. At the foreign ministry he first met his counterpart Luigi Di Maio, and then he was received by Prime Minister Giuseppe Conte."},
		{"fr", "Lundi, Heiko Maas est arrivé à Rome. Il s'est d'abord entretenu avec son homologue Luigi Di Maio, puis il a été reçu par le président du Conseil Giuseppe Conte."},
		{"ru", "В понедельник Хайко Маас прилетел в Рим. Сначала он встретился с коллегой Луиджи Ди Майо, затем его принял премьер-министр Джузеппе Конте."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{maasDiMaio, maasConte})
	}
}

// TestOfficeSeatTitleIsItsHolder: "la titolare del Viminale", "il
// titolare della Difesa", "la titular de Exteriores" name an office by
// its ministry: the title stands for the holder the story named before
// (not for Italy or Spain, the ministry's country), and the seat inside
// it (the Viminale is in Rome) is no place of the meeting.
func TestOfficeSeatTitleIsItsHolder(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
		place      string
	}{
		{"it", "Luciana Lamorgese è partita all'alba per la Libia. A Tripoli la titolare del Viminale è stata ricevuta da Fathi Bashagha per un colloquio sui flussi migratori.", []string{"luciana-lamorgese", "fathi-bashagha"}, "tripoli"},
		{"it", "Lorenzo Guerini è atterrato a Misurata martedì. In serata il titolare della Difesa ha incontrato a Tripoli Fayez al-Sarraj.", []string{"lorenzo-guerini", "fayez-al-sarraj"}, "tripoli"},
		{"es", "Arancha González Laya llegó el lunes a Trípoli. Allí la titular de Exteriores se reunió con Fayez al Sarraj durante dos horas.", []string{"arancha-gonzalez-laya", "fayez-al-sarraj"}, "tripoli"},
		// the seat alone names no place
		{"it", "Luciana Lamorgese ha lasciato Roma mercoledì. Nel pomeriggio la titolare del Viminale ha incontrato Fathi Bashagha nella sede del governo libico.", []string{"luciana-lamorgese", "fathi-bashagha"}, ""},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), c.want) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, allParts(f), c.want)
			continue
		}
		for _, m := range f.Meetings {
			if sameParts(participants(m), c.want) && m.Place != c.place {
				t.Errorf("%s %q: place %q, want %q", c.lang, c.text, m.Place, c.place)
			}
		}
	}
}

// TestDemonymTitleIsNotTheForeignNameAfterIt: a title qualified by a
// country ("الرئيس الجزائري", the Algerian president) is not the title of
// a person of another country named right after it: in a verb-first
// clause that person is the object ("يستقبل الرئيس الجزائري السراج", the
// Algerian president receives Sarraj), and the title stands for the
// holder of that country named before. Russian and French, which put the
// object after the verb, are checked alongside.
func TestDemonymTitleIsNotTheForeignNameAfterIt(t *testing.T) {
	x := shipped(t)
	want := []string{"abdelmadjid-tebboune", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"ar", "زار خالد المشري الجزائر يوم الأحد والتقى الرئيس عبد المجيد تبون.\n\nويستقبل الرئيس الجزائري فايز السراج الأسبوع المقبل."},
		{"ar", "وصل خالد المشري إلى الجزائر يوم الأحد حيث التقى الرئيس عبد المجيد تبون.\n\nوسيستقبل الرئيس الجزائري رئيس المجلس الرئاسي الليبي فايز السراج الأسبوع المقبل."},
		{"ar", "ومن المقرر أن يزور خالد المشري الجزائر الأسبوع المقبل بدعوة من الرئيس عبد المجيد تبون، على أن يستقبل الرئيس الجزائري فايز السراج في وقت لاحق."},
		{"ru", "В воскресенье Халед аль-Мишри прибыл в Алжир, где встретился с президентом Абдельмаджидом Теббуном. На следующей неделе алжирский президент примет Файеза Сараджа."},
		{"fr", "Khalid al-Mishri s'est rendu dimanche à Alger à l'invitation d'Abdelmadjid Tebboune. Le président algérien doit recevoir Fayez al-Sarraj la semaine prochaine."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !meetingWithAll(allParts(f), want) {
			t.Errorf("%s %q: meetings %v, want one of Tebboune with Sarraj", c.lang, c.text, allParts(f))
		}
		for _, p := range allParts(f) {
			if slices.Contains(p, "khalid-al-mishri") && slices.Contains(p, "fayez-al-sarraj") {
				t.Errorf("%s %q: meetings %v, Mishri did not meet Sarraj", c.lang, c.text, allParts(f))
			}
		}
	}
}

package extract

import "testing"

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

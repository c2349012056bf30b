package extract

import "testing"

// TestJoinElsewhere: a sentence that tells someone attended a gathering
// set in another city ("X attended a security forum in Tunis on Friday",
// "a participé vendredi à un forum à Tunis", "Tunus'taki bir forumuna
// katıldı") adds no one to the meeting told before it; the same
// sentence without a city of its own, or set at the meeting itself,
// still does.
func TestJoinElsewhere(t *testing.T) {
	x := shipped(t)
	dm, sar, bas := "luigi-di-maio", "fayez-al-sarraj", "fathi-bashagha"
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Luigi Di Maio a rencontré mardi à Tripoli Fayez al-Sarraj. Fathi Bachagha a participé vendredi à un forum sur la sécurité à Tunis.", []string{dm, sar}},
		{"it", "Luigi Di Maio ha incontrato martedì a Tripoli Fayez al-Sarraj. Venerdì Bashagha ha partecipato a un forum sulla sicurezza a Tunisi.", []string{dm, sar}},
		{"es", "Luigi Di Maio se reunió el martes en Trípoli con Fayez al Sarraj. El viernes, Bashagha asistió a un foro de seguridad en Túnez.", []string{dm, sar}},
		{"ru", "Луиджи Ди Майо во вторник встретился в Триполи с Файезом Сараджем. В пятницу Башага участвовал в форуме по безопасности в Тунисе.", []string{dm, sar}},
		{"tr", "Luigi Di Maio salı günü Trablus'ta Fayiz es-Serrac ile görüştü. Başağa cuma günü Tunus'taki bir güvenlik forumuna katıldı.", []string{dm, sar}},
		// (held: the attendance of the meeting told)
		{"fr", "Luigi Di Maio a rencontré mardi à Tripoli Fayez al-Sarraj. Le ministre de l'Intérieur Fathi Bachagha a également participé à l'entretien.", []string{dm, sar, bas}},
		{"it", "Luigi Di Maio ha incontrato martedì a Tripoli Fayez al-Sarraj. All'incontro ha partecipato anche il ministro dell'Interno Fathi Bashagha.", []string{dm, sar, bas}},
		{"es", "Luigi Di Maio se reunió el martes en Trípoli con Fayez al Sarraj. También asistió al encuentro el ministro del Interior, Fathi Bashagha.", []string{dm, sar, bas}},
		{"ru", "Луиджи Ди Майо во вторник встретился в Триполи с Файезом Сараджем. Во встрече также участвовал министр внутренних дел Фатхи Башага.", []string{dm, sar, bas}},
		{"tr", "Luigi Di Maio salı günü Trablus'ta Fayiz es-Serrac ile görüştü. Görüşmeye İçişleri Bakanı Fethi Başağa da katıldı.", []string{dm, sar, bas}},
		{"de", "Luigi Di Maio traf am Dienstag in Tripolis Fayez al-Sarradsch. An dem Gespräch nahm auch Innenminister Fathi Baschagha teil.", []string{dm, sar, bas}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestRosterSentence: a sentence naming who was in a delegation told
// before it ("The delegation included X and Y", "Der Delegation gehörten
// auch X und Y an", "Della delegazione facevano parte anche X e Y",
// "Formaban parte de la delegación X y Y", "Heyette X ile Y da yer
// aldı") is its roster: when the delegation then meets someone, they
// are all at the meeting.
func TestRosterSentence(t *testing.T) {
	x := shipped(t)
	want := []string{"mevlut-cavusoglu", "berat-albayrak", "hakan-fidan", "fayez-al-sarraj"}
	for _, c := range []struct{ lang, text string }{
		{"en", "A Turkish delegation led by Foreign Minister Mevlüt Çavuşoğlu arrived in Tripoli on Wednesday. The delegation included Treasury Minister Berat Albayrak and intelligence chief Hakan Fidan. The delegation met Fayez al-Sarraj."},
		{"de", "Eine türkische Delegation unter Leitung von Außenminister Mevlüt Çavuşoğlu reiste am Mittwoch nach Tripolis. Der Delegation gehörten auch Finanzminister Berat Albayrak und Geheimdienstchef Hakan Fidan an. Die Delegation traf Fayez al-Sarradsch."},
		{"it", "La delegazione turca, guidata da Mevlüt Çavuşoğlu, è arrivata mercoledì a Tripoli. Della delegazione facevano parte anche Berat Albayrak e Hakan Fidan. La delegazione è stata ricevuta da Fayez al-Sarraj."},
		{"es", "La delegación turca, encabezada por Mevlüt Çavuşoğlu, llegó el miércoles a Trípoli. Formaban parte de la delegación Berat Albayrak y Hakan Fidan. La delegación fue recibida por Fayez al Sarraj."},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu başkanlığındaki heyet çarşamba günü Trablus'a gitti. Heyette Hazine ve Maliye Bakanı Berat Albayrak ile MİT Başkanı Hakan Fidan da yer aldı. Heyet, Fayiz es-Serrac ile görüştü."},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{want})
	}
}

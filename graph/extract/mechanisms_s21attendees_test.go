package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

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

// TestHeadlineCity: a held meeting the body places only in a country
// ("Abdul Hamid Dbeibah's first visit to Russia began on Thursday") is
// in the city of that country the title line or the dateline sets the
// story in ("Dbeibah holds talks in Moscow with Mishustin"), not in the
// country.
func TestHeadlineCity(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Dbeibah holds talks in Moscow with Mishustin\n\nAbdul Hamid Dbeibah's first visit to Russia began on Thursday. Prime Minister Mikhail Mishustin received Dbeibah at the House of Government."},
		{"de", "Dbeiba führt in Moskau Gespräche mit Mischustin\n\nDer erste Besuch von Abdul Hamid Dbeiba in Russland begann am Donnerstag. Regierungschef Michail Mischustin empfing Dbeiba im Haus der Regierung."},
		{"fr", "Dbeibah mène des entretiens à Moscou avec Michoustine\n\nLa première visite d'Abdul Hamid Dbeibah en Russie a commencé jeudi. Le Premier ministre Mikhaïl Michoustine a reçu Dbeibah à la Maison du gouvernement."},
		{"it", "Dbeibah a Mosca per colloqui con Mishustin\n\nLa prima visita di Abdul Hamid Dbeibah in Russia è cominciata giovedì. Il premier Mikhail Mishustin ha ricevuto Dbeibah alla Casa del governo."},
		{"es", "Dbeibah mantiene conversaciones en Moscú con Mishustin\n\nLa primera visita de Abdul Hamid Dbeibah a Rusia comenzó el jueves. El primer ministro Mijaíl Mishustin recibió a Dbeibah en la Casa de Gobierno."},
		{"ru", "Дбейба провел в Москве переговоры с Мишустиным\n\nПервый визит Абдель Хамида Дбейбы в Россию начался в четверг. Председатель правительства Михаил Мишустин принял Дбейбу в Доме правительства."},
		{"tr", "Dibeybe Moskova'da Mişustin ile görüştü\n\nAbdulhamid Dibeybe'nin Rusya'ya ilk ziyareti perşembe günü başladı. Başbakan Mihail Mişustin, Dibeybe'yi Hükümet Konağı'nda kabul etti."},
		{"ar", "الدبيبة يجري في موسكو محادثات مع ميشوستين\n\nبدأت يوم الخميس أول زيارة لعبد الحميد الدبيبة إلى روسيا. واستقبل رئيس الوزراء ميخائيل ميشوستين الدبيبة في دار الحكومة."},
	} {
		f := factsOn(t, x, c.lang, "2021-04-16", c.text)
		if !onlyMeetingOf(f, []string{"abdul-hamid-dbeibah", "mikhail-mishustin"}) || f.Meetings[0].Place != "moscow" {
			t.Errorf("%s %q: meetings %v (place %v), want Dbeibah and Mishustin in Moscow", c.lang, c.text, allParts(f), placesOf(f))
		}
	}
}

func placesOf(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		out = append(out, m.Place)
	}
	return out
}

// TestAttendBack: a sentence telling who else took part in "the
// meeting", told after what was said there ("An dem Gespräch nahm auch X
// teil", "Во встрече также принял участие X", "Görüşmeye X de katıldı",
// "All'incontro ha partecipato anche X", "وحضر اللقاء X", "ملاقات میں X
// بھی شریک تھے"), adds X to the meeting told last, however many
// sentences stand between, not a meeting of its own.
func TestAttendBack(t *testing.T) {
	x := shipped(t)
	cs, sar, bas := "mevlut-cavusoglu", "fayez-al-sarraj", "fathi-bashagha"
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"de", "Heiko Maas empfing am Mittwoch in Berlin Abdul Hamid Dbeibah. Im Mittelpunkt standen die Wahlen im Dezember. „Libyen hat viel erreicht“, sagte Maas. Dbeibah dankte der Bundesregierung für ihre Unterstützung. An dem Gespräch nahm auch Außenministerin Nadschla al-Mangusch teil.", []string{"heiko-maas", "abdul-hamid-dbeibah", "najla-mangoush"}},
		{"ru", "Сергей Лавров провел в пятницу в Москве переговоры с Агилой Салехом. Стороны обсудили ситуацию вокруг Сирта. «У кризиса нет военного решения», – заявил Лавров. Салех поблагодарил российскую сторону за поддержку. Во встрече также принял участие заместитель министра Михаил Богданов.", []string{"sergey-lavrov", "aguila-saleh-issa", "mikhail-bogdanov"}},
		{"tr", "Mevlüt Çavuşoğlu çarşamba günü Trablus'ta Fayiz es-Serrac ile görüştü. İki taraf ateşkesi ele aldı. Çavuşoğlu, “Desteğimiz sürecek” dedi. Serrac da Türkiye'ye teşekkür etti. Görüşmeye İçişleri Bakanı Fethi Başağa da katıldı.", []string{cs, sar, bas}},
		{"en", "Mevlüt Çavuşoğlu met Fayez al-Sarraj in Tripoli on Wednesday. The two sides discussed the ceasefire. \"Our support will continue,\" Çavuşoğlu said. Sarraj thanked Turkey for its help. Interior Minister Fathi Bashagha also took part in the meeting.", []string{cs, sar, bas}},
		{"fr", "Mevlüt Çavuşoğlu a rencontré mercredi à Tripoli Fayez al-Sarraj. Les deux parties ont évoqué le cessez-le-feu. « Notre soutien continuera », a déclaré Çavuşoğlu. M. Sarraj a remercié la Turquie. Le ministre de l'Intérieur Fathi Bachagha a également participé à l'entretien.", []string{cs, sar, bas}},
		{"it", "Mevlüt Çavuşoğlu ha incontrato mercoledì a Tripoli Fayez al-Sarraj. Le due parti hanno discusso del cessate il fuoco. «Il nostro sostegno continuerà», ha detto Çavuşoğlu. Sarraj ha ringraziato la Turchia. All'incontro ha partecipato anche il ministro dell'Interno Fathi Bashagha.", []string{cs, sar, bas}},
		{"es", "Mevlüt Çavuşoğlu se reunió el miércoles en Trípoli con Fayez al Sarraj. Ambas partes abordaron el alto el fuego. «Nuestro apoyo continuará», afirmó Çavuşoğlu. Sarraj agradeció a Turquía su ayuda. También asistió al encuentro el ministro del Interior, Fathi Bashagha.", []string{cs, sar, bas}},
		{"ar", "التقى مولود تشاووش أوغلو فايز السراج في طرابلس يوم الأربعاء. وبحث الجانبان وقف إطلاق النار. وقال تشاووش أوغلو: «دعمنا سيستمر». وشكر السراج تركيا على دعمها. وحضر اللقاء وزير الداخلية فتحي باشاغا.", []string{cs, sar, bas}},
		{"ur", "مولود چاوش اوغلو نے بدھ کو طرابلس میں فائز السراج سے ملاقات کی۔ دونوں فریقوں نے جنگ بندی پر بات کی۔ چاوش اوغلو نے کہا: “ہماری حمایت جاری رہے گی۔” السراج نے ترکی کا شکریہ ادا کیا۔ ملاقات میں وزیر داخلہ فتحی باشاغا بھی شریک تھے۔", []string{cs, sar, bas}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

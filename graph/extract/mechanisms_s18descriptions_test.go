package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadOfOrganisationDescribed: a head word before an organisation
// with no name of its own ("the head of the Government of National
// Accord", "le chef du gouvernement d'union nationale", "il capo del
// governo di accordo nazionale", "el jefe del Gobierno de Acuerdo
// Nacional", "der Chef der Einheitsregierung", "глава ПНС", "رئيس حكومة
// الوفاق", "قائد الجيش الوطني الليبي"), or a head's title that holds the
// organisation ("il presidente del Consiglio presidenziale"), stands for
// the person the article named whose lexicon office heads it or a body
// of it (Sarraj chairs the Presidential Council of the GNA), even when a
// meeting verb and its partner follow at once ("the head of the
// Presidential Council met X", "التقى رئيس حكومة الوفاق جوزيب بوريل":
// Borrell is the EU's, the one met).
func TestHeadOfOrganisationDescribed(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		want            []string
	}{
		{"fr", "2020-01-09", "Fayez al-Sarraj a renoncé à se rendre à Rome mercredi. À Bruxelles, le chef du gouvernement d'union nationale a été reçu par Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"it", "2020-01-09", "Fayez al-Sarraj ha rinunciato alla tappa romana mercoledì. A Bruxelles il capo del governo di accordo nazionale è stato ricevuto da Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"en", "2020-01-09", "Fayez al-Sarraj skipped the stop in Rome on Wednesday. In Brussels, the head of the Government of National Accord was received by Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"es", "2020-01-09", "Fayez al Sarraj renunció el miércoles a la escala en Roma. En Bruselas, el jefe del Gobierno de Acuerdo Nacional fue recibido por Josep Borrell.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"de", "2020-01-09", "Fajis al-Sarradsch sagte am Mittwoch seinen Halt in Rom ab. In Brüssel wurde der Chef der Einheitsregierung von Josep Borrell empfangen.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"ru", "2020-01-09", "Файез Сарадж в среду отказался от остановки в Риме. В Брюсселе глава ПНС встретился с Жозепом Боррелем.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"ar", "2020-01-09", "وألغى فايز السراج توقفه في روما الأربعاء. وفي بروكسل، التقى رئيس حكومة الوفاق جوزيب بوريل.", []string{"fayez-al-sarraj", "josep-borrell"}},
		{"en", "2021-04-10", "Mohamed al-Menfi arrived in Athens on Monday. On Tuesday the head of the Presidential Council met Kyriakos Mitsotakis.", []string{"mohamed-al-menfi", "kyriakos-mitsotakis"}},
		{"it", "2021-04-10", "Mohamed al-Menfi è arrivato lunedì ad Atene. Martedì il presidente del Consiglio presidenziale ha incontrato Kyriakos Mitsotakis.", []string{"mohamed-al-menfi", "kyriakos-mitsotakis"}},
		{"fr", "2020-06-07", "Khalifa Haftar a perdu Tarhouna vendredi. Samedi, le commandant de l'Armée nationale libyenne a rencontré Abdel Fattah al-Sissi au Caire.", []string{"khalifa-haftar", "abdel-fattah-el-sisi"}},
		{"it", "2020-06-07", "Khalifa Haftar ha perso Tarhuna venerdì. Sabato il comandante dell'Esercito nazionale libico ha incontrato Abdel Fattah al-Sisi al Cairo.", []string{"khalifa-haftar", "abdel-fattah-el-sisi"}},
		{"ar", "2020-06-07", "وخسر خليفة حفتر ترهونة الجمعة. والتقى قائد الجيش الوطني الليبي عبد الفتاح السيسي في القاهرة السبت.", []string{"khalifa-haftar", "abdel-fattah-el-sisi"}},
		// named with the head word: that name
		{"ar", "2020-01-09", "والتقى رئيس حكومة الوفاق فايز السراج جوزيب بوريل في بروكسل.", []string{"fayez-al-sarraj", "josep-borrell"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	// a minister of it is no head of it
	f := factsOn(t, x, "en", "2020-01-09", "Title\n\nMohamed Taha Siala arrived in Rome on Tuesday. On Wednesday the head of the Government of National Accord met Giuseppe Conte.")
	for _, ps := range allParts(f) {
		if slices.Contains(ps, "mohamed-taha-siala") {
			t.Errorf("the head of the GNA as its foreign minister: meetings %v", allParts(f))
		}
	}
}

// wantMeetingSet checks that text, in lang, published on pub, gives
// exactly the meetings and calls want, in any order, each with those
// participants in any order.
func wantMeetingSet(t *testing.T, x *Extractor, lang, pub, text string, want [][]string) {
	t.Helper()
	key := func(ps []string) string {
		ps = slices.Clone(ps)
		slices.Sort(ps)
		return strings.Join(ps, "+")
	}
	var got, w []string
	for _, ps := range allParts(factsOn(t, x, lang, pub, "Title\n\n"+text)) {
		got = append(got, key(ps))
	}
	for _, ps := range want {
		w = append(w, key(ps))
	}
	slices.Sort(got)
	slices.Sort(w)
	if !slices.Equal(got, w) {
		t.Errorf("%s %q: meetings %v, want %v", lang, text, got, w)
	}
}

// TestPairSeenSeparatelyIsTheDeniedPair: a pair phrase seen separately
// ("Merkel received the two men separately", "a reçu séparément les deux
// hommes", "ha ricevuto separatamente i due leader libici", "recibió por
// separado a los dos hombres", "empfing die beiden Männer getrennt", "по
// отдельности приняла обоих ливийских лидеров", "iki lideri ayrı ayrı
// kabul etti", "استقبلت … الرجلين كلا على حدة", "دونوں رہنماؤں سے الگ
// الگ ملاقات کی") is the pair the article said did not meet, not the two
// of a call told in between; with two pairs denied it is neither.
func TestPairSeenSeparatelyIsTheDeniedPair(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, pub, text string
		want            [][]string
	}{
		{"en", "2020-01-20", "Fayez al-Sarraj and Khalifa Haftar were both in Moscow on Monday but did not meet. On Saturday, Sergey Lavrov spoke by phone with Mike Pompeo. On Sunday in Berlin, Angela Merkel received the two men separately at the chancellery.", [][]string{{"mike-pompeo", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
		{"fr", "2020-01-20", "Fayez al-Sarraj et Khalifa Haftar n'ont pas voulu se rencontrer à Moscou. Mardi, Emmanuel Macron s'est entretenu au téléphone avec Recep Tayyip Erdogan. Jeudi, à Rome, Giuseppe Conte a reçu séparément les deux hommes.", [][]string{{"emmanuel-macron", "recep-tayyip-erdogan"}, {"fayez-al-sarraj", "giuseppe-conte"}, {"giuseppe-conte", "khalifa-haftar"}}},
		{"it", "2020-01-20", "Fayez al-Sarraj e Khalifa Haftar non si sono incontrati a Mosca. Martedì Luigi Di Maio ha parlato al telefono con Mevlüt Çavuşoğlu. Giovedì Giuseppe Conte ha ricevuto separatamente i due leader libici a Palazzo Chigi.", [][]string{{"luigi-di-maio", "mevlut-cavusoglu"}, {"fayez-al-sarraj", "giuseppe-conte"}, {"giuseppe-conte", "khalifa-haftar"}}},
		{"es", "2020-01-20", "Fayez al Sarraj y Jalifa Haftar no se reunieron en Moscú. El martes, Josep Borrell habló por teléfono con Serguéi Lavrov. El domingo, Angela Merkel recibió por separado a los dos hombres en Berlín.", [][]string{{"josep-borrell", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
		{"de", "2020-01-20", "Fajis al-Sarradsch und Chalifa Haftar trafen sich in Moskau nicht. Am Dienstag telefonierte Heiko Maas mit Sergej Lawrow. Am Sonntag empfing Angela Merkel die beiden Männer getrennt im Kanzleramt.", [][]string{{"heiko-maas", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
		{"ru", "2020-01-20", "Файез Сарадж и Халифа Хафтар так и не встретились в Москве. Во вторник Сергей Лавров провёл телефонный разговор с Майком Помпео. В воскресенье Ангела Меркель по отдельности приняла обоих ливийских лидеров в Берлине.", [][]string{{"mike-pompeo", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
		{"tr", "2020-01-20", "Fayiz es-Serrac ile Halife Hafter Moskova'da görüşmedi. Salı günü Mevlüt Çavuşoğlu, Sergey Lavrov ile telefonda görüştü. Pazar günü Angela Merkel iki lideri Berlin'de ayrı ayrı kabul etti.", [][]string{{"mevlut-cavusoglu", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
		{"ar", "2020-01-20", "ولم يلتق فايز السراج وخليفة حفتر في موسكو. وأجرى سيرغي لافروف اتصالا هاتفيا مع مايك بومبيو الثلاثاء. واستقبلت أنغيلا ميركل الرجلين كلا على حدة في برلين الأحد.", [][]string{{"mike-pompeo", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
		{"ur", "2020-01-20", "فائز السراج اور خلیفہ حفتر کی ماسکو میں ملاقات نہیں ہوئی۔ منگل کو سرگئی لاوروف نے مائیک پومپیو سے ٹیلی فون پر بات کی۔ اتوار کو انجیلا مرکل نے برلن میں دونوں رہنماؤں سے الگ الگ ملاقات کی۔", [][]string{{"mike-pompeo", "sergey-lavrov"}, {"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, c.lang, c.pub, c.text, c.want)
	}
	// two pairs denied: which one is unknown
	f := factsOn(t, x, "en", "2021-05-20", "Title\n\nFayez al-Sarraj and Khalifa Haftar did not meet in Moscow. Abdul Hamid Dbeibah and Fathi Bashagha did not meet either. On Saturday, Sergey Lavrov spoke by phone with Mike Pompeo. On Sunday Angela Merkel received the two men separately.")
	for _, ps := range allParts(f) {
		if slices.Contains(ps, "fayez-al-sarraj") || slices.Contains(ps, "abdul-hamid-dbeibah") {
			t.Errorf("two denied pairs: meetings %v, want neither pair", allParts(f))
		}
	}
}

// TestBareMilitaryTitleOtherScripts: a bare general's or marshal's title
// in tr, ar and ur ("mareşal", "mareşalle" with its fused "ile",
// "المشير", "جنرل") is the one commander the article named, as
// "the general", "il generale", "der General" are, though another
// person was named between: their title roles map to the lexicon's
// Commander and Field Marshal (demonyms.yaml roles).
func TestBareMilitaryTitleOtherScripts(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Halife Hafter pazartesi günü ateşkes çağrısını reddetti. Çarşamba günü Sergey Lavrov, Moskova'da mareşal ile görüştü.", []string{"sergey-lavrov", "khalifa-haftar"}},
		{"tr", "Halife Hafter Trablus'a saldırı başlattı. Fayiz es-Serrac Türkiye'den yardım istedi. Çarşamba günü Mevlüt Çavuşoğlu mareşalle telefonda görüştü.", []string{"mevlut-cavusoglu", "khalifa-haftar"}},
		{"ar", "وشن خليفة حفتر هجوما على طرابلس. وطلب فايز السراج مساعدة تركيا. وأجرى مايك بومبيو اتصالا هاتفيا مع المشير الأربعاء.", []string{"mike-pompeo", "khalifa-haftar"}},
		{"ur", "خلیفہ حفتر نے طرابلس پر حملہ شروع کیا۔ فائز السراج نے ترکی سے مدد مانگی۔ بدھ کو مائیک پومپیو نے جنرل سے ٹیلی فون پر بات کی۔", []string{"mike-pompeo", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2019-12-18", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestFrenchDontListsTheGroup: French "dont" (and "parmi lesquels")
// after a comma and a group noun, right before a name ("une douzaine de
// dirigeants, dont Emmanuel Macron, Vladimir Poutine et Recep Tayyip
// Erdogan", "plusieurs ministres étrangers, dont M. Sameh Choukri")
// means "including": the group's members are the ones met, no relative
// clause cuts them off; after a name ("Fayez al-Sarraj, dont Khalifa
// Haftar conteste la légitimité") it stays a relative clause.
func TestFrenchDontListsTheGroup(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		pub, text string
		want      [][]string
	}{
		{"2020-01-16", "Dimanche, Angela Merkel accueillera à la chancellerie une douzaine de dirigeants, dont Emmanuel Macron, Vladimir Poutine et Recep Tayyip Erdogan.", [][]string{{"angela-merkel", "emmanuel-macron", "vladimir-putin", "recep-tayyip-erdogan"}}},
		{"2020-01-16", "Le président Abdelmadjid Tebboune a reçu mardi plusieurs ministres étrangers, dont M. Sameh Choukri et M. Mevlüt Çavuşoğlu.", [][]string{{"abdelmadjid-tebboune", "sameh-shoukry", "mevlut-cavusoglu"}}},
		{"2020-09-12", "Sergueï Lavrov s'est entretenu lundi à Moscou avec plusieurs responsables libyens, dont Aguila Saleh et Khalid al-Mishri.", [][]string{{"sergey-lavrov", "aguila-saleh-issa", "khalid-al-mishri"}}},
		{"2020-09-12", "Mardi, Jean-Yves Le Drian a réuni à Paris plusieurs ministres européens, dont Heiko Maas et Luigi Di Maio.", [][]string{{"jean-yves-le-drian", "heiko-maas", "luigi-di-maio"}}},
		{"2021-05-12", "Josep Borrell a reçu mercredi à Bruxelles une délégation libyenne, dont Mme Najla Mangoush et M. Mohamed al-Menfi.", [][]string{{"josep-borrell", "najla-mangoush", "mohamed-al-menfi"}}},
		{"2020-09-12", "Emmanuel Macron a reçu Fayez al-Sarraj, dont Khalifa Haftar conteste la légitimité.", [][]string{{"emmanuel-macron", "fayez-al-sarraj"}}},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, "fr", c.pub, c.text, c.want)
	}
}

// TestPairTypedByDemonym: an adjective of nationality inside a pair
// phrase or right after it ("les deux rivaux libyens", "i due rivali
// libici", "die beiden libyschen Rivalen", "los dos rivales libios",
// "الغريمان الليبيان") types the pair as headTyped types "les deux
// Libyens": the last two of that country named, not the two of the
// meeting told in between.
func TestPairTypedByDemonym(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"fr", "Fayez al-Sarraj et Khalifa Haftar se disputent Tripoli depuis un an. Lundi, Emmanuel Macron a reçu Giuseppe Conte à l'Élysée. Les deux rivaux libyens se sont finalement rencontrés jeudi à Abou Dhabi.", [][]string{{"emmanuel-macron", "giuseppe-conte"}, {"fayez-al-sarraj", "khalifa-haftar"}}},
		{"it", "Fayez al-Sarraj e Khalifa Haftar si contendono Tripoli da un anno. Lunedì Giuseppe Conte ha ricevuto Emmanuel Macron a Roma. I due rivali libici si sono incontrati giovedì ad Abu Dhabi.", [][]string{{"emmanuel-macron", "giuseppe-conte"}, {"fayez-al-sarraj", "khalifa-haftar"}}},
		{"de", "Fajis al-Sarradsch und Chalifa Haftar kämpfen seit einem Jahr um Tripolis. Am Montag traf Heiko Maas in Berlin Mevlüt Çavuşoğlu. Die beiden libyschen Rivalen trafen sich am Donnerstag in Abu Dhabi.", [][]string{{"heiko-maas", "mevlut-cavusoglu"}, {"fayez-al-sarraj", "khalifa-haftar"}}},
		{"es", "Fayez al Sarraj y Jalifa Haftar se disputan Trípoli desde hace un año. El lunes, Josep Borrell se reunió en Bruselas con Heiko Maas. Los dos rivales libios se reunieron el jueves en Abu Dabi.", [][]string{{"josep-borrell", "heiko-maas"}, {"fayez-al-sarraj", "khalifa-haftar"}}},
		{"ar", "ويتنازع فايز السراج وخليفة حفتر على طرابلس منذ عام. والتقى سيرغي لافروف مولود تشاووش أوغلو في موسكو الاثنين. واجتمع الغريمان الليبيان في أبوظبي الخميس.", [][]string{{"sergey-lavrov", "mevlut-cavusoglu"}, {"fayez-al-sarraj", "khalifa-haftar"}}},
	}
	for _, c := range cases {
		wantMeetingSet(t, x, c.lang, "2020-02-20", c.text, c.want)
	}
}

package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// wantApart checks that text, in lang, gives exactly the events want, in
// any order, each of mode ("" for any) with those participants.
func wantApart(t *testing.T, x *Extractor, lang, mode, text string, want [][]string) {
	t.Helper()
	f := factsOf(t, x, lang, "Title\n\n"+text)
	var got, exp []string
	for _, m := range f.Meetings {
		p := participants(m)
		slices.Sort(p)
		s := strings.Join(p, "+")
		if mode != "" && m.Mode != mode {
			s += "/" + m.Mode
		}
		got = append(got, s)
	}
	for _, w := range want {
		p := slices.Clone(w)
		slices.Sort(p)
		exp = append(exp, strings.Join(p, "+"))
	}
	slices.Sort(got)
	slices.Sort(exp)
	if !slices.Equal(got, exp) {
		t.Errorf("%s %q: events %v, want %v (mode %q)", lang, text, got, exp, mode)
	}
}

// TestEachOrBothOfTwoToldBefore: an object that names each of two people
// told before ("with each of them", "chacun d'eux", "ciascuno dei due",
// "с каждым из них") tells them apart by itself, and a call to both of
// them ("called both of them", "ha telefonato a entrambi", "позвонил
// обоим", "her ikisiyle de telefonda görüştü", "دونوں سے فون پر بات کی")
// is two calls, one with each: a call has two ends.
func TestEachOrBothOfTwoToldBefore(t *testing.T) {
	x := shipped(t)
	dim, sar, sal, mis := "luigi-di-maio", "fayez-al-sarraj", "aguila-saleh-issa", "khalid-al-mishri"
	cases := []struct {
		lang, mode, text string
		want             [][]string
	}{
		{"en", graph.ModeCall, "Fayez al-Sarraj and Aguila Saleh announced a ceasefire on Friday.\n\nThe next day Luigi Di Maio called both of them to congratulate them.", [][]string{{dim, sal}, {dim, sar}}},
		{"it", graph.ModeCall, "Fayez al-Sarraj e Aguila Saleh hanno annunciato venerdì un cessate il fuoco.\n\nIl giorno dopo Di Maio ha telefonato a entrambi per congratularsi.", [][]string{{dim, sal}, {dim, sar}}},
		{"ru", graph.ModeCall, "Файез Сарадж и Агила Салех в пятницу объявили о прекращении огня.\n\nНа следующий день Лавров позвонил обоим.", [][]string{{"sergey-lavrov", sal}, {"sergey-lavrov", sar}}},
		{"de", graph.ModeCall, "Aguila Saleh und Chalid al-Mischri einigten sich am Freitag in Marokko auf einen Fahrplan.\n\nMaas telefonierte am Samstag mit beiden.", [][]string{{"heiko-maas", mis}, {"heiko-maas", sal}}},
		{"tr", graph.ModeCall, "Akile Salih ve Halid el-Mişri cuma günü Fas'ta anlaştı.\n\nÇavuşoğlu ertesi gün her ikisiyle de telefonda görüştü.", [][]string{{"mevlut-cavusoglu", mis}, {"mevlut-cavusoglu", sal}}},
		{"ur", graph.ModeCall, "سراج اور عقیلہ صالح نے جمعہ کو جنگ بندی کا اعلان کیا۔\n\nاگلے روز دی مایو نے دونوں سے فون پر بات کی۔", [][]string{{dim, sal}, {dim, sar}}},
		{"ar", graph.ModeCall, "واتفق عقيلة صالح وخالد المشري الجمعة على خارطة طريق.\n\nوأجرى بوريطة اتصالا هاتفيا بكل منهما.", [][]string{{"nasser-bourita", mis}, {"nasser-bourita", sal}}},
		{"fr", graph.ModeInPerson, "Fayez al-Sarraj et Khalifa Haftar étaient tous deux à Berlin.\n\nJean-Yves Le Drian s'est entretenu avec chacun d'eux.", [][]string{{"jean-yves-le-drian", "khalifa-haftar"}, {"jean-yves-le-drian", sar}}},
		{"it", graph.ModeInPerson, "Fayez al-Sarraj e Khalifa Haftar erano a Berlino.\n\nDi Maio ha avuto un colloquio con ciascuno dei due.", [][]string{{dim, "khalifa-haftar"}, {dim, sar}}},
		{"ru", graph.ModeInPerson, "Сарадж и Хафтар прибыли в Москву.\n\nЛавров встретился с каждым из них.", [][]string{{"sergey-lavrov", "khalifa-haftar"}, {"sergey-lavrov", sar}}},
	}
	for _, c := range cases {
		wantApart(t, x, c.lang, c.mode, c.text, c.want)
	}
	// a title after "as", "come" is the role of the one before it, no
	// one else: the two told before are Dbeibah and al-Menfi
	f := factsOn(t, x, "en", "2021-02-08", "Title\n\nOn 5 February the forum in Geneva chose Abdul Hamid Dbeibah as prime minister and Mohamed al-Menfi as head of the presidential council.\n\nThe next day Luigi Di Maio called both of them to congratulate them.")
	got := allParts(f)
	if !meetingWithAll(got, []string{dim, "abdul-hamid-dbeibah"}) || !meetingWithAll(got, []string{dim, "mohamed-al-menfi"}) {
		t.Errorf("calls %v, want Di Maio with Dbeibah and with al-Menfi", got)
	}
}

// TestTalkWithBothOfThem: a talk verb whose partner is a `both_object` or
// `each_object` ("sprach getrennt mit beiden", "spoke separately with each
// of them") names its partners, the two people told before, though a date
// or adverb stands between the verb and the object; German "getrennte
// Gespräche" is a meeting phrase, its partners before it ("führten mit
// beiden getrennte Gespräche").
func TestTalkWithBothOfThem(t *testing.T) {
	x := shipped(t)
	mer, maas, sar, haf := "angela-merkel", "heiko-maas", "fayez-al-sarraj", "khalifa-haftar"
	each := func(who ...string) [][]string {
		return [][]string{append(slices.Clone(who), sar), append(slices.Clone(who), haf)}
	}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"de", "Sarradsch und Haftar wollten einander nicht begegnen.\n\nDie Kanzlerin Angela Merkel sprach am Sonntag getrennt mit beiden, zuerst mit Sarradsch, dann mit Haftar.", each(mer)},
		{"de", "Sarradsch und Haftar kamen nach Berlin.\n\nMerkel sprach am Sonntag getrennt mit beiden.", each(mer)},
		{"de", "Sarradsch und Haftar kamen zur Konferenz nach Berlin.\n\nMerkel und Außenminister Heiko Maas führten mit beiden getrennte Gespräche im Kanzleramt.", each(mer, maas)},
		{"de", "Merkel führte am Sonntag getrennte Gespräche mit Sarradsch und mit Haftar.", each(mer)},
		{"en", "Fayez al-Sarraj and Khalifa Haftar came to Berlin.\n\nAngela Merkel spoke on Sunday separately with each of them.", each(mer)},
		{"it", "Fayez al-Sarraj e Khalifa Haftar sono arrivati a Berlino.\n\nGiuseppe Conte ha parlato domenica separatamente con entrambi.", each("giuseppe-conte")},
		{"ru", "Сарадж и Хафтар прибыли в Берлин.\n\nМеркель в воскресенье поговорила по отдельности с каждым из них.", each(mer)},
	}
	for _, c := range cases {
		wantApart(t, x, c.lang, graph.ModeInPerson, c.text, c.want)
	}
}

// TestCorrelativePartners: two partners named one by one by a correlative
// pair ("sowohl mit X als auch mit Y", "à la fois avec X et avec Y", "sia
// con X sia con Y", "tanto con X como con Y", "как с X, так и с Y", "hem
// X'le hem de Y'le", "with both X and Y", "X سے بھی اور Y سے بھی"), or by
// Spanish "sendas", "sendos" and a plural call noun ("separate phone
// calls", "раздельные телефонные разговоры"), are one meeting or call
// each, the subject and its companions at each; a preposition repeated
// alone ("con X y con Y") and a plain list stay one meeting.
func TestCorrelativePartners(t *testing.T) {
	x := shipped(t)
	mer, erd, mit := "angela-merkel", "recep-tayyip-erdogan", "kyriakos-mitsotakis"
	sar, haf, sal, mis := "fayez-al-sarraj", "khalifa-haftar", "aguila-saleh-issa", "khalid-al-mishri"
	two := func(who, a, b string) [][]string { return [][]string{{who, a}, {who, b}} }
	call, met := graph.ModeCall, graph.ModeInPerson
	cases := []struct {
		lang, mode, text string
		want             [][]string
	}{
		{"de", call, "Bundeskanzlerin Angela Merkel hat nach Angaben ihres Sprechers sowohl mit Kyriakos Mitsotakis als auch mit Recep Tayyip Erdoğan telefoniert.", two(mer, mit, erd)},
		{"de", met, "Außenminister Heiko Maas sprach am Montag in Libyen sowohl mit Fajis al-Sarradsch als auch mit Chalifa Haftar.", two("heiko-maas", sar, haf)},
		{"fr", call, "Emmanuel Macron s'est entretenu au téléphone à la fois avec Recep Tayyip Erdogan et avec Kyriakos Mitsotakis.", two("emmanuel-macron", erd, mit)},
		{"fr", met, "Jean-Yves Le Drian s'est entretenu lundi à la fois avec Fayez al-Sarraj et avec Khalifa Haftar.", two("jean-yves-le-drian", sar, haf)},
		{"it", met, "Luigi Di Maio ha parlato lunedì sia con Fayez al-Sarraj sia con Khalifa Haftar.", two("luigi-di-maio", sar, haf)},
		{"it", call, "Giuseppe Conte ha avuto colloqui telefonici sia con Erdogan sia con Mitsotakis.", two("giuseppe-conte", erd, mit)},
		{"es", call, "Arancha González Laya habló por teléfono tanto con Erdogan como con Mitsotakis.", two("arancha-gonzalez-laya", erd, mit)},
		{"es", met, "González Laya se reunió el lunes tanto con Fayez al Serraj como con Jalifa Hafter.", two("arancha-gonzalez-laya", sar, haf)},
		{"ru", call, "Владимир Путин провёл телефонные разговоры как с Эрдоганом, так и с Мицотакисом.", two("vladimir-putin", erd, mit)},
		{"ru", met, "Сергей Лавров провёл переговоры как с Файезом Сараджем, так и с Халифой Хафтаром.", two("sergey-lavrov", sar, haf)},
		{"tr", call, "Almanya Başbakanı Angela Merkel hem Erdoğan'la hem de Miçotakis'le ayrı ayrı telefonda görüştü.", two(mer, erd, mit)},
		{"tr", met, "Çavuşoğlu pazartesi günü hem Serrac'la hem de Hafter'le görüştü.", two("mevlut-cavusoglu", sar, haf)},
		{"en", met, "Luigi Di Maio held talks with both Fayez al-Sarraj and Khalifa Haftar on Monday.", two("luigi-di-maio", sar, haf)},
		{"ur", met, "لاوروف نے سراج سے بھی اور حفتر سے بھی ملاقات کی۔", two("sergey-lavrov", sar, haf)},
		{"es", call, "El sábado, Bourita mantuvo sendas conversaciones telefónicas con Aguila Saleh y con Jaled al Mishri.", two("nasser-bourita", sal, mis)},
		{"es", met, "Arancha González Laya mantuvo sendas reuniones con Fayez al Serraj y con Jalifa Hafter.", two("arancha-gonzalez-laya", sar, haf)},
		{"es", met, "En Trípoli, la ministra Arancha González Laya celebró sendos encuentros con Mohamed al Menfi y Abdul Hamid Dbeibah.", two("arancha-gonzalez-laya", "mohamed-al-menfi", "abdul-hamid-dbeibah")},
		{"en", call, "Nasser Bourita held separate phone calls with Aguila Saleh and Khalid al-Mishri on Saturday.", two("nasser-bourita", sal, mis)},
		{"ru", call, "Лавров в субботу провёл раздельные телефонные разговоры с Агилой Салехом и Халедом аль-Мишри.", two("sergey-lavrov", sal, mis)},
		// a preposition repeated alone, a plain list: one meeting
		{"es", met, "El 4 de abril, Charles Michel se entrevistó en Trípoli con Menfi y con Dbeiba.", [][]string{{"charles-michel", "mohamed-al-menfi", "abdul-hamid-dbeibah"}}},
		{"it", met, "Di Maio era a Tripoli, in un incontro con Dbeibah e con la ministra degli Esteri Najla Mangoush.", [][]string{{"luigi-di-maio", "abdul-hamid-dbeibah", "najla-mangoush"}}},
		{"ru", met, "Лавров встретился в Москве с Сараджем и Хафтаром.", [][]string{{"sergey-lavrov", sar, haf}}},
		{"tr", met, "Çavuşoğlu Moskova'da Serrac ve Hafter ile görüştü.", [][]string{{"mevlut-cavusoglu", sar, haf}}},
	}
	for _, c := range cases {
		wantApart(t, x, c.lang, c.mode, c.text, c.want)
	}
}

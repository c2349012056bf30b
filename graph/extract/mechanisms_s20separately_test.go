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

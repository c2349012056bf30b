package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// callPairs lists the participants of every call of an article.
func callPairs(f graph.Facts) [][]string {
	var out [][]string
	for _, m := range f.Meetings {
		if m.Mode == graph.ModeCall {
			out = append(out, participants(m))
		}
	}
	return out
}

// summaries lists an article's events as "mode status place participants".
func summaries(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		out = append(out, m.Mode+" "+m.Status+" "+m.Place+" "+strings.Join(participants(m), ","))
	}
	return out
}

// wantOneEvent checks that each text reports exactly one event, as
// summaries writes it.
func wantOneEvent(t *testing.T, x *Extractor, cases []struct{ lang, text, want string }) {
	t.Helper()
	for _, c := range cases {
		got := summaries(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestOneCallerSeveralCallees: a telephone call has two ends, so one
// caller who phoned two people made two calls; two callers of one callee
// and a video conference stay whole.
func TestOneCallerSeveralCallees(t *testing.T) {
	x := shipped(t)
	two := [][]string{{"antonio-guterres", "fayez-al-sarraj"}, {"antonio-guterres", "aguila-saleh-issa"}}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "António Guterres spoke by phone with Fayez al-Sarraj and Aguila Saleh on Friday.", two},
		{"it", "António Guterres ha parlato al telefono con Fayez al-Sarraj e Aguila Saleh.", two},
		{"ar", "أجرى أنطونيو غوتيريش اتصالين هاتفيين منفصلين مع فائز السراج وعقيلة صالح.", two},
		{"de", "Angela Merkel und Emmanuel Macron telefonierten mit Wladimir Putin.", [][]string{{"angela-merkel", "emmanuel-macron", "vladimir-putin"}}},
		// ", y con …": the list of callees goes on past the comma
		{"es", "Pedro Sánchez habló por teléfono con el presidente francés, Emmanuel Macron, y con la canciller alemana, Angela Merkel, para preparar la cumbre.",
			[][]string{{"pedro-sanchez", "emmanuel-macron"}, {"pedro-sanchez", "angela-merkel"}}},
	}
	for _, c := range cases {
		if got := callPairs(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: calls %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestOrganisationRestatesItsPerson: a later sentence that gives the call
// to the organisation of a participant ("the UN", "its secretary-general")
// reports the same call.
func TestOrganisationRestatesItsPerson(t *testing.T) {
	x := shipped(t)
	text := "António Guterres spoke by phone with Khalifa Haftar on 6 April.\n\n" +
		"The United Nations said the phone call with Haftar on 6 April dealt with the truce."
	want := [][]string{{"antonio-guterres", "khalifa-haftar"}}
	if got := callPairs(factsOf(t, x, "en", text)); !reflect.DeepEqual(got, want) {
		t.Errorf("calls %v, want %v", got, want)
	}
}

// TestMannerBeforeVerb: verb-final languages put the manner before the
// meeting verb ("via video link talked"): one remote event, not a video
// call and a meeting that borrows someone from the sentence before; a
// manner in another clause stays apart.
func TestMannerBeforeVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ur", "فائز السراج نے بیان دیا۔\n\nمحمد المنفی نے عبدالمجید تبون سے ویڈیو لنک کے ذریعے بات چیت کی۔", "video held  mohamed-al-menfi,abdelmadjid-tebboune"},
		{"tr", "Fayez es-Serrac açıklama yaptı.\n\nMevlüt Çavuşoğlu, Sergey Lavrov ile video konferans yoluyla görüştü.", "video held  mevlut-cavusoglu,sergey-lavrov"},
		{"fr", "Jean-Yves Le Drian et Sergueï Lavrov au téléphone, la visite à Tripoli annulée", "call held  jean-yves-le-drian,sergey-lavrov"},
	}
	wantOneEvent(t, x, cases)
}

// TestCalleeDescription: a call's callees are a list; what follows a
// comma that no name follows describes them and names no other callee.
func TestCalleeDescription(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"es", "Sameh Shukri conversó por teléfono con Luigi Di Maio, principal interlocutor de Fayez al Sarraj junto a Turquía.", [][]string{{"sameh-shoukry", "luigi-di-maio"}}},
		{"ar", "وأجرى سامح شكري اتصالا هاتفيا بلويجي دي مايو، بحثا خلاله التطورات بعد لقاء فايز السراج وخليفة حفتر.", [][]string{{"sameh-shoukry", "luigi-di-maio"}}},
		{"en", "Sameh Shoukry phoned Luigi Di Maio, Heiko Maas and Jean-Yves Le Drian on Monday.", [][]string{{"sameh-shoukry", "luigi-di-maio"}, {"sameh-shoukry", "heiko-maas"}, {"sameh-shoukry", "jean-yves-le-drian"}}},
	}
	for _, c := range cases {
		if got := callPairs(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: calls %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

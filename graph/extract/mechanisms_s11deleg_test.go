package extract

import (
	"slices"
	"testing"
)

// TestDelegationIsItsNamedMembers: a delegation noun that is the subject
// of a later meeting ("la delegazione italiana è stata ricevuta da X",
// "la délégation française a été reçue par X", "die Gäste", "гости") is
// the people an earlier sentence names travelling together ("accompagné
// de", "viaggiavano", "begleitet von", "в сопровождении"), the leader's
// countrymen and the companions the lexicon does not know alike.
func TestDelegationIsItsNamedMembers(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"it", "Luigi Di Maio è arrivato lunedì a Tunisi. Con il ministro viaggiavano la ministra dell'Interno Luciana Lamorgese e il consigliere diplomatico Marco Ferretti. Nel pomeriggio la delegazione italiana è stata ricevuta dal presidente Kais Saied.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "x-marco-ferretti", "kais-saied"}},
		{"fr", "Jean-Yves Le Drian est arrivé mardi au Caire, accompagné du conseiller diplomatique Paul Garnier. Dans l'après-midi, la délégation française a été reçue par Sameh Choukri.",
			[]string{"jean-yves-le-drian", "x-paul-garnier", "sameh-shoukry"}},
		{"de", "Außenminister Heiko Maas landete am Montag in Tunis, begleitet von Verteidigungsministerin Annegret Kramp-Karrenbauer. Erster Gesprächspartner war Präsident Kais Saied, der die Gäste im Karthago-Palast empfing.",
			[]string{"heiko-maas", "annegret-kramp-karrenbauer", "kais-saied"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, c.want) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, c.want)
		}
	}
}

// TestDelegationMetIsNoSubject: in en fr it es a delegation after the
// verb is its object ("X recibió a una delegación turca"): the meeting
// keeps the people its clause names, not the delegation's members.
func TestDelegationMetIsNoSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		wrong      string
	}{
		{"es", "Josep Borrell se reunió el lunes en Túnez con Kais Saied. El martes, Fayez al Serraj recibió a una delegación turca en Trípoli.", "josep-borrell"},
	}
	for _, c := range cases {
		for _, ps := range allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)) {
			if slices.Contains(ps, "fayez-al-sarraj") && slices.Contains(ps, c.wrong) {
				t.Errorf("%s %q: meeting %v, want no %s", c.lang, c.text, ps, c.wrong)
			}
		}
	}
}

// TestArabicDelegationReceivedIsItsRoster: an Arabic delegation a host
// receives ("وكان في استقبال الوفد X", "استقبل X الوفد المصري") is the
// people the sentence that brought it named after its led_by or companion
// word ("يترأسه", "وترأس الوفد", "ويضم", "وضمّ في عضويته"), though that
// sentence tells a visit of its own.
func TestArabicDelegationReceivedIsItsRoster(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"وصل إلى تونس أمس وفد إيطالي في زيارة رسمية يترأسه وزير الخارجية لويجي دي مايو ويضم وزيرة الداخلية لوتشيانا لامورغيزي. وكان في استقبال الوفد الرئيس قيس سعيد في قصر قرطاج.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "kais-saied"}},
		{"زار وفد روسي القاهرة أمس. وترأس الوفد وزير الخارجية سيرغي لافروف، وضمّ في عضويته نائبه ميخائيل بوغدانوف. وفي المساء استقبل الرئيس عبد الفتاح السيسي الوفد الروسي في قصر الاتحادية.",
			[]string{"sergey-lavrov", "mikhail-bogdanov", "abdel-fattah-el-sisi"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, "ar", "Title\n\n"+c.text))
		if !meetingWithAll(ms, c.want) {
			t.Errorf("%q: meetings %v, want one with %v", c.text, ms, c.want)
		}
	}
}

// TestUrduDelegationWithErgative: "وفد نے" is the subject wherever the
// sentence's first trigger stands ("دورے کے پہلے روز وفد نے X سے ملاقات
// کی"), and its members include the leader named right before "کی قیادت
// میں" in a sentence that tells the trip itself.
func TestUrduDelegationWithErgative(t *testing.T) {
	x := shipped(t)
	text := "وزیر خارجہ لوئیجی دی مائیو کی قیادت میں ایک اطالوی وفد 5 مئی کو دو روزہ دورے پر تیونس پہنچا۔ وفد میں وزیر داخلہ لوچیانا لامورجیزے بھی شامل ہیں۔\n\nدورے کے دوسرے روز وفد نے صدر قیس سعید سے ملاقات کی۔"
	want := []string{"luigi-di-maio", "luciana-lamorgese", "kais-saied"}
	ms := allParts(factsOf(t, x, "ur", "Title\n\n"+text))
	if !meetingWithAll(ms, want) {
		t.Errorf("meetings %v, want one with %v", ms, want)
	}
}

// TestEntourageNounIsTheDelegation: "la comitiva" (es, it) is a
// delegation noun, and "acompañada de" names its members.
func TestEntourageNounIsTheDelegation(t *testing.T) {
	x := shipped(t)
	text := "La ministra de Asuntos Exteriores, Arancha González Laya, llegó el lunes a Túnez acompañada del secretario de Estado Diego Navarro y de la ministra de Defensa, Margarita Robles. La comitiva española fue recibida en el palacio de Cartago por el presidente Kais Saied."
	ms := allParts(factsOf(t, x, "es", "Title\n\n"+text))
	if !slices.ContainsFunc(ms, func(ps []string) bool {
		return slices.Contains(ps, "kais-saied") && slices.Contains(ps, "x-diego-navarro") && slices.Contains(ps, "arancha-gonzalez-laya")
	}) {
		t.Errorf("meetings %v, want Saied's with the Spanish entourage", ms)
	}
}

// TestDelegationMeetsOneHostAfterAnother: the same travellers with
// another host, named first in the next sentence ("Later, Y met X and
// Z"), is another meeting, not the first one restated.
func TestDelegationMeetsOneHostAfterAnother(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
	}{
		{"en", "Pedro Sánchez and Arancha González Laya met Mohamed al-Huwaij in Tripoli on Thursday. Later that day, Mohamed al-Menfi met Sánchez and González Laya."},
		{"fr", "Jean-Yves Le Drian et Florence Parly ont rencontré jeudi Fathi Bachagha à Tripoli. Dans l'après-midi, Mohamed al-Menfi a reçu Le Drian et Parly."},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if len(ms) != 2 || slices.Contains(ms[0], "mohamed-al-menfi") == slices.Contains(ms[1], "mohamed-al-menfi") {
			t.Errorf("%s %q: meetings %v, want two, one of them with Menfi", c.lang, c.text, ms)
		}
	}
}

// TestDelegationAsPartner: a delegation after the verb ("qui a fait le
// point avec la délégation") is the travellers of the sentence that says
// who accompanies whom ("X est arrivé …, accompagné de Y"), of the
// country of the one named first (in the sentence before, when that
// sentence names no one of known country: "Le ministre était accompagné
// de Y").
func TestDelegationAsPartner(t *testing.T) {
	x := shipped(t)
	text := "Jean-Yves Le Drian est arrivé mercredi à Tunis, accompagné de la ministre des Armées, Florence Parly. En fin de journée, c'est le président Kais Saied qui a fait le point avec la délégation sur la sécurité."
	want := []string{"kais-saied", "jean-yves-le-drian", "florence-parly"}
	ms := allParts(factsOf(t, x, "fr", "Title\n\n"+text))
	if !meetingWithAll(ms, want) {
		t.Errorf("meetings %v, want one with %v", ms, want)
	}
}

// meetingWithAll tells whether one of the meetings ms has every one of
// want among its participants.
func meetingWithAll(ms [][]string, want []string) bool {
	return slices.ContainsFunc(ms, func(ps []string) bool {
		for _, w := range want {
			if !slices.Contains(ps, w) {
				return false
			}
		}
		return true
	})
}

package extract

import (
	"slices"
	"testing"
)

// hasPart tells whether any meeting or call of parts holds actor.
func hasPart(parts [][]string, actor string) bool {
	return slices.ContainsFunc(parts, func(p []string) bool { return slices.Contains(p, actor) })
}

// TestOwnStateAfterBorrowedSubject: a country or organisation whose own
// person the clause borrows as its subject from the sentences before is
// that person's label, not a second participant: "Haftar flew to Moscow.
// The talks on Libya ended without a deal" is no meeting of Haftar with
// Libya, nor "Putin and Erdogan spoke by phone, after their meeting in
// Sochi", after a sentence on Moscow and Ankara, one with Russia.
func TestOwnStateAfterBorrowedSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, state string }{
		{"en", "Khalifa Haftar flew to Moscow on Monday. The talks on Libya ended on Tuesday without a deal.", "libya"},
		{"ru", "Халифа Хафтар прилетел в Москву в понедельник. Переговоры по Ливии в российской столице завершились без результата.", "libya"},
		{"ar", "وصل خليفة حفتر إلى موسكو يوم الاثنين. وانتهت المحادثات حول ليبيا يوم الثلاثاء دون اتفاق.", "libya"},
		{"fr", "Sur le front de la trêve, Moscou et Ankara s'activent. Vladimir Poutine et Recep Tayyip Erdogan se sont parlé au téléphone dans l'après-midi, trois jours après leur rencontre à Sotchi, pour faire le point sur le cessez-le-feu.", "russia"},
		{"it", "Sul fronte libico si muovono Mosca e Ankara. Vladimir Putin e Recep Tayyip Erdogan si sono sentiti ieri sera per telefono, due giorni dopo il loro incontro a Sochi, per discutere della tregua.", "russia"},
	}
	for _, c := range cases {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, c.state) {
			t.Errorf("%s %q: meetings %v, want none with %s", c.lang, c.text, got, c.state)
		}
	}
}

// TestAuspicesNoParty: an organisation or state under whose auspices,
// aegis or supervision talks are held (new keys auspices, before it, and
// auspices_after, after it: "under the auspices of the United Nations",
// "unter dem Dach der Vereinten Nationen", "sous l'égide de l'ONU", "под
// эгидой ООН", "تحت رعاية الأمم المتحدة", "BM gözetiminde") sponsors them;
// it is no party to them, beside the one who speaks of them nor beside
// the people who meet under it.
func TestAuspicesNoParty(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Aguila Saleh said on Monday that the parliament would send its delegates to talks under the auspices of the United Nations."},
		{"de", "Aguila Saleh sagte am Montag, das Parlament werde Abgeordnete zu einem Treffen unter dem Dach der Vereinten Nationen schicken."},
		{"fr", "Aguila Saleh a affirmé lundi que le Parlement enverrait ses délégués aux pourparlers sous l'égide de l'ONU."},
		{"it", "Aguila Saleh ha detto lunedì che il Parlamento invierà i suoi delegati ai colloqui sotto l'egida dell'ONU."},
		{"es", "Aguila Saleh afirmó el lunes que el Parlamento enviará a sus delegados a las conversaciones bajo los auspicios de la ONU."},
		{"ar", "وقال عقيلة صالح يوم الاثنين إن البرلمان سيرسل ممثليه إلى المحادثات تحت رعاية الأمم المتحدة."},
		{"tr", "Akile Salih pazartesi günü, meclisin BM gözetiminde yapılacak görüşmelere temsilci göndereceğini söyledi."},
		{"ru", "Агила Салех заявил в понедельник, что парламент направит своих делегатов на переговоры под эгидой ООН."},
		{"ur", "عقیلہ صالح نے پیر کو کہا کہ پارلیمنٹ اقوام متحدہ کی سرپرستی میں ہونے والے مذاکرات میں اپنے نمائندے بھیجے گی۔"},
	} {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, "united-nations") {
			t.Errorf("%s %q: meetings %v, want none with the UN", c.lang, c.text, got)
		}
	}
	pair := [][]string{{"khalid-al-mishri", "aguila-saleh-issa"}}
	wantAllParts(t, x, "en", "Under the auspices of the United Nations, Khalid al-Mishri met Aguila Saleh in Geneva on Monday.", pair)
	wantAllParts(t, x, "fr", "Sous l'égide de l'ONU, Khalid al-Mishri a rencontré Aguila Saleh lundi à Genève.", pair)
	wantAllParts(t, x, "ru", "Под эгидой ООН Халед аль-Мишри встретился в понедельник в Женеве с Агилой Салехом.", pair)
}

// TestOrganisationCompoundModifier: an organisation that opens a hyphened
// compound ("the UN-led talks", "a UN-appointed envoy", "eine
// UN-Gesandte") qualifies the word after it, as a country does ("die
// Libyen-Konferenz"); it is no party to the meeting of the clause.
func TestOrganisationCompoundModifier(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Haftar refused to receive a UN-appointed envoy."},
		{"de", "Haftar lehnte es ab, eine UN-Gesandte zu empfangen."},
	} {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, "united-nations") {
			t.Errorf("%s %q: meetings %v, want none with the UN", c.lang, c.text, got)
		}
	}
	wantAllParts(t, x, "en", "Dendias urged all sides to return to the UN-led talks with Khalid al-Mishri.", [][]string{{"nikos-dendias", "khalid-al-mishri"}})
}

// TestLocativeAcrossModifier: a state or organisation that a locative
// preposition governs across an article or an adjective of region
// (locative_modifiers: "in central Libya", "at the Carthage Palace", "в
// соседней Ливии", "en toda Libia") is where something happens, as right
// after the preposition; it is no party to the meeting of the clause.
func TestLocativeAcrossModifier(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, state string }{
		{"en", "Ortagus said Washington was worried by the mercenaries in central Libya and urged all sides to resume talks.", "libya"},
		{"ru", "Лавров провёл переговоры в соседней Ливии.", "libya"},
		{"es", "Saied recibió a Williams el lunes para hablar de la seguridad en toda Libia.", "libya"},
	} {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, c.state) {
			t.Errorf("%s %q: meetings %v, want none with %s", c.lang, c.text, got, c.state)
		}
	}
	wantAllParts(t, x, "en", "Kais Saied opened the forum on Monday. Before the ceremony he received the acting envoy, Stephanie Williams, at the Carthage Palace.", [][]string{{"kais-saied", "stephanie-williams"}})
}

// TestPairedDemonymsBeforeTalks: a hyphened pair of demonyms right
// before a meeting noun, or right after it in French, Italian and
// Spanish ("Russian-Turkish talks", "russisch-türkische Treffen", "la
// rencontre russo-turque", "l'incontro russo-turco", "la reunión
// ruso-turca", "Rus-Türk görüşme turu", "российско-турецких
// консультаций") names talks between the two states' delegations: each
// state is a party, as a named delegation is. A pair of one state
// ("libyo-libyenne") names no one.
func TestPairedDemonymsBeforeTalks(t *testing.T) {
	x := shipped(t)
	pair := [][]string{{"russia", "turkey"}}
	for _, c := range []struct{ lang, text string }{
		{"en", "The next round of Russian-Turkish talks will take place in Ankara in April."},
		{"de", "Das nächste russisch-türkische Treffen soll im April in Ankara stattfinden."},
		{"fr", "La prochaine rencontre russo-turque aura lieu à Ankara en avril."},
		{"it", "Il prossimo incontro russo-turco si terrà ad Ankara in aprile."},
		{"es", "La próxima reunión ruso-turca se celebrará en Ankara en abril."},
		{"tr", "Bir sonraki Rus-Türk görüşme turu nisan ayında Ankara'da yapılacak."},
		{"ru", "Следующий раунд российско-турецких консультаций пройдёт в Анкаре в апреле."},
	} {
		wantAllParts(t, x, c.lang, c.text, pair)
	}
	wantAllParts(t, x, "fr", "Saied a plaidé pour une solution libyo-libyenne lors de sa rencontre avec Stephanie Williams.", [][]string{{"kais-saied", "stephanie-williams"}})
}

// TestConjunctOfPlace: a capital or state joined by "and" to a place or
// destination right before it ("ground lost to Ankara and Moscow",
// "cédé à Ankara et Moscou", "ceduto ad Ankara e Mosca") is governed by
// the same preposition: a place too, no party to the visit told before.
func TestConjunctOfPlace(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Mario Draghi flew to Tripoli on Tuesday. The visit was meant to show that Rome wants to win back ground lost to Ankara and Moscow."},
		{"fr", "Mario Draghi s'est rendu mardi à Tripoli. La visite devait montrer que Rome veut reprendre le terrain cédé à Ankara et Moscou."},
		{"it", "Mario Draghi è volato martedì a Tripoli. La visita doveva mostrare che Roma vuole recuperare il terreno ceduto ad Ankara e Mosca."},
	} {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, "russia") || hasPart(got, "turkey") {
			t.Errorf("%s %q: meetings %v, want none with Russia or Turkey", c.lang, c.text, got)
		}
	}
}

// TestDatelineAndCapitalApposition: the city of a report's dateline
// ("CAIRO — …", "أثينا - …") is where the report was filed, and a city
// named right after a capital phrase ("إلى العاصمة اليونانية أثينا", "in
// the Greek capital Athens") is that place too: neither makes the state
// it stands for a party to the visit the sentence tells.
func TestDatelineAndCapitalApposition(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, state string }{
		{"en", "CAIRO — Jan Kubis arrived in Cairo on Wednesday after a visit to Benghazi.", "egypt"},
		{"en", "ATHENS - Mohamed al-Menfi arrived on Wednesday in the Greek capital Athens, the third stop of a European tour.", "greece"},
		{"ar", "أثينا - وصل محمد المنفي أمس الأربعاء إلى العاصمة اليونانية أثينا، في المحطة الثالثة من جولة أوروبية.", "greece"},
	} {
		if got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)); hasPart(got, c.state) {
			t.Errorf("%s %q: meetings %v, want none with %s", c.lang, c.text, got, c.state)
		}
	}
}

package extract

import (
	"slices"
	"testing"
)

// TestNeighboursOfACountryAreNoParty: a country named as what its
// neighbours are neighbours of ("the neighbours of Libya", "les pays
// voisins de la Libye", "i paesi vicini della Libia", "los países vecinos
// de Libia", "die Nachbarstaaten Libyens", "соседей Ливии", "Libya'nın
// komşuları", "دول جوار ليبيا", "لیبیا کے ہمسایہ ممالک") only qualifies
// the gathering: it is no participant of the meeting.
func TestNeighboursOfACountryAreNoParty(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Thursday Sabri Boukadoum chaired a meeting of the neighbours of Libya in Algiers."},
		{"fr", "Jeudi, Sabri Boukadoum a présidé à Alger une réunion des pays voisins de la Libye."},
		{"it", "Giovedì Sabri Boukadoum ha presieduto ad Algeri una riunione dei paesi vicini della Libia."},
		{"es", "El jueves, Sabri Boukadoum presidió en Argel una reunión de los países vecinos de Libia."},
		{"de", "Am Donnerstag leitete Sabri Boukadoum in Algier ein Treffen der Nachbarstaaten Libyens."},
		{"ru", "В четверг Сабри Букадум провёл в Алжире встречу соседей Ливии."},
		{"tr", "Sabri Bukadum, perşembe günü Cezayir'de Libya'nın komşularının toplantısına ev sahipliği yaptı."},
		{"ar", "ترأس صبري بوقادوم يوم الخميس في الجزائر اجتماع دول جوار ليبيا."},
		{"ur", "جمعرات کو صبری بوقادوم نے الجزائر میں لیبیا کے ہمسایہ ممالک کے اجلاس کی صدارت کی۔"},
	}
	for _, c := range cases {
		ms := metParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if slices.ContainsFunc(ms, func(ps []string) bool { return slices.Contains(ps, "libya") }) {
			t.Errorf("%s %q: meetings %v, want none with libya", c.lang, c.text, ms)
		}
	}
}

// TestTravellerAfterAGermanVerbIsTheSubject: in a German verb-second
// clause with a fronted phrase ("Zwei Tage danach flog Dbeibah nach
// Ankara"), the name right after the visit verb is its subject, the
// traveller; the last sentence's subject does not join the trip. (The
// other languages tested put no one from before on such a trip either.)
func TestTravellerAfterAGermanVerbIsTheSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Am 3. März empfing Heiko Maas Dbeibah in Berlin. Zwei Tage danach flog Dbeibah nach Ankara."},
		{"de", "Am 3. März traf Heiko Maas Dbeibah in Berlin. Kurz darauf reiste Dbeibah nach Rom."},
		{"en", "On 3 March Heiko Maas received Dbeibah in Berlin. Two days later Dbeibah flew to Ankara."},
		{"fr", "Le 3 mars, Heiko Maas a reçu Dbeibah à Berlin. Deux jours plus tard, Dbeibah s'est rendu à Ankara."},
		{"ru", "3 марта Хайко Маас принял Дбейбу в Берлине. Через два дня Дбейба отправился в Анкару."},
	}
	for _, c := range cases {
		ms := metParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		for _, ps := range ms {
			if slices.Contains(ps, "heiko-maas") && len(ms) > 1 {
				t.Errorf("%s %q: meetings %v, want Maas only at the first", c.lang, c.text, ms)
			}
		}
	}
}

// TestASeaIsNoVenue: a sea named in a meeting's sentence ("to discuss
// migration across the Mediterranean", "il direttore generale per il
// Mediterraneo", "Akdeniz ülkeleri") is what is talked about or a title,
// never where the meeting is held.
func TestASeaIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Tuesday Luciana Lamorgese met Fathi Bashagha to discuss migration across the Mediterranean."},
		{"it", "Martedì Luigi Di Maio, accompagnato dal direttore per il Mediterraneo, ha incontrato Fathi Bashagha."},
		{"fr", "Mardi, Jean-Yves Le Drian a rencontré Fathi Bashagha pour parler des migrations en Méditerranée."},
		{"es", "El martes Arancha González Laya se reunió con Fathi Bashagha para hablar de la migración en el Mediterráneo."},
		{"tr", "Salı günü Akdeniz ülkeleri toplantısının marjında bir araya gelen Mevlüt Çavuşoğlu ile Fathi Başağa göçü görüştü."},
	}
	meetingPlaces(t, x, cases, func(p string) bool { return p != "mediterranean" })
}

// TestTheSeatOfAnOrganisationIsNoVenue: the city an organisation is
// based in ("the parliament based in Tobruk", "le Parlement basé à
// Tobrouk", "il Parlamento con sede a Tobruk", "el Parlamento con sede en
// Tobruk", "das Parlament mit Sitz in Tobruk", "парламент, заседающий в
// Тобруке", "Tobruk merkezli Meclis", "طبرق میں قائم پارلیمان") describes
// the organisation, not where its head was received.
func TestTheSeatOfAnOrganisationIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "On Monday Kais Saied received Aguila Saleh Issa, speaker of the parliament based in Tobruk."},
		{"fr", "Lundi, Kais Saied a reçu Aguila Saleh Issa, président du Parlement basé à Tobrouk."},
		{"it", "Lunedì Kais Saied ha ricevuto Aguila Saleh Issa, presidente del Parlamento con sede a Tobruk."},
		{"es", "El lunes Kais Saied recibió a Aguila Saleh Issa, presidente del Parlamento con sede en Tobruk."},
		{"de", "Am Montag empfing Kais Saied Aguila Saleh Issa, den Präsidenten des Parlaments mit Sitz in Tobruk."},
		{"tr", "Pazartesi günü Kays Said, Tobruk merkezli Temsilciler Meclisi'nin Başkanı Akile Salih'i kabul etti."},
		{"ur", "پیر کو قیس سعید نے طبرق میں قائم پارلیمان کے سربراہ عقیلہ صالح سے ملاقات کی۔"},
		{"ar", "استقبل الرئيس قيس سعيد يوم الاثنين عقيلة صالح رئيس مجلس النواب ومقره طبرق."},
	}
	meetingPlaces(t, x, cases, func(p string) bool { return p != "tobruk" })
}

// TestTheSeatOfAGovernmentIsNoVenue: the city a government sits in
// ("the government in Tripoli", "der Einheitsregierung in Tripolis", "du
// gouvernement de Tripoli", "правительства в Триполи", "Trablus
// hükümetinin", "حكومة طرابلس") names whose minister the guest is, not
// where he was received; the dateline's city is.
func TestTheSeatOfAGovernmentIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "BERLIN — On Tuesday Heiko Maas received the interior minister of the government in Tripoli, Fathi Bashagha, at his ministry."},
		{"de", "Berlin. Heiko Maas hat am Dienstag den Innenminister der Regierung in Tripolis, Fathi Baschagha, im Ministerium empfangen."},
		{"fr", "BERLIN — Mardi, Heiko Maas a reçu le ministre de l'Intérieur du gouvernement de Tripoli, Fathi Bashagha, dans son ministère."},
		{"ru", "БЕРЛИН. Во вторник Хайко Маас принял министра внутренних дел правительства в Триполи Фathi Башагу в своём министерстве."},
		{"tr", "BERLİN — Heiko Maas salı günü Trablus hükümetinin İçişleri Bakanı Fethi Başağa'yı bakanlıkta kabul etti."},
		{"ar", "برلين - استقبل وزير الخارجية الألماني هايكو ماس يوم الثلاثاء وزير الداخلية في حكومة طرابلس فتحي باشاغا."},
	}
	meetingPlaces(t, x, cases, func(p string) bool { return p == "berlin" })
}

// meetingPlaces checks that each case tells a meeting and that every
// meeting's place passes ok.
func meetingPlaces(t *testing.T, x *Extractor, cases []struct{ lang, text string }, ok func(string) bool) {
	t.Helper()
	for _, c := range cases {
		fs := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(fs.Meetings) == 0 {
			t.Errorf("%s %q: no meeting", c.lang, c.text)
		}
		for _, m := range fs.Meetings {
			if !ok(m.Place) {
				t.Errorf("%s %q: meeting held in %q", c.lang, c.text, m.Place)
			}
		}
	}
}

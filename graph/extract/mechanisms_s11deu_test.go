package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestCallOnIsAVisit: English "called on X" and "paid a call on X" are
// a visit to X, not a phone call, no statement, and X is no topic; the
// same verb with "to" and what is urged after its object ("called on
// Turkey to withdraw", "calling on the parties to show restraint - a
// plea Ankara ignored") urges and meets no one.
func TestCallOnIsAVisit(t *testing.T) {
	x := shipped(t)
	want := []string{"luigi-di-maio", "khalifa-haftar"}
	for _, text := range []string{
		"Title\n\nOn Thursday afternoon Luigi Di Maio called on Khalifa Haftar at his headquarters outside the city.",
		"Title\n\nLuigi Di Maio paid a call on Khalifa Haftar in Benghazi on Thursday, his aides said.",
		"Title\n\nBefore flying home, Luigi Di Maio also calls on Khalifa Haftar, the eastern commander.",
	} {
		f := factsOf(t, x, "en", text)
		if !onlyMeetingOf(f, want) || f.Meetings[0].Mode == graph.ModeCall {
			t.Errorf("%q: %s, want one visit of %v", text, dumpMeetings(f), want)
		}
		for _, s := range f.Statements {
			if s.Speaker == "luigi-di-maio" {
				t.Errorf("%q: statement %q by Di Maio, want none", text, s.Text)
			}
		}
	}
	for _, text := range []string{
		"Title\n\nLuigi Di Maio called on Turkey to withdraw its troops from Libya.",
		"Title\n\nIn an interview on Sunday, Luigi Di Maio was calling on Turkey to begin pulling out - a plea Ankara ignored.",
	} {
		f := factsOf(t, x, "en", text)
		if len(f.Meetings) != 0 {
			t.Errorf("%q: %s, want no meeting (an appeal)", text, dumpMeetings(f))
		}
	}
}

// TestWhatHeCalledNamesNoCall: "what he called a 'brave' visit", "what
// they call a truce": the verb names something, it phones no one.
func TestWhatHeCalledNamesNoCall(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "Title\n\nKhalifa Haftar flew to Cairo on Monday. Abdel Fattah el-Sisi praised what he called a courageous step by the field marshal.")
	if slices.ContainsFunc(f.Meetings, func(m graph.Meeting) bool { return m.Mode == graph.ModeCall }) {
		t.Errorf("what he called: %s, want no call", dumpMeetings(f))
	}
}

// TestGermanLongMiddleField: the particle of a separable meeting verb
// closes a long German middle field ("kam … zusammen" with a title, a
// place and a hotel between) and one broken by the commas of an
// apposition ("am Freitag, dem 7. Mai,", "Nadschla al-Mangusch, seine
// libysche Kollegin,"); a relative clause after a comma ("…, der damals
// mit niemandem sprach") is no part of the verb's clause.
func TestGermanLongMiddleField(t *testing.T) {
	x := shipped(t)
	want := []string{"heiko-maas", "najla-mangoush"}
	for _, text := range []string{
		"Titel\n\nAm Abend kam der deutsche Außenminister Heiko Maas im Gästehaus des Auswärtigen Amts am Tegeler Weg mit seiner libyschen Kollegin Nadschla al-Mangusch zusammen.",
		"Titel\n\nIn Rom kam am Freitag, dem 7. Mai, Heiko Maas mit Nadschla al-Mangusch, seiner libyschen Kollegin, zusammen.",
		"Titel\n\nAm Freitag kam Heiko Maas, der Außenminister, mit Nadschla al-Mangusch zu Gesprächen zusammen.",
	} {
		if f := factsOf(t, x, "de", text); !onlyMeetingOf(f, want) {
			t.Errorf("%q: %s, want one meeting of %v", text, dumpMeetings(f), want)
		}
	}
	// the verb closing a relative clause is not the particle of the
	// phrase before it: the telephone call stays a call
	f := factsOf(t, x, "de", "Titel\n\nIhr erstes Telefonat führte Heiko Maas mit Nadschla al-Mangusch, die damals kaum mit jemandem aus Berlin sprach.")
	if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall {
		t.Errorf("relative clause: %s, want one call", dumpMeetings(f))
	}
}

// TestDenialAfterButLeavesEarlierMeetings: a sentence that tells
// meetings and then, after a comma and "but" ("aber", "مگر", "لیکن"),
// denies another ("…, but the two Libyans never met face to face")
// keeps the meetings of its first clause; only the denied pair is no
// meeting. A denial told first, with "although" and the rumour of it
// after, still reports no meeting.
func TestDenialAfterButLeavesEarlierMeetings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "In Paris, Emmanuel Macron received Khalifa Haftar and Fayez al-Sarraj one after the other, but the two Libyans did not meet."},
		{"de", "In Paris empfing Emmanuel Macron Chalifa Haftar und Fajis al-Sarradsch getrennt, aber die beiden Libyer trafen sich nicht."},
		{"ur", "پیرس میں ایمانوئل میکرون نے خلیفہ حفتر اور فائز السراج سے الگ الگ ملاقات کی، لیکن دونوں لیبیائی رہنماؤں کی آپس میں ملاقات نہیں ہوئی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		ps := allParts(f)
		for _, want := range [][]string{{"emmanuel-macron", "khalifa-haftar"}, {"emmanuel-macron", "fayez-al-sarraj"}} {
			if !slices.ContainsFunc(ps, func(p []string) bool { return sameParts(p, want) }) {
				t.Errorf("%s %q: %v, want a meeting of %v", c.lang, c.text, ps, want)
			}
		}
		if slices.ContainsFunc(ps, func(p []string) bool {
			return slices.Contains(p, "khalifa-haftar") && slices.Contains(p, "fayez-al-sarraj")
		}) {
			t.Errorf("%s %q: %v, the two Libyans joined", c.lang, c.text, ps)
		}
	}
	f := factsOf(t, x, "ur", "Title\n\nدورے میں میکرون کی حفتر سے ملاقات نہیں ہوئی، حالانکہ مقامی اخبارات نے ایسی ملاقات کی خبر دی تھی۔")
	if len(f.Meetings) != 0 {
		t.Errorf("denial then although: %s, want none", dumpMeetings(f))
	}
}

// TestInstitutionOfACountryThroughAGenitive: a state's office whose
// country stands before it through a genitive ("مصر کی وزارت خارجہ",
// "Egypt's foreign ministry") speaks for that country, not for the
// country of the office or person named before.
func TestInstitutionOfACountryThroughAGenitive(t *testing.T) {
	x := shipped(t)
	wantOnlySpeaker(t, x, "ur", "Title\n\nروسی صدر ولادیمیر پوتن نے ماسکو میں خلیفہ حفتر سے ملاقات کی۔ ادھر الجزائر کی وزارت خارجہ نے ایک بیان میں کہا کہ لیبیا کا حل صرف سیاسی ہو سکتا ہے۔", "algeria")
	wantOnlySpeaker(t, x, "en", "Title\n\nAlgeria's foreign ministry said in a statement on Monday that only a political solution could end the war.", "algeria")
}

// TestUrduCityBeforeAGoVerbIsWhereOneGoes: in Urdu a city right before a
// verb of going ("انقرہ جائیں گے", "قاہرہ گئے") is the destination; when
// the sentence names whom one meets there ("جہاں وہ اپنے ترک ہم منصب سے
// ملیں گے"), that person, not the capital's country, is the partner.
func TestUrduCityBeforeAGoVerbIsWhereOneGoes(t *testing.T) {
	x := shipped(t)
	text := "Title\n\nمصری وزیر خارجہ سامح شکری نے الجزائر میں صبری بوقادوم سے ملاقات کی۔ بوقادوم اگلے ہفتے قاہرہ جائیں گے، جہاں وہ اپنے مصری ہم منصب سے دوبارہ ملیں گے۔"
	f := factsOf(t, x, "ur", text)
	for _, ps := range allParts(f) {
		if slices.Contains(ps, "egypt") {
			t.Errorf("%q: %v, Egypt is no partner", text, allParts(f))
		}
	}
	if !hasMeeting(f, "meeting", "", "cairo", "sabri-boukadoum", "sameh-shoukry") {
		t.Errorf("%q: %s, want Boukadoum and Shoukry in Cairo", text, dumpMeetings(f))
	}
}

// TestDatelineSceneOfTheOpeningParagraphs: the city of a wire report's
// dateline is where the held meetings of its first two paragraphs took
// place when they name none ("TRIPOLI — … In the afternoon Draghi held
// talks with Dbeibeh"), not those told further on.
func TestDatelineSceneOfTheOpeningParagraphs(t *testing.T) {
	x := shipped(t)
	text := "Draghi in Libya\n\nTRIPOLI — Mario Draghi landed at Mitiga airport on Tuesday morning for his first trip abroad as prime minister. The trip had been prepared for weeks.\n\nFrom the airport Mario Draghi went straight into talks with Abdul Hamid Dbeibeh. Luigi Di Maio, who travelled with him, also met Najla Mangoush.\n\nLast year Luigi Di Maio met Khalifa Haftar."
	f := factsOf(t, x, "en", text)
	if !hasMeeting(f, "meeting", "", "tripoli", "mario-draghi", "abdul-hamid-dbeibah") {
		t.Errorf("%s: want Draghi and Dbeibeh in Tripoli", dumpMeetings(f))
	}
	if hasMeeting(f, "meeting", "", "tripoli", "luigi-di-maio", "khalifa-haftar") {
		t.Errorf("%s: Di Maio and Haftar, three paragraphs on, want no place", dumpMeetings(f))
	}
}

// TestGermanPronounSubjectOfAPassiveHost: "Dort wurde er von
// Außenminister X empfangen", "Dass er dort Anfang Juli von X empfangen
// wurde, galt in Bengasi als Affront": the pronoun subject of a passive
// host verb, with a middle field before the agent's "von", is the one the
// sentence before was about; and a clause opened by "dass" or "als"
// before the main clause keeps its event's place to itself ("in Bengasi"
// is where it counted as an affront, "dort" is Moscow).
func TestGermanPronounSubjectOfAPassiveHost(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Titel\n\nAm Montag flog Fajis al-Sarradsch nach Moskau. Dort wurde er am Dienstag von Außenminister Sergej Lawrow empfangen.",
		"Titel\n\nIm Juli flog Fajis al-Sarradsch nach Moskau. Dass er dort schon am zweiten Tag von Außenminister Sergej Lawrow empfangen wurde, sah man in Tripolis als gutes Zeichen.",
	} {
		f := factsOf(t, x, "de", text)
		if !hasMeeting(f, "meeting", "", "moscow", "fayez-al-sarraj", "sergey-lavrov") {
			t.Errorf("%q: %s, want Sarraj and Lavrov in Moscow", text, dumpMeetings(f))
		}
	}
}

// TestGuestBeforeAPassiveAgent: "the guest" right before the agent of a
// passive ("Am Abend wurde der Gast von Präsident X begrüßt", "the guest
// was then welcomed by X") is the visitor told before, not a name of its
// own; the agent is his partner.
func TestGuestBeforeAPassiveAgent(t *testing.T) {
	x := shipped(t)
	text := "Titel\n\nAußenminister Heiko Maas ist am Dienstag zu einer Reise nach Tunis aufgebrochen. Dort führte Othman Jerandi mit ihm ein langes Gespräch.\n\nAm Abend wurde der Gast von Präsident Kais Saied im Karthago-Palast begrüßt."
	f := factsOf(t, x, "de", text)
	if !hasMeeting(f, "meeting", "", "", "heiko-maas", "kais-saied") || hasMeeting(f, "meeting", "", "", "othman-jerandi", "kais-saied") {
		t.Errorf("%s: want Maas and Saied, not Jerandi and Saied", dumpMeetings(f))
	}
}

// TestGermanVenueCompoundIsThePlace: a place hyphened to a venue noun
// ("im Karthago-Palast", "im Ittihadiya-Palast") is where the meeting was
// held; a place hyphened to another noun ("die Libyen-Konferenz") stays a
// topic.
func TestGermanVenueCompoundIsThePlace(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "de", "Titel\n\nAm Dienstag empfing Präsident Kais Saied den Außenminister Heiko Maas im Karthago-Palast.")
	if !hasMeeting(f, "meeting", "", "tunis", "kais-saied", "heiko-maas") {
		t.Errorf("Karthago-Palast: %s, want the meeting in Tunis", dumpMeetings(f))
	}
	f = factsOf(t, x, "de", "Titel\n\nAm Dienstag traf Heiko Maas Kais Saied zu Gesprächen über die Libyen-Konferenz.")
	if hasMeeting(f, "meeting", "", "libya", "kais-saied", "heiko-maas") {
		t.Errorf("Libyen-Konferenz: %s, Libya is no place", dumpMeetings(f))
	}
}

package extract

import "testing"

// TestSingleMarkQuotes: Urdu and Arabic papers also quote with one
// single mark on each side (’…‘ or ‘…’): the words inside are direct
// speech, and a future verb inside says nothing of a meeting's status.
func TestSingleMarkQuotes(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "وزیر خارجہ شاہ محمود قریشی نے صحافیوں سے کہا: ’پاکستان لیبیا میں امن کی ہر کوشش کی حمایت کرے گا۔‘"},
		{"ur", "ترک صدر رجب طیب اردوان نے کہا: ‘ترکی لیبیا کی جائز حکومت کو تنہا نہیں چھوڑے گا۔’"},
		{"ar", "وقال وزير الخارجية المصري سامح شكري: ’لن نسمح بتهديد أمننا القومي‘."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Statements) != 1 || !f.Statements[0].Quote {
			t.Errorf("%s %q: statements %+v, want one direct quotation", c.lang, c.text, f.Statements)
		}
	}
	f := factsOf(t, x, "ur", "المنقوش، جنہوں نے پیر کو روم میں اطالوی وزیر خارجہ لوئیجی دی مایو سے ملاقات کی تھی، نے کہا: ’ہم کسی کو مداخلت کی اجازت نہیں دیں گے۔‘")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != "held" {
		t.Errorf("ur relative meeting: %+v, want one held meeting", f.Meetings)
	}
}

// TestDiscussedPlace: a place named in what a meeting discussed, told
// after the meeting ("where they discussed reopening the embassy in
// Tripoli"), is the topic, not where they met.
func TestDiscussedPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, notPlace string }{
		{"ar", "استقبل وزير الخارجية الإيطالي لويجي دي مايو نظيرته الليبية نجلاء المنقوش يوم الاثنين، حيث بحثا إعادة فتح القنصلية الإيطالية في بنغازي.", "benghazi"},
		{"ar", "والتقى وزير الخارجية المصري سامح شكري رئيس الحكومة عبد الحميد الدبيبة أمس، وتناول اللقاء إعادة فتح السفارة المصرية في طرابلس.", "tripoli"},
		{"ar", "التقى وزير الخارجية الجزائري صبري بوقادوم رئيس الحكومة عبد الحميد الدبيبة يوم الأحد، وبحث معه إعادة فتح المعبر الحدودي في غدامس.", "ghadames"},
		{"ur", "پیر کو شکری اور المنقوش کے درمیان ملاقات ہوئی جس میں بن غازی میں مصری قونصل خانہ کھولنے پر بات چیت کی گئی۔", "benghazi"},
		{"ur", "ترک وزیر خارجہ مولود چاوش اوغلو نے منگل کو دبیبہ سے ملاقات کی جس میں طرابلس میں ترک سفارت خانے کی سکیورٹی پر تبادلہ خیال کیا گیا۔", "tripoli"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 {
			t.Errorf("%s %q: meetings %+v, want one", c.lang, c.text, f.Meetings)
			continue
		}
		if f.Meetings[0].Place == c.notPlace {
			t.Errorf("%s %q: place %s is only what they discussed", c.lang, c.text, c.notPlace)
		}
	}
	// a place before the meeting phrase stays where they met
	f := factsOf(t, x, "ur", "پیر کو انقرہ میں المنقوش نے چاوش اوغلو سے ملاقات کی جس میں بن غازی میں قونصل خانہ کھولنے پر بات چیت کی گئی۔")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "ankara" {
		t.Errorf("ur: meetings %+v, want one in ankara", f.Meetings)
	}
	f = factsOf(t, x, "ar", "التقى دي مايو المنقوش في روما يوم الاثنين، حيث بحثا إعادة فتح القنصلية في بنغازي.")
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "rome" {
		t.Errorf("ar: meetings %+v, want one in rome", f.Meetings)
	}
}

// TestHostedConference: "استضاف X المؤتمر بمشاركة A وB" (X hosted the
// conference with A and B taking part) is one meeting of the host and
// the participants listed.
func TestHostedConference(t *testing.T) {
	x := shipped(t)
	cases := []string{
		"واستضاف وزير الخارجية الإيطالي لويجي دي مايو يوم الاثنين في روما اجتماعا بمشاركة وزير الخارجية المصري سامح شكري ونظيرته الليبية نجلاء المنقوش.",
		"واستضافت المستشارة الألمانية أنغيلا ميركل المؤتمر يوم الأحد بمشاركة الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين.",
	}
	for _, text := range cases {
		f := factsOf(t, x, "ar", text)
		if len(f.Meetings) != 1 || len(f.Meetings[0].Participants) != 3 {
			t.Errorf("ar %q: meetings %+v, want one of three", text, f.Meetings)
		}
	}
}

// TestArrivalPlaceUrdu: a place right before an Urdu verb of arriving or
// leaving ("قاہرہ پہنچے", "روم روانہ ہوئے") has no postposition but is where
// one went: the meeting told in the "جہاں" clause after it is there, not
// at the stops visited before.
func TestArrivalPlaceUrdu(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, place string }{
		{"ترک وزیر خارجہ مولود چاوش اوغلو بن غازی اور طرابلس کا دورہ کرنے کے بعد منگل کو قاہرہ پہنچے جہاں انہوں نے سامح شکری سے ملاقات کی۔", "cairo"},
		{"محمد المنفی پیرس کا دورہ کرنے کے بعد جمعرات کو روم پہنچ گئے جہاں انہوں نے ماریو دراگی سے ملاقات کی۔", "rome"},
	}
	for _, c := range cases {
		f := factsOf(t, x, "ur", c.text)
		found := false
		for _, m := range f.Meetings {
			if len(m.Participants) == 2 && m.Place == c.place {
				found = true
			}
		}
		if !found {
			t.Errorf("ur %q: meetings %+v, want one of two in %s", c.text, f.Meetings, c.place)
		}
	}
}

// TestPriorStopArabic: "وصل إلى القاهرة بعد زيارة طرابلس" (arrived in
// Cairo after visiting Tripoli): the stop made before is not where the
// meeting told next took place.
func TestPriorStopArabic(t *testing.T) {
	x := shipped(t)
	text := "ووصل وزير الخارجية التركي مولود تشاووش أوغلو يوم الثلاثاء إلى القاهرة بعد زيارة طرابلس وبنغازي، والتقى هناك نظيره المصري سامح شكري."
	f := factsOf(t, x, "ar", text)
	if len(f.Meetings) != 1 || f.Meetings[0].Place != "cairo" {
		t.Errorf("ar %q: meetings %+v, want the one in Cairo, not at a stop made before", text, f.Meetings)
	}
}

// TestClosedRelativeSubjectUrdu: "X، جنہوں نے … Y … کی تھی، نے کہا" is X's
// statement: the ergative after the comma that closes the relative
// clause goes with the name before the clause, never with one inside.
func TestClosedRelativeSubjectUrdu(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, want string }{
		{"مصری وزیر خارجہ سامح شکری، جنہوں نے گزشتہ ہفتے روم میں اطالوی وزیر خارجہ لوئیجی دی مایو اور یونانی وزیر خارجہ نیکوس دندیاس سے ملاقات کی تھی، نے یہ بھی کہا کہ مصر لیبیا میں کسی غیر ملکی مداخلت کو قبول نہیں کرے گا۔", "sameh-shoukry"},
		{"ترک صدر رجب طیب اردوان، جنہوں نے پیر کو انقرہ میں فائز السراج کی میزبانی کی تھی، نے کہا کہ ترکی اپنی حمایت جاری رکھے گا۔", "recep-tayyip-erdogan"},
	}
	for _, c := range cases {
		f := factsOf(t, x, "ur", c.text)
		got := speakers(f)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("ur %q: speakers %v, want [%s]", c.text, got, c.want)
		}
	}
}

// TestColonQuoteInnerSpeaker: a verb that opens a quotation with a colon
// ("ونقل البيان عن ماكرون قوله: «…»") gives it its own speaker, even inside
// a clause another speech verb of the sentence reports.
func TestColonQuoteInnerSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ar", "وقالت الخارجية المصرية في بيان إن الوزير سامح شكري بحث الأوضاع في ليبيا، ونقل البيان عن شكري قوله: «لن نسمح بأي تهديد لأمننا القومي».", "sameh-shoukry"},
		{"ar", "وذكرت الرئاسة التركية أن أردوغان استقبل السراج، ونقلت عن أردوغان قوله: «سنواصل دعم الحكومة الشرعية في طرابلس»", "recep-tayyip-erdogan"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		ok := false
		for _, s := range f.Statements {
			if s.Quote && s.Speaker == c.want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: statements %+v, want a quotation of %s", c.lang, c.text, f.Statements, c.want)
		}
	}
}

// TestOpenedInPresence: opening a forum "in the presence of" someone
// (افتتح … بحضور, … کی موجودگی میں … کا افتتاح کیا) is a meeting of the
// two; opening a building with no one named is none.
func TestOpenedInPresence(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		n          int
	}{
		{"ar", "وافتتح الرئيس التونسي قيس سعيد يوم الاثنين الملتقى بحضور المبعوثة الأممية ستيفاني ويليامز.", 1},
		{"ur", "تیونس کے صدر قیس سعید نے پیر کو اسٹیفنی ولیمز کی موجودگی میں لیبیائی سیاسی مکالمے کے فورم کا افتتاح کیا۔", 1},
		{"ar", "وافتتح وزير الخارجية الإيطالي لويجي دي مايو يوم الاثنين القنصلية الإيطالية في بنغازي.", 0},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != c.n || c.n == 1 && len(f.Meetings[0].Participants) != 2 {
			t.Errorf("%s %q: meetings %+v, want %d", c.lang, c.text, f.Meetings, c.n)
		}
	}
}

// TestHostWithObjectPronoun: an Arabic host verb carrying its object as
// a pronoun suffix ("قبل أن يستقبله الرئيس") hosts the one the clause
// before is about.
func TestHostWithObjectPronoun(t *testing.T) {
	x := shipped(t)
	text := "وفي باريس، التقى الدبيبة يوم الاثنين وزير الخارجية الفرنسي جان إيف لودريان، قبل أن يستقبله الرئيس إيمانويل ماكرون في قصر الإليزيه."
	f := factsOf(t, x, "ar", text)
	ok := false
	for _, m := range f.Meetings {
		ps := participants(m)
		if len(ps) == 2 && (ps[0] == "emmanuel-macron" || ps[1] == "emmanuel-macron") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("ar %q: meetings %+v, want one of Macron and Dbeibah", text, f.Meetings)
	}
}

// TestEveOfTwoVisits: "the eve of the two visits" is the day before the
// first of the two events told before, not before the last one.
func TestEveOfTwoVisits(t *testing.T) {
	x := shipped(t)
	text := "استقبل وزير الخارجية المغربي ناصر بوريطة يوم الاثنين 12 أبريل رئيس مجلس النواب عقيلة صالح في الرباط.\n\nوفي اليوم التالي، استقبل بوريطة في الرباط رئيس المجلس الأعلى للدولة خالد المشري.\n\nوكان بوريطة قد أجرى، عشية الزيارتين، اتصالاً هاتفياً بالمبعوث الأممي يان كوبيش."
	f := factsOf(t, x, "ar", text)
	var calls []string
	for _, m := range f.Meetings {
		if m.Mode == "call" {
			calls = append(calls, m.Date.String())
		}
	}
	if len(calls) != 1 || calls[0] != "--04-11" {
		t.Errorf("call dates %v, want one on the 11th", calls)
	}
}

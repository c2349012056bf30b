package extract

import "testing"

// Session 18, Turkish, Urdu and German probe: sentences written the way
// Turkish, Urdu and German wire reports tell meetings, run through the
// engine before any rule was written for them.

// TestProbeTurkishAccusativeCountryDiscussed: Turkish puts the thing
// discussed in the accusative before the verb ("Libya'yı görüştü", "Libya'yı
// ele aldı", "Libya'yı konuştu"); the partners stand in the nominative or
// with "ile". A country with an accusative ending right before a verb of
// discussing is the topic, never a party to the talks.
func TestProbeTurkishAccusativeCountryDiscussed(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Lavrov ile Çavuşoğlu, Soçi'de Libya'yı görüştü.", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"Merkel ve Erdoğan, video konferans aracılığıyla Libya'yı ele aldı.", []string{"angela-merkel", "recep-tayyip-erdogan"}},
		{"Erdoğan ile Merkel telefonda Libya'yı konuştu.", []string{"recep-tayyip-erdogan", "angela-merkel"}},
		{"Şukri ile Çavuşoğlu, Kahire'de dün akşam Libya'yı görüştüler.", []string{"sameh-shoukry", "mevlut-cavusoglu"}},
	} {
		wantAllParts(t, x, "tr", c.text, [][]string{c.want})
	}
	// the country with "ile" is still a partner
	f := factsOf(t, x, "tr", "Title\n\nÇavuşoğlu, Ankara'da Libya ile görüştü.")
	if len(f.Meetings) != 1 || !hasPart(allParts(f), "libya") {
		t.Errorf("Libya ile: meetings %v, want one with libya", allParts(f))
	}
}

// TestProbeUrduCountryBeforeDiscussNoun: in Urdu the topic of talks stands
// before "پر" and the talk noun ("لیبیا پر بات چیت", "لیبیا پر مذاکرات",
// "لیبیا پر بات ہوئی"): the country is what they talked about, as before
// "پر تبادلۂ خیال" (both spellings).
func TestProbeUrduCountryBeforeDiscussNoun(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"انجیلا مرکل اور رجب طیب اردوان نے ویڈیو لنک کے ذریعے لیبیا پر بات چیت کی۔", []string{"angela-merkel", "recep-tayyip-erdogan"}},
		{"پوتن اور اردوان کی ٹیلی فونک گفتگو میں لیبیا پر بات ہوئی۔", []string{"vladimir-putin", "recep-tayyip-erdogan"}},
		{"لاوروف اور چاوش اوغلو نے سوچی میں لیبیا پر مذاکرات کیے۔", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"شاہ محمود قریشی نے انقرہ میں چاوش اوغلو سے ملاقات کی اور لیبیا پر تبادلہ خیال کیا۔", []string{"shah-mahmood-qureshi", "mevlut-cavusoglu"}},
	} {
		wantAllParts(t, x, "ur", c.text, [][]string{c.want})
	}
}

// TestProbeTurkishKabulNominal: Turkish names a reception by the verbal
// noun "kabul" with the host in the genitive and the guest in the
// accusative ("Erdoğan'ın Serrac'ı kabulü", "kabulünde"): a meeting of the
// two. In the genitive or ablative before "ardından", "sonra" it is a time
// phrase (time_postposition) that points back at the reception told
// before, as "görüşmenin ardından" does, and tells none of its own.
func TestProbeTurkishKabulNominal(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Cumhurbaşkanı Erdoğan'ın Serrac'ı kabulü basına kapalı gerçekleşti.", []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}},
		{"Erdoğan'ın Menfi'yi kabulünde Libya'daki seçim süreci ele alındı.", []string{"recep-tayyip-erdogan", "mohamed-al-menfi"}},
		{"Akar'ın Dibeybe'yi kabulü yaklaşık bir saat sürdü.", []string{"hulusi-akar", "abdul-hamid-dbeibah"}},
		{"Erdoğan, Serrac'ı İstanbul'da kabul etti. Kabulün ardından ortak bir açıklama yayımlandı.", []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}},
	} {
		wantAllParts(t, x, "tr", c.text, [][]string{c.want})
	}
	// the reception told before: one meeting, not two
	wantAllParts(t, x, "tr", "Erdoğan, Dibeybe ile yarın Ankara'da görüşecek. Erdoğan'ın Dibeybe'yi kabulünün ardından iki ülke arasında anlaşmalar imzalanacak.",
		[][]string{{"recep-tayyip-erdogan", "abdul-hamid-dbeibah"}})
}

// TestProbeTurkishTemaslardaBulundu: "X ile temaslarda bulundu" (held
// contacts with X) is a meeting with X, in every form of "bulunmak";
// without "ile" ("Trablus'ta temaslarda bulundu") it names no partner and
// adds none.
func TestProbeTurkishTemaslardaBulundu(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "tr", "Çavuşoğlu, Trablus'ta Serrac ve Mişri ile temaslarda bulundu.", [][]string{{"mevlut-cavusoglu", "fayez-al-sarraj", "khalid-al-mishri"}})
	wantAllParts(t, x, "tr", "Akar, Trablus'ta Serrac ile temaslarda bulundu.", [][]string{{"hulusi-akar", "fayez-al-sarraj"}})
	wantAllParts(t, x, "tr", "Çavuşoğlu, Tobruk'ta Akile Salih ile temasta bulundu.", [][]string{{"mevlut-cavusoglu", "aguila-saleh-issa"}})
	f := factsOf(t, x, "tr", "Title\n\nAkar'ın yarın Trablus'ta Dibeybe ile temaslarda bulunması bekleniyor.")
	if !onlyMeetingOf(f, []string{"hulusi-akar", "abdul-hamid-dbeibah"}) || f.Meetings[0].Status != "planned" {
		t.Errorf("bulunması bekleniyor: meetings %+v, want one planned", f.Meetings)
	}
	wantAllParts(t, x, "tr", "Akar, Hafter ile temas kurmadı.", nil)
}

// TestProbePossibleMeetingNoMeeting: the possibility of a meeting
// ("görüşmesi ihtimali", "bir araya gelme olasılığı", "ممکنہ ملاقات",
// "ممکنہ مذاکرات") tells none, as "görüşme ihtimali" and "ملاقات کا
// امکان" already did.
func TestProbePossibleMeetingNoMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"tr", "Erdoğan ile Putin'in görüşmesi ihtimali gündemde."},
		{"tr", "Erdoğan ile Hafter'in görüşmesi ihtimali düşük."},
		{"tr", "Serrac ile Hafter'in bir araya gelme olasılığı zayıf."},
		{"ur", "السراج اور حفتر کی ممکنہ ملاقات پر بات ہو رہی ہے۔"},
		{"ur", "ماہرین کے مطابق پوتن اور اردوان کے درمیان ممکنہ مذاکرات لیبیا کی صورتحال پر اثر ڈال سکتے ہیں۔"},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestProbeGermanGespraecheSupportVerb: German tells talks with the plural
// noun and its support verb ("führten Gespräche", "Gespräche geführt",
// "führte ein Gespräch"): a meeting of the people named.
func TestProbeGermanGespraecheSupportVerb(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Williams hat in Genf mit Aguila Saleh und Chalid al-Mischri Gespräche geführt.", []string{"stephanie-williams", "aguila-saleh-issa", "khalid-al-mishri"}},
		{"Lawrow und Maas führten Gespräche über die Lage in Libyen.", []string{"sergey-lavrov", "heiko-maas"}},
		{"Angela Merkel führte ein Gespräch mit Erdoğan.", []string{"angela-merkel", "recep-tayyip-erdogan"}},
		{"Maas und Schukri hatten bereits im Juli Gespräche geführt.", []string{"heiko-maas", "sameh-shoukry"}},
	} {
		wantAllParts(t, x, "de", c.text, [][]string{c.want})
	}
	// talks of nobody named, talks refused: none
	wantAllParts(t, x, "de", "Die Gespräche zwischen den Delegationen sollen im Januar fortgesetzt werden.", nil)
	wantAllParts(t, x, "de", "Haftar will mit al-Sarradsch keine Gespräche führen.", nil)
}

// TestProbeGermanUrgedToTalks: a German verb of urging takes its objects
// and then what it urges with "zu" ("forderte X und Y zu Gesprächen auf",
// "drängte X zu Gesprächen", "ermunterte X zu Gesprächen mit Y", "hat X zu
// einem Treffen aufgefordert"): the talks are the appeal, no meeting of
// the one who urges with those urged. A noun between "zu" and the talks
// ("zum Auftakt seiner Gespräche mit X") opens no appeal.
func TestProbeGermanUrgedToTalks(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Maas forderte al-Sarradsch und Haftar zu Gesprächen auf.",
		"Williams drängte Aguila Saleh und Chalid al-Mischri zu Gesprächen.",
		"Lawrow ermunterte Haftar zu Gesprächen mit al-Sarradsch.",
		"Angela Merkel hat Haftar und al-Sarradsch zu einem Treffen in Berlin aufgefordert.",
	} {
		wantAllParts(t, x, "de", text, nil)
	}
	wantAllParts(t, x, "de", "Maas forderte zum Auftakt seiner Gespräche mit al-Sarradsch einen Waffenstillstand.", [][]string{{"heiko-maas", "fayez-al-sarraj"}})
	// inviting is no urging: a planned meeting
	f := factsOf(t, x, "de", "Title\n\nMaas lud al-Sarradsch zu Gesprächen nach Berlin ein.")
	if !onlyMeetingOf(f, []string{"heiko-maas", "fayez-al-sarraj"}) {
		t.Errorf("lud zu Gesprächen ein: meetings %v, want one of Maas and al-Sarradsch", allParts(f))
	}
}

// TestProbeEnvoyTitleRemit: an envoy's remit stands before his title in
// Turkish ("BM Libya Özel Temsilcisi Gassan Selame") and before "کے لیے"
// (for) in Urdu ("لیبیا کے لیے اقوام متحدہ کے خصوصی ایلچی"), as "für
// Libyen" after it in German: the country qualifies the title and is no
// party to the meeting. "لیبیا کے لیے روانہ" (left for Libya) keeps its
// destination.
func TestProbeEnvoyTitleRemit(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Çavuşoğlu, BM Libya Özel Temsilcisi Gassan Selame ile Ankara'da görüştü.", []string{"mevlut-cavusoglu", "ghassan-salame"}},
		{"tr", "Erdoğan, BM'nin Libya Özel Temsilcisi Gassan Selame'yi kabul etti.", []string{"recep-tayyip-erdogan", "ghassan-salame"}},
		{"tr", "Çavuşoğlu, BM Genel Sekreterinin Libya Özel Temsilci Vekili Stephanie Williams'ı kabul etti.", []string{"mevlut-cavusoglu", "stephanie-williams"}},
		{"ur", "قریشی نے لیبیا کے لیے اقوام متحدہ کے خصوصی ایلچی غسان سلامہ سے ملاقات کی۔", []string{"shah-mahmood-qureshi", "ghassan-salame"}},
		{"ur", "چاوش اوغلو نے لیبیا کے لئے اقوام متحدہ کی قائم مقام خصوصی ایلچی اسٹیفنی ولیمز سے ملاقات کی۔", []string{"mevlut-cavusoglu", "stephanie-williams"}},
		{"ur", "اردوان نے انقرہ میں لیبیا کے لیے خصوصی ایلچی غسان سلامہ کا استقبال کیا۔", []string{"recep-tayyip-erdogan", "ghassan-salame"}},
	} {
		wantAllParts(t, x, c.lang, c.text, [][]string{c.want})
	}
}

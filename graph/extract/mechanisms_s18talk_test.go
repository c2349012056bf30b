package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// Session 18, talk verbs: sentences written for the probe, as a wire
// report of the Libya diplomacy puts them, not copied from any gold text.

// talkCase is one sentence and what it tells: "M" a held meeting of
// parts, "C" a call or video call, "P" a planned meeting, "" nothing.
type talkCase struct {
	lang, text, want string
	parts            []string
}

// wantTalk checks that c.text gives exactly the one event c.want of
// c.parts, or none.
func wantTalk(t *testing.T, x *Extractor, c talkCase) {
	t.Helper()
	f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
	if c.want == "" {
		if len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, allParts(f))
		}
		return
	}
	if len(f.Meetings) != 1 || !sameParts(participants(f.Meetings[0]), c.parts) {
		t.Errorf("%s %q: meetings %v, want one of %v", c.lang, c.text, allParts(f), c.parts)
		return
	}
	m := f.Meetings[0]
	call := m.Mode == graph.ModeCall || m.Mode == graph.ModeVideo
	planned := m.Status == graph.StatusPlanned
	if call != (c.want == "C") || planned != (c.want == "P") {
		t.Errorf("%s %q: %s %s, want %s", c.lang, c.text, m.Mode, m.Status, c.want)
	}
}

// TestTalkVerbAnchoredIsMeeting: a verb of talking a matter over with a
// partner named after "with" ("discussed Libya with X", "sprach am
// Montag in Berlin mit X", "a évoqué avec X", "ha discusso con X",
// "обсудил с X", "X ile ele aldı", "X کے ساتھ تبادلہ خیال کیا") is a
// meeting when its sentence anchors it: a city as where, a date, the
// sidelines of a summit.
func TestTalkVerbAnchoredIsMeeting(t *testing.T) {
	x := shipped(t)
	lc := []string{"sergey-lavrov", "mevlut-cavusoglu"}
	ms := []string{"heiko-maas", "fayez-al-sarraj"}
	cases := []talkCase{
		{"en", "Foreign Minister Sergey Lavrov discussed Libya with Mevlut Cavusoglu in Moscow on Monday.", "M", lc},
		{"en", "Luigi Di Maio talked with Fayez al-Sarraj in Tripoli about migration.", "M", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"en", "Sameh Shoukry discussed the ceasefire with Nikos Dendias on the sidelines of the UN General Assembly.", "M", []string{"sameh-shoukry", "nikos-dendias"}},
		{"en", "Heiko Maas discussed Turkey's role with Nikos Dendias in Athens on Monday.", "M", []string{"heiko-maas", "nikos-dendias"}},
		{"en", "Mike Pompeo discussed the ceasefire with Fayez al-Sarraj at the State Department on Friday.", "M", []string{"mike-pompeo", "fayez-al-sarraj"}},
		{"en", "UN Secretary-General Antonio Guterres talked with Aguila Saleh in New York about the political process.", "M", []string{"antonio-guterres", "aguila-saleh-issa"}},
		{"de", "Außenminister Heiko Maas sprach am Montag in Berlin mit Fayez al-Sarradsch über die Lage in Libyen.", "M", ms},
		{"de", "Heiko Maas beriet am Dienstag in Kairo mit Samih Schukri über einen Waffenstillstand.", "M", []string{"heiko-maas", "sameh-shoukry"}},
		{"de", "Maas erörterte mit Aguila Saleh in Tobruk die Ölblockade.", "M", []string{"heiko-maas", "aguila-saleh-issa"}},
		{"de", "Am Rande der UN-Vollversammlung sprach Heiko Maas mit Mevlüt Çavuşoğlu über Libyen.", "M", []string{"heiko-maas", "mevlut-cavusoglu"}},
		{"fr", "À Paris, Jean-Yves Le Drian a évoqué avec Sameh Choukry la crise libyenne.", "M", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian a évoqué lundi à Tripoli avec Fayez al-Sarraj la reprise du dialogue.", "M", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"it", "Luigi Di Maio ha discusso con Fayez al-Serraj a Tripoli lunedì della crisi migratoria.", "M", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"it", "Luigi Di Maio ha affrontato con Aguila Saleh il tema delle elezioni a Tobruk.", "M", []string{"luigi-di-maio", "aguila-saleh-issa"}},
		{"ru", "Сергей Лавров в понедельник обсудил с Чавушоглу ситуацию в Ливии.", "M", lc},
		{"ru", "Сергей Лавров обсудил с Агилой Салехом в Москве перспективы урегулирования.", "M", []string{"sergey-lavrov", "aguila-saleh-issa"}},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu, pazartesi günü Ankara'da Fayiz es-Serrac ile Libya'daki durumu ele aldı.", "M", []string{"mevlut-cavusoglu", "fayez-al-sarraj"}},
		{"tr", "Çavuşoğlu, salı günü Akile Salih ile Libya'daki son gelişmeleri konuştu.", "M", []string{"mevlut-cavusoglu", "aguila-saleh-issa"}},
		{"ur", "روسی وزیر خارجہ سرگئی لاوروف نے پیر کو ماسکو میں مولود چاوش اوغلو کے ساتھ لیبیا کی صورتحال پر تبادلہ خیال کیا۔", "M", lc},
		{"ur", "ترک صدر رجب طیب ایردوان نے استنبول میں فائز السراج کے ساتھ لیبیا کی صورتحال پر تبادلہ خیال کیا۔", "M", []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTalkVerbNamesNoPartnerOrEvent: with no partner named after the
// comitative word ("with reporters", "mit Vertretern der
// Zivilgesellschaft", "с журналистами", "gazetecilerle"), a topic only
// ("talked about Haftar"), or nothing that anchors it ("discussed the
// crisis with Cavusoglu."), a talk verb tells no event; a spokesman's
// talk with the press is none either.
func TestTalkVerbNamesNoPartnerOrEvent(t *testing.T) {
	x := shipped(t)
	cases := []talkCase{
		{"en", "Sergey Lavrov discussed Libya with reporters in Moscow on Monday.", "", nil},
		{"en", "Sergey Lavrov discussed Haftar's offensive with reporters in Moscow on Friday.", "", nil},
		{"en", "Dmitry Peskov spoke with journalists in Moscow about Haftar on Friday.", "", nil},
		{"en", "Maria Zakharova discussed the Libyan settlement with journalists in Moscow on Thursday.", "", nil},
		{"en", "Lavrov discussed the crisis with Cavusoglu.", "", nil},
		{"de", "Heiko Maas sprach am Montag in Berlin mit Journalisten über die Lage in Libyen.", "", nil},
		{"de", "Maas sprach am Montag in Berlin mit Vertretern der Zivilgesellschaft.", "", nil},
		{"de", "Maas sprach in Berlin über Chalifa Haftar.", "", nil},
		{"fr", "Le Drian a évoqué la Libye avec les députés mardi à Paris.", "", nil},
		{"it", "Di Maio ha discusso della Libia con i giornalisti a Roma lunedì.", "", nil},
		{"es", "Borrell habló con los periodistas en Bruselas el martes.", "", nil},
		{"ru", "Лавров обсудил ситуацию в Ливии с журналистами в Москве.", "", nil},
		{"ru", "Дмитрий Песков обсудил в Москве с журналистами ситуацию в Ливии.", "", nil},
		{"ar", "ناقش السراج مع الصحفيين في طرابلس الوضع الأمني.", "", nil},
		{"tr", "Çavuşoğlu, Ankara'da gazetecilerle Libya'daki son durumu konuştu.", "", nil},
		{"tr", "Çavuşoğlu, Ankara'da Hafter hakkında konuştu.", "", nil},
		{"ur", "لاوروف نے ماسکو میں صحافیوں سے گفتگو کی۔", "", nil},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTalkVerbWithTelephoneIsCall: a talk verb with a telephone or video
// cue in its sentence is that call; right after a call told in the
// sentence before it is the same call, not a second meeting.
func TestTalkVerbWithTelephoneIsCall(t *testing.T) {
	x := shipped(t)
	cases := []talkCase{
		{"en", "Mike Pompeo spoke with Fayez al-Sarraj by phone on Friday.", "C", []string{"mike-pompeo", "fayez-al-sarraj"}},
		{"en", "Heiko Maas had a phone call with Fayez al-Sarraj on Wednesday. Maas discussed the Berlin conference with Sarraj in detail.", "C", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"de", "Maas sprach am Montag per Videokonferenz mit Sergej Lawrow über Libyen.", "C", []string{"heiko-maas", "sergey-lavrov"}},
		{"de", "Heiko Maas telefonierte am Mittwoch mit Sergej Lawrow. Dabei sprach Maas am Mittwoch mit Lawrow über den Berliner Prozess.", "C", []string{"heiko-maas", "sergey-lavrov"}},
		{"fr", "Le Drian a évoqué par téléphone avec Sameh Choukry la situation en Libye.", "C", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"ru", "Лавров во вторник провел телефонный разговор с Чавушоглу. Лавров обсудил с Чавушоглу во вторник ситуацию в Ливии.", "C", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"ru", "Лавров обсудил с Чавушоглу по видеосвязи ситуацию в Ливии.", "C", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"ur", "لاوروف نے ٹیلی فون پر چاوش اوغلو سے گفتگو کی۔", "C", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTalkVerbInTheFutureIsPlanned: the future of a talk verb ("will
// discuss", "discutera", "discuterà", "обсудит", "سيبحث", "ele alacak")
// tells a planned meeting.
func TestTalkVerbInTheFutureIsPlanned(t *testing.T) {
	x := shipped(t)
	cases := []talkCase{
		{"en", "Luigi Di Maio will discuss migration with Fayez al-Sarraj in Rome on Thursday.", "P", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"de", "Heiko Maas wird am Montag in Berlin mit Fayez al-Sarradsch über die Lage in Libyen sprechen.", "P", []string{"heiko-maas", "fayez-al-sarraj"}},
		{"fr", "Le Drian discutera avec Aguila Saleh à Paris jeudi.", "P", []string{"jean-yves-le-drian", "aguila-saleh-issa"}},
		{"fr", "Le Drian évoquera avec Aguila Saleh la crise libyenne à Paris jeudi.", "P", []string{"jean-yves-le-drian", "aguila-saleh-issa"}},
		{"it", "Di Maio discuterà con al-Serraj a Roma giovedì.", "P", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"ru", "Лавров обсудит с Хафтаром ситуацию в Ливии в Москве в четверг.", "P", []string{"sergey-lavrov", "khalifa-haftar"}},
		{"ar", "سيبحث لافروف مع حفتر الوضع في ليبيا في موسكو الخميس.", "P", []string{"sergey-lavrov", "khalifa-haftar"}},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTurkishAccusativeCountryIsTopic: a country in the accusative right
// before a Turkish verb of talking over ("Libya'yı ele aldı", "Libya'yı
// konuştu", "Libya'yı görüştü") is what they talked about, no party to the
// meeting or call.
func TestTurkishAccusativeCountryIsTopic(t *testing.T) {
	x := shipped(t)
	cases := []talkCase{
		{"tr", "Cumhurbaşkanı Erdoğan, cumartesi günü İstanbul'da Fayiz es-Serrac ile Libya'yı ele aldı.", "M", []string{"recep-tayyip-erdogan", "fayez-al-sarraj"}},
		{"tr", "Erdoğan, Putin ile telefonda Libya'yı ele aldı.", "C", []string{"recep-tayyip-erdogan", "vladimir-putin"}},
		{"tr", "Çavuşoğlu, perşembe günü Moskova'da Lavrov ile Libya'yı ele alacak.", "P", []string{"mevlut-cavusoglu", "sergey-lavrov"}},
		{"tr", "Hulusi Akar, dün Trablus'ta Serrac ile Libya'yı görüştü.", "M", []string{"hulusi-akar", "fayez-al-sarraj"}},
		{"tr", "Çavuşoğlu, Sergey Lavrov ile telefonda Libya'yı konuştu.", "C", []string{"mevlut-cavusoglu", "sergey-lavrov"}},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTalkVerbOfTwoNamedSubjects: two people joined by "and" as the
// subject of a talk verb ("Lavrov and Çavuşoğlu discussed Libya in
// Moscow on Monday", "Лавров и Чавушоглу обсудили", "Çavuşoğlu ve
// Lavrov, … ele aldı") are each other's partners: a meeting when the
// sentence anchors it, none when nothing does.
func TestTalkVerbOfTwoNamedSubjects(t *testing.T) {
	x := shipped(t)
	lc := []string{"sergey-lavrov", "mevlut-cavusoglu"}
	cases := []talkCase{
		{"en", "Sergey Lavrov and Mevlut Cavusoglu discussed Libya in Moscow on Monday.", "M", lc},
		{"en", "Sergey Lavrov and Mevlut Cavusoglu discussed Libya.", "", nil},
		{"de", "Heiko Maas und Samih Schukri erörterten am Dienstag in Kairo die Lage in Libyen.", "M", []string{"heiko-maas", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian et Sameh Choukry ont évoqué lundi au Caire la crise libyenne.", "M", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"it", "Di Maio e al-Serraj hanno discusso lunedì a Tripoli della crisi migratoria.", "M", []string{"luigi-di-maio", "fayez-al-sarraj"}},
		{"es", "Josep Borrell y Aguila Saleh abordaron el martes en Bengasi la reapertura de los campos petroleros.", "M", []string{"josep-borrell", "aguila-saleh-issa"}},
		{"ru", "Сергей Лавров и Мевлют Чавушоглу обсудили в понедельник в Москве ситуацию в Ливии.", "M", lc},
		{"tr", "Çavuşoğlu ve Lavrov, pazartesi günü Moskova'da Libya'yı ele aldı.", "M", lc},
		{"ur", "پیر کو ماسکو میں لاوروف اور چاووش اوغلو نے لیبیا کی صورتحال پر تبادلہ خیال کیا۔", "M", lc},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTalkVerbGoesOnTellingTheEventBefore: a talk of two people told
// right after their meeting or call is that event, even past a
// paragraph break; after a sentence that tells a call with someone else
// it is no call.
func TestTalkVerbGoesOnTellingTheEventBefore(t *testing.T) {
	x := shipped(t)
	mh := []string{"heiko-maas", "khalifa-haftar"}
	ms := []string{"heiko-maas", "fayez-al-sarraj"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "Heiko Maas met Khalifa Haftar in Benghazi on Wednesday, a day after he spoke by telephone with Fayez al-Sarraj. Maas and Haftar discussed a ceasefire around Sirte on Wednesday.", [][]string{mh, ms}},
		{"ru", "Хайко Маас в среду встретился в Бенгази с Халифой Хафтаром. Накануне он провёл телефонный разговор с Файезом Сараджем. Маас и Хафтар в среду обсудили прекращение огня.", [][]string{mh, ms}},
		{"en", "Mike Pompeo spoke by telephone on Tuesday with Fayez al-Sarraj.\n\nPompeo and Sarraj discussed the elections set for December 24.", [][]string{{"mike-pompeo", "fayez-al-sarraj"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}

// TestTalkOfCountryIsTopic: a country right after "de", "della", "del"
// that follows the partner of a talk ("a discuté avec Choukry de la
// Libye", "ha parlato con Shoukry della Libia", "habló con Saleh de
// Libia y de Túnez") is what they talked of, no party to the meeting.
func TestTalkOfCountryIsTopic(t *testing.T) {
	x := shipped(t)
	cases := []talkCase{
		{"it", "Di Maio ha discusso con Mevlüt Çavuşoğlu della Libia a margine del vertice Nato.", "M", []string{"luigi-di-maio", "mevlut-cavusoglu"}},
		{"it", "Luigi Di Maio ha parlato martedì al Cairo con Sameh Shoukry della Libia e del Mediterraneo orientale.", "M", []string{"luigi-di-maio", "sameh-shoukry"}},
		{"it", "Giuseppe Conte ha discusso a Roma con Khalifa Haftar della Tunisia.", "M", []string{"giuseppe-conte", "khalifa-haftar"}},
		{"fr", "Le Drian a discuté lundi avec Sameh Choukry de la Libye.", "M", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian a parlé à Tunis avec Fayez al-Sarraj de l'Égypte et de la Turquie.", "M", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
		{"fr", "Emmanuel Macron a discuté avec Khalifa Haftar du Tchad lors de sa visite à Paris.", "M", []string{"emmanuel-macron", "khalifa-haftar"}},
		{"es", "Josep Borrell habló el martes en Bengasi con Aguila Saleh de Libia y de Túnez.", "M", []string{"josep-borrell", "aguila-saleh-issa"}},
		{"es", "Lavrov conversó en Moscú con Fayez al Sarraj del Chad.", "M", []string{"sergey-lavrov", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

// TestTalkVerbStaysPrecise: what anchors a talk is in its own clause,
// not in the reporting clause after it ("…, the Kremlin said on
// Monday"); a talk wished, denied or only with the press is none, and a
// speech verb of two people ("sprachen von Fortschritten") is no talk.
// A partner after his title or with an apposition is still named.
func TestTalkVerbStaysPrecise(t *testing.T) {
	x := shipped(t)
	cases := []talkCase{
		{"en", "Putin and Erdogan discussed the conflict at length, the Kremlin said on Monday.", "", nil},
		{"en", "Lavrov and Cavusoglu would discuss Libya in Moscow if the truce held.", "", nil},
		{"en", "Lavrov did not discuss Libya with Cavusoglu in Moscow on Monday.", "", nil},
		{"en", "Haftar's spokesman Ahmed al-Mismari spoke with reporters in Benghazi on Monday.", "", nil},
		{"de", "Maas und Lawrow sprachen am Montag in Moskau von Fortschritten.", "", nil},
		{"ru", "Лавров и Чавушоглу не обсуждали Ливию в Москве в понедельник.", "", nil},
		{"en", "In Moscow on Monday, Lavrov discussed the ceasefire with his Turkish counterpart Mevlut Cavusoglu.", "M", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"en", "Lavrov discussed the ceasefire with Khalifa Haftar, the eastern commander, in Moscow on Monday.", "M", []string{"sergey-lavrov", "khalifa-haftar"}},
	}
	for _, c := range cases {
		wantTalk(t, x, c)
	}
}

package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestForumIsNoParty: a gathering the lexicon lists as an organisation
// (a forum, conference or summit by its name) is where or when people
// meet, no party to their meeting: "on the eve of the forum", "in Tunis,
// seat of the forum", "the forum's opening" leave the two people who met;
// a forum addressed by video stays the partner of that video session.
func TestForumIsNoParty(t *testing.T) {
	x := shipped(t)
	want := [][]string{{"kais-saied", "stephanie-williams"}}
	cases := []struct{ lang, text string }{
		{"en", "On the eve of the opening of the Libyan Political Dialogue Forum, Kais Saied received Stephanie Williams in Tunis."},
		{"it", "Alla vigilia del Forum di dialogo politico libico, Kais Saied ha ricevuto Stephanie Williams a Tunisi."},
		{"ar", "وعشية افتتاح ملتقى الحوار السياسي الليبي، التقى الرئيس التونسي قيس سعيد المبعوثة ستيفاني وليامز في تونس."},
		{"ru", "Накануне открытия Форума ливийского политического диалога Каис Саид принял Стефани Уильямс в Тунисе."},
		{"tr", "Tunus Cumhurbaşkanı Kays Said, Libya Siyasi Diyalog Forumu öncesinde Stephanie Williams ile Tunus'ta görüştü."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
	// (its abbreviation is the forum too)
	wantAllParts(t, x, "es", "Stephanie Williams se reunió ayer con Kais Saied en Túnez, sede del Foro de Diálogo Político Libio (FDPL).", [][]string{{"stephanie-williams", "kais-saied"}})
	// (a video session with the forum is one)
	f := factsOf(t, x, "en", "Title\n\nStephanie Williams held a video conference with the Libyan Political Dialogue Forum on Monday.")
	if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeVideo || !sameParts(participants(f.Meetings[0]), []string{"stephanie-williams", "libyan-political-dialogue-forum"}) {
		t.Errorf("video with the forum: %v", allParts(f))
	}
}

// TestGatheredPair: a participle of gathering beside a plural subject
// ("A e B, riuniti a Roma per …", "A y B, reunidos en Madrid para …",
// "Собравшиеся в Риме A и B", "Встретившись в Риме, A и B …") tells a
// meeting of the two at that place; a gathering of people the sentence
// does not name ("i ministri dell'Ue, riuniti a Bruxelles", "the great
// powers gathered in Berlin") or a participle about things ("los datos
// reunidos por X") tells none.
func TestGatheredPair(t *testing.T) {
	x := shipped(t)
	want := []string{"emmanuel-macron", "mario-draghi"}
	cases := []struct{ lang, text string }{
		{"it", "Emmanuel Macron e Mario Draghi, riuniti a Roma per firmare il trattato, hanno chiesto elezioni in Libia."},
		{"ru", "Собравшиеся в Риме Эммануэль Макрон и Марио Драги призвали к выборам в Ливии."},
		{"ru", "Встретившись в Риме, Эммануэль Макрон и Марио Драги призвали к выборам в Ливии."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, want) || f.Meetings[0].Place != "rome" {
			t.Errorf("%s %q: meetings %v, want only %v in Rome", c.lang, c.text, allParts(f), want)
		}
	}
	wantAllParts(t, x, "es", "Emmanuel Macron y Pedro Sánchez, reunidos en Madrid para firmar el acuerdo, pidieron elecciones en Libia.", [][]string{{"emmanuel-macron", "pedro-sanchez"}})
	for _, c := range []struct{ lang, text string }{
		{"it", "I ministri degli Esteri dell'Ue, riuniti a Bruxelles, hanno chiesto a Khalifa Haftar di fermarsi."},
		{"es", "Los ministros europeos, reunidos en Bruselas, pidieron a Jalifa Haftar un alto el fuego."},
		{"es", "Los datos reunidos por Ghassan Salamé muestran que Haftar no respeta la tregua."},
		{"en", "When the great powers gathered in Berlin to talk about Libya, Greece was not in the room."},
		{"en", "EU foreign ministers gathered in Brussels urged Khalifa Haftar to halt his offensive."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestUrduGuestList: Urdu tells a conference's guests in a relative
// clause after the main verb ("کانفرنس کی میزبانی X نے کی جس میں A، B
// اور C … شریک ہوئے", "X کی میزبانی میں کانفرنس منعقد ہوئی جس میں …",
// "…، جس میں A اور B کی شرکت بھی متوقع ہے"): the host's gathering with
// everyone the clause names, held or expected.
func TestUrduGuestList(t *testing.T) {
	x := shipped(t)
	all := []string{"mario-draghi", "emmanuel-macron", "recep-tayyip-erdogan", "antonio-guterres"}
	for _, text := range []string{
		"3 مارچ کو روم میں ہونے والے اجلاس کی میزبانی اطالوی وزیر اعظم ماریو دراگی نے کی جس میں میکرون، اردوان اور گوتریس سمیت کئی رہنما شریک ہوئے۔",
		"3 مارچ کو ماریو دراگی کی میزبانی میں روم کانفرنس منعقد ہوئی جس میں میکرون، اردوان اور گوتریس سمیت کئی رہنما شریک ہوئے۔",
	} {
		f := factsOf(t, x, "ur", "Title\n\n"+text)
		if !onlyMeetingOf(f, all) || f.Meetings[0].Status != graph.StatusHeld {
			t.Errorf("ur %q: meetings %v, want only %v held", text, allParts(f), all)
		}
	}
	f := factsOf(t, x, "ur", "Title\n\nاطالوی وزیر اعظم ماریو دراگی 3 مارچ کو روم میں کانفرنس کی میزبانی کریں گے، جس میں میکرون اور اردوان کی شرکت بھی متوقع ہے۔")
	if want := all[:3]; !onlyMeetingOf(f, want) || f.Meetings[0].Status != graph.StatusPlanned {
		t.Errorf("ur planned guest list: meetings %v, want only %v planned", allParts(f), want)
	}
	// (a relative clause about what was said there names no guest)
	wantAllParts(t, x, "ur", "ماریو دراگی نے روم کانفرنس کی میزبانی کی جس میں لیبیا کی صورتحال پر بات ہوئی۔", nil)
}

// TestHostGathersGuests: a host who gathers guests (de "versammelte", ru
// "собрал", ar "جمع", as en "brought together", es "reunió", fr
// "réunissait") meets all of them, read as joint phrases are (persons
// only): gathering troops or delegates named by no one tells nothing.
func TestHostGathersGuests(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Am 3. März versammelte Mario Draghi in Rom die Staats- und Regierungschefs, darunter Emmanuel Macron, Recep Tayyip Erdoğan und Abdel Fattah al-Sisi.", []string{"mario-draghi", "emmanuel-macron", "recep-tayyip-erdogan", "abdel-fattah-el-sisi"}},
		{"ru", "Марио Драги собрал в Риме Эммануэля Макрона, Реджепа Тайипа Эрдогана и Антониу Гутерриша.", []string{"mario-draghi", "emmanuel-macron", "recep-tayyip-erdogan", "antonio-guterres"}},
		{"ar", "وجمع ماريو دراغي في روما ماكرون وأردوغان وغوتيريش.", []string{"mario-draghi", "emmanuel-macron", "recep-tayyip-erdogan", "antonio-guterres"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Place != "rome" {
			t.Errorf("%s %q: meetings %v, want only %v in Rome", c.lang, c.text, allParts(f), c.want)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Khalifa Haftar versammelte seine Truppen vor Tripolis."},
		{"ru", "Халифа Хафтар собрал войска под Триполи."},
		{"ar", "وجمع خليفة حفتر قواته على أبواب طرابلس."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestOpenedTogether: opening or inaugurating a gathering together, or
// in the presence of someone ("opened the conference in the presence of
// Williams", "ont inauguré ensemble", "con la presencia de", "im Beisein
// von", "в присутствии", "huzurunda"), is a meeting of those people, as
// Arabic and Urdu read "افتتح … بحضور", "کے ہمراہ … افتتاح کیا"; read as
// joint phrases (persons only, two or more), so opening an offensive, an
// embassy, fire or "the door to a dialogue with X" tells none.
func TestOpenedTogether(t *testing.T) {
	x := shipped(t)
	want := [][]string{{"kais-saied", "stephanie-williams"}}
	for _, c := range []struct{ lang, text string }{
		{"en", "Kais Saied opened the conference in the presence of Stephanie Williams in Tunis on Monday."},
		{"en", "Kais Saied and Stephanie Williams opened the conference in Tunis on Monday."},
		{"fr", "Le président Kaïs Saïed a ouvert la conférence en présence de Stephanie Williams à Tunis."},
		{"fr", "Kaïs Saïed et Stephanie Williams ont inauguré la conférence à Tunis."},
		{"it", "Il presidente Kais Saied ha inaugurato la conferenza a Tunisi alla presenza di Stephanie Williams."},
		{"es", "El presidente Kais Saied inauguró la conferencia en Túnez con la presencia de Stephanie Williams."},
		{"de", "Kais Saied eröffnete die Konferenz in Tunis im Beisein von Stephanie Williams."},
		{"ru", "Президент Туниса Каис Саид открыл конференцию в Тунисе в присутствии Стефани Уильямс."},
		{"ru", "Каис Саид и Стефани Уильямс открыли конференцию в Тунисе."},
		{"tr", "Tunus Cumhurbaşkanı Kays Said ve Stephanie Williams konferansı Tunus'ta açtı."},
		{"tr", "Kays Said, konferansı Stephanie Williams'ın huzurunda Tunus'ta açtı."},
	} {
		wantAllParts(t, x, c.lang, c.text, want)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Khalifa Haftar opened an offensive on Tripoli in April."},
		{"en", "Luigi Di Maio opened the Italian embassy in Benghazi."},
		{"en", "Khalifa Haftar's forces opened fire on Fayez al-Sarraj's convoy."},
		{"fr", "Emmanuel Macron a ouvert la porte à un dialogue avec Khalifa Haftar."},
		{"it", "Mario Draghi ha aperto a un dialogo con Khalifa Haftar."},
		{"ru", "Хафтар открыл наступление на Триполи."},
		{"es", "Pedro Sánchez inauguró la nueva embajada en Trípoli."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

// TestUrduWhereAfterVerb: Urdu puts the main verb between a place and
// the `where` clause about it ("3 مارچ کو روم میں ہوا تھا جہاں A اور B
// نے ملاقات کے بعد …"): the meeting the clause tells is at that place,
// not at a place named after its trigger ("لیبیا میں جنگ بندی کی اپیل",
// the ceasefire's country); a place inside the clause before its trigger
// is still its own.
func TestUrduWhereAfterVerb(t *testing.T) {
	x := shipped(t)
	pair := []string{"emmanuel-macron", "mario-draghi"}
	for _, c := range []struct{ text, place string }{
		{"اس دوڑ کا آغاز 3 مارچ کو روم میں ہوا تھا جہاں فرانسیسی صدر ایمانوئل میکرون اور اطالوی وزیر اعظم ماریو دراگی نے ملاقات کے بعد لیبیا میں جنگ بندی کی مشترکہ اپیل کی۔", "rome"},
		{"ماریو دراگی 3 مارچ کو روم میں تھے جہاں انہوں نے طرابلس میں ایمانوئل میکرون سے ملاقات کی۔", "tripoli"},
	} {
		f := factsOf(t, x, "ur", "Title\n\n"+c.text)
		if !onlyMeetingOf(f, pair) || f.Meetings[0].Place != c.place {
			t.Errorf("ur %q: meetings %v, want only %v in %s", c.text, allParts(f), pair, c.place)
		}
	}
}

// TestCeasefireCountryIsTopic: French and Italian name a country with "en",
// "in" and a city with "à", "a", so a ceasefire, truce or elections "en
// Libye", "in Libia" are what the pair called for, not where they met
// ("ont appelé ensemble, le 3 mars à Rome, à un cessez-le-feu en
// Libye"). English, Spanish, German and Russian use one preposition for
// both ("signed a ceasefire in Geneva" is the venue) and keep it.
func TestCeasefireCountryIsTopic(t *testing.T) {
	x := shipped(t)
	pair := []string{"emmanuel-macron", "mario-draghi"}
	for _, c := range []struct{ lang, text string }{
		{"fr", "Lorsque Emmanuel Macron et Mario Draghi ont appelé ensemble, le 3 mars à Rome, à un cessez-le-feu en Libye, beaucoup y ont vu un tournant."},
		{"it", "Quando Emmanuel Macron e Mario Draghi si sono incontrati, il 3 marzo a Roma, la tregua in Libia sembrava vicina."},
	} {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, pair) || f.Meetings[0].Place != "rome" {
			t.Errorf("%s %q: meetings %v, want only %v in Rome", c.lang, c.text, allParts(f), pair)
		}
	}
}

// TestCeremonyTogether: two people at one ceremony ("A and B attended the
// ceremony", "после церемонии A и B призвали", "hanno preso parte alla
// cerimonia", "وحضر A وB حفل التوقيع") met there: a ceremony noun is a
// joint phrase (persons only, two or more). A ceremony of one person, or
// between states, tells nothing.
func TestCeremonyTogether(t *testing.T) {
	x := shipped(t)
	want := [][]string{{"emmanuel-macron", "mario-draghi"}}
	for _, c := range []struct{ lang, text string }{
		{"ru", "Эммануэль Макрон и Марио Драги после церемонии подписания договора призвали к перемирию в Ливии."},
		{"fr", "Emmanuel Macron et Mario Draghi ont assisté à la cérémonie de signature à Rome."},
		{"it", "Emmanuel Macron e Mario Draghi hanno preso parte alla cerimonia a Roma."},
		{"es", "Emmanuel Macron y Mario Draghi presidieron la ceremonia en Roma."},
		{"tr", "Emmanuel Macron ve Mario Draghi, Roma'daki törene katıldı."},
		{"ar", "وحضر ماكرون ودراغي حفل التوقيع في روما."},
	} {
		wantAllParts(t, x, c.lang, c.text, want)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "After the ceremony, Emmanuel Macron said the treaty was historic."},
		{"fr", "La cérémonie d'investiture de Mohamed al-Menfi s'est tenue à Tripoli."},
		{"ru", "На церемонии выступил Владимир Путин."},
		{"it", "La cerimonia per la firma dell'accordo tra Italia e Libia si è svolta a Roma."},
	} {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
}

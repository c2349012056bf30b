package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley/parley/graph"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Erdoğan":  "erdogan",
		"İstanbul": "istanbul",
		"Straße":   "strasse",
		"Müller":   "muller",
		"مُحَمَّد": "محمد",
		"خلیفہ":    "خلیفه",
		"خليفة":    "خلیفه",
		"أحمد":     "احمد",
		"كوتس":     "کوتس",
		"٢٠٢٠":     "2020",
		"۱۵":       "15",
		"مؤتمر":    "موتمر",
		"ے":        "ی",
		"ں":        "ن",
		"Ёлка":     "елка",
		"لـقـاء":   "لقاء",
		"Salamé":   "salame",
		"CAFÉ":     "cafe",
		"Ａｂｃ":      "abc",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldMapOffsets(t *testing.T) {
	src := []rune("Straße مُحَمَّد")
	out, orig := foldMap(src)
	if string(out) != "strasse محمد" {
		t.Fatalf("folded %q", string(out))
	}
	if len(out) != len(orig) {
		t.Fatal("map length differs")
	}
	// both s of ß map back to the ß
	if orig[4] != 4 || orig[5] != 4 || orig[6] != 5 {
		t.Errorf("ß offsets: %v", orig[:7])
	}
	// the م after the space is original rune 7
	if orig[8] != 7 {
		t.Errorf("Arabic offset %d", orig[8])
	}
}

func TestSentences(t *testing.T) {
	x := fixtureExtractor(t)
	cases := []struct {
		lang, text string
		want       int
	}{
		{"en", "Gen. Haftar met Dr. Smith. Then he left! Did he? Yes.", 4},
		{"de", "Am 8. Januar traf er z. B. Maas. Danach nicht.", 2},
		{"de", "Am 24. November das erste Treffen in Bengasi. Haftar traf sich.", 2},
		{"ar", "التقى حفتر، في روما. ثم غادر؟ نعم", 3},
		{"ur", "حفتر نے ملاقات کی۔ پھر واپس گئے؟ ہاں", 3},
		{"ru", "Лавров встретился с Хафтаром. Это было в Москве.", 2},
		{"en", "Title line\n\nBody one. Body two.", 3},
		{"en", "Born in 2011. Later.", 2},
	}
	for _, c := range cases {
		d := newDoc(x, graph.Article{Text: c.text, Lang: c.lang})
		d.toks = tokenize(d.text)
		d.rules = x.lx.rules[c.lang]
		ss := splitSentences(d.text, d.toks, d.isMonthWord)
		if len(ss) != c.want {
			var parts []string
			for _, s := range ss {
				parts = append(parts, string(d.text[s.start:s.end]))
			}
			t.Errorf("%s %q: %d sentences %q, want %d", c.lang, c.text, len(ss), parts, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	x := fixtureExtractor(t)
	cases := []struct {
		lang, pub, text, want string
	}{
		{"en", "", "Haftar met Coates on 8 January.", "--01-08"},
		{"en", "", "Haftar met Coates on January 8, 2020.", "2020-01-08"},
		{"de", "", "Haftar traf Coates am 8. Januar.", "--01-08"},
		{"ar", "", "التقى حفتر فيكتوريا كوتس يوم 8 يناير.", "--01-08"},
		{"ar", "", "التقى حفتر فيكتوريا كوتس يوم ٨ يناير.", "--01-08"},
		{"ur", "", "حفتر نے 8 جنوری کو وکٹوریہ کوٹس سے ملاقات کی۔", "--01-08"},
		{"fr", "", "Haftar a rencontré Victoria Coates le 8 janvier.", "--01-08"},
		{"it", "", "Haftar ha incontrato Victoria Coates l'8 gennaio.", "--01-08"},
		{"es", "", "Haftar se reunió con Victoria Coates el 8 de enero de 2020.", "2020-01-08"},
		{"ru", "", "Халифа Хафтар встретился с Сергеем Лавровым 8 января.", "--01-08"},
		{"en", "2020-01-15", "Haftar met Coates on 8 January.", "2020-01-08"},
		{"en", "2020-01-15", "Haftar met Coates yesterday.", "2020-01-14"},
		{"en", "", "Haftar met Coates yesterday.", ""},
		{"en", "2020-01-15", "Haftar met Coates on Tuesday.", "2020-01-14"},
		{"en", "2020-01-15", "Haftar will meet Coates on Sunday.", "2020-01-19"},
		{"de", "2020-01-13", "Haftar hat gestern mit Coates telefoniert.", "2020-01-12"},
		{"ar", "2020-01-07", "التقى حفتر أمس فيكتوريا كوتس.", "2020-01-06"},
		{"ar", "2020-01-07", "التقى حفتر، أمس الأول، فيكتوريا كوتس.", "2020-01-05"}, // the day before yesterday, not yesterday
		{"ru", "2020-07-09", "Хафтар вчера встретился с Лавровым.", "2020-07-08"},
		{"ur", "2020-07-21", "حفتر نے کل وکٹوریہ کوٹس سے ملاقات کی۔", "2020-07-20"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, c.text)
		if len(f.Meetings) == 0 {
			t.Errorf("%s %q: no meeting", c.lang, c.text)
			continue
		}
		if got := f.Meetings[0].Date.String(); got != c.want {
			t.Errorf("%s %q (published %s): date %q, want %q", c.lang, c.text, c.pub, got, c.want)
		}
	}
}

func actorsOf(t *testing.T, x *Extractor, lang, text string) map[string]int {
	t.Helper()
	return factsOf(t, x, lang, text).Mentions
}

// factsOf extracts one short text in a given language.
func factsOf(t testing.TB, x *Extractor, lang, text string) graph.Facts {
	t.Helper()
	return factsOn(t, x, lang, "", text)
}

// factsOn is factsOf for a text published on pub.
func factsOn(t testing.TB, x *Extractor, lang, pub, text string) graph.Facts {
	t.Helper()
	f, err := x.Article(graph.Article{ID: "t", Lang: lang, Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// participants lists a meeting's actors in order.
func participants(m graph.Meeting) []string {
	var out []string
	for _, p := range m.Participants {
		out = append(out, p.Actor)
	}
	return out
}

// wantOnlySpeaker: text's statements all have one speaker, want.
func wantOnlySpeaker(t *testing.T, x *Extractor, lang, text, want string) {
	t.Helper()
	if got := speakers(factsOf(t, x, lang, text)); len(got) != 1 || got[0] != want {
		t.Errorf("%s %q: speakers %v, want only %s", lang, text, got, want)
	}
}

// speakers lists the speakers of an article's statements in order.
func speakers(f graph.Facts) []string {
	var out []string
	for _, s := range f.Statements {
		out = append(out, s.Speaker)
	}
	return out
}

// shipped is the extractor with the embedded lexicon, as Parley runs it.
func shipped(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestActors(t *testing.T) {
	x := fixtureExtractor(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ar", "وقال إن بحفتر ولحفتر وللسراج موجودون.", []string{"khalifa-haftar", "fayez-al-sarraj"}},
		{"ru", "Встреча с Хафтаром и Лавровым в Москве.", []string{"khalifa-haftar", "sergey-lavrov"}},
		{"tr", "Hafter'in Serraj'la görüşmesi.", []string{"khalifa-haftar", "fayez-al-sarraj"}},
		{"de", "Haftars Delegation traf die Amerikaner.", []string{"khalifa-haftar", "united-states"}},
		{"en", "Khalifa Haftar arrived. Later Haftar spoke.", []string{"khalifa-haftar"}},
		{"ur", "جنرل ہفتار نے کہا", []string{"khalifa-haftar"}},                 // fuzzy, after a title
		{"ar", "أعلن اللواء حفتار وقف إطلاق النار", []string{"khalifa-haftar"}}, // fuzzy
		{"ru", "Генерал Хафтер прибыл.", []string{"khalifa-haftar"}},
		{"ur", "ڈی مائو نے واضح کیا", []string{"luigi-di-maio"}},
	}
	for _, c := range cases {
		got := actorsOf(t, x, c.lang, c.text)
		for _, id := range c.want {
			if got[id] == 0 {
				t.Errorf("%s %q: %s not found in %v", c.lang, c.text, id, got)
			}
		}
	}
	// "Washington" after "in" is a place, not the actor
	if got := actorsOf(t, x, "en", "Haftar was in Washington."); got["united-states"] != 0 {
		t.Errorf("locative Washington counted as actor: %v", got)
	}
	// Coates resolves to the full name given earlier
	if got := actorsOf(t, x, "en", "Victoria Coates met him. Coates said little."); got["victoria-coates"] != 2 {
		t.Errorf("surname after full name: %v", got)
	}
	// no fuzzy match on lower-case words or short skeletons
	if got := actorsOf(t, x, "en", "the hafter said Tr."); len(got) != 0 {
		t.Errorf("false fuzzy match: %v", got)
	}
}

// TestTitledPeople: a title makes an actor of a name the lexicon does not
// know, before it, after it, or ahead of it as an apposition.
func TestTitledPeople(t *testing.T) {
	x := fixtureExtractor(t)
	cases := []struct{ lang, text, id, alias string }{
		{"en", "Colonel Faraj al-Mabrouk, a spokesman, said that Haftar listened.", "x-faraj-al-mabrouk", "Faraj al-Mabrouk"},
		{"de", "An dem Gespräch nahm auch Botschafter Friedrich Ahlers teil.", "x-friedrich-ahlers", "Friedrich Ahlers"},
		{"ar", "وقال العقيد فرج المبروك، إن حفتر استمع.", "", "فرج المبروك"},
		{"es", "Se reunió con el embajador ruso Yuri Karpov en El Cairo.", "x-yuri-karpov", "Yuri Karpov"},
		// the title, what it is of, a comma, the name, a closing mark
		{"en", "He was accompanied by the Dutch ambassador to Tunisia, Maarten Velthuis, and two aides.", "x-maarten-velthuis", "Maarten Velthuis"},
		{"de", "Der Sprecher des Bundespräsidialamts, Konstantin Reiser, sagte, das Treffen sei gut verlaufen.", "x-konstantin-reiser", "Konstantin Reiser"},
		{"fr", "Il était accompagné de l'ambassadeur de Belgique en Libye, Pierre Vandamme.", "x-pierre-vandamme", "Pierre Vandamme"},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range f.Actors {
			if a.Reviewed || !strings.HasPrefix(a.ID, "x-") {
				continue
			}
			if (c.id == "" || a.ID == c.id) && len(a.Aliases) > 0 && a.Aliases[0] == c.alias && a.Role != "" && a.Kind == graph.KindPerson {
				found = true
				if strings.ContainsFunc(a.Name, func(r rune) bool { return r > 0x24F }) {
					t.Errorf("%s: name %q not romanised", c.lang, a.Name)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no titled actor %s/%s in %+v", c.lang, c.text, c.id, c.alias, f.Actors)
		}
	}
	// a list after the comma is no name: "the ambassadors, Germany and France"
	for _, text := range []string{"The envoy of the Union, Tunisia and Algeria met in Tunis.", "The spokesman, Monday evening, said nothing."} {
		f := factsOf(t, x, "en", text)
		for _, a := range f.Actors {
			if strings.HasPrefix(a.ID, "x-") {
				t.Errorf("%q: actor %s", text, a.ID)
			}
		}
	}
}

func TestMeetingsAcrossLanguages(t *testing.T) {
	x := fixtureExtractor(t)
	cases := []struct {
		lang, text, mode, status string
		negated                  bool
	}{
		{"en", "Haftar met Victoria Coates in Rome.", graph.ModeInPerson, graph.StatusHeld, false},
		{"en", "Haftar spoke by telephone with Victoria Coates.", graph.ModeCall, graph.StatusHeld, false},
		{"en", "Haftar will meet Victoria Coates in Rome.", graph.ModeInPerson, graph.StatusPlanned, false},
		{"en", "Haftar did not meet Victoria Coates.", "", "", true},
		{"de", "Haftar telefonierte mit Victoria Coates.", graph.ModeCall, graph.StatusHeld, false},
		{"de", "Ein Treffen von Haftar mit Victoria Coates in Rom wurde abgesagt.", graph.ModeInPerson, graph.StatusCancelled, false},
		{"de", "Haftar und Victoria Coates haben sich nicht getroffen.", "", "", true},
		{"ar", "التقى حفتر فيكتوريا كوتس في روما.", graph.ModeInPerson, graph.StatusHeld, false},
		{"ar", "أجرى حفتر اتصالا هاتفيا مع فيكتوريا كوتس.", graph.ModeCall, graph.StatusHeld, false},
		{"ar", "ومن المقرر أن يلتقي حفتر فيكتوريا كوتس.", graph.ModeInPerson, graph.StatusPlanned, false},
		{"ar", "ولم يلتق حفتر وفيكتوريا كوتس.", "", "", true},
		{"ur", "حفتر نے وکٹوریہ کوٹس سے ملاقات کی۔", graph.ModeInPerson, graph.StatusHeld, false},
		{"ur", "حفتر نے وکٹوریہ کوٹس سے ٹیلی فون پر بات کی۔", graph.ModeCall, graph.StatusHeld, false},
		{"ur", "حفتر اور وکٹوریہ کوٹس نہیں ملے۔", "", "", true},
		{"fr", "Haftar a rencontré Victoria Coates à Rome.", graph.ModeInPerson, graph.StatusHeld, false},
		{"it", "Haftar ha incontrato Victoria Coates a Roma.", graph.ModeInPerson, graph.StatusHeld, false},
		{"tr", "Hafter, Victoria Coates ile telefonda görüştü.", graph.ModeCall, graph.StatusHeld, false},
		{"tr", "Hafter ile Victoria Coates hiç görüşmedi.", "", "", true},
		{"es", "Haftar se reunió con Victoria Coates en Roma.", graph.ModeInPerson, graph.StatusHeld, false},
		{"ru", "Хафтар встретился с Лавровым в Москве.", graph.ModeInPerson, graph.StatusHeld, false},
		{"ru", "Хафтар и Лавров не встречались.", "", "", true},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if c.negated {
			if len(f.Meetings) != 0 {
				t.Errorf("%s %q: negated meeting emitted: %s", c.lang, c.text, dumpMeetings(f))
			}
			continue
		}
		if len(f.Meetings) != 1 {
			t.Errorf("%s %q: %d meetings: %s", c.lang, c.text, len(f.Meetings), dumpMeetings(f))
			continue
		}
		m := f.Meetings[0]
		if m.Mode != c.mode || m.Status != c.status {
			t.Errorf("%s %q: %s/%s, want %s/%s", c.lang, c.text, m.Mode, m.Status, c.mode, c.status)
		}
		if !strings.HasPrefix(m.Evidence.Rule, c.lang+".") || m.CAMEO == "" || !strings.HasPrefix(m.ID, "m") {
			t.Errorf("%s: rule %q cameo %q id %q", c.lang, m.Evidence.Rule, m.CAMEO, m.ID)
		}
		checkEvidence(t, c.text, f)
	}
}

func TestStatements(t *testing.T) {
	x := fixtureExtractor(t)
	cases := []struct {
		lang, text, speaker, contains string
		quote                         bool
	}{
		{"en", `"We are not giving up," Sergey Lavrov said.`, "sergey-lavrov", "We are not giving up", true},
		{"en", `Lavrov told reporters that Haftar had asked for two more days.`, "sergey-lavrov", "Haftar had asked", false},
		{"de", `„Die Waffenruhe muss jetzt halten“, sagte Haftar.`, "khalifa-haftar", "Die Waffenruhe muss", true},
		{"ar", `وقال حفتر إن الحل لا يمكن أن يكون إلا سياسيا.`, "khalifa-haftar", "الحل لا يمكن", false},
		{"ar", `وقال حفتر: «الحل لا يمكن أن يكون عسكريا».`, "khalifa-haftar", "الحل لا يمكن", true},
		{"ur", `حفتر نے کہا کہ جنگ بندی جاری رہے گی۔`, "khalifa-haftar", "جنگ بندی جاری", false},
		{"ru", `«Мы готовы к диалогу и переговорам», — заявил Лавров.`, "sergey-lavrov", "Мы готовы к диалогу", true},
		{"fr", `Sergey Lavrov a affirmé que la Russie « n'a pas de militaires en Libye ».`, "sergey-lavrov", "n'a pas de militaires", false},
	}
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, s := range f.Statements {
			if s.Speaker == c.speaker && strings.Contains(s.Text, c.contains) && s.Quote == c.quote {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: want %s quote=%v %q, got %+v", c.lang, c.text, c.speaker, c.quote, c.contains, f.Statements)
		}
		checkEvidence(t, c.text, f)
	}
}

func TestLexiconErrors(t *testing.T) {
	base := fixtureFS(t).(fstest.MapFS)
	cases := map[string]string{
		"duplicate id":        "- {id: khalifa-haftar, name: X, kind: person, names: {en: [X Y]}}",
		"duplicate name":      "- {id: khalifa-haftar-2, name: Khalifa Haftar, kind: person, names: {en: [X Y]}}",
		"unknown affiliation": "- {id: a-b, name: A B, kind: person, affiliation: nobody, names: {en: [A B]}}",
		"unknown language":    "- {id: a-b, name: A B, kind: person, names: {xx: [A B]}}",
		"empty names":         "- {id: a-b, name: A B, kind: person, names: {}}",
	}
	for want, extra := range cases {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		m["actors/bad.yaml"] = &fstest.MapFile{Data: []byte(extra)}
		_, err := NewFS(m)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "bad.yaml") {
			t.Errorf("%s: error %v does not name the problem and the file", want, err)
		}
	}
}

// TestInsertedOneWord: an "inserted" adverb of more than one word is an
// error naming the file, since each of its words would be skipped alone.
func TestInsertedOneWord(t *testing.T) {
	m := fstest.MapFS{}
	for k, v := range fixtureFS(t).(fstest.MapFS) {
		m[k] = v
	}
	m["triggers/es.yaml"] = &fstest.MapFile{Data: []byte("meet: [\"se reunió con\"]\ninserted: [luego, \"por separado\"]\n")}
	_, err := NewFS(m)
	if err == nil || !strings.Contains(err.Error(), "por separado") || !strings.Contains(err.Error(), "es.yaml") {
		t.Errorf("error %v does not name the entry and the file", err)
	}
}

func TestResolve(t *testing.T) {
	x := fixtureExtractor(t)
	for _, q := range []string{"حفتر", "ہفتار", "haftar", "Хафтар", "Khalifa Haftar", "HAFTAR"} {
		got := x.Resolve(q)
		if len(got) == 0 || got[0] != "khalifa-haftar" {
			t.Errorf("Resolve(%q) = %v", q, got)
		}
	}
	if got := x.Resolve("zzzz"); len(got) != 0 {
		t.Errorf("Resolve(zzzz) = %v", got)
	}
}

package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

const goldDir = "../../testdata/gold"

// langs are the nine languages Parley reads.
var langs = []string{"ur", "ar", "de", "en", "fr", "it", "tr", "es", "ru"}

// slug is how the lexicon makes ids; the tests use it to build facts whose
// ids are slugs and whose names come from the name function.
func slug(s string) string { return strings.ReplaceAll(norm(s), " ", "-") }

func participants(names ...string) []graph.Participant {
	out := make([]graph.Participant, len(names))
	for i, n := range names {
		out[i] = graph.Participant{Actor: slug(n), Role: graph.RoleParticipant}
	}
	return out
}

func date(t *testing.T, s string) graph.Date {
	t.Helper()
	d, err := graph.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// score runs one gold annotation against hand-built facts, with a nil name
// function so that ids (slugs) are compared.
func score(g *Gold, f graph.Facts) *Report {
	r := &Report{}
	r.ScoreFile("test.gold.yaml", g, f, nil)
	return r
}

func get(r *Report, lang, typ string) Score {
	if s := r.ByLang[lang][typ]; s != nil {
		return *s
	}
	return Score{}
}

func want(t *testing.T, r *Report, typ string, w Score) {
	t.Helper()
	if got := get(r, "en", typ); got != w {
		t.Errorf("%s: got %+v, want %+v; details: %+v", typ, got, w, r.Details)
	}
}

var rome = []graph.Place{{ID: "rome", Name: "Rome"}, {ID: "cairo", Name: "Cairo"}}

func romeGold() *Gold {
	return &Gold{Lang: "en", Meetings: []GoldMeeting{{
		Participants: []string{"Khalifa Haftar", "Victoria Coates", "Richard Norland"},
		Mode:         graph.ModeInPerson, Date: "--01-08", Place: "Rome", Status: graph.StatusHeld,
	}}}
}

func TestMeetingMatches(t *testing.T) {
	f := graph.Facts{Places: rome, Meetings: []graph.Meeting{{
		Mode: graph.ModeVisit, // visit and in_person are one class
		Date: date(t, "2020-01-08"), Place: "rome",
		Participants: participants("Khalifa Haftar", "Richard Norland"), // 2 of 3 is enough
	}}}
	r := score(romeGold(), f)
	want(t, r, TypeMeeting, Score{TP: 1})
	want(t, r, TypeCall, Score{})
	want(t, r, TypeStatus, Score{TP: 1}) // empty status reads as held
	want(t, r, TypeDate, Score{TP: 1})
	want(t, r, TypePlace, Score{TP: 1})
}

func TestOneSharedActorIsNotEnough(t *testing.T) {
	f := graph.Facts{Meetings: []graph.Meeting{{
		Mode: graph.ModeInPerson, Participants: participants("Khalifa Haftar", "Fayez al-Sarraj"),
	}}}
	r := score(romeGold(), f)
	want(t, r, TypeMeeting, Score{FP: 1, FN: 1})
}

func TestSingleParticipantGold(t *testing.T) {
	g := &Gold{Lang: "en", Meetings: []GoldMeeting{{
		Participants: []string{"Jean-Yves Le Drian"}, Mode: graph.ModeVisit, Status: graph.StatusCancelled,
	}}}
	f := graph.Facts{Meetings: []graph.Meeting{{
		Mode: graph.ModeVisit, Status: graph.StatusHeld, Participants: participants("Jean-Yves Le Drian"),
	}}}
	r := score(g, f)
	want(t, r, TypeMeeting, Score{TP: 1})
	want(t, r, TypeStatus, Score{FP: 1, FN: 1}) // matched, but the status is wrong
}

func TestDateMismatch(t *testing.T) {
	f := graph.Facts{Places: rome, Meetings: []graph.Meeting{{
		Mode: graph.ModeInPerson, Date: date(t, "2020-01-09"), Place: "rome",
		Participants: participants("Khalifa Haftar", "Victoria Coates", "Richard Norland"),
	}}}
	r := score(romeGold(), f)
	want(t, r, TypeMeeting, Score{FP: 1, FN: 1})
	if len(r.Details) != 2 {
		t.Errorf("want an FN and an FP in Details, got %+v", r.Details)
	}
}

func TestMissingExtractedDateMatchesButScoresDate(t *testing.T) {
	f := graph.Facts{Meetings: []graph.Meeting{{
		Mode: graph.ModeInPerson, Participants: participants("Khalifa Haftar", "Victoria Coates"),
	}}}
	r := score(romeGold(), f)
	want(t, r, TypeMeeting, Score{TP: 1})
	want(t, r, TypeDate, Score{FN: 1})
	want(t, r, TypePlace, Score{FN: 1})
}

func TestPlaceMismatch(t *testing.T) {
	f := graph.Facts{Places: rome, Meetings: []graph.Meeting{{
		Mode: graph.ModeInPerson, Date: date(t, "--01-08"), Place: "cairo",
		Participants: participants("Khalifa Haftar", "Victoria Coates"),
	}}}
	want(t, score(romeGold(), f), TypeMeeting, Score{FP: 1, FN: 1})
}

func TestWrongMode(t *testing.T) {
	f := graph.Facts{Meetings: []graph.Meeting{{
		Mode: graph.ModeCall, Date: date(t, "--01-08"),
		Participants: participants("Khalifa Haftar", "Victoria Coates", "Richard Norland"),
	}}}
	r := score(romeGold(), f)
	want(t, r, TypeMeeting, Score{FN: 1})
	want(t, r, TypeCall, Score{FP: 1})
}

func TestVideoCountsAsCall(t *testing.T) {
	g := &Gold{Lang: "en", Meetings: []GoldMeeting{{
		Participants: []string{"Stephanie Williams", "Khalid al-Mishri"}, Mode: graph.ModeVideo, Status: graph.StatusHeld,
	}}}
	f := graph.Facts{Meetings: []graph.Meeting{{Mode: graph.ModeCall, Participants: participants("Khalid al-Mishri", "Stephanie Williams")}}}
	want(t, score(g, f), TypeCall, Score{TP: 1})
}

func TestDuplicateExtractionIsFP(t *testing.T) {
	m := graph.Meeting{
		Mode: graph.ModeInPerson, Date: date(t, "--01-08"), Place: "rome",
		Participants: participants("Khalifa Haftar", "Victoria Coates", "Richard Norland"),
	}
	f := graph.Facts{Places: rome, Meetings: []graph.Meeting{m, m}}
	want(t, score(romeGold(), f), TypeMeeting, Score{TP: 1, FP: 1})
}

func TestGreedyPrefersBetterPair(t *testing.T) {
	// Two gold meetings; the first extraction could match either, the
	// second only the first gold. Greedy by score must still find both.
	g := &Gold{Lang: "en", Meetings: []GoldMeeting{
		{Participants: []string{"Heiko Maas", "Khalifa Haftar"}, Mode: graph.ModeInPerson, Status: graph.StatusHeld},
		{Participants: []string{"Heiko Maas", "Khalifa Haftar", "Aguila Saleh Issa"}, Mode: graph.ModeInPerson, Status: graph.StatusPlanned},
	}}
	f := graph.Facts{Meetings: []graph.Meeting{
		{Mode: graph.ModeInPerson, Status: graph.StatusPlanned, Participants: participants("Heiko Maas", "Khalifa Haftar", "Aguila Saleh Issa")},
		{Mode: graph.ModeInPerson, Status: graph.StatusHeld, Participants: participants("Heiko Maas", "Khalifa Haftar")},
	}}
	r := score(g, f)
	want(t, r, TypeMeeting, Score{TP: 2})
	want(t, r, TypeStatus, Score{TP: 2})
}

func TestNotMetViolation(t *testing.T) {
	g := &Gold{Lang: "en", NotMet: [][]string{{"Khalifa Haftar", "Fayez al-Sarraj"}}}
	f := graph.Facts{Meetings: []graph.Meeting{
		{Mode: graph.ModeInPerson, Participants: participants("Fayez al-Sarraj", "Heiko Maas", "Khalifa Haftar")},
		{Mode: graph.ModeCall, Participants: participants("Heiko Maas", "Fayez al-Sarraj")},
	}}
	r := score(g, f)
	want(t, r, TypeNotMetViolation, Score{FP: 1})
	want(t, r, TypeMeeting, Score{FP: 1})
}

func TestStatements(t *testing.T) {
	g := &Gold{Lang: "en", Statements: []GoldStatement{
		{Speaker: "Stéphane Dujarric", Quote: false, Contains: "keep the   momentum"},
		{Speaker: "Stephanie Williams", Quote: true, Contains: "Libyans are tired"},
		{Speaker: "Heiko Maas", Quote: true},
	}}
	f := graph.Facts{Statements: []graph.Statement{
		// Text differs, but the evidence sentence holds the words.
		{Speaker: "stephane-dujarric", Text: "the two men had agreed", Evidence: graph.Evidence{Text: "said that the two men had agreed to 'keep the\nmomentum'"}},
		{Speaker: "stephanie-williams", Quote: false, Text: "Libyans are tired of waiting"},
		{Speaker: "stephanie-williams", Quote: true, Text: "something else entirely"},
		{Speaker: "heiko-maas", Quote: true, Text: "any words"}, // no contains: the speaker is enough
	}}
	r := score(g, f)
	want(t, r, TypeStatement, Score{TP: 3, FP: 1})
	want(t, r, TypeQuote, Score{TP: 2, FP: 1, FN: 1})
}

func TestNamesFoldCaseAndDiacritics(t *testing.T) {
	for _, c := range [][2]string{
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"},
		{"Ghassan Salamé", "GHASSAN SALAME"},
		{"Fayez al-Sarraj", "fayez al sarraj"},
		{"Stéphane Dujarric", "stephane-dujarric"},
		{"Abdel Fattah el-Sisi", "Abdel Fattah el Sisi"},
	} {
		if norm(c[0]) != norm(c[1]) {
			t.Errorf("norm(%q)=%q, norm(%q)=%q; want equal", c[0], norm(c[0]), c[1], norm(c[1]))
		}
	}
	if norm("Khalifa Haftar") == norm("Khalifa Hafter") {
		t.Error("different spellings must not fold together")
	}
}

func TestNameFunctionIsUsed(t *testing.T) {
	f := graph.Facts{Meetings: []graph.Meeting{{
		Mode:         graph.ModeInPerson,
		Participants: []graph.Participant{{Actor: "a1"}, {Actor: "a2"}},
	}}}
	names := map[string]string{"a1": "Khalifa Haftar", "a2": "Victoria Coates"}
	r := &Report{}
	r.ScoreFile("x", romeGold(), f, func(id string) string { return names[id] })
	want(t, r, TypeMeeting, Score{TP: 1})
}

func TestScoreRatios(t *testing.T) {
	s := Score{TP: 3, FP: 1, FN: 2}
	if p, r := s.Precision(), s.Recall(); p != 0.75 || r != 0.6 {
		t.Errorf("P=%v R=%v", p, r)
	}
	if f := s.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1=%v", f)
	}
	if (Score{}).F1() != 0 {
		t.Error("empty score must give 0, not NaN")
	}
}

func TestLoadGoldRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"mode.gold.yaml":    "lang: en\nmeetings:\n  - participants: [A, B]\n    mode: lunch\n    status: held\n",
		"date.gold.yaml":    "lang: en\nmeetings:\n  - participants: [A, B]\n    mode: call\n    date: \"--13-01\"\n    status: held\n",
		"field.gold.yaml":   "lang: en\nmeetingz: []\n",
		"status.gold.yaml":  "lang: en\nmeetings:\n  - participants: [A, B]\n    mode: call\n",
		"notmet.gold.yaml":  "lang: en\nnot_met:\n  - [A]\n",
		"nolang.gold.yaml":  "meetings: []\n",
		"speaker.gold.yaml": "lang: en\nstatements:\n  - quote: true\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadGold(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: want an error naming the file, got %v", name, err)
		}
	}
}

// loadAll reads every gold file of the set.
func loadAll(t *testing.T) map[string]*Gold {
	t.Helper()
	files, err := GoldFiles(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no gold files under %s", goldDir)
	}
	out := map[string]*Gold{}
	for _, f := range files {
		g, err := LoadGold(f)
		if err != nil {
			t.Error(err)
			continue
		}
		out[f] = g
	}
	return out
}

func readArticle(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("article: %v", err)
	}
	if !utf8.Valid(b) {
		t.Fatalf("%s: not UTF-8", path)
	}
	return strings.TrimPrefix(string(b), "\ufeff")
}

// TestGoldSet checks the set itself: every file parses (LoadGold checks
// modes, statuses and dates with graph.ParseDate), every article exists
// and holds each statement's contains, no not_met pair is joined by a gold
// meeting, sidecars are well formed, and the split is what the README says.
func TestGoldSet(t *testing.T) {
	all := loadAll(t)
	perLang := map[string]int{}
	heldout := map[string]int{}
	stories := map[string]int{}
	for gf, g := range all {
		art := ArticlePath(gf, g)
		text := readArticle(t, art)
		perLang[g.Lang]++
		if g.Story != "" {
			stories[g.Story]++
		}
		inSeeds := strings.Contains(filepath.ToSlash(gf), "/seeds/")
		if strings.Contains(filepath.ToSlash(gf), "/heldout/") {
			heldout[g.Lang]++
		}
		if !inSeeds {
			title, _, _ := strings.Cut(text, "\n")
			if strings.TrimSpace(title) == "" {
				t.Errorf("%s: first line must be the title", art)
			}
			// (Urdu writes its postpositions as words of their own: a
			// 400-word story in English counts some 10% more in Urdu; the
			// title counts too)
			if n := len(strings.Fields(text)); n < 120 || n > 470 {
				t.Errorf("%s: %d words, want 120-470", art, n)
			}
		}
		flat := normSpace(text)
		for _, s := range g.Statements {
			if s.Contains != "" && !strings.Contains(flat, normSpace(s.Contains)) {
				t.Errorf("%s: statement of %s: %q not in the article", gf, s.Speaker, s.Contains)
			}
		}
		for _, p := range g.NotMet {
			for _, m := range g.Meetings {
				names := map[string]bool{}
				for _, n := range m.Participants {
					names[norm(n)] = true
				}
				if names[norm(p[0])] && names[norm(p[1])] {
					t.Errorf("%s: not_met pair %v is joined by gold meeting %v", gf, p, m.Participants)
				}
			}
		}
		checkMeta(t, art, g.Lang)
	}
	for _, l := range langs {
		if perLang[l] < 4 {
			t.Errorf("lang %s: %d gold articles, want at least 4", l, perLang[l])
		}
		if heldout[l] < 2 {
			t.Errorf("lang %s: %d held-out articles, want at least 2", l, heldout[l])
		}
	}
	for l := range perLang {
		if !strings.Contains(strings.Join(langs, " "), l) {
			t.Errorf("unknown language %q in the gold set", l)
		}
	}
	for s, n := range stories {
		if n < 2 {
			t.Errorf("story %q has %d article; a story groups translations, want at least 2", s, n)
		}
	}
}

// checkMeta validates the sidecar of an article, when there is one.
func checkMeta(t *testing.T, article, lang string) {
	t.Helper()
	p := strings.TrimSuffix(article, ".txt") + ".meta.json"
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Title, Outlet, Published, Lang string }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Errorf("%s: %v", p, err)
		return
	}
	if m.Lang != lang || m.Title == "" || m.Outlet == "" {
		t.Errorf("%s: want title, outlet and lang %q, got %+v", p, lang, m)
	}
	if d, err := graph.ParseDate(m.Published); err != nil || d.Precision() != graph.PrecisionDay || !d.HasYear() {
		t.Errorf("%s: published %q must be YYYY-MM-DD", p, m.Published)
	}
}

// oracle is an Extract that answers from the gold set itself, so Run must
// score it perfectly: this pins down Run, the file walk, path resolution
// and the tables.
func oracle(t *testing.T) Extract {
	byArticle := map[string]*Gold{}
	for gf, g := range loadAll(t) {
		byArticle[filepath.Clean(ArticlePath(gf, g))] = g
	}
	return func(path string) (graph.Facts, func(string) string, error) {
		g := byArticle[filepath.Clean(path)]
		if g == nil {
			return graph.Facts{}, nil, errors.New("no gold for " + path)
		}
		var f graph.Facts
		seen := map[string]bool{}
		actor := func(n string) {
			if !seen[slug(n)] {
				seen[slug(n)] = true
				f.Actors = append(f.Actors, graph.Actor{ID: slug(n), Name: n})
			}
		}
		for _, m := range g.Meetings {
			d, _ := graph.ParseDate(m.Date)
			em := graph.Meeting{Mode: m.Mode, Date: d, Status: m.Status, Participants: participants(m.Participants...)}
			if m.Place != "" {
				em.Place = slug(m.Place)
				f.Places = append(f.Places, graph.Place{ID: slug(m.Place), Name: m.Place})
			}
			for _, p := range m.Participants {
				actor(p)
			}
			f.Meetings = append(f.Meetings, em)
		}
		for _, s := range g.Statements {
			actor(s.Speaker)
			f.Statements = append(f.Statements, graph.Statement{Speaker: slug(s.Speaker), Quote: s.Quote, Text: s.Contains})
		}
		return f, nil, nil
	}
}

func TestRunOracleIsPerfect(t *testing.T) {
	r, err := Run(goldDir, oracle(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 || len(r.Details) > 0 || len(r.Warnings) > 0 {
		t.Fatalf("errors %v, details %+v, warnings %v", r.Errors, r.Details, r.Warnings)
	}
	for _, typ := range []string{TypeMeeting, TypeCall, TypeStatement} {
		if s := r.Total(typ); s.F1() != 1 || s.TP == 0 {
			t.Errorf("%s: %+v", typ, s)
		}
	}
	if s := r.Total(TypeNotMetViolation); s.FP != 0 {
		t.Errorf("violations: %+v", s)
	}
	var buf bytes.Buffer
	r.Table(&buf)
	out := buf.String()
	for _, w := range []string{"| lang |", "| ur |", "| ru |", "**total**", "1.00/1.00/1.00", "not_met_violations"} {
		if !strings.Contains(out, w) {
			t.Errorf("table lacks %q:\n%s", w, out)
		}
	}
}

func TestRunEmptyExtractorAndErrors(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(goldDir, "dev", "en_maas_benghazi")
	for _, ext := range []string{".txt", ".gold.yaml"} {
		b, err := os.ReadFile(src + ext)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "a"+ext), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.gold.yaml"), []byte("lang: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Run(dir, func(string) (graph.Facts, func(string) string, error) { return graph.Facts{}, nil, nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) != 1 || !strings.Contains(r.Errors[0], "broken.gold.yaml") {
		t.Errorf("want one error naming broken.gold.yaml, got %v", r.Errors)
	}
	if r.Files != 1 {
		t.Errorf("files scored: %d", r.Files)
	}
	if s := get(r, "en", TypeMeeting); s.FN != 2 || s.TP != 0 {
		t.Errorf("meetings: %+v", s)
	}
	if s := get(r, "en", TypeCall); s.FN != 1 {
		t.Errorf("calls: %+v", s)
	}
	if len(r.Warnings) == 0 {
		t.Error("an extractor that finds nobody must warn about unseen gold actors")
	}

	r, err = Run(dir, func(p string) (graph.Facts, func(string) string, error) {
		return graph.Facts{}, nil, errors.New("boom")
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) != 2 || r.Files != 0 {
		t.Errorf("want the extract error recorded and the run to go on: %v", r.Errors)
	}
}

// An unreviewed person (found by a title rule, named by the engine's own
// romanisation) is the gold person whose name has the same consonant
// skeleton; a lexicon person, a different name or an ambiguous skeleton is
// not re-spelled.
func TestRomanisedUnknownSpeaker(t *testing.T) {
	g := &Gold{Lang: "en", Statements: []GoldStatement{
		{Speaker: "Nader al-Warfalli", Contains: "crisis"},
		{Speaker: "Faraj al-Mabrouk", Contains: "listened"},
		{Speaker: "Salem Kamal", Contains: "talks"},
		{Speaker: "Khalifa Haftar", Contains: "war"},
	}}
	f := graph.Facts{
		Actors: []graph.Actor{
			{ID: "nader-al-werfalli", Name: "Nader al Werfalli", Kind: "person"},
			{ID: "faradzh-al-mabruk", Name: "Faradzh al Mabruk", Kind: "person"},
			{ID: "salim-kamil", Name: "Salim Kamil", Kind: "person", Reviewed: true},
			{ID: "khalifa-haftir", Name: "Khalifa Haftir", Kind: "person"},
		},
		Statements: []graph.Statement{
			{Speaker: "nader-al-werfalli", Text: "a crisis"},
			{Speaker: "faradzh-al-mabruk", Text: "he listened"},
			{Speaker: "salim-kamil", Text: "the talks"},
			{Speaker: "khalifa-haftir", Text: "no war"},
		},
	}
	r := score(g, f)
	// Haftir has the skeleton of Haftar but is unreviewed: it counts; Salim
	// Kamil is a lexicon actor and keeps its own name.
	want(t, r, TypeStatement, Score{TP: 3, FP: 1, FN: 1})
	if k1, k2 := spellingKey("Youssef al-Mansouri"), spellingKey("yusef al mansuri"); k1 != k2 {
		t.Errorf("spellingKey: %q != %q", k1, k2)
	}
	for _, pair := range [][2]string{{"Mehmet Samsar", "mekhmet samsar"}, {"Rachid Boualem", "rashid boulam"}} {
		if k1, k2 := spellingKey(pair[0]), spellingKey(pair[1]); k1 != k2 {
			t.Errorf("spellingKey: %q != %q", k1, k2)
		}
	}
	if k1, k2 := spellingKey("Osman al-Tayeb"), spellingKey("Othman al Tib"); k1 == k2 {
		t.Errorf("different skeletons must not match: %q", k1)
	}
}

// A gold file may name a lexicon person by another name the lexicon lists
// for them; without the lexicon's names (Run) it stays a miss.
func TestGoldNamesLexiconAlias(t *testing.T) {
	g := &Gold{Lang: "en", Meetings: []GoldMeeting{
		{Participants: []string{"Ahmed Maiteeq", "Khalid Haftar"}, Mode: "in_person", Status: "held"},
	}}
	f := graph.Facts{
		Actors: []graph.Actor{
			{ID: "ahmed-maiteeq", Name: "Ahmed Maiteeq", Kind: "person", Reviewed: true},
			{ID: "khaled-haftar", Name: "Khaled Haftar", Kind: "person", Reviewed: true},
		},
		Meetings: []graph.Meeting{{Mode: "in_person", Participants: []graph.Participant{{Actor: "ahmed-maiteeq"}, {Actor: "khaled-haftar"}}}},
	}
	names := map[string][]string{"khaled-haftar": {"Khaled Haftar", "Khalid Haftar", "خالد حفتر"}}
	r := &Report{aliases: func(id string) []string { return names[id] }}
	r.ScoreFile("x", g, f, nil)
	want(t, r, TypeMeeting, Score{TP: 1})
	want(t, score(g, f), TypeMeeting, Score{FP: 1, FN: 1})
}

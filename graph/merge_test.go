package graph

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"testing"
)

func tArticle(id, lang string) Article {
	return Article{ID: id, Path: id + ".txt", Title: "t " + id, Lang: lang, SHA256: "sha-" + id}
}

func tMeeting(mode, date, place string, actors ...string) Meeting {
	d, err := ParseDate(date)
	if err != nil {
		panic(err)
	}
	m := Meeting{Mode: mode, Date: d, Place: place, CAMEO: "040", Status: StatusHeld,
		Evidence: Evidence{Sentence: 1, Start: 10, End: 40, Text: "met", Rule: "t.meet", Confidence: 0.8, Trigger: [2]int{12, 15}}}
	for _, a := range actors {
		m.Participants = append(m.Participants, Participant{Actor: a, Role: RoleParticipant})
	}
	return m
}

func tFacts(a Article, ms ...Meeting) Facts {
	f := Facts{Article: a, Mentions: map[string]int{}}
	seen := map[string]bool{}
	for _, m := range ms {
		for _, p := range m.Participants {
			if !seen[p.Actor] {
				seen[p.Actor] = true
				f.Actors = append(f.Actors, Actor{ID: p.Actor, Name: p.Actor, Kind: KindPerson, Reviewed: true, Aliases: []string{p.Actor + "-" + a.Lang}})
				f.Mentions[p.Actor] = 2
			}
		}
		if m.Place != "" {
			f.Places = append(f.Places, Place{ID: m.Place, Name: m.Place})
		}
	}
	f.Meetings = ms
	return f
}

// romeStory is one scoop in three languages plus an unrelated article.
func romeStory() []Facts {
	rome := func(date string) Meeting {
		return tMeeting(ModeInPerson, date, "rome", "khalifa-haftar", "victoria-coates", "richard-norland")
	}
	call := tMeeting(ModeCall, "--04-15", "", "donald-trump", "khalifa-haftar")
	return []Facts{
		tFacts(tArticle("000", "ur"), rome("--01-08"), call),
		tFacts(tArticle("001", "ar"), rome("2020-01-08"), call),
		tFacts(tArticle("002", "de"), rome("--01-08"), call),
		tFacts(tArticle("003", "ar"), tMeeting(ModeCall, "", "", "antonio-guterres", "khalifa-haftar")),
	}
}

func nodesByLabel(d Document, label string) []Node {
	var out []Node
	for _, n := range d.Nodes {
		if n.Labels[0] == label {
			out = append(out, n)
		}
	}
	return out
}

func relsInto(d Document, typ, end string) []Relationship {
	var out []Relationship
	for _, r := range d.Relationships {
		if r.Type == typ && r.End == end {
			out = append(out, r)
		}
	}
	return out
}

func build(fs []Facts) Document {
	c := NewCorpus(nil)
	for _, f := range fs {
		c.Add(f)
	}
	return c.Document()
}

func TestOneStoryInThreeLanguagesIsOneMeetingOneOrigin(t *testing.T) {
	d := build(romeStory())
	ms := nodesByLabel(d, LabelMeeting)
	if len(ms) != 3 {
		t.Fatalf("meetings = %d, want 3 (Rome, the Trump call, the Guterres call): %+v", len(ms), ms)
	}
	var rome *Node
	for i, m := range ms {
		if m.Properties["place"] == "rome" {
			rome = &ms[i]
		}
	}
	if rome == nil {
		t.Fatal("no Rome meeting")
	}
	p := rome.Properties
	if p["date"] != "2020-01-08" || p["date_precision"] != PrecisionDay || p["sources"] != 3 || p["origins"] != 1 {
		t.Errorf("rome = %v", p)
	}
	if !reflect.DeepEqual(p["langs"], []string{"ar", "de", "ur"}) {
		t.Errorf("langs = %v", p["langs"])
	}
	if got := relsInto(d, RelReports, rome.ID); len(got) != 3 {
		t.Errorf("REPORTS into Rome = %d, want 3", len(got))
	}
	if got := relsInto(d, RelAttended, rome.ID); len(got) != 3 {
		t.Errorf("ATTENDED Rome = %d, want 3", len(got))
	}
	stories := 0
	for _, r := range d.Relationships {
		if r.Type == RelSameStory {
			stories++
			if r.Start == "003" || r.End == "003" {
				t.Errorf("003 is another story: %v", r)
			}
		}
	}
	if stories != 3 {
		t.Errorf("SAME_STORY edges = %d, want 3 (000-001, 000-002, 001-002)", stories)
	}
	actors := nodesByLabel(d, LabelActor)
	if len(actors) != 5 {
		t.Errorf("actors = %d, want 5", len(actors))
	}
	for _, a := range actors {
		if a.ID == "khalifa-haftar" {
			al := a.Properties["aliases"].([]string)
			if len(al) != 3 {
				t.Errorf("haftar aliases = %v, want one per language", al)
			}
		}
	}
	// MET: Haftar-Trump met once (the call), with three sources.
	for _, r := range d.Relationships {
		if r.Type == RelMet && r.Start == "donald-trump" && r.End == "khalifa-haftar" {
			if r.Properties["meetings"] != 1 || r.Properties["sources"] != 3 {
				t.Errorf("MET trump-haftar = %v", r.Properties)
			}
		}
	}
}

func TestDocumentIndependentOfOrder(t *testing.T) {
	fs := romeStory()
	want, _ := json.Marshal(build(fs))
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		r.Shuffle(len(fs), func(a, b int) { fs[a], fs[b] = fs[b], fs[a] })
		got, _ := json.Marshal(build(fs))
		if string(got) != string(want) {
			t.Fatalf("order %d changed the document", i)
		}
	}
}

func claim(id, mode, date, place string, actors ...string) MeetingClaim {
	return MeetingClaim{ID: id, Article: id[:1], Meeting: tMeeting(mode, date, place, actors...)}
}

func TestClusterRules(t *testing.T) {
	cases := []struct {
		name   string
		claims []MeetingClaim
		want   int // clusters
	}{
		{"one shared actor is not enough", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates"),
			claim("b/m0", ModeInPerson, "2020-01-08", "", "haftar", "norland"),
		}, 2},
		{"two shared actors are", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-08", "rome", "haftar", "coates", "norland"),
			claim("b/m0", ModeInPerson, "--01-08", "", "haftar", "coates"),
		}, 1},
		{"a call is not a meeting", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates"),
			claim("b/m0", ModeCall, "2020-01-08", "", "haftar", "coates"),
		}, 2},
		{"phone and video are one class", []MeetingClaim{
			claim("a/m0", ModeCall, "2020-01-08", "", "haftar", "coates"),
			claim("b/m0", ModeVideo, "2020-01-08", "", "haftar", "coates"),
		}, 1},
		{"different months", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates"),
			claim("b/m0", ModeInPerson, "2020-02-08", "", "haftar", "coates"),
		}, 2},
		{"different years", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2019-01-08", "", "haftar", "coates"),
			claim("b/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates"),
		}, 2},
		{"undated joins only undated", []MeetingClaim{
			claim("a/m0", ModeInPerson, "", "", "haftar", "coates"),
			claim("b/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates"),
			claim("c/m0", ModeInPerson, "", "", "haftar", "coates"),
		}, 2},
		{"days a week apart", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates"),
			claim("b/m0", ModeInPerson, "2020-01-15", "", "haftar", "coates"),
		}, 2},
		// (the mediators' meeting with each side, which one article tells
		// apart: "the two never sat at one table")
		{"one article's meetings stay apart", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-13", "moscow", "lavrov", "cavusoglu", "sarraj"),
			claim("a/m1", ModeInPerson, "2020-01-13", "moscow", "lavrov", "cavusoglu", "haftar"),
		}, 2},
		{"another article's report joins one of them", []MeetingClaim{
			claim("a/m0", ModeInPerson, "2020-01-13", "moscow", "lavrov", "cavusoglu", "sarraj"),
			claim("a/m1", ModeInPerson, "2020-01-13", "moscow", "lavrov", "cavusoglu", "haftar"),
			claim("b/m0", ModeInPerson, "--01-13", "", "lavrov", "cavusoglu"),
		}, 2},
	}
	for _, c := range cases {
		got := ClusterMeetings(c.claims)
		if len(got) != c.want {
			t.Errorf("%s: %d clusters, want %d: %v", c.name, len(got), c.want, got)
		}
	}
}

func TestCancelledIsNotTheHeldMeeting(t *testing.T) {
	a := claim("a/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates")
	b := claim("b/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates")
	b.Status = StatusCancelled
	if n := len(ClusterMeetings([]MeetingClaim{a, b})); n != 2 {
		t.Fatalf("clusters = %d", n)
	}
	c := claim("c/m0", ModeInPerson, "2020-01-08", "", "haftar", "coates")
	c.Status = StatusPlanned
	cl := ClusterMeetings([]MeetingClaim{a, c})
	if len(cl) != 1 || Merge(cl[0]).Status != StatusHeld {
		t.Fatalf("planned + held: %v", cl)
	}
}

func TestContradictionsKeepBothVersions(t *testing.T) {
	cl := ClusterMeetings([]MeetingClaim{
		claim("a/m0", ModeInPerson, "2020-01-08", "rome", "haftar", "coates"),
		claim("b/m0", ModeInPerson, "2020-01-08", "rome", "haftar", "coates"),
		claim("c/m0", ModeInPerson, "2020-01-09", "", "haftar", "coates"),
		claim("d/m0", ModeInPerson, "2020-01-08", "paris", "haftar", "coates"),
	})
	if len(cl) != 1 {
		t.Fatalf("clusters = %d, want 1", len(cl))
	}
	m := Merge(cl[0])
	if m.Date.String() != "2020-01-08" || m.Place != "rome" {
		t.Errorf("primary = %s %s", m.Date, m.Place)
	}
	want := []string{"date: 2020-01-08 vs 2020-01-09", "place: rome vs paris"}
	if !reflect.DeepEqual(m.Contradictions, want) {
		t.Errorf("contradictions = %q, want %q", m.Contradictions, want)
	}
	if len(m.AltDates) != 1 || !reflect.DeepEqual(m.AltPlaces, []string{"paris"}) || !reflect.DeepEqual(m.Places, []string{"rome", "paris"}) {
		t.Errorf("alternatives: %v %v %v", m.AltDates, m.AltPlaces, m.Places)
	}
}

func TestClusterIsOrderFreeAndClosedSubsetsAgree(t *testing.T) {
	var all []MeetingClaim
	r := rand.New(rand.NewSource(7))
	actors := []string{"a", "b", "c", "d"}
	for i := 0; i < 60; i++ {
		p := r.Perm(len(actors))[:2+r.Intn(2)]
		var as []string
		for _, k := range p {
			as = append(as, actors[k])
		}
		date := []string{"2020-01-08", "2020-01-09", "--01-08", "2020-01", "", "2020-02-03"}[r.Intn(6)]
		place := []string{"", "rome", "paris"}[r.Intn(3)]
		c := claim(string(rune('a'+i%26))+"/m"+string(rune('0'+i/26)), ModeInPerson, date, place, as...)
		c.ID = c.ID + "-" + string(rune('A'+i))
		all = append(all, c)
	}
	want := ClusterMeetings(all)
	shuffled := append([]MeetingClaim(nil), all...)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if got := ClusterMeetings(shuffled); !reflect.DeepEqual(ids(got), ids(want)) {
		t.Fatal("order changed the clusters")
	}
	// The February claims form a closed subset: clustering them alone
	// gives the clusters they form in the whole.
	var feb []MeetingClaim
	for _, c := range all {
		if c.Date.Month == 2 {
			feb = append(feb, c)
		}
	}
	var wantFeb [][]string
	for _, g := range ids(want) {
		for _, c := range all {
			if c.ID == g[0] && c.Date.Month == 2 {
				wantFeb = append(wantFeb, g)
			}
		}
	}
	if got := ids(ClusterMeetings(feb)); !reflect.DeepEqual(got, wantFeb) {
		t.Fatalf("subset clusters %v, want %v", got, wantFeb)
	}
}

func ids(cl [][]MeetingClaim) [][]string {
	var out [][]string
	for _, g := range cl {
		var x []string
		for _, c := range g {
			x = append(x, c.ID)
		}
		out = append(out, x)
	}
	return out
}

func TestStatementsMergeAlongStoriesOnly(t *testing.T) {
	fs := romeStory()
	say := func(f *Facts, text string) {
		f.Statements = append(f.Statements, Statement{Speaker: "khalifa-haftar", Text: text, Lang: f.Article.Lang,
			Evidence: Evidence{Start: 100, End: 120, Confidence: 0.7}})
	}
	say(&fs[0], "ur text")
	say(&fs[1], "ar text")
	say(&fs[2], "de text")
	say(&fs[3], "another")
	d := build(fs)
	st := nodesByLabel(d, LabelStatement)
	if len(st) != 2 {
		t.Fatalf("statements = %d, want 2: %v", len(st), st)
	}
	for _, s := range st {
		n := len(relsInto(d, RelReports, s.ID))
		if s.Properties["text"] == "another" && n != 1 || s.Properties["text"] != "another" && (n != 3 || s.Properties["origins"] != 1) {
			t.Errorf("statement %v has %d reports", s.Properties, n)
		}
	}
}

func TestClaimPropsRoundTrip(t *testing.T) {
	c := claim("a/m0", ModeVisit, "--01-08", "rome", "haftar", "coates")
	c.Participants[0].Role = RoleHost
	c.Evidence.Spans = [][2]int{{1, 2}, {5, 9}}
	b, _ := json.Marshal(MeetingClaimProps(c))
	var p map[string]any // as read back: float64 numbers, []any lists
	json.Unmarshal(b, &p)
	got, err := MeetingClaimFrom("a", p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, c)
	}
	s := StatementClaim{ID: "a/s0", Article: "a", Statement: Statement{Speaker: "x", Text: "t", Quote: true, Lang: "de", About: []string{"y"},
		Date: Date{Month: 1, Day: 2}, Evidence: Evidence{Start: 1, End: 3, Trigger: [2]int{1, 2}, Confidence: 0.5}}}
	b, _ = json.Marshal(StatementClaimProps(s))
	p = nil
	json.Unmarshal(b, &p)
	gs, err := StatementClaimFrom("a", p)
	if err != nil || !reflect.DeepEqual(gs, s) {
		t.Fatalf("statement round trip: %v\n got %+v\nwant %+v", err, gs, s)
	}
}

// The loader links a batch's new articles to stored ones; pairs of two stored
// articles must not be scored again, and no new pair may be lost.
func TestLinkNewStoriesKeepsOnlyPairsWithANewArticle(t *testing.T) {
	var entries []*Entry
	for _, f := range romeStory() {
		entries = append(entries, NewEntry(f))
	}
	all := LinkStories(entries)
	if len(all["000"]) == 0 || len(all["001"]) == 0 {
		t.Fatalf("the Rome story links nothing: %v", all)
	}
	got := LinkNewStories(entries, map[string]bool{"002": true})
	for a, os := range all {
		for o, score := range os {
			want := a == "002" || o == "002"
			if s, ok := got[a][o]; ok != want || (ok && s != score) {
				t.Errorf("pair %s-%s: in new = %v (score %v), want %v (score %v)", a, o, ok, s, want, score)
			}
		}
	}
}

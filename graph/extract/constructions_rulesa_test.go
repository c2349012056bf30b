package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// consCase is one sentence (or two) of a wire report and what it says: its
// meetings as "class status date participants" (class meet, call or video;
// date "-" when none; participants sorted) and the speakers of its
// statements in order of appearance, sorted.
type consCase struct {
	text string
	meet []string
	say  []string
}

// consPublished is the paper's date the cases resolve relative dates
// against: a Wednesday.
const consPublished = "2021-03-10"

// consSummary writes an article's facts as consCase lists them.
func consSummary(f graph.Facts) (meet, say []string) {
	for _, m := range f.Meetings {
		class := "meet"
		switch m.Mode {
		case graph.ModeCall:
			class = "call"
		case graph.ModeVideo:
			class = "video"
		}
		status := m.Status
		if status == "" {
			status = graph.StatusHeld
		}
		date := m.Date.String()
		if date == "" {
			date = "-"
		}
		ps := participants(m)
		slices.Sort(ps)
		meet = append(meet, class+" "+status+" "+date+" "+strings.Join(ps, ","))
	}
	for _, s := range f.Statements {
		say = append(say, s.Speaker)
	}
	slices.Sort(meet)
	slices.Sort(say)
	return meet, say
}

// runConstructions checks every case of one language.
func runConstructions(t *testing.T, lang string, cases []consCase) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		f, err := x.Article(graph.Article{ID: "t", Lang: lang, Published: consPublished, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		meet, say := consSummary(f)
		want := slices.Clone(c.meet)
		slices.Sort(want)
		wantSay := slices.Clone(c.say)
		slices.Sort(wantSay)
		if !slices.Equal(meet, want) || !slices.Equal(say, wantSay) {
			t.Errorf("%s %s\n got meet %q say %q\nwant meet %q say %q", lang, c.text, meet, say, want, wantSay)
		}
	}
}

package neo4j

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// cookbookFacts are the hand-built Rome facts (the seeds' known events)
// plus an English report that gives the Rome meeting another day, and an
// actor found only by a title.
func cookbookFacts() []graph.Facts {
	fs := hRome()
	late := hFacts(hArticle("004", "en"), hMeeting(graph.ModeInPerson, "2020-01-09", "", "khalifa-haftar", "victoria-coates", "richard-norland"))
	late.Actors = append(late.Actors, graph.Actor{ID: "general-x", Name: "General X", Kind: graph.KindPerson, Role: "general"})
	late.Mentions["general-x"] = 1
	return append(fs, late)
}

type recipe struct {
	title, cypher, expect string
}

var (
	blockRe  = regexp.MustCompile("(?s)```cypher\n(.*?)```\\s*<!-- expect: (.*?) -->")
	titleRe  = regexp.MustCompile(`(?m)^## (.*)$`)
	paramsRe = regexp.MustCompile("(?s)```params\n:params (\\{.*?\\})\n```")
)

func readCookbook(t *testing.T) (params string, recipes []recipe) {
	t.Helper()
	b, err := os.ReadFile("../../docs/cypher.md")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	m := paramsRe.FindStringSubmatch(src)
	if m == nil {
		t.Fatal("docs/cypher.md: no ```params block")
	}
	for _, loc := range blockRe.FindAllStringSubmatchIndex(src, -1) {
		titles := titleRe.FindAllStringSubmatch(src[:loc[0]], -1)
		title := "?"
		if len(titles) > 0 {
			title = titles[len(titles)-1][1]
		}
		recipes = append(recipes, recipe{title, src[loc[2]:loc[3]], src[loc[4]:loc[5]]})
	}
	if n := strings.Count(src, "```cypher"); n != len(recipes) {
		t.Fatalf("%d cypher blocks but %d with an expect comment", n, len(recipes))
	}
	return m[1], recipes
}

func TestCookbookQueriesAnswer(t *testing.T) {
	params, recipes := readCookbook(t)
	if len(recipes) < 12 {
		t.Fatalf("%d queries, want at least 12", len(recipes))
	}
	s := fresh(t)
	write(t, s, cookbookFacts())
	res, err := s.query(ctxT(t), "RETURN "+params+" AS p", nil)
	if err != nil {
		t.Fatalf("params %s: %v", params, err)
	}
	p := propsOf(res.Records[0], "p")
	for _, r := range recipes {
		t.Run(r.title, func(t *testing.T) {
			res, err := s.query(ctxT(t), r.cypher, p)
			if err != nil {
				t.Fatalf("%v\n%s", err, r.cypher)
			}
			var rows []string
			for _, rec := range res.Records {
				rows = append(rows, fmt.Sprint(rec.Values))
			}
			all := strings.Join(rows, "\n")
			for _, cond := range strings.Split(r.expect, ",") {
				cond = strings.TrimSpace(cond)
				var ok bool
				switch {
				case strings.HasPrefix(cond, "rows >= "):
					n, _ := strconv.Atoi(strings.TrimPrefix(cond, "rows >= "))
					ok = len(rows) >= n
				case strings.HasPrefix(cond, "rows = "):
					n, _ := strconv.Atoi(strings.TrimPrefix(cond, "rows = "))
					ok = len(rows) == n
				case strings.HasPrefix(cond, "contains "):
					ok = strings.Contains(all, strings.Trim(strings.TrimPrefix(cond, "contains "), `"`))
				case strings.HasPrefix(cond, "first "):
					ok = len(rows) > 0 && strings.Contains(rows[0], strings.Trim(strings.TrimPrefix(cond, "first "), `"`))
				default:
					t.Fatalf("unknown expectation %q", cond)
				}
				if !ok {
					t.Errorf("expect %s; got %d rows:\n%s", cond, len(rows), all)
				}
			}
		})
	}
}

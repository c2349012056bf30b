package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestMetaFastIsJSON: every line metaFast decodes, encoding/json decodes
// to the same meta; lines it leaves are those of other shapes.
func TestMetaFastIsJSON(t *testing.T) {
	lines := []string{
		`{"id":"a","title":"T","lang":"en","published":"2020-01-02","outlet":"o","url":"u","text":"Hello\n\nworld \"q\" \\ \/ \t\r\b\f é ё ع"}` + "\n",
		` { "text" : "x" , "id" : "1" } ` + "\r\n",
		`{}`,
		`{"text":"a","text":"b"}`,
		`{"text":"\u00e9"}`,
		`{"Text":"x"}`,
		`{"text":null}`,
		`{"text":1}`,
		`{"text":"x","extra":"y"}`,
		`{"text":"x",}`,
		`{"text":"x"} {}`,
		`{"text":"x"`,
		`{"text":"a` + "\x01" + `"}`,
		`{"text":"a` + "\xff" + `"}`,
		`{"text":"a\x"}`,
		`{"text":"a\`,
		`[]`,
		``,
	}
	if f, err := os.Open("../../testdata/bad/mixed.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
	}
	if p := os.Getenv("PARLEY_BENCH_CORPUS"); p != "" {
		if f, err := os.Open(p); err == nil {
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, MaxArticleBytes+1)
			for n := 0; sc.Scan() && n < 20000; n++ {
				lines = append(lines, sc.Text())
			}
			f.Close()
		}
	}
	fast := 0
	for _, l := range lines {
		m, ok := metaFast([]byte(l))
		if !ok {
			continue
		}
		fast++
		var j meta
		if err := json.Unmarshal([]byte(l), &j); err != nil {
			t.Errorf("%q: metaFast took a line encoding/json refuses: %v", l, err)
			continue
		}
		if m != j {
			t.Errorf("%q: metaFast %+v, encoding/json %+v", l, m, j)
		}
	}
	t.Logf("metaFast took %d of %d lines", fast, len(lines))
	if fast < 5 {
		t.Errorf("metaFast took %d lines, want the 5 usual ones at least", fast)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// emptyDB points the configuration at the throwaway server and empties it
// (in an auto-commit transaction: CALL {} IN TRANSACTIONS needs one).
func emptyDB(t *testing.T) {
	t.Helper()
	useDB(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	drv, err := bolt.NewDriverWithContext(db.URI, bolt.BasicAuth(db.User, db.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	sess := drv.NewSession(ctx, bolt.SessionConfig{})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// parley runs a subcommand in-process.
func parley(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	code = run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

// seedCopy copies the seeds into a temporary directory.
func seedCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src, _ := filepath.Glob("../../seeds/*.txt")
	if len(src) == 0 {
		t.Fatal("no seeds")
	}
	for _, f := range src {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExtractPrintsWhatExportPrintsAfterLoad(t *testing.T) {
	emptyDB(t)
	dir := seedCopy(t)
	code, extracted, stderr := parley(t, "extract", dir)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	var doc struct {
		Nodes         []json.RawMessage `json:"nodes"`
		Relationships []json.RawMessage `json:"relationships"`
	}
	if err := json.Unmarshal([]byte(extracted), &doc); err != nil || len(doc.Nodes) == 0 {
		t.Fatalf("extract printed no document: %v\n%s", err, extracted)
	}
	// Into an empty database the load takes the bulk path; -incremental
	// merges batch by batch. Both store what extract prints.
	for _, args := range [][]string{{"load", dir}, {"load", "-incremental", "-batch", "2", dir}} {
		emptyDB(t)
		code, out, stderr := parley(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s\n%s", args, code, out, stderr)
		}
		if bulk := strings.Contains(stderr, "bulk load"); bulk != (len(args) == 2) {
			t.Errorf("%v: bulk path taken = %v: %s", args, bulk, stderr)
		}
		code, exported, stderr := parley(t, "export")
		if code != 0 {
			t.Fatalf("export: exit %d: %s", code, stderr)
		}
		if exported != extracted {
			t.Fatalf("export after %v differs from extract:\nextract: %.2000s\nexport:  %.2000s", args, extracted, exported)
		}
	}
}

func TestLoadTwiceThenChangeAndRemove(t *testing.T) {
	emptyDB(t)
	dir := seedCopy(t)
	code, out1, stderr := parley(t, "load", dir)
	if code != 0 || !strings.Contains(out1, "new=4") {
		t.Fatalf("first load: exit %d: %s %s", code, out1, stderr)
	}
	code, out2, _ := parley(t, "load", dir)
	if code != 0 || !strings.Contains(out2, "unchanged=4") || !strings.Contains(out2, "new=0") {
		t.Fatalf("second load: %s", out2)
	}
	graphPart := func(s string) string { _, g, _ := strings.Cut(s, "graph:"); g, _, _ = strings.Cut(g, "|"); return g }
	if graphPart(out1) != graphPart(out2) {
		t.Fatalf("counts changed: %q vs %q", graphPart(out1), graphPart(out2))
	}
	// Change one file: its old facts go, the rest stays as extract says.
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	b, _ := os.ReadFile(files[3])
	os.WriteFile(files[3], append(b, []byte("\n\nA closing line added later.\n")...), 0o644)
	code, out3, _ := parley(t, "load", dir)
	if code != 0 || !strings.Contains(out3, "updated=1") || !strings.Contains(out3, "unchanged=3") {
		t.Fatalf("load after change: %s", out3)
	}
	_, extracted, _ := parley(t, "extract", dir)
	_, exported, _ := parley(t, "export")
	if exported != extracted {
		t.Fatal("after the change the database differs from extract")
	}
	// Remove by path.
	code, out4, stderr := parley(t, "remove", files[3])
	if code != 0 || !strings.Contains(out4, "removed: articles=1") {
		t.Fatalf("remove: exit %d %s %s", code, out4, stderr)
	}
	os.Remove(files[3])
	_, extracted, _ = parley(t, "extract", dir)
	_, exported, _ = parley(t, "export")
	if exported != extracted {
		t.Fatal("after remove the database differs from extract of the remaining files")
	}
	if code, _, stderr := parley(t, "remove", "no-such-article"); code != 1 || !strings.Contains(stderr, "no-such-article") {
		t.Fatalf("remove of a missing article: exit %d %s", code, stderr)
	}
}

func TestBadFileIsReportedAndTheGoodOnesLoad(t *testing.T) {
	emptyDB(t)
	dir := seedCopy(t)
	bad := filepath.Join(dir, "zz_bad.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01\x02binary\xff\xfe"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := parley(t, "load", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	if !strings.Contains(stderr, "zz_bad.txt") {
		t.Errorf("the bad file is not named: %s", stderr)
	}
	if !strings.Contains(out, "articles=4 ") || !strings.Contains(out, "errors=1") {
		t.Errorf("summary: %s", out)
	}
	code, _, _ = parley(t, "extract", dir)
	if code != 1 {
		t.Errorf("extract with a bad file: exit %d, want 1", code)
	}
}

func TestExportFormatsAndFilters(t *testing.T) {
	emptyDB(t)
	dir := seedCopy(t)
	if code, _, stderr := parley(t, "load", dir); code != 0 {
		t.Fatal(stderr)
	}
	code, out, stderr := parley(t, "export", "--format", "cytoscape")
	var cy struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &cy) != nil || len(cy.Elements.Nodes) == 0 {
		t.Fatalf("cytoscape: exit %d %s %.300s", code, stderr, out)
	}
	for _, e := range cy.Elements.Edges {
		if e.Data["source"] == nil || e.Data["target"] == nil || e.Data["id"] == nil {
			t.Fatalf("edge without source/target/id: %v", e.Data)
		}
	}
	path := filepath.Join(t.TempDir(), "g.graphml")
	if code, _, stderr := parley(t, "export", "--format", "graphml", "-o", path); code != 0 {
		t.Fatal(stderr)
	}
	if b, err := os.ReadFile(path); err != nil || !bytes.Contains(b, []byte("<graphml")) {
		t.Fatalf("graphml file: %v", err)
	}
	if code, _, _ := parley(t, "export", "--format", "xml"); code != 2 {
		t.Errorf("unknown format: exit %d, want 2", code)
	}
	if code, _, _ := parley(t, "export", "--from", "8 January"); code != 2 {
		t.Errorf("bad date: exit %d, want 2", code)
	}
	_, all, _ := parley(t, "export")
	_, some, _ := parley(t, "export", "--min-sources", "1000")
	if len(some) >= len(all) || !strings.Contains(some, `"nodes": []`) {
		t.Errorf("--min-sources 1000 kept something: %.300s", some)
	}
}

package neo4j

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley/parley/internal/neo4jtest"
)

var db *neo4jtest.Server

func TestMain(m *testing.M) { os.Exit(neo4jtest.Run(m, &db)) }

// open returns a store on an emptied test database with the schema applied.
func open(t *testing.T) *Store {
	t.Helper()
	neo4jtest.Need(t, db)
	db.Reset(t)
	s, err := Open(Config{URI: db.URI, User: db.User, Password: db.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPingReportsVersion(t *testing.T) {
	s := open(t)
	v, err := s.Ping(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(v, "5.26.") || !strings.Contains(v, "community") {
		t.Fatalf("version = %q, want 5.26.x community", v)
	}
	t.Logf("real Neo4j %s at %s", v, db.URI)
}

func TestApplySchemaIsIdempotent(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("second apply: %v", err)
	}
	res, err := s.query(ctx, `SHOW INDEXES YIELD name RETURN collect(name) AS names`, nil)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := res.Records[0].Get("names")
	got := map[string]bool{}
	for _, n := range names.([]any) {
		got[n.(string)] = true
	}
	for _, want := range []string{"actor_id", "meeting_id", "meeting_date", "actor_names", "article_id"} {
		if !got[want] {
			t.Errorf("index %s missing; have %v", want, names)
		}
	}
}

func TestPingFailsWhenUnreachable(t *testing.T) {
	s, err := Open(Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "x"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := s.Ping(ctx); err == nil {
		t.Fatal("ping of a closed port succeeded")
	}
}

func TestSchemaStatements(t *testing.T) {
	got := schemaStatements("// c\nCREATE A;\nCREATE B\n  OPTIONS {};\n")
	if len(got) != 2 || got[0] != "CREATE A" || !strings.HasPrefix(got[1], "CREATE B") {
		t.Fatalf("got %q", got)
	}
}

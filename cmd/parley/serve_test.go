package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley/parley/internal/neo4jtest"
)

var db *neo4jtest.Server

func TestMain(m *testing.M) { os.Exit(neo4jtest.Run(m, &db)) }

// useDB points the configuration at the throwaway server.
func useDB(t *testing.T) {
	t.Helper()
	neo4jtest.Need(t, db)
	t.Setenv("NEO4J_URI", db.URI)
	t.Setenv("NEO4J_USER", db.User)
	t.Setenv("NEO4J_PASSWORD", db.Password)
	t.Setenv("NEO4J_DATABASE", "")
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startServe runs `parley serve` in-process until the test ends.
func startServe(t *testing.T) string {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var stderr bytes.Buffer
	go func() { done <- run(ctx, []string{"serve", "-addr", addr}, &bytes.Buffer{}, &stderr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, stderr.String())
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop within 15s")
		}
	})
	for i := 0; i < 300; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return "http://" + addr
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("serve did not listen on %s: %s", addr, stderr.String())
	return ""
}

func health(t *testing.T, base string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("healthz body: %v", err)
	}
	return resp.StatusCode, body
}

func TestServeHealthzReportsNeo4jVersion(t *testing.T) {
	useDB(t)
	base := startServe(t)
	code, body := health(t, base)
	if code != http.StatusOK {
		t.Fatalf("healthz = %d %v", code, body)
	}
	if v := fmt.Sprint(body["neo4j"]); !strings.HasPrefix(v, "5.26.") {
		t.Fatalf("healthz neo4j = %q, want the server's 5.26.x version", v)
	}
}

func TestServeStartsWithoutDatabaseAndSays503(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://"+freeAddr(t)) // nothing listens there
	t.Setenv("NEO4J_PASSWORD", "whatever-password")
	base := startServe(t)
	code, body := health(t, base)
	if code != http.StatusServiceUnavailable {
		t.Fatalf("healthz = %d %v, want 503", code, body)
	}
}

func TestPingCommand(t *testing.T) {
	useDB(t)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ping"}, &out, &errb); code != 0 {
		t.Fatalf("ping exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "5.26.") {
		t.Fatalf("ping printed %q", out.String())
	}
}

// TestServeRecoversWhenNeo4jReturns kills the real Neo4j under a running
// dashboard, checks that /healthz and the pages say the database is
// unreachable (and answer quickly), restarts the server and checks that
// the dashboard serves again within seconds, with no restart of its own.
// It runs last in the package: it takes the shared server down.
func TestServeRecoversWhenNeo4jReturns(t *testing.T) {
	useDB(t)
	base := startServe(t)
	if code, body := health(t, base); code != http.StatusOK {
		t.Fatalf("healthz before = %d %v", code, body)
	}
	db.Kill()
	t0 := time.Now()
	if code, body := health(t, base); code != http.StatusServiceUnavailable {
		t.Fatalf("healthz with Neo4j killed = %d %v, want 503", code, body)
	}
	t.Logf("healthz answered in %s", time.Since(t0).Round(time.Millisecond))
	if d := time.Since(t0); d > 5*time.Second {
		t.Errorf("healthz took %s with the database down; it pings with a 3 s bound", d)
	}
	t0 = time.Now()
	resp, err := http.Get(base + "/actors")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(strings.ToLower(string(page)), "unreachable") {
		t.Errorf("/actors with Neo4j killed = %d, want 503 and a page saying the database is unreachable", resp.StatusCode)
	}
	t.Logf("/actors answered in %s", time.Since(t0).Round(time.Millisecond))
	if d := time.Since(t0); d > 11*time.Second {
		t.Errorf("/actors took %s with the database down; a request's database work is bounded by 10 s", d)
	}
	if err := db.Restart(); err != nil {
		t.Fatalf("restart neo4j: %v", err)
	}
	up := time.Now()
	for {
		code, _ := health(t, base)
		if code == http.StatusOK {
			resp, err := http.Get(base + "/actors")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
		}
		if time.Since(up) > 15*time.Second {
			t.Fatalf("dashboard not back 15s after Neo4j answered again")
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("dashboard back %s after Neo4j answered again", time.Since(up).Round(time.Millisecond))
}

package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{name, "-h"}, &out, &errb)
		if code != 0 {
			t.Errorf("parley %s -h: exit %d: %s", name, code, errb.String())
		}
		if !strings.Contains(errb.String(), "usage: parley "+name) {
			t.Errorf("parley %s -h printed %q", name, errb.String())
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"frobnicate"}, &out, &errb); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(errb.String(), `unknown command "frobnicate"`) {
		t.Fatalf("stderr %q", errb.String())
	}
}

func TestConfigRejectsBadScheme(t *testing.T) {
	t.Setenv("NEO4J_URI", "http://localhost:7474")
	if _, err := LoadConfig(); err == nil {
		t.Fatal("http:// accepted as a Bolt URI")
	}
	for _, uri := range []string{"bolt://localhost:7687", "neo4j://db:7687", "neo4j+s://x.databases.neo4j.io"} {
		t.Setenv("NEO4J_URI", uri)
		c, err := LoadConfig()
		if err != nil || c.Neo4j.URI != uri {
			t.Errorf("%s: %v", uri, err)
		}
	}
}

func TestConfigDefaultsAndPasswordNotInString(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("PARLEY_ADDR", "")
	t.Setenv("NEO4J_PASSWORD", "s3cret-value")
	c, err := LoadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:8080" || c.Neo4j.URI != "bolt://127.0.0.1:7687" {
		t.Fatalf("defaults: %+v", c)
	}
	if strings.Contains(c.String(), "s3cret") {
		t.Fatal("the password leaks into logs")
	}
}

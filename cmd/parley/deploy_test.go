package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// Docker cannot run on the development machines, so docker-compose.yml is
// kept honest by reading it: the services, the Neo4j line and the ports must
// agree with the Makefile and the pom that assembles the local server.
func TestComposeMatchesMakefile(t *testing.T) {
	raw, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Build       any               `yaml:"build"`
			Ports       []string          `yaml:"ports"`
			Environment map[string]string `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
			Healthcheck *struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
			DependsOn map[string]struct {
				Condition string `yaml:"condition"`
			} `yaml:"depends_on"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	makeVar := func(name string) string {
		m := regexp.MustCompile(`(?m)^` + name + `\s*\?=\s*(\S+)`).FindSubmatch(mk)
		if m == nil {
			t.Fatalf("Makefile has no %s", name)
		}
		return string(m[1])
	}
	pom, err := os.ReadFile("../../scripts/neo4j/pom.xml")
	if err != nil {
		t.Fatal(err)
	}
	pomVersion := regexp.MustCompile(`<neo4j.version>(\d+\.\d+)\.\d+</neo4j.version>`).FindSubmatch(pom)
	if pomVersion == nil {
		t.Fatal("pom.xml: no neo4j.version")
	}

	neo, ok := compose.Services["neo4j"]
	if !ok {
		t.Fatal("no neo4j service")
	}
	if want := "neo4j:" + string(pomVersion[1]) + "-community"; neo.Image != want {
		t.Errorf("neo4j image = %q, want %q (the line make neo4j assembles)", neo.Image, want)
	}
	for _, port := range []string{makeVar("NEO4J_BOLT_PORT"), makeVar("NEO4J_HTTP_PORT")} {
		if !publishes(neo.Ports, port) {
			t.Errorf("neo4j service does not publish %s on loopback: %v", port, neo.Ports)
		}
	}
	if neo.Healthcheck == nil || len(neo.Healthcheck.Test) == 0 {
		t.Error("neo4j service has no healthcheck")
	}
	if !strings.Contains(neo.Environment["NEO4J_AUTH"], "NEO4J_PASSWORD") {
		t.Errorf("NEO4J_AUTH does not come from .env: %q", neo.Environment["NEO4J_AUTH"])
	}
	named := false
	for _, v := range neo.Volumes {
		name, _, _ := strings.Cut(v, ":")
		if _, ok := compose.Volumes[name]; ok {
			named = true
		}
	}
	if !named {
		t.Errorf("neo4j data is not on a named volume: %v", neo.Volumes)
	}

	app, ok := compose.Services["parley"]
	if !ok {
		t.Fatal("no parley service")
	}
	if app.Build == nil {
		t.Error("parley service is not built from the Dockerfile")
	}
	if app.DependsOn["neo4j"].Condition != "service_healthy" {
		t.Error("parley does not wait for a healthy neo4j")
	}
	if !publishes(app.Ports, makeVar("PARLEY_PORT")) {
		t.Errorf("parley service does not publish %s: %v", makeVar("PARLEY_PORT"), app.Ports)
	}
	if _, err := os.Stat("../../Dockerfile"); err != nil {
		t.Error(err)
	}
}

// publishes reports whether ports maps host loopback:port to the same container port.
func publishes(ports []string, port string) bool {
	for _, p := range ports {
		if p == "127.0.0.1:"+port+":"+port {
			return true
		}
	}
	return false
}

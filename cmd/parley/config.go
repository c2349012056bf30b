package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"

	"github.com/joho/godotenv"

	"github.com/parley/parley/graph/neo4j"
)

// Config is Parley's configuration: the environment, then an optional .env
// in the working directory (values already in the environment win).
type Config struct {
	Neo4j neo4j.Config
	Addr  string // PARLEY_ADDR: where the dashboard listens
	// BrowserURL is where users open Neo4j Browser (PARLEY_NEO4J_BROWSER).
	BrowserURL string
}

// LoadConfig reads the configuration. A missing .env is fine; a malformed one
// is an error.
func LoadConfig() (Config, error) {
	if err := godotenv.Load(); err != nil && !errors.Is(err, os.ErrNotExist) {
		return Config{}, fmt.Errorf("read .env: %w", err)
	}
	c := Config{
		Neo4j: neo4j.Config{
			URI:      getenv("NEO4J_URI", "bolt://127.0.0.1:7687"),
			User:     getenv("NEO4J_USER", "neo4j"),
			Password: os.Getenv("NEO4J_PASSWORD"),
			Database: os.Getenv("NEO4J_DATABASE"),
		},
		Addr:       getenv("PARLEY_ADDR", "127.0.0.1:8080"),
		BrowserURL: getenv("PARLEY_NEO4J_BROWSER", "http://localhost:7474/browser/"),
	}
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil {
		return Config{}, fmt.Errorf("NEO4J_URI %q: %w", c.Neo4j.URI, err)
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return Config{}, fmt.Errorf("NEO4J_URI %q: scheme must be bolt://, neo4j:// or neo4j+s://", c.Neo4j.URI)
	}
	return c, nil
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// String describes the configuration for logs without the password.
func (c Config) String() string {
	return fmt.Sprintf("neo4j=%s user=%s database=%q addr=%s", c.Neo4j.URI, c.Neo4j.User, c.Neo4j.Database, c.Addr)
}

// Package neo4j stores Parley's graph in Neo4j and reads it back: the
// schema, batched writes of extracted facts, the reads the dashboard needs
// and the export. It knows nothing of HTTP.
package neo4j

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	boltcfg "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where the database is. URI may be bolt://, neo4j:// or
// neo4j+s:// (a cluster or Aura).
type Config struct {
	URI      string
	User     string
	Password string
	Database string // empty: the server's default database
}

// Store is a handle on one Neo4j database. It is safe for concurrent use.
type Store struct {
	driver bolt.DriverWithContext
	db     string
}

// Open creates the driver. It does not contact the server, so that the
// dashboard can start while the database is down; Ping does.
func Open(cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("open neo4j: empty URI")
	}
	drv, err := bolt.NewDriverWithContext(cfg.URI, bolt.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *boltcfg.Config) {
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = 10 * time.Second
			c.MaxConnectionPoolSize = 64
			// A dashboard request must fail fast when the database is gone
			// (the driver's default retries a read for 30 s); the loader
			// has its own bounded retries with backoff around each batch.
			c.MaxTransactionRetryTime = 2 * time.Second
		})
	if err != nil {
		return nil, fmt.Errorf("open neo4j %s: %w", cfg.URI, err)
	}
	return &Store{driver: drv, db: cfg.Database}, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// Ping checks that the database answers and returns its version, e.g.
// "5.26.30 community".
func (s *Store) Ping(ctx context.Context) (string, error) {
	res, err := s.query(ctx, `CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition`, nil)
	if err != nil {
		return "", fmt.Errorf("ping neo4j: %w", err)
	}
	if len(res.Records) == 0 {
		return "", errors.New("ping neo4j: no components")
	}
	v, _ := res.Records[0].Get("version")
	e, _ := res.Records[0].Get("edition")
	return fmt.Sprintf("%v %v", v, e), nil
}

//go:embed schema.cypher
var schema string

// ApplySchema creates the constraints and indexes. Every statement is
// idempotent (IF NOT EXISTS), so it runs at every start.
func (s *Store) ApplySchema(ctx context.Context) error {
	for _, stmt := range schemaStatements(schema) {
		var err error
		if strings.Contains(stmt, "IN TRANSACTIONS") {
			err = s.autoCommit(ctx, stmt)
		} else {
			_, err = s.query(ctx, stmt, nil)
		}
		if err != nil {
			return fmt.Errorf("apply schema %q: %w", firstLine(stmt), err)
		}
	}
	return s.fillDays(ctx)
}

// autoCommit runs a statement in an implicit transaction, which is what
// CALL { ... } IN TRANSACTIONS requires.
func (s *Store) autoCommit(ctx context.Context, stmt string) error {
	return s.autoCommitWith(ctx, stmt, nil)
}

// autoCommitWith is autoCommit with parameters.
func (s *Store) autoCommitWith(ctx context.Context, stmt string, params map[string]any) error {
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeWrite})
	defer sess.Close(context.Background())
	res, err := sess.Run(ctx, stmt, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// schemaStatements splits schema.cypher on semicolons, dropping comments.
func schemaStatements(src string) []string {
	var out []string
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		b.WriteString(line)
		b.WriteString("\n")
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(b.String()), ";"))
			b.Reset()
		}
	}
	if rest := strings.TrimSpace(b.String()); rest != "" {
		out = append(out, rest)
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// query runs one auto-committed, parameterised query and returns all records.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any) (*bolt.EagerResult, error) {
	return bolt.ExecuteQuery(ctx, s.driver, cypher, params, bolt.EagerResultTransformer, s.dbOpt())
}

func (s *Store) dbOpt() bolt.ExecuteQueryConfigurationOption {
	return bolt.ExecuteQueryWithDatabase(s.db)
}

// Driver exposes the driver to the tests of packages that check the graph
// directly.
func (s *Store) Driver() bolt.DriverWithContext { return s.driver }

// Database is the configured database name (empty: the default).
func (s *Store) Database() string { return s.db }

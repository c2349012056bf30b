// Package neo4jtest starts a real, throwaway Neo4j server for integration
// tests: free ports, a fresh data directory, stopped when the tests end. It
// is never a mock. The jars come from scripts/neo4j/neo4j.sh (downloaded
// once into .neo4j/).
//
// A package's tests use it through TestMain:
//
//	var db *neo4jtest.Server
//	func TestMain(m *testing.M) { os.Exit(neo4jtest.Run(m, &db)) }
//
// When no server can be started the whole package fails with the reason.
// A developer may opt out locally with PARLEY_SKIP_NEO4J=1 (the tests that
// need the database then skip, saying so); CI never sets it.
package neo4jtest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Password of every throwaway server.
const Password = "parley-test-password"

// Server is a running throwaway Neo4j.
type Server struct {
	URI      string // bolt://127.0.0.1:PORT
	HTTPPort int
	User     string
	Password string
	dir      string
	cmd      *exec.Cmd
	done     chan error
}

// SkipVar names the variable that lets a developer opt out locally.
const SkipVar = "PARLEY_SKIP_NEO4J"

// Run starts a server, runs the tests and stops it; it returns the exit
// code for os.Exit. *srv is nil when the developer opted out.
func Run(m *testing.M, srv **Server) int {
	if os.Getenv(SkipVar) == "1" {
		fmt.Fprintf(os.Stderr, "neo4jtest: %s=1: integration tests will skip\n", SkipVar)
		return m.Run()
	}
	s, err := Start()
	if err != nil {
		fmt.Fprintf(os.Stderr, "neo4jtest: FAIL: cannot start a throwaway Neo4j for the integration tests: %v\n"+
			"neo4jtest: install Java 17 and Maven (see README), or opt out locally with %s=1\n", err, SkipVar)
		return 1
	}
	*srv = s
	fmt.Fprintf(os.Stderr, "neo4jtest: integration tests run against a real Neo4j at %s\n", s.URI)
	code := m.Run()
	if err := s.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "neo4jtest: stop: %v\n", err)
	}
	return code
}

// Need skips the test when the developer opted out (srv is nil).
func Need(t testing.TB, srv *Server) {
	t.Helper()
	if srv == nil {
		t.Skipf("no Neo4j: %s=1", SkipVar)
	}
}

// Root finds the repository root (the directory holding go.mod).
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Start assembles (once) and starts a server on free ports.
func Start() (*Server, error) {
	root, err := Root()
	if err != nil {
		return nil, err
	}
	Sweep(os.TempDir())
	dir, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("mark owner of %s: %w", dir, err)
	}
	bolt, http, err := freePorts()
	if err != nil {
		return nil, err
	}
	prep := exec.Command("bash", filepath.Join(root, "scripts/neo4j/neo4j.sh"), "java-cmd", dir, fmt.Sprint(bolt), fmt.Sprint(http))
	// Small by default, for tests; benchmarks at scale set the memory of
	// the server they compare with (bench/scale.sh).
	prep.Env = append(os.Environ(), "NEO4J_PASSWORD="+Password)
	for k, v := range map[string]string{"NEO4J_HEAP": "256m", "NEO4J_HEAP_MAX": "768m", "NEO4J_PAGECACHE": "128m"} {
		if os.Getenv(k) == "" {
			prep.Env = append(prep.Env, k+"="+v)
		}
	}
	prep.Stderr = os.Stderr
	out, err := prep.Output()
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("prepare neo4j in %s: %w", dir, err)
	}
	args := strings.Fields(strings.TrimSpace(string(out)))
	if len(args) < 2 || !strings.HasSuffix(args[0], "java") {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("prepare neo4j: unexpected command %q", out)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+dir, "NEO4J_CONF="+filepath.Join(dir, "conf"))
	logf, err := os.Create(filepath.Join(dir, "console.log"))
	if err != nil {
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	// The server dies with the test process, even when the test binary is killed.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start neo4j: %w", err)
	}
	s := &Server{URI: fmt.Sprintf("bolt://127.0.0.1:%d", bolt), HTTPPort: http, User: "neo4j", Password: Password, dir: dir, cmd: cmd, done: make(chan error, 1)}
	go func() { s.done <- cmd.Wait(); logf.Close() }()
	if err := s.wait(120 * time.Second); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

const (
	dirPrefix = "parley-neo4j-"
	ownerFile = "owner.pid"
)

// Sweep removes the data directories of servers whose test process is gone.
// A test binary that is killed (a timeout, ^C) takes its server with it
// (Pdeathsig) but cannot remove the directory, and each one holds about half
// a gigabyte; left alone they fill the disk. A directory is removed only when
// it names its owner and that process no longer exists.
func Sweep(tmp string) {
	dirs, _ := filepath.Glob(filepath.Join(tmp, dirPrefix+"*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 || syscall.Kill(pid, 0) != syscall.ESRCH {
			continue
		}
		os.RemoveAll(dir)
	}
}

func (s *Server) wait(limit time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	drv, err := bolt.NewDriverWithContext(s.URI, bolt.BasicAuth(s.User, s.Password, ""))
	if err != nil {
		return err
	}
	defer drv.Close(ctx)
	for {
		select {
		case err := <-s.done:
			s.done <- err
			return fmt.Errorf("neo4j exited early (%v); log tail:\n%s", err, s.LogTail(30))
		case <-ctx.Done():
			return fmt.Errorf("neo4j did not answer on %s within %s; log tail:\n%s", s.URI, limit, s.LogTail(30))
		case <-time.After(300 * time.Millisecond):
		}
		if drv.VerifyConnectivity(ctx) == nil {
			return nil
		}
	}
}

// LogTail returns the last n lines of the server's logs.
func (s *Server) LogTail(n int) string {
	var lines []string
	for _, name := range []string{"console.log", "logs/neo4j.log"} {
		f, err := os.Open(filepath.Join(s.dir, name))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// Stop terminates the server and removes its directory.
func (s *Server) Stop() error {
	defer os.RemoveAll(s.dir)
	if s.cmd.Process == nil {
		return nil
	}
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
		return nil
	case <-time.After(30 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
		return errors.New("neo4j did not stop within 30s; killed")
	}
}

// Kill stops the server abruptly, for fault tests.
func (s *Server) Kill() {
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	<-s.done
}

// Restart starts a stopped or killed server again, on the same ports and
// data directory (after a kill Neo4j recovers its store on start), and waits
// until Bolt answers.
func (s *Server) Restart() error {
	cmd := exec.Command(s.cmd.Args[0], s.cmd.Args[1:]...)
	cmd.Env = s.cmd.Env
	logf, err := os.OpenFile(filepath.Join(s.dir, "console.log"), os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("restart neo4j: %w", err)
	}
	s.cmd, s.done = cmd, make(chan error, 1)
	go func() { s.done <- cmd.Wait(); logf.Close() }()
	return s.wait(120 * time.Second)
}

// Reset deletes every node and relationship, so each test starts empty.
func (s *Server) Reset(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	drv, err := bolt.NewDriverWithContext(s.URI, bolt.BasicAuth(s.User, s.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	// CALL { } IN TRANSACTIONS needs an auto-commit transaction: session.Run, not ExecuteQuery.
	sess := drv.NewSession(ctx, bolt.SessionConfig{})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("reset neo4j: %v", err)
	}
}

func freePorts() (int, int, error) {
	var ports []int
	var ls []net.Listener
	for range 2 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, 0, fmt.Errorf("free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports[0], ports[1], nil
}

// Command parley turns multilingual news articles into a Neo4j knowledge
// graph of diplomacy and serves a dashboard over it.
//
//	parley load PATH...       extract facts from articles and write them to Neo4j
//	parley extract PATH...    print the graph document of the articles, without a database
//	parley serve              serve the dashboard
//	parley export             print the graph (json, cytoscape, graphml)
//	parley remove ARTICLE...  take articles and what only they supported out of the graph
//	parley eval DIR           score extraction against a hand-annotated gold set
//	parley ping               exit 0 when Neo4j answers (used by make run)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand. run gets the arguments after the command name.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every subcommand may use: the configuration and the streams.
type env struct {
	cfg    Config
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

var commands = map[string]command{}

// register adds a subcommand; each lives in its own file.
func register(name, summary string, run func(ctx context.Context, env *env, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// errUsage marks errors already explained by a usage message.
var errUsage = errors.New("usage")

// exitCode lets a command ask for a particular exit status (e.g. 1 when
// some files failed but the rest loaded).
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel()}))
	slog.SetDefault(log)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "parley: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	cfg, err := LoadConfig()
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return 2
	}
	err = cmd.run(ctx, &env{cfg: cfg, stdout: stdout, stderr: stderr, log: log}, args[1:])
	var code exitCode
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.As(err, &code):
		return int(code)
	default:
		fmt.Fprintf(stderr, "parley %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: parley COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'parley COMMAND -h' for a command's flags. Configuration: see .env.example.")
}

func logLevel() slog.Level {
	if os.Getenv("PARLEY_DEBUG") == "1" {
		return slog.LevelDebug
	}
	return slog.LevelInfo
}

// flags makes a FlagSet for a subcommand whose -h prints its usage.
func flags(e *env, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: parley %s [flags] %s\n\n%s\n", name, args, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses a subcommand's flags, mapping a bad flag to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

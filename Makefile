# Parley. `make run` and `make test` do all set-up on a fresh machine.
SHELL := bash
.DEFAULT_GOAL := help

GO        ?= go
TEMPL     := $(GO) run github.com/a-h/templ/cmd/templ@v0.3.977
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME  ?=# empty: per-target execution counts in scripts/fuzz.sh

# Ports of the local Neo4j and the dashboard (docker-compose.yml publishes the same;
# cmd/parley/deploy_test.go checks that they agree).
NEO4J_BOLT_PORT ?= 7687
NEO4J_HTTP_PORT ?= 7474
PARLEY_PORT     ?= 8080
export NEO4J_BOLT_PORT NEO4J_HTTP_PORT

.PHONY: help run test neo4j neo4j-stop build generate check-generated lint unit fuzz bench bench-large clean

help:
	@echo "make run         start Neo4j (local, if NEO4J_URI does not answer), load seeds/, serve the dashboard"
	@echo "make test        vet, lint, unit + integration tests against a throwaway Neo4j, bounded fuzzing"
	@echo "make neo4j       start the local Neo4j in the background;  make neo4j-stop stops it"
	@echo "make generate    regenerate templ components;  make bench  benchmarks at 1k and 10k articles (make bench-large: 100k)"

.env:
	@cp .env.example .env
	@echo "created .env from .env.example (edit NEO4J_PASSWORD before exposing anything)"

build:
	$(GO) build -o bin/parley ./cmd/parley

neo4j: .env
	scripts/neo4j/neo4j.sh start

neo4j-stop:
	scripts/neo4j/neo4j.sh stop

run: .env build
	scripts/run.sh

generate:
	$(TEMPL) generate -path views

# check-generated fails when the committed *_templ.go files are stale.
check-generated:
	scripts/check-generated.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
		if [[ -n "$$out" ]]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

unit:
	scripts/test.sh

fuzz:
	scripts/fuzz.sh $(FUZZTIME)

test: check-generated lint unit fuzz

bench:
	bench/run.sh

bench-large:
	bench/run.sh 100000

clean:
	rm -rf bin

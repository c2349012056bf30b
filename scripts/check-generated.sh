#!/usr/bin/env bash
# Fails when the committed templ output (views/*_templ.go) differs from what the pinned
# templ generates, so that nobody edits generated code or forgets to regenerate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ls views/*.templ >/dev/null 2>&1 || { echo "check-generated: no templ files"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r views "$tmp/views"
rm -f "$tmp"/views/*_templ.go
go run github.com/a-h/templ/cmd/templ@v0.3.977 generate -path "$tmp/views" >/dev/null 2>&1
status=0
for f in "$tmp"/views/*_templ.go; do
	name=views/$(basename "$f")
	if ! cmp -s "$f" "$name"; then
		echo "check-generated: $name is stale; run 'make generate' and commit it"
		status=1
	fi
done
for f in views/*_templ.go; do
	[[ -f "$tmp/views/$(basename "$f")" ]] || { echo "check-generated: $f has no .templ source"; status=1; }
done
exit $status

#!/usr/bin/env python3
"""Per-batch time of each loader phase, averaged over windows of articles.

    PARLEY_DEBUG=1 parley load -incremental CORPUS.jsonl 2>LOG
    bench/phases.py LOG [WINDOW]        # default window: 10000 articles

Reads the "batch written" debug lines (ms=... phases="1_lookup=3 ...") and prints
one Markdown row per window: articles loaded so far, ms per batch, articles/s,
and the milliseconds per batch of every phase. (A load into an empty database takes
the bulk path and has no batches; -incremental forces the batch loader.)
"""
import collections
import re
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    window = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rows, names = [], set()
    loaded = 0
    w = collections.Counter()  # this window: batches, articles, ms, and each phase
    for line in open(sys.argv[1], encoding="utf-8"):
        if 'msg="batch written"' not in line:
            continue
        articles = int(re.search(r" articles=(\d+)", line).group(1))
        loaded += articles
        w["batches"] += 1
        w["articles"] += articles
        w["ms"] += int(re.search(r" ms=(\d+)", line).group(1))
        for k, v in re.findall(r"(\d_\w+)=(\d+)", line):
            w[k] += int(v)
            names.add(k)
        if loaded % window == 0:
            rows.append((loaded, w))
            w = collections.Counter()
    if w["batches"]:
        rows.append((loaded, w))
    keys = sorted(names)
    print("| articles | ms per batch | articles/s | " + " | ".join(k.replace("_", " ") for k in keys) + " |")
    print("|" + "---|" * (3 + len(keys)))
    for n, w in rows:
        b = w["batches"]
        cells = [f"{n}", f"{w['ms'] / b:.0f}", f"{w['articles'] / (w['ms'] / 1000):.0f}"] + [f"{w[k] / b:.0f}" for k in keys]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

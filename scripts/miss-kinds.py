#!/usr/bin/env python3
"""Sorts the meeting and call misses of a gold folder by what was extracted instead.

Usage: scripts/miss-kinds.py DIR  (after `make build`; reads no article text itself)

For each gold meeting or call the engine missed (an FN of `parley eval -v DIR`), it looks at
the FPs of the same article: one sharing >= 2 participants (or the one, for a one-person
gold) means a conflicting date, place or mode; one sharing a single participant means a
partner wrong or missing; none means the event was not found. It also counts how many
participants of missed events the article mentions at all (`parley extract DIR`).
"""
import collections, glob, json, re, subprocess, sys, unicodedata, yaml

def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ı", "i")
    return re.sub(r"\s+", " ", re.sub(r"[-'’.]", " ", s)).strip()

LINE = re.compile(r"\{File:(\S+) Lang:\w+ Type:(meeting|call) Kind:(FN|FP) Gold:(.*?) Got:(.*?) Evidence:")
EVENT = re.compile(r"(\w+) \w+ \[(.*?)\] date=(\S*) place=(.*)$")

def event(s):
    m = EVENT.match(s.strip())
    return m and dict(parts={norm(p) for p in m.group(2).split(", ") if p}, date=m.group(3), place=norm(m.group(4)))

def main(d):
    out = subprocess.run(["bin/parley", "eval", "-v", d], capture_output=True, text=True).stdout
    fn, fp = collections.defaultdict(list), collections.defaultdict(list)
    for m in LINE.finditer(out):
        f, typ, kind, gold, got = m.groups()
        (fn if kind == "FN" else fp)[f].append((typ, event(gold if kind == "FN" else got)))
    kinds = {}
    for p in glob.glob("graph/extract/lexicon/actors/*.yaml"):
        for a in yaml.safe_load(open(p)) or []:
            kinds[norm(a["name"])] = kinds[norm(a["id"])] = a.get("kind", "?")
    doc = json.loads(subprocess.run(["bin/parley", "extract", d], capture_output=True, text=True).stdout)
    nodes = {n["id"]: n for n in doc["nodes"]}
    seen = collections.defaultdict(set)
    for r in doc["relationships"]:
        if r["type"] == "MENTIONS":
            a, b = nodes[r["start"]], nodes[r["end"]]
            seen[a["properties"].get("path", "").split("/")[-1]] |= {norm(b["properties"].get("name", "")), norm(b["id"])}
    cat, swap, mentioned = collections.Counter(), collections.Counter(), collections.Counter()
    for f, misses in fn.items():
        txt = f.split("/")[-1].replace(".gold.yaml", ".txt")
        for typ, g in misses:
            mentioned.update("mentioned" if p in seen[txt] else "not mentioned" for p in g["parts"])
            best = max(((len(g["parts"] & e["parts"]), t, e) for t, e in fp.get(f, [])), default=None, key=lambda b: b[0])
            if not best or best[0] == 0:
                c = "not found"
            elif best[0] >= 2 or len(g["parts"]) == 1:
                e = best[2]
                c = ("other mode class" if best[1] != typ else
                     "conflicting date" if g["date"] and e["date"] and g["date"] != e["date"] else
                     "conflicting place" if g["place"] and e["place"] and g["place"] != e["place"] else "other")
            else:
                c = "one participant shared"
                e = best[2]
                miss = sorted({kinds.get(p, "not in lexicon") for p in g["parts"] - e["parts"]})
                extra = sorted({kinds.get(p, "unknown") for p in e["parts"] - g["parts"]}) or ["none"]
                swap[("/".join(miss), "/".join(extra))] += 1
            cat[(typ, c)] += 1
    for k, v in sorted(cat.items()):
        print(f"{k[0]:8} {k[1]:24} {v}")
    print("one participant shared, missing -> put instead:")
    for (a, b), v in swap.most_common():
        print(f"  {a} -> {b}: {v}")
    print("participants of missed events:", dict(mentioned))

if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Check the hand-made METER showbiz drift gold set against the corpus.

Loads meter-drift.json (next to this script) and the corpus
(default ../../../../shared/data/meter-showbiz.jsonl relative to the repo root,
or the path given as the first argument), checks every span is inside its
article's UTF-8 text and decodes cleanly, that each item cites at least two
distinct values, and prints each item's values. Exits non-zero on any error
and skips cleanly (exit 0) when the corpus is absent.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "meter-drift.json")


def find_corpus():
    if len(sys.argv) > 1:
        return sys.argv[1]
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "..", "shared", "data", "meter-showbiz.jsonl")
        if os.path.exists(p):
            return os.path.normpath(p)
        d = os.path.dirname(d)
    return None


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    path = find_corpus()
    if not path or not os.path.exists(path):
        print("corpus not found; skipping")
        return 0
    rows = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        rows[r["id"]] = r
    errors = 0
    read = {s["cluster"] for s in gold["stories_read"]}
    for it in gold["items"]:
        vals = set()
        if it["story"] not in read:
            print("ERROR", it["id"], "story not in stories_read")
            errors += 1
        print(f"{it['id']} [{it['kind']}/{it['severity']}] {it['story']}: {it['subject']}")
        for v in it["variants"]:
            r = rows.get(v["article"])
            if r is None:
                print("  ERROR unknown article", v["article"])
                errors += 1
                continue
            if r["cluster"] != it["story"]:
                print("  ERROR article not in story", v["article"])
                errors += 1
            b = r["text"].encode("utf-8")
            s, e = v["start"], v["end"]
            if not (0 <= s < e <= len(b)):
                print("  ERROR span out of bounds", v)
                errors += 1
                continue
            try:
                span = b[s:e].decode("utf-8")
            except UnicodeDecodeError:
                print("  ERROR span does not decode", v)
                errors += 1
                continue
            vals.add(v["value"])
            print(f"  {v['value']}  {v['article']}  [{s}:{e}]  {span!r}")
        if len(vals) < 2:
            print("  ERROR fewer than two values")
            errors += 1
    for rj in gold.get("rejected", []):
        for a in rj["articles"]:
            if a not in rows:
                print("ERROR rejected cites unknown article", a)
                errors += 1
    n = sum(s["discrepancies"] for s in gold["stories_read"])
    if n != len(gold["items"]):
        print("ERROR stories_read discrepancy counts", n, "!=", len(gold["items"]))
        errors += 1
    print(f"{len(gold['stories_read'])} stories, {len(gold['items'])} items, "
          f"{len(gold.get('rejected', []))} rejected, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

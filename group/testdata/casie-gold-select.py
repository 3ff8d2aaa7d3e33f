#!/usr/bin/env python3
"""Candidate finder for the CASIE events read gold (casie-events-gold.tsv).

Walks the CASIE articles in a seeded shuffle (seed 14) and, for each picked
article, lists the other articles that may report the same event: those
sharing its rarest names, figures, codes (CVE ids, malware names) and dates,
scored by the summed inverse document frequency of what they share within
CASIE, nearest publication dates first among ties. It does not use
crosswire's grouping. The lists are only candidates: every label in the gold
was decided by reading the articles.

    python3 casie-gold-select.py ../../../shared/data/casie-cyber-news.jsonl [N] [--titles]

prints, for the first N picks, the candidates' ids, dates, outlets and the
shared rare terms (no article text).
"""

import datetime
import json
import math
import random
import re
import sys
import urllib.parse

SEED = 14
# WINDOW is how many days apart a candidate may be published: reports of one
# event come within days; the wider window also shows the follow-ups and
# same-kind events that the gold keeps as hard negatives.
WINDOW = 60

TOKEN = re.compile(r"CVE-\d{4}-\d+|[A-Z][A-Za-z0-9'\-\.]*[A-Za-z0-9]|\d[\d,\.]*\d|\d")
MONTHS = "January February March April May June July August September October November December".split()


def terms(rec):
    """Names (capitalised words not sentence-initial), numbers, CVE ids."""
    out = set()
    text = rec["title"] + "\n" + rec["text"]
    for m in TOKEN.finditer(text):
        w = m.group(0)
        start = m.start()
        before = text[max(0, start - 2):start]
        if w[0].isupper() and (start == 0 or before.strip() in (".", "\n", "") and "\n" in before or before.endswith(". ")):
            # sentence-initial: keep only codes and all-caps words
            if not (w.isupper() and len(w) > 2) and not w.startswith("CVE-"):
                continue
        if w in MONTHS:
            continue
        w = w.replace(",", "")
        if w.isdigit() and len(w) < 2:
            continue
        out.add(w.lower())
    return out


def published(rec):
    """The publication day (some dates lack a leading zero: 2017-02-3)."""
    y, m, d = (int(x) for x in re.findall(r"\d+", rec["published"])[:3])
    return datetime.date(y, m, d)


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    # --titles shows the titles while reading (never copied into the gold)
    titles = "--titles" in sys.argv
    recs = [json.loads(line) for line in open(path, encoding="utf-8")]
    ts = [terms(r) for r in recs]
    df = {}
    for t in ts:
        for w in t:
            df[w] = df.get(w, 0) + 1
    N = len(recs)
    day = [published(r) for r in recs]
    order = list(range(N))
    random.Random(SEED).shuffle(order)
    for k, i in enumerate(order[:n]):
        scores = []
        for j in range(N):
            if j == i:
                continue
            gap = abs((day[i] - day[j]).days)
            if gap > WINDOW:
                continue
            shared = [w for w in ts[i] & ts[j] if df[w] <= 20]
            s = sum(math.log(N / df[w]) for w in shared)
            if s > 0:
                scores.append((s, -abs((day[i] - day[j]).days), j, shared))
        scores.sort(reverse=True)
        host = urllib.parse.urlparse(recs[i]["url"]).netloc
        print(f"## pick {k} {recs[i]['id']} {recs[i]['published']} {host}")
        if titles:
            print("   T: " + recs[i]["title"])
        for s, neg, j, shared in scores[:12]:
            h = urllib.parse.urlparse(recs[j]["url"]).netloc
            rare = sorted(shared, key=lambda w: df[w])[:8]
            print(f"   {recs[j]['id']:>10} {recs[j]['published']} {-neg:>4}d {s:6.1f} {h:32} {' '.join(rare)}")
            if titles:
                print("      T: " + recs[j]["title"])


if __name__ == "__main__":
    main()

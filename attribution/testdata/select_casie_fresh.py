#!/usr/bin/env python3
"""Select the CASIE articles of the fresh attribution gold (casie-fresh-gold.json, session 20).

The pool: articles of ../shared/data/casie-cyber-news.jsonl in none of the earlier golds
(casie-gold.json's gold and non_state, casie-criminal-gold.json) whose title + text has a
culprit cue (blam*, attribut*, responsib*, claim*, behind, suspect*, linked, tied) within
WINDOW words of an actor noun (group(s), gang(s), hacker(s), actor(s), criminal(s),
cybercriminal(s), crew(s), operator(s), attacker(s)). Tokens as in select_casie.py.
The draw: the N pool articles with the lowest sha256("session20:" + id) hex digest.
No other seed, no other choice. Usage: select_casie_fresh.py [path/to/casie-cyber-news.jsonl]
"""
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_casie import WORD  # noqa: E402

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/casie-cyber-news.jsonl"
SEED = "session20"
WINDOW = 15
N = 25
CUE = re.compile(r"^(?:blam\w*|attribut\w*|responsib\w*|claim\w*|behind|suspect\w*|linked|tied)$")
ACTOR = re.compile(r"^(?:groups?|gangs?|hackers?|actors?|criminals?|cybercriminals?|crews?|operators?|attackers?)$")


def has_culprit_cue(article):
    toks = [t.lower() for t in WORD.findall(article["title"] + "\n" + article["text"])]
    c = [i for i, t in enumerate(toks) if CUE.match(t)]
    g = [i for i, t in enumerate(toks) if ACTOR.match(t)]
    return any(abs(a - b) <= WINDOW for a in c for b in g)


def rank(article_id):
    return hashlib.sha256((SEED + ":" + article_id).encode("utf-8")).hexdigest()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    taken = set()
    with open(os.path.join(here, "casie-gold.json"), encoding="utf-8") as f:
        old = json.load(f)
    taken |= {g["id"] for g in old["gold"]} | {n["id"] for n in old["non_state"]}
    with open(os.path.join(here, "casie-criminal-gold.json"), encoding="utf-8") as f:
        taken |= {g["id"] for g in json.load(f)["gold"]}
    with open(PATH, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    pool = sorted((a["id"] for a in articles if a["id"] not in taken and has_culprit_cue(a)), key=rank)
    print("articles", len(articles), "taken", len(taken), "pool", len(pool))
    print("gold_ids", json.dumps(pool[:N]))


if __name__ == "__main__":
    main()

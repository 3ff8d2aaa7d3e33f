#!/usr/bin/env python3
"""Select the CASIE articles for the hand-written criminal-group attribution gold
(casie-criminal-gold.json): articles that are not state-attack articles (select_casie.py)
and not in casie-gold.json, whose text has an attribution or claiming cue
(blame, attribute, responsibility, credit, behind) within WINDOW words of a group noun
(group, gang, crew, cartel, syndicate, operators), and a criminal cue anywhere
(ransomware, criminal, cybercriminal, extortion). Seeded sample of N.
Usage: select_casie_criminal.py [path/to/casie-cyber-news.jsonl]
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_casie import is_state_attack, WORD  # noqa: E402

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/casie-cyber-news.jsonl"
WINDOW = 15
N = 8
CUE = re.compile(r"^(?:blam\w*|attribut\w*|responsib\w*|credit|behind)$")
GROUP = re.compile(r"^(?:groups?|gangs?|crews?|cartels?|syndicates?|operators?)$")
CRIMINAL = re.compile(r"\b(?:ransomware|criminals?|cybercriminals?|cyber-criminals?|extortion)\b", re.I)


def is_criminal_claim(article):
    if not CRIMINAL.search(article["title"] + "\n" + article["text"]):
        return False
    toks = [t.lower() for t in WORD.findall(article["title"] + "\n" + article["text"])]
    c = [i for i, t in enumerate(toks) if CUE.match(t)]
    g = [i for i, t in enumerate(toks) if GROUP.match(t)]
    return any(abs(a - b) <= WINDOW for a in c for b in g)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "casie-gold.json"), encoding="utf-8") as f:
        old = json.load(f)
    taken = {g["id"] for g in old["gold"]} | {n["id"] for n in old["non_state"]}
    with open(PATH, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    pool = sorted(a["id"] for a in articles
                  if a["id"] not in taken and not is_state_attack(a) and is_criminal_claim(a))
    print("pool", len(pool))
    print("gold_ids", json.dumps(random.Random(17).sample(pool, N)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Select the CASIE articles for the hand-written attribution gold set (casie-gold.json).

An article is a "state-attack" article when a state mention (case-sensitive word or
word pair) occurs within 30 words of an attribution cue (case-insensitive).
Words are tokens of title + "\n" + text matched by the regex \w[\w'-]* (so a
straight-apostrophe possessive such as "Russia's" is one token and does not match).
Prints counts and the two samples. Usage: select_casie.py [path/to/casie-cyber-news.jsonl]
"""
import json
import random
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/casie-cyber-news.jsonl"
WINDOW = 30

STATES = [
    "China", "Chinese", "Beijing", "Russia", "Russian", "Moscow", "Kremlin",
    "North Korea", "North Korean", "Pyongyang", "Iran", "Iranian", "Tehran",
    "Vietnam", "Vietnamese", "Pakistan", "Pakistani", "India", "Indian",
    "Israel", "Israeli", "Syria", "Syrian", "Turkey", "Turkish", "Lebanon",
    "Lebanese", "Saudi Arabia", "Saudi", "UAE", "South Korea", "South Korean",
    "Belarus", "Belarusian",
]
CUES = [
    "state-sponsored", "state-backed", "nation-state", "government-backed",
    "attributed", "blamed", "apt", "intelligence service", "military",
]
WORD = re.compile(r"\w[\w'-]*")
APT_N = re.compile(r"apt\d+")


def phrases(words):
    return [tuple(w.split()) for w in words]


STATE_PHRASES = phrases(STATES)
CUE_PHRASES = phrases(CUES)


def positions(tokens, table, fold):
    """Start positions of tokens (or token pairs) that equal an entry of table."""
    toks = [t.lower() for t in tokens] if fold else tokens
    out = []
    for i in range(len(toks)):
        for ph in table:
            if tuple(toks[i:i + len(ph)]) == ph:
                out.append(i)
                break
        else:
            if fold and APT_N.fullmatch(toks[i]):
                out.append(i)
    return out


def is_state_attack(article):
    tokens = WORD.findall(article["title"] + "\n" + article["text"])
    s = positions(tokens, STATE_PHRASES, fold=False)
    c = positions(tokens, CUE_PHRASES, fold=True)
    return any(abs(a - b) <= WINDOW for a in s for b in c)


def main():
    with open(PATH, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    ids = [a["id"] for a in articles]
    state = sorted(a["id"] for a in articles if is_state_attack(a))
    gold_ids = random.Random(17).sample(state, 20)
    non = sorted(i for i in ids if i not in set(state))
    non_state_ids = random.Random(17).sample(non, 20)
    print("articles", len(articles))
    print("state-attack", len(state))
    print("non-state", len(non))
    print("gold_ids", json.dumps(gold_ids))
    print("non_state_ids", json.dumps(non_state_ids))


if __name__ == "__main__":
    main()

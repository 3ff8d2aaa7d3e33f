#!/bin/bash
# runtriples.sh BIN OUTDIR [INPUT] — checks each story of a JSONL corpus
# alone (bbc-mt-catalan: an original, its Catalan machine translation and
# the round trip) and writes one JSON report per story to OUTDIR. BIN is a
# built crosswire binary (go build -o /tmp/cw ./cmd/crosswire). Used for
# the MT-triple precision figures in crosscheck/README.md; count severities
# with: cat OUTDIR/*.json | grep -o '"severity": *"[a-z]*"' | sort | uniq -c
set -euo pipefail
bin=${1:?usage: runtriples.sh BIN OUTDIR [INPUT]}
out=${2:?usage: runtriples.sh BIN OUTDIR [INPUT]}
in=${3:-$(dirname "$0")/../../../shared/data/bbc-mt-catalan.jsonl}
split=$(mktemp -d)
trap 'rm -rf "$split"' EXIT
python3 - "$in" "$split" <<'PY'
import json, sys, os
src, dst = sys.argv[1], sys.argv[2]
for line in open(src, encoding="utf-8"):
    if not line.strip():
        continue
    rec = json.loads(line)
    with open(os.path.join(dst, rec["cluster"] + ".jsonl"), "a", encoding="utf-8") as f:
        f.write(line if line.endswith("\n") else line + "\n")
PY
mkdir -p "$out"
for f in "$split"/*.jsonl; do
	"$bin" check --quiet --format json "$f" > "$out/$(basename "$f" .jsonl).json" || echo "check failed: $f" >&2
done

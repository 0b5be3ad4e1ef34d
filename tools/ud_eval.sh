#!/usr/bin/env bash
# Scores warta's tokenizer and sentence splitter against the UD Indonesian gold files with the
# shared UD scorer (CoNLL 2018-style, raw text = the `# text` lines joined by one space).
#
# Usage: tools/ud_eval.sh [UD_DIR] [--json]
#   UD_DIR defaults to /work/shared/data/ud; every *.conllu file in it is scored, or set
#   UD_FILES="a.conllu b.conllu" to choose. UD_SCORER overrides the scorer path.
# Builds the release example once, then for each file writes the raw text, runs
# `warta --format spans` on it and prints the scorer's table (Tokens, Sentences, Words).
# Work files go to ${UD_WORK:-target/ud_eval}.
set -euo pipefail
cd "$(dirname "$0")/.."
UD_DIR=${1:-/work/shared/data/ud}
JSON=""
if [[ "${2:-}" == "--json" ]]; then JSON="--json"; fi
SCORER=${UD_SCORER:-/work/shared/tools/ud_score.py}
WORK=${UD_WORK:-target/ud_eval}
mkdir -p "$WORK"

cargo build --release --example warta --quiet
BIN=target/release/examples/warta

if [[ -n "${UD_FILES:-}" ]]; then
    read -r -a FILES <<<"$UD_FILES"
else
    FILES=("$UD_DIR"/*.conllu)
fi

for gold in "${FILES[@]}"; do
    name=$(basename "$gold" .conllu)
    python3 "$SCORER" "$gold" --write-text >"$WORK/$name.txt"
    "$BIN" --format spans "$WORK/$name.txt" >"$WORK/$name.jsonl"
    echo "== $name"
    python3 "$SCORER" "$gold" "$WORK/$name.jsonl" $JSON
done

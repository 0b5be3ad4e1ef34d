#!/usr/bin/env bash
# Scores warta's tokenizer and sentence splitter against the UD Indonesian gold files with the
# shared UD scorer (CoNLL 2018-style; raw text = the `# text` lines joined by one space, or by a
# line break with `--join newline`, the secondary protocol).
#
# Usage: tools/ud_eval.sh [UD_DIR] [--json] [--join space|newline] [--ceiling]
#   UD_DIR defaults to /work/shared/data/ud; every *.conllu file in it is scored, or set
#   UD_FILES="a.conllu b.conllu" to choose. UD_SCORER overrides the scorer path.
# Builds the `ud_spans` example (tokenizer and splitter only, no extractor) once, then for each
# file writes the raw text, runs it and prints the scorer's table (Tokens, Sentences, Words).
# `--ceiling` also prints tools/ud_sentence_ceiling.py's analysis of the sentence errors (the
# oracle that splits every real sentence, and which errors are not explained by it).
# Work files go to ${UD_WORK:-target/ud_eval}.
set -euo pipefail
cd "$(dirname "$0")/.."
UD_DIR=/work/shared/data/ud
JSON=()
JOIN=space
CEILING=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --json) JSON=(--json) ;;
        --ceiling) CEILING=1 ;;
        --join) JOIN=$2; shift ;;
        --join=*) JOIN=${1#--join=} ;;
        *) UD_DIR=$1 ;;
    esac
    shift
done
SCORER=${UD_SCORER:-/work/shared/tools/ud_score.py}
WORK=${UD_WORK:-target/ud_eval}
mkdir -p "$WORK"

cargo build --release --example ud_spans --quiet
BIN=target/release/examples/ud_spans

if [[ -n "${UD_FILES:-}" ]]; then
    read -r -a FILES <<<"$UD_FILES"
else
    FILES=("$UD_DIR"/*.conllu)
fi

for gold in "${FILES[@]}"; do
    name=$(basename "$gold" .conllu)
    python3 "$SCORER" "$gold" --write-text --join "$JOIN" >"$WORK/$name.$JOIN.txt"
    "$BIN" "$WORK/$name.$JOIN.txt" >"$WORK/$name.$JOIN.jsonl"
    echo "== $name (join $JOIN)"
    python3 "$SCORER" "$gold" "$WORK/$name.$JOIN.jsonl" --join "$JOIN" "${JSON[@]}"
    if [[ -n "$CEILING" ]]; then
        python3 tools/ud_sentence_ceiling.py "$gold" --join "$JOIN" --scorer "$SCORER" \
            --system "$WORK/$name.$JOIN.jsonl"
    fi
done

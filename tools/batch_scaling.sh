#!/usr/bin/env bash
# Batch scaling of the warta command line: generates press releases as JSON Lines (the
# benchmarks' corpus, benches/common/corpus.rs, via examples/news_corpus.rs), then runs
# `warta --threads N` over them for N = 1, 2 (and all cores, when more) and reports
# documents/s, MB/s, peak memory (max RSS) and the speed-up over one thread.
#
#   tools/batch_scaling.sh [MB]        # default 60 MB; WORK=DIR keeps the corpus there,
#                                      # REPEAT=N runs per thread count (default 3)
#
# Times are warta's own summary line (reading, extraction, JSON writing; the extractor's
# construction, ~0.1 s, is outside it), the best of REPEAT runs; CPU% is what that run got
# (GNU time): on a machine shared with other work, a 2-thread run that got less than 200%
# cannot show a 2x speed-up. Output goes to /dev/null; every run must exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-60}
WORK=${WORK:-$(mktemp -d -t warta-scaling.XXXXXX)}
mkdir -p "$WORK"
cargo build --release --quiet --example warta --example news_corpus
BIN=target/release/examples
CORPUS="$WORK/corpus-${MB}mb.jsonl"
if [ ! -s "$CORPUS" ]; then
    "$BIN/news_corpus" jsonl "$MB" > "$CORPUS"
fi
echo "corpus: $CORPUS ($(wc -l < "$CORPUS") documents, $(du -m "$CORPUS" | cut -f1) MiB of JSON Lines)"

CORES=$(nproc)
THREADS="1 2"
if [ "$CORES" -gt 2 ]; then THREADS="$THREADS $CORES"; fi
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

REPEAT=${REPEAT:-3}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %10s %10s %10s %10s %10s %6s %10s\n' threads documents MB seconds docs/s MB/s CPU% maxRSS_MB
base=""
for t in $THREADS; do
    secs=""
    for _ in $(seq "$REPEAT"); do
        err="$WORK/threads-$t.err"
        "$TIME" -v "$BIN/warta" --threads "$t" --jsonl "$CORPUS" > /dev/null 2> "$err" || {
            echo "warta --threads $t failed:" >&2; cat "$err" >&2; exit 1; }
        # warta: N documents, F failed, X MB in S s (D docs/s, M MB/s, T threads)
        summary=$(grep '^warta: .* documents, ' "$err")
        s=$(sed -E 's/.* MB in ([0-9.]+) s .*/\1/' <<< "$summary")
        if [ -z "$secs" ] || awk -v a="$s" -v b="$secs" 'BEGIN { exit !(a < b) }'; then
            secs=$s
            docs=$(sed -E 's/^warta: ([0-9]+) documents.*/\1/' <<< "$summary")
            mb=$(sed -E 's/.* failed, ([0-9.]+) MB in.*/\1/' <<< "$summary")
            cpu=$(sed -nE 's/^\s*Percent of CPU this job got: ([0-9]+)%/\1/p' "$err")
            rss_kb=$(sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$err")
        fi
    done
    dps=$(awk -v d="$docs" -v s="$secs" 'BEGIN { printf "%.0f", d / s }')
    mbps=$(awk -v m="$mb" -v s="$secs" 'BEGIN { printf "%.2f", m / s }')
    printf '%-8s %10s %10s %10s %10s %10s %6s %10s\n' "$t" "$docs" "$mb" "$secs" "$dps" "$mbps" \
        "$cpu" "$(( rss_kb / 1024 ))"
    if [ -z "$base" ]; then base=$secs; else
        awk -v a="$base" -v b="$secs" -v t="$t" \
            'BEGIN { printf "speed-up with %d threads over 1: %.2fx\n", t, a / b }'
    fi
done

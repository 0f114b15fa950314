#!/usr/bin/env bash
# Stepwise against PyTorch, in one sitting: for each network, the two
# benchmarks run in turn ROUNDS times (so that load from other programs falls
# on both alike), then the median ratio of their samples per second.
#
#   apt-get install -y python3-torch libopenblas0-pthread   # once
#   ./mvnw -q package -DskipTests                          # builds target/stepwise.jar
#   src/bench/compare.sh                                        # mini-batch 16, the thesis's three networks
#   BATCH=256 HIDDEN="400,400" src/bench/compare.sh
#
# Settings: ROUNDS (3), BATCH (16), HIDDEN ("32 16,16 400,400"), SECTIONS (5),
# SECTION_SECONDS (1, one timed section), RELU (plain: PyTorch's own ReLU, its fastest
# case; thesis: the thesis's backward slope, as Stepwise runs it).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
BATCH=${BATCH:-16}
HIDDEN=${HIDDEN:-"32 16,16 400,400"}
SECTIONS=${SECTIONS:-5}
SECONDS_PER_SECTION=${SECTION_SECONDS:-1}
RELU=${RELU:-plain}
JAR=${JAR:-target/stepwise.jar}
PYTHON=${PYTHON:-/usr/bin/python3}

rate() { sed -E 's/.*: ([0-9,]+) samples\/s.*/\1/; s/,//g'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
java -jar "$JAR" bench --hidden 32 --sections 1 --seconds 0.1 2>/dev/null | head -1
for hidden in $HIDDEN; do
  ratios=()
  for round in $(seq "$ROUNDS"); do
    ours=$(java -jar "$JAR" bench --hidden "$hidden" --batch "$BATCH" --sections "$SECTIONS" \
      --seconds "$SECONDS_PER_SECTION" | tail -1)
    theirs=$("$PYTHON" src/bench/pytorch_bench.py --hidden "$hidden" --batch "$BATCH" --sections "$SECTIONS" \
      --seconds "$SECONDS_PER_SECTION" --relu "$RELU" | tail -1)
    echo "$ours"
    echo "$theirs"
    ratios+=("$(awk -v a="$(echo "$ours" | rate)" -v b="$(echo "$theirs" | rate)" 'BEGIN { printf "%.2f", a / b }')")
  done
  median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  echo "=> hidden $hidden, batch $BATCH: Stepwise / PyTorch = ${ratios[*]} (median ${median}x)"
done

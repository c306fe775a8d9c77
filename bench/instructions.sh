#!/usr/bin/env bash
# Instructions per request for each client of bench/targets.ts, counted by valgrind: about ±5 % run to run (GC and
# JIT timing), where wall-clock timings on this machine swing 2×. Each client runs twice, with N1 and N2 requests;
# the difference divided by N2 - N1 cancels start-up. The 2,000-request gap keeps early JIT warm-up off the slope:
# with 1,000, openapi-fetch counted 17–22 % more per request. The runs go in parallel, JOBS at a time (counts do
# not depend on load); about 10 minutes per run on an idle core.
# Usage: [CLIENTS="fetch payclients"] [JOBS=4] bash bench/instructions.sh [N1] [N2]
set -euo pipefail
cd "$(dirname "$0")"
low=${1:-300}
high=${2:-2300}
clients=${CLIENTS:-fetch openapi-fetch payclients payclients-node stripe stripe-fetch openai}
jobs=${JOBS:-4}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --import tsx instructions.ts "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' >"$out/$1.$2"
}
for client in $clients; do
  for requests in "$low" "$high"; do
    while (($(jobs -rp | wc -l) >= jobs)); do wait -n; done
    count "$client" "$requests" &
  done
done
wait
declare -A per
for client in $clients; do
  per[$client]=$((($(cat "$out/$client.$high") - $(cat "$out/$client.$low")) / (high - low)))
done
reference=${per[openapi-fetch]:-${per[$(echo $clients | cut -d' ' -f1)]}}
echo "| client | instructions per request | ratio to openapi-fetch |"
echo "| --- | ---: | ---: |"
for client in $clients; do
  echo "| $client | ${per[$client]} | $(awk "BEGIN { printf \"%.3f\", ${per[$client]} / $reference }") |"
done

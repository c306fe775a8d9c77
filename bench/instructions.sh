#!/usr/bin/env bash
# Instructions per request for raw fetch, openapi-fetch and a payclients client, counted by valgrind: about ±5 %
# run to run (GC and JIT timing), where wall-clock timings on this machine swing 2×. Each client runs twice, with N1
# and N2 requests; the difference divided by N2 - N1 cancels start-up. The 2,000-request gap keeps early JIT
# warm-up off the slope: with 1,000, openapi-fetch counted 17–22 % more per request. About 9 minutes.
# Usage: bash bench/instructions.sh [N1] [N2]
set -euo pipefail
cd "$(dirname "$0")"
low=${1:-300}
high=${2:-2300}
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --import tsx instructions.ts "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
declare -A per
for client in fetch openapi-fetch payclients; do
  per[$client]=$(( ($(count "$client" "$high") - $(count "$client" "$low")) / (high - low) ))
done
echo "| client | instructions per request | ratio to openapi-fetch |"
echo "| --- | ---: | ---: |"
for client in fetch openapi-fetch payclients; do
  echo "| $client | ${per[$client]} | $(awk "BEGIN { printf \"%.3f\", ${per[$client]} / ${per[openapi-fetch]} }") |"
done

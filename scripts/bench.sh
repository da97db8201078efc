#!/usr/bin/env bash
# Times `onehead heads` against `alembic heads` as whole processes on
# generated trees, and prints a Markdown table (the one in README.md).
#
#   scripts/bench.sh [SIZES...]        default: 300 10000 100000
#
# Needs Go, GNU time (/usr/bin/time) and an alembic command: $ALEMBIC, else
# ../shared/tools/alembic, else `alembic` on PATH. Set ALEMBIC=skip to time
# onehead alone. Each size is timed RUNS times (default 5; alembic 3 times,
# once at 100,000 revisions) and the median is shown.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(300 10000 100000)
runs=${RUNS:-5}
alembic=${ALEMBIC:-}
if [ -z "$alembic" ]; then
  if [ -x ../shared/tools/alembic ]; then alembic=$(cd ../shared/tools && pwd)/alembic
  elif command -v alembic >/dev/null; then alembic=$(command -v alembic)
  else alembic=skip; fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ONEHEAD_CACHE_DIR="$work/cache"
CGO_ENABLED=0 go build -o "$work/onehead" ./cmd/onehead # as install.sh builds it

# median RUNS CMD...: prints the median wall time in seconds (measured with
# bash's EPOCHREALTIME, to the microsecond) and the median max RSS in KB
# (from GNU time) over RUNS runs.
median() {
  local n=$1; shift
  for _ in $(seq "$n"); do
    local start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/t" "$@" >/dev/null 2>&1 || true
    local end=$EPOCHREALTIME
    echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }') $(cat "$work/t")"
  done | sort -n | awk '{t[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); print t[i], m[i]}'
}

echo "| revisions | onehead heads (cached) | onehead heads --no-cache | max RSS | alembic heads | speed-up cached / cold |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  dir="$work/tree$n"
  go run ./internal/alembictest/gentree -n "$n" "$dir"
  # Written out before timing: the kernel writing back 100,000 new files
  # during the runs would be timed too.
  sync
  sleep 2 # the revision cache trusts only files older than two seconds
  (cd "$dir" && "$work/onehead" heads >/dev/null) # warm the page cache and the revision cache
  read -r ot om < <(cd "$dir" && median "$runs" "$work/onehead" heads)
  read -r ct cm < <(cd "$dir" && median "$runs" "$work/onehead" --no-cache heads)
  at="-"; speed="-"
  if [ "$alembic" != skip ]; then
    ar=3; [ "$n" -ge 100000 ] && ar=1
    read -r at _ < <(cd "$dir" && median "$ar" "$alembic" heads)
    speed=$(awk -v a="$at" -v o="$ot" -v c="$ct" 'BEGIN { printf "%.0f× / %.0f×", a / o, a / c }')
    at="${at} s"
  fi
  printf '| %s | %s s | %s s | %s MB | %s | %s |\n' "$n" "$ot" "$ct" "$(( (om > cm ? om : cm) / 1024))" "$at" "$speed"
done
# How busy the machine was: other work slows every number above.
if [ -r /proc/loadavg ]; then
  printf '\nLoad average at the end (1, 5, 15 minutes): %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
fi

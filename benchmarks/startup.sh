#!/usr/bin/env bash
# Start-up of din: the native (Native AOT) binary against the framework-dependent tool (`dotnet din.dll`), each
# `din lint` of one small valid file, in fresh processes. The runs are paired (native, then framework-dependent, N
# times) so that a slow moment of the machine falls on both; prints each median and their ratio.
#   benchmarks/startup.sh [RUNS]     (default 41; builds both first)
# NATIVE=/path/to/din and DLL=/path/to/din.dll skip the builds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-41}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${NATIVE:-}" ]; then
  echo "publishing the native din (clang and zlib1g-dev needed)" >&2
  dotnet publish src/DinActions.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" >"$work/native.log" 2>&1 \
    || { tail -n 30 "$work/native.log" >&2; exit 1; }
  NATIVE="$work/native/din"
fi
if [ -z "${DLL:-}" ]; then
  echo "building the framework-dependent din" >&2
  # PublishAot is on in the project (for the native tool package): a publish without a RID would take this machine's, native.
  dotnet publish src/DinActions.Cli -c Release -p:PublishAot=false -o "$work/fd" >"$work/fd.log" 2>&1 || { tail -n 30 "$work/fd.log" >&2; exit 1; }
  DLL="$work/fd/din.dll"
fi
printf 'say en "Welcome."\n' >"$work/welcome.din"

# Milliseconds one fresh run of the command takes, wall clock; the lint must succeed.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" lint "$work/welcome.din" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
}

# One warm-up each, so that both read their files from the page cache.
time_ms "$NATIVE" >/dev/null
time_ms dotnet "$DLL" >/dev/null
: >"$work/native.us"
: >"$work/fd.us"
for _ in $(seq "$runs"); do
  time_ms "$NATIVE" >>"$work/native.us"
  time_ms dotnet "$DLL" >>"$work/fd.us"
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
native_median=$(median "$work/native.us")
fd_median=$(median "$work/fd.us")
awk -v n="$native_median" -v f="$fd_median" -v runs="$runs" 'BEGIN {
  printf "runs: %d paired\n", runs
  printf "native din lint:               median %.1f ms\n", n / 1000
  printf "framework-dependent din lint:  median %.1f ms\n", f / 1000
  printf "ratio native / framework-dependent: %.3f (1/%.1f)\n", n / f, f / n
}'

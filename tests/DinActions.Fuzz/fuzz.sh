#!/usr/bin/env bash
# Runs the fuzzing targets under afl-fuzz: publish, instrument the assemblies under test, replay the
# corpus, then fuzz each target for a time (-s SECONDS), a number of executions (-n EXECS), or both
# (whichever comes first). Prints each target's executions, coverage and findings; exits 1 when any
# target has a crash or a hang.
#   tests/DinActions.Fuzz/fuzz.sh -s 10                 # every target, 10 s each (CI)
#   tests/DinActions.Fuzz/fuzz.sh -n 10000000 script    # one long run
#   tests/DinActions.Fuzz/fuzz.sh -n 10000000 -s 3600   # every target, 10M executions or an hour
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=10
execs=""
seconds_given=no
work="${DIN_FUZZ_WORK:-$(mktemp -d)}"
while getopts "s:n:" option; do
  case $option in
    s) seconds=$OPTARG; seconds_given=yes ;;
    n) execs=$OPTARG ;;
    *) echo "usage: fuzz.sh [-s SECONDS | -n EXECS] [TARGET...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: afl-fuzz is not installed (Debian: apt-get install afl++)" >&2
  exit 2
fi

out="$work/bin"
tools="$work/tools"
# The din tool publishes natively by default; referenced by this framework-dependent program, it must not
# (NETSDK1151), so it is read as the portable, framework-dependent tool.
mkdir -p "$work"
dotnet publish "$here/DinActions.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet -p:DinPortableToolPackage=true >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log" >&2; echo "fuzz: publishing the fuzzing program failed" >&2; exit 1; }
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(dotnet "$out/DinActions.Fuzz.dll" list | cut -f1)
fi

# Every saved input first, on the assemblies as built: instrumented code runs only under afl-fuzz.
status=0
for target in "${targets[@]}"; do
  dotnet "$out/DinActions.Fuzz.dll" replay "$target" "$here/corpus/$target" || status=1
done
if [ $status -ne 0 ]; then
  echo "fuzz: a corpus input breaks an invariant (above); fix it before fuzzing" >&2
  exit 1
fi

if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi
# The code under test, and only it: coverage of the runtime or of the fuzzer itself would only be noise.
for assembly in DinActions.dll din.dll DinActions.AspNetCore.dll; do
  "$tools/sharpfuzz" "$out/$assembly" >/dev/null
done

# dotnet is not an afl-instrumented binary (the instrumented code is the IL of the assemblies above);
# CI machines neither tune CPU frequency nor let afl-fuzz change the core-dump pattern.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
export AFL_FORKSRV_INIT_TMOUT=60000 DOTNET_TieredPGO=0

# With both, whichever comes first ends a target's run.
limit=(-V "$seconds")
if [ -n "$execs" ]; then
  limit=(-E "$execs")
  if [ "$seconds_given" = yes ]; then
    limit+=(-V "$seconds")
  fi
fi

printf '%-10s %12s %10s %8s %8s %6s\n' target executions exec/s edges crashes hangs
for target in "${targets[@]}"; do
  corpus="$here/corpus/$target"
  findings="$work/findings/$target"
  rm -rf "$findings" && mkdir -p "$work/findings"
  afl-fuzz -i "$corpus" -o "$findings" -t 5000 -m none "${limit[@]}" -- "$(command -v dotnet)" "$out/DinActions.Fuzz.dll" fuzz "$target" >"$work/$target.log" 2>&1 \
    || { tail -n 30 "$work/$target.log" >&2; echo "fuzz: afl-fuzz failed on $target" >&2; status=1; continue; }
  stats="$findings/default/fuzzer_stats"
  value() { sed -n "s/^$1 *: *//p" "$stats"; }
  crashes=$(find "$findings/default/crashes" -type f ! -name README.txt | wc -l)
  hangs=$(find "$findings/default/hangs" -type f | wc -l)
  printf '%-10s %12s %10s %8s %8s %6s\n' "$target" "$(value execs_done)" "$(value execs_per_sec)" "$(value edges_found)/$(value bitmap_cvg)" "$crashes" "$hangs"
  if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
    status=1
    for finding in "$findings"/default/crashes/id:* "$findings"/default/hangs/id:*; do
      [ -f "$finding" ] || continue
      echo "finding: $finding" >&2
      od -c "$finding" | head -n 8 >&2
    done
  fi
done
echo "fuzz: findings and logs in $work"
exit $status

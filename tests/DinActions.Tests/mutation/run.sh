#!/usr/bin/env bash
# Mutation testing of src/DinActions with Stryker.NET against tests/DinActions.Tests.
#
#   tests/DinActions.Tests/mutation/run.sh                 # every folder of src/DinActions
#   tests/DinActions.Tests/mutation/run.sh Emit Binding    # only these folders (globs of --mutate)
#   tests/DinActions.Tests/mutation/run.sh 'Validation/Rules/[A-N]*.cs'   # only these files
#
# Reports go to tests/DinActions.Tests/mutation/StrykerOutput/<folders>/ (ignored by git); the
# per-folder table of README is printed at the end from the JSON report. Extra Stryker options
# can be passed after `--`, e.g. `run.sh Emit -- --concurrency 1`.
#
# Property tests run DIN_PROPERTY_RUNS cases (200 here unless set): every mutant reruns the tests
# that cover it, and 10,000 cases each would make a folder take hours. The allocation budgets and
# the benchmark equivalence tests are left out: they measure the instrumented code, not the stage.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

folders=()
extra=()
while [[ $# -gt 0 ]]; do
  if [[ "$1" == "--" ]]; then shift; extra=("$@"); break; fi
  folders+=("$1"); shift
done

mutate=()
name=all
if [[ ${#folders[@]} -gt 0 ]]; then
  name="$(IFS=-; echo "${folders[*]//[^A-Za-z0-9-]/_}")"
  for folder in "${folders[@]}"; do
    # A glob that names files (ends in .cs) splits a large folder into runs that report sooner.
    if [[ "$folder" == *.cs ]]; then mutate+=(--mutate "**/$folder"); else mutate+=(--mutate "**/$folder/**/*.cs"); fi
  done
fi

export DIN_PROPERTY_RUNS="${DIN_PROPERTY_RUNS:-200}"
output="$here/StrykerOutput/$name"

cd "$root"
dotnet tool restore >/dev/null
cd "$root/tests/DinActions.Tests"
start=$(date +%s)
nice -n 19 dotnet dotnet-stryker --config-file "$here/stryker-config.json" --output "$output" \
  --skip-version-check "${mutate[@]}" "${extra[@]}"
echo "mutation run of ${folders[*]:-all folders} took $(( $(date +%s) - start )) s"

python3 "$here/scores.py" "$output/reports/mutation-report.json"

#!/usr/bin/env bash
# Runs din lint on the given paths in the given format, and writes its exit code, the report and, when wanted, a
# SARIF report as outputs. It succeeds whatever din lint found, so that the SARIF upload still runs; the verdict
# step fails the action afterwards.
set -euo pipefail
set -f # paths and arguments are words, never globs

: "${DIN:?the din tool was not installed}"
format=${INPUT_FORMAT:-text}
case "$format" in
  text | github) extension=txt ;;
  json | sarif) extension=$format ;;
  *)
    echo "::error title=din lint::unknown format \`$format\`: expected text, json, sarif or github"
    exit 2
    ;;
esac

# New lines separate paths when there are any, so that a path may hold a space; otherwise spaces do.
paths=()
if [[ "${INPUT_PATHS:-}" == *$'\n'* ]]; then
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && paths+=("$line")
  done <<<"$INPUT_PATHS"
else
  read -r -a paths <<<"${INPUT_PATHS:-}"
fi
if [ "${#paths[@]}" -eq 0 ]; then
  echo "::error title=din lint::no paths to lint"
  exit 2
fi

options=(--format "$format")
[ -n "${INPUT_PROFILE:-}" ] && options+=(--profile "$INPUT_PROFILE")
[ "${INPUT_WARNINGS_AS_ERRORS:-false}" = "true" ] && options+=(--warnings-as-errors)
read -r -a extra <<<"${INPUT_ARGS:-}"
options+=(${extra[@]+"${extra[@]}"})

out="$RUNNER_TEMP/din-lint"
mkdir -p "$out"
report="$out/report.$extension"

# The text format is turned into annotations by the problem matcher that comes with the action.
matcher="$GITHUB_ACTION_PATH/.github/din-problem-matcher.json"
owner=""
if [ "$format" = "text" ] && [ -f "$matcher" ]; then
  owner=$(sed -n 's/.*"owner"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$matcher" | head -n 1)
  echo "::add-matcher::$matcher"
fi

set +e
if [ "$format" = "text" ] || [ "$format" = "github" ]; then
  "$DIN" lint "${options[@]}" -- "${paths[@]}" | tee "$report"
  status=${PIPESTATUS[0]}
else
  "$DIN" lint "${options[@]}" --output "$report" -- "${paths[@]}"
  status=$?
  echo "din lint: the $format report is $report"
fi
set -e

if [ -n "$owner" ]; then
  echo "::remove-matcher owner=$owner::"
fi

sarif=""
if [ "$format" = "sarif" ]; then
  sarif="$report"
elif [ "${INPUT_UPLOAD_SARIF:-false}" = "true" ]; then
  sarif="$out/din.sarif"
  set +e
  # The same options but the format: the first two words are `--format FORMAT`.
  "$DIN" lint "${options[@]:2}" --format sarif --output "$sarif" -- "${paths[@]}"
  sarif_status=$?
  set -e
  if [ "$sarif_status" -ne "$status" ] || [ ! -f "$sarif" ]; then
    echo "::warning title=din lint::the SARIF run exited $sarif_status, the $format run $status"
  fi
fi

case "$status" in
  0) verdict="no errors" ;;
  1) verdict="errors found" ;;
  *) verdict="usage error or unreadable file" ;;
esac
{
  echo "### din lint"
  echo
  echo "| paths | format | exit code | result |"
  echo "|---|---|---|---|"
  echo "| \`${paths[*]}\` | $format | $status | $verdict |"
  if [ "$format" = "text" ]; then
    tally=$(grep -E '^[0-9]+ errors?, [0-9]+ warnings?' "$report" | tail -n 1 || true)
    [ -n "$tally" ] && printf '\n%s\n' "$tally"
  fi
} >>"$GITHUB_STEP_SUMMARY"

{
  echo "exit-code=$status"
  echo "report=$report"
  echo "sarif-file=$sarif"
} >>"$GITHUB_OUTPUT"

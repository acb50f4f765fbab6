#!/usr/bin/env bash
# Load on din serve, side by side with a bare Kestrel endpoint answering a constant string, then a soak.
#   benchmarks/serve-load.sh [DURATION_SECONDS] [SOAK_REQUESTS]      (ROUNDS=3: rounds of the side-by-side run)
# Needs wrk (Debian: apt-get install wrk). Both servers run in Release, with the same wrk settings;
# din serve serves a rules file with its call log on (written to a file).
set -euo pipefail

duration="${1:-10}"
soak_requests="${2:-1000000}"
rounds="${ROUNDS:-3}"
threads=2
connections=32
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
dotnet build -c Release -v quiet -nologo "$root/src/DinActions.Cli" >/dev/null
dotnet build -c Release -v quiet -nologo "$root/benchmarks/BareKestrel" >/dev/null
din="$root/src/DinActions.Cli/bin/Release/net10.0/din.dll"
bare="$root/benchmarks/BareKestrel/bin/Release/net10.0/BareKestrel.dll"

rules() { # $1: what the active hours answer
  cat <<JSON
{
  "timeZone": "Asia/Tokyo",
  "activeHours": { "monday": ["00:00-24:00"], "tuesday": ["00:00-24:00"], "wednesday": ["00:00-24:00"], "thursday": ["00:00-24:00"], "friday": ["00:00-24:00"], "saturday": ["00:00-24:00"], "sunday": ["00:00-24:00"] },
  "whenActive": ["say en \"$1\"", "transfer +81336042000"],
  "whenInactive": "voicemail",
  "whenAnonymous": "say en \"Please call again with your number shown.\""
}
JSON
}
rules "Connecting you." > "$work/rules.json"

wait_for() { for _ in $(seq 1 200); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }
query="/?caller=%2B8180123456789&recipient=%2B8150123456789"

dotnet "$din" serve "$work/rules.json" --urls http://127.0.0.1:18080 > "$work/serve.log" 2>&1 & serve_pid=$!; pids+=("$serve_pid")
dotnet "$bare" http://127.0.0.1:18081 > /dev/null 2>&1 & pids+=("$!")
wait_for "http://127.0.0.1:18080$query"; wait_for "http://127.0.0.1:18081/"

measure() { # $1: URL; prints "requests/s p99"
  wrk -t"$threads" -c"$connections" -d2s "$1" >/dev/null   # warm-up: tiered compilation settles
  local out; out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$1")"
  local rps; rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  local p99; p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  echo "$rps $p99"
}

# Rounds alternate between the two servers, so that a change in the machine's load falls on both alike;
# each round's ratio is printed, and the median of the rounds is the figure.
echo "wrk -t$threads -c$connections -d${duration}s, $(nproc) cores, $rounds rounds"
printf '%-6s %-28s %12s %10s\n' "round" "endpoint" "requests/s" "p99"
ratios=()
for round in $(seq 1 "$rounds"); do
  read -r serve_rps serve_p99 < <(measure "http://127.0.0.1:18080$query")
  read -r bare_rps bare_p99 < <(measure "http://127.0.0.1:18081$query")
  printf '%-6s %-28s %12s %10s\n' "$round" "din serve (rules, log on)" "$serve_rps" "$serve_p99"
  printf '%-6s %-28s %12s %10s\n' "$round" "bare Kestrel (constant)" "$bare_rps" "$bare_p99"
  ratios+=("$(awk -v s="$serve_rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", s / b }')")
done
echo "ratios din serve / bare: ${ratios[*]}"
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { printf "median ratio: %.2fx (goal: at least 0.80x)\n", (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'

# Soak: soak_requests requests while the file is rewritten 100 times, alternately renamed over and written in place.
rss() { awk '/^VmRSS/ {print $2 " " $3}' "/proc/$serve_pid/status"; }
echo "soak: $soak_requests requests, the file rewritten 100 times; memory before: $(rss)"
cat > "$work/count.lua" <<LUA
local limit = math.floor($soak_requests / $threads)
local seen = 0
local failed = 0
function response(status, headers, body)
  seen = seen + 1
  if status ~= 200 then failed = failed + 1 end
  if seen >= limit then wrk.thread:stop() end
end
LUA
(
  for i in $(seq 1 100); do
    sleep 0.4
    if (( i % 2 )); then rules "Connecting you, version $i." > "$work/rules.json.tmp" && mv "$work/rules.json.tmp" "$work/rules.json"
    else rules "Connecting you, version $i." > "$work/rules.json"; fi
  done
) & writer=$!; pids+=("$writer")
soak="$(wrk -t"$threads" -c"$connections" -d600s -s "$work/count.lua" "http://127.0.0.1:18080$query")"
wait "$writer" || true
sleep 1
echo "$soak" | grep -E "requests in|Non-2xx|Socket errors|Requests/sec" || true
echo "memory after: $(rss)"
echo "reloads: $(grep -c ' info reloaded ' "$work/serve.log"), refused reloads: $(grep -c 'refused; still serving' "$work/serve.log"), refused requests: $(grep -c ' warn refused ' "$work/serve.log")"

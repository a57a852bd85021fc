#!/usr/bin/env bash
# ./build.sh bench: measures opentrain against what a user would run instead, and against two floor apps, in one
# run on this machine, and writes docs/performance.md. Needs curl, node, python3 and a C compiler (cc, clang or
# gcc: eng/bench/runone.c, the spawner that reads each run's rusage); jq is optional. Settings: BENCH_RUNS (30),
# BENCH_BIG_MB (50), BENCH_MCP_RUNS (20), BENCH_QUIET_LOAD (e.g. 1.0: before the timed runs, wait up to
# 10 minutes for the 1-minute load average to drop below it; the load is recorded either way).
#
# Start-up and round trips are measured by eng/bench/measure.py: per case, every command once per round, rounds
# alternating (order rotated), BENCH_RUNS rounds after 3 warm-up rounds; medians of CPU (user + sys), wall and
# minor page faults, and the peak RSS, all from the child's own rusage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
RUNS=${BENCH_RUNS:-30}
BIG_MB=${BENCH_BIG_MB:-50}

need() { command -v "$1" >/dev/null 2>&1; }
for tool in curl node python3; do need "$tool" || { echo "bench: needs $tool" >&2; exit 1; }; done

exe=$(./build.sh | tail -n1)
rid=$(basename "$(dirname "$exe")")
work=$(mktemp -d)
server_pid=""
big_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; [ -n "$big_pid" ] && kill "$big_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The floors: eng/bench/baseline (ConsoleAppFramework + HttpClient) and eng/bench/baseline-resilience (the same
# plus Microsoft.Extensions.Http.Resilience's ResilienceHandler with one retry strategy), built as opentrain is.
compiler=gcc
for candidate in clang /usr/bin/clang-[0-9]*; do
  if command -v "$candidate" >/dev/null 2>&1; then compiler=$candidate; break; fi
done
echo "bench: building the floor apps" >&2
for floor in baseline baseline-resilience; do
  project=$(ls eng/bench/$floor/*.csproj)
  dotnet publish "$project" -c Release -r "$rid" -o "$work/$floor" -p:CppCompilerAndLinker="$compiler" -nologo -v:q >&2 \
    || { echo "bench: the floor app $floor did not build" >&2; exit 1; }
done
plain="$work/baseline/baseline"
resilient="$work/baseline-resilience/baseline-resilience"

# The API: the emulator, for realistic round trips.
export XDG_CONFIG_HOME="$work/config"
# shellcheck source=/dev/null
source eng/sandbox-start.sh          # sets SANDBOX_URL, SANDBOX_PID, SANDBOX_TOKEN
server_pid=$SANDBOX_PID
url=$SANDBOX_URL; token=$SANDBOX_TOKEN
api_label="the emulator (src/OpenTrain.Sandbox)"

# The big --json case: a job list of BIG_MB served statically.
static="$work/static"; mkdir -p "$static/big/api/public/v1/jobs"
python3 - "$static" "$BIG_MB" <<'PY'
import json, sys, os
root, mb = sys.argv[1], int(sys.argv[2])
job = {"id":"job_0","title":"Label Spanish audio — 5 trainers <fast>","status":"OPEN","published":True,"acceptingApplicants":True,
       "createdAt":"2026-06-12T10:00:00.000Z","updatedAt":"2026-06-12T10:00:00.000Z","jobUrl":"https://app.opentrain.ai/jobs/job_0",
       "proposalCounts":{"total":12,"unreviewed":3},"pay":{"hourlyRate":18.50,"currency":"usd"},"languages":["Spanish","English"]}
with open(os.path.join(root,"big.json"),"w") as f:
    f.write('{"jobs":[')
    item = json.dumps(job, ensure_ascii=False)
    n = (mb*1024*1024)//(len(item.encode())+1)
    f.write(",".join([item]*n)); f.write('],"nextCursor":null}')
PY
cp "$static/big.json" "$static/big/api/public/v1/jobs/mine"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
( cd "$static/big" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1 ) &
big_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/api/public/v1/jobs/mine" 2>/dev/null && break; sleep 0.1; done

export OT_API_TOKEN="$token" OT_API_BASE_URL="$url"
auth="Authorization: Bearer $token"
jobs_url="$url/api/public/v1/jobs/mine"

# Every command must behave before it is timed (a floor that fails would time an error path).
"$exe" jobs list --json >/dev/null
"$plain" get --url "$jobs_url" --token "$token" >/dev/null
"$resilient" get --url "$jobs_url" --token "$token" >/dev/null

python3 - "$work/spec.json" "$exe" "$plain" "$resilient" "$jobs_url" "$url/api/public/v1/auth/me" "$auth" "$token" <<'PY'
import json, sys
out, exe, plain, resilient, jobs, me, auth, token = sys.argv[1:]
def c(name, *argv, ok=(0,)): return {"name": name, "argv": list(argv), "ok_exit": list(ok)}
spec = {"groups": {
  "--version": [c("opentrain", exe, "--version"), c("baseline", plain, "--version"), c("baseline-resilience", resilient, "--version"),
                c("node -e 0", "node", "-e", "0")],
  "--help": [c("opentrain", exe, "--help"), c("baseline", plain, "--help"), c("baseline-resilience", resilient, "--help")],
  "usage error": [c("opentrain", exe, "jobs", "list", "--limit", "x", ok=(1,)), c("baseline", plain, "get", "--bogus", ok=(1,)),
                  c("baseline-resilience", resilient, "get", "--bogus", ok=(1,))],
  # --version again in the same rounds: the request path (round trip minus start-up) is taken within one group.
  "jobs list --json": [c("opentrain", exe, "jobs", "list", "--json"), c("baseline", plain, "get", "--url", jobs, "--token", token),
                       c("baseline-resilience", resilient, "get", "--url", jobs, "--token", token), c("curl", "curl", "-s", "-H", auth, jobs),
                       c("opentrain --version", exe, "--version"), c("baseline-resilience --version", resilient, "--version")],
  "whoami --json": [c("opentrain", exe, "whoami", "--json"), c("curl", "curl", "-s", "-H", auth, me)],
}}
json.dump(spec, open(out, "w"), indent=1)
PY

if [ -n "${BENCH_QUIET_LOAD:-}" ]; then
  for _ in $(seq 40); do
    awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v q="$BENCH_QUIET_LOAD" 'BEGIN { exit !(l < q) }' && break
    echo "bench: load $(cut -d' ' -f1 /proc/loadavg), waiting for < $BENCH_QUIET_LOAD" >&2
    sleep 15
  done
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: load average before: $load_before" >&2
python3 eng/bench/measure.py --runs "$RUNS" --warmup 3 --out "$work/measure.json" "$work/spec.json"

# MCP: spawn → initialize answered, and a tools/call round trip (opentrain_auth_status → GET /auth/me),
# against a minimal stdio server on the official TypeScript SDK under Node: the floor of @opentrain-ai/mcp.
echo "bench: MCP server" >&2
mcp_dir="${XDG_CACHE_HOME:-$HOME/.cache}/opentrain-bench/mcp-$(sha256sum eng/bench/package-lock.json | cut -c1-16)"
if [ ! -f "$mcp_dir/node_modules/@modelcontextprotocol/sdk/package.json" ]; then
  mkdir -p "$mcp_dir" && cp eng/bench/package.json eng/bench/package-lock.json "$mcp_dir/"
  (cd "$mcp_dir" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null 2>&1) || echo "bench: npm ci failed: no MCP rows" >&2
fi
cp eng/bench/*.mjs "$mcp_dir/"
( export OPENTRAIN_API_BASE_URL="$url" OPENTRAIN_PERSONAL_API_TOKEN="$token"
  node "$mcp_dir/mcp-probe.mjs" "${BENCH_MCP_RUNS:-20}" 50 "$exe" mcp > "$work/mcp-opentrain.json"
  node "$mcp_dir/mcp-probe.mjs" "${BENCH_MCP_RUNS:-20}" 50 node "$mcp_dir/mcp-node-server.mjs" > "$work/mcp-node.json"
) || { echo "bench: MCP probe failed: no MCP rows" >&2; rm -f "$work"/mcp-*.json; }

echo "bench: ${BIG_MB} MB --json" >&2
runone=$(PYTHONDONTWRITEBYTECODE=1 python3 -c 'import sys; sys.path.insert(0, "eng/bench"); import measure; print(measure.runone())')
once() { "$runone" "$@"; }   # one JSON line: wall_ms, user_ms, sys_ms, minflt, majflt, maxrss_kb, exit
once "$exe" jobs list --json --base-url "http://127.0.0.1:$port" > "$work/big-opentrain.json"
if need jq; then once jq . "$static/big.json" > "$work/big-jq.json"; fi
once python3 -m json.tool "$static/big.json" > "$work/big-python.json"
# Correctness of the big case: same bytes as node's JSON.stringify(JSON.parse(x), null, 2).
"$exe" jobs list --json --base-url "http://127.0.0.1:$port" > "$work/big.out"
node -e 'const fs=require("fs");process.stdout.write(JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1],"utf8")),null,2)+"\n")' "$static/big.json" > "$work/big.node" 2>/dev/null || true
if [ -s "$work/big.node" ]; then
  if cmp -s "$work/big.out" "$work/big.node"; then big_exact="identical to node"; else big_exact="DIFFERS from node"; fi
else big_exact="(node could not load it)"; fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: load average after: $load_after" >&2

python3 - "$work/facts.json" <<PY
import json, sys
json.dump({"exe": "$exe", "size": $(stat -c %s "$exe"), "floor_sizes": {"baseline": $(stat -c %s "$plain"), "baseline-resilience": $(stat -c %s "$resilient")},
           "big_bytes": $(stat -c %s "$static/big.json"), "big_exact": "$big_exact", "api": "$api_label",
           "load_before": "$load_before", "load_after": "$load_after", "runs": $RUNS}, open(sys.argv[1], "w"))
PY
python3 eng/bench_report.py "$work" "$ROOT/docs/performance.md"

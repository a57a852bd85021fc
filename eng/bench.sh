#!/usr/bin/env bash
# ./build.sh bench: measures opentrain against what a user would run instead, in one run on this
# machine, and writes docs/performance.md. Needs hyperfine (installed with apt-get when missing
# and running as root), GNU time, curl, node, python3; jq is optional.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
RUNS=${BENCH_RUNS:-60}
BIG_MB=${BENCH_BIG_MB:-50}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    apt-get update -qq >/dev/null && apt-get install -y -qq hyperfine time >/dev/null
  else
    echo "bench: needs hyperfine and GNU time: sudo apt-get install -y hyperfine time (macOS: brew install hyperfine gnu-time)" >&2
    exit 1
  fi
fi
for tool in curl node python3; do need "$tool" || { echo "bench: needs $tool" >&2; exit 1; }; done

exe=$(./build.sh | tail -n1)
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The API: the emulator when it exists, for realistic round trips.
export XDG_CONFIG_HOME="$work/config"
if [ -f eng/sandbox-start.sh ]; then
  # shellcheck source=/dev/null
  source eng/sandbox-start.sh          # sets SANDBOX_URL, SANDBOX_PID, SANDBOX_TOKEN
  server_pid=$SANDBOX_PID
  url=$SANDBOX_URL; token=$SANDBOX_TOKEN
  api_label="the emulator (src/OpenTrain.Sandbox)"
else
  url=""; token="ot_pat_bench_benchsecret00"
  api_label="a static loopback server"
fi

# Bodies served statically for the big --json case (and for round trips without the emulator).
static="$work/static"; mkdir -p "$static/api/public/v1/auth" "$static/api/public/v1/jobs"
python3 - "$static" "$BIG_MB" <<'PY'
import json, sys, os
root, mb = sys.argv[1], int(sys.argv[2])
me = {"actor":{"userId":"usr_1","email":"owner@example.com","fullName":"Mira Chen","userType":"EMPLOYER"},
      "token":{"id":"tok_1","label":"bench","scopes":["jobs:read","jobs:write"],"ownerOrganizationId":None},
      "account":{"kind":"employer_organization","organizationId":"org_1","ownerUserId":"usr_1","memberRole":"OWNER"}}
open(os.path.join(root,"api/public/v1/auth/me"),"w").write(json.dumps(me))
job = {"id":"job_0","title":"Label Spanish audio — 5 trainers <fast>","status":"OPEN","published":True,"acceptingApplicants":True,
       "createdAt":"2026-06-12T10:00:00.000Z","updatedAt":"2026-06-12T10:00:00.000Z","jobUrl":"https://app.opentrain.ai/jobs/job_0",
       "proposalCounts":{"total":12,"unreviewed":3},"pay":{"hourlyRate":18.50,"currency":"usd"},"languages":["Spanish","English"]}
open(os.path.join(root,"api/public/v1/jobs/mine"),"w").write(json.dumps({"jobs":[job]*25,"nextCursor":None}))
with open(os.path.join(root,"big.json"),"w") as f:
    f.write('{"jobs":[')
    item = json.dumps(job, ensure_ascii=False)
    n = (mb*1024*1024)//(len(item.encode())+1)
    f.write(",".join([item]*n)); f.write('],"nextCursor":null}')
PY
# The big body is a job list: `jobs list --json` streams it (whoami --json appends cliAccess, so it buffers).
mkdir -p "$static/big/api/public/v1/jobs" && cp "$static/big.json" "$static/big/api/public/v1/jobs/mine"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
( cd "$static/big" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1 ) &
big_pid=$!
trap 'kill $big_pid 2>/dev/null; cleanup' EXIT
if [ -z "$url" ]; then
  sport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  ( cd "$static" && exec python3 -m http.server "$sport" --bind 127.0.0.1 >/dev/null 2>&1 ) &
  server_pid=$!
  url="http://127.0.0.1:$sport"
fi
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/big.json" 2>/dev/null && break; sleep 0.1; done
for _ in $(seq 50); do curl -s -o /dev/null "$url/api/public/v1/auth/me" 2>/dev/null && break; sleep 0.1; done

export OT_API_TOKEN="$token" OT_API_BASE_URL="$url"
auth="Authorization: Bearer $token"

hf() { # [-i] name, then commands; -i: a command's non-zero exit is expected (a usage error row)
  local extra=()
  if [ "$1" = -i ]; then extra=(--ignore-failure); shift; fi
  local name=$1; shift
  hyperfine --warmup 5 --runs "$RUNS" -N "${extra[@]}" --export-json "$work/$name.json" "$@" >/dev/null 2>&1 \
    || hyperfine --warmup 5 --runs "$RUNS" "${extra[@]}" --export-json "$work/$name.json" "$@" >/dev/null
}
echo "bench: startup" >&2
hf startup "$exe --version" "node -e 0"

# The floor: a ConsoleAppFramework + HttpClient Native AOT app with our trimming settings (eng/bench/baseline).
echo "bench: start-up floor" >&2
if dotnet publish eng/bench/baseline/Baseline.csproj -c Release -r "$(basename "$(dirname "$exe")")" \
     -o "$work/baseline" -p:CppCompilerAndLinker="$(command -v clang >/dev/null && echo clang || ls /usr/bin/clang-[0-9]* | head -n1)" -nologo -v:q >&2; then
  floor="$work/baseline/baseline"
  hf -i floor "$exe --version" "$floor --version" "$exe --help" "$exe jobs list --limit x"
  faults() { /usr/bin/time -f '%R' "$@" 2>&1 >/dev/null | tail -n1; }
  printf '{"opentrain --version": %s, "baseline --version": %s, "opentrain --help": %s, "usage error": %s}\n' \
    "$(faults "$exe" --version)" "$(faults "$floor" --version)" "$(faults "$exe" --help)" "$(faults "$exe" jobs list --limit x)" > "$work/floor-faults.json"
else
  echo "bench: the baseline app did not build: no floor rows" >&2
fi
echo "bench: whoami round trip" >&2
hf whoami "$exe whoami --json" "curl -s -H '$auth' $url/api/public/v1/auth/me"
echo "bench: jobs list round trip" >&2
hf jobs "$exe jobs list --json" "curl -s -H '$auth' $url/api/public/v1/jobs/mine"

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

rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n1; }
echo "bench: peak memory" >&2
rss_version=$(rss "$exe" --version)
rss_whoami=$(rss "$exe" whoami --json)
rss_jobs=$(rss "$exe" jobs list --json)
rss_help=$(rss "$exe" --help)
rss_node=$(rss node -e 0)
rss_curl=$(rss curl -s -H "$auth" "$url/api/public/v1/auth/me")

echo "bench: ${BIG_MB} MB --json" >&2
big_bytes=$(stat -c %s "$static/big.json")
timed() { # prints seconds and peak KiB of a command whose stdout is discarded
  /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -n1
}
read -r big_s big_kb < <(timed "$exe" jobs list --json --base-url "http://127.0.0.1:$port")
read -r jq_s jq_kb < <(if need jq; then timed jq . "$static/big.json"; else echo "nan 0"; fi)
read -r py_s py_kb < <(timed python3 -m json.tool "$static/big.json")
# Correctness of the big case: same bytes as node's JSON.stringify(JSON.parse(x), null, 2).
"$exe" jobs list --json --base-url "http://127.0.0.1:$port" > "$work/big.out"
node -e 'const fs=require("fs");process.stdout.write(JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1],"utf8")),null,2)+"\n")' "$static/big.json" > "$work/big.node" 2>/dev/null || true
if [ -s "$work/big.node" ]; then
  if cmp -s "$work/big.out" "$work/big.node"; then big_exact="identical to node"; else big_exact="DIFFERS from node"; fi
else big_exact="(node could not load it)"; fi

size=$(stat -c %s "$exe")
python3 eng/bench_report.py "$work" "$ROOT/docs/performance.md" \
  "$size" "$rss_version" "$rss_whoami" "$rss_jobs" "$rss_help" "$rss_node" "$rss_curl" \
  "$big_bytes" "$big_s" "$big_kb" "$jq_s" "$jq_kb" "$py_s" "$py_kb" "$big_exact" "$api_label" "$exe"

# Sourced by eng/bench.sh: builds and starts the emulator in the background on a free loopback port,
# registers an agent with 25 job drafts, and exports SANDBOX_URL, SANDBOX_PID and SANDBOX_TOKEN.
dotnet build src/OpenTrain.Sandbox/OpenTrain.Sandbox.csproj -c Release -nologo -v:q >&2
sandbox_log=$(mktemp)
dotnet src/OpenTrain.Sandbox/bin/Release/net10.0/OpenTrain.Sandbox.dll --port 0 >"$sandbox_log" 2>&1 &
SANDBOX_PID=$!
SANDBOX_URL=""
for _ in $(seq 1 150); do
  SANDBOX_URL=$(sed -n 's/^Sandbox listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$sandbox_log" | head -n1)
  [ -n "$SANDBOX_URL" ] && break
  sleep 0.2
done
[ -n "$SANDBOX_URL" ] || { echo "bench: the emulator did not start" >&2; cat "$sandbox_log" >&2; exit 1; }
SANDBOX_TOKEN=$(curl -fsS -X POST "$SANDBOX_URL/api/agent/identity" -H 'Content-Type: application/json' -d '{"agent_name":"bench"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
for i in $(seq 1 25); do
  curl -fsS -o /dev/null -X POST "$SANDBOX_URL/api/public/v1/job-drafts" -H "Authorization: Bearer $SANDBOX_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"rawJobDescription\":\"Bench job $i: label 1,000 Spanish tweets for sentiment. Pay: \$0.06 per label.\"}"
done
export SANDBOX_URL SANDBOX_PID SANDBOX_TOKEN

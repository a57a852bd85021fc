#!/usr/bin/env bash
# Quick-start demo against the local emulator, with the real CLI binary.
#   ./build.sh demo
# Builds the CLI and the sandbox, starts the sandbox on a free loopback port in auto-human mode
# (claims, approvals and top-ups complete after 1 s), runs the quick start with a throwaway
# XDG_CONFIG_HOME, checks every step, and always stops the sandbox. Exit 0 only when every step
# ran and did what it should. The links the CLI prints (approvals, claim, checkout) open real pages
# on the sandbox; the demo lets the automatic human act, `./build.sh sandbox` lets you click them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset OT_API_TOKEN OPENTRAIN_API_TOKEN OT_API_BASE_URL OPENTRAIN_API_BASE_URL

for tool in jq curl; do command -v "$tool" >/dev/null 2>&1 || { echo "demo: $tool is required" >&2; exit 1; }; done

echo "== building the CLI"
BIN=$(./build.sh | tail -n1)
[ -x "$BIN" ] || { echo "demo: ./build.sh did not print an executable path (got '$BIN')" >&2; exit 1; }
echo "== building the sandbox"
dotnet build src/OpenTrain.Sandbox/OpenTrain.Sandbox.csproj -c Release -nologo -v:q >/dev/null

WORK=$(mktemp -d)
export XDG_CONFIG_HOME="$WORK/config"
CREDS="$XDG_CONFIG_HOME/opentrain/cli.json"
SANDBOX_PID="" RECEIVER_PID=""
cleanup() {
  for pid in "$SANDBOX_PID" "$RECEIVER_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dotnet src/OpenTrain.Sandbox/bin/Release/net10.0/OpenTrain.Sandbox.dll --port 0 --auto-human 1 >"$WORK/sandbox.log" 2>&1 &
SANDBOX_PID=$!
URL=""
for _ in $(seq 1 150); do
  # First match only, with sed's own q: never a pipe into head (see step below).
  URL=$(sed -n '/^Sandbox listening on http:\/\/127\.0\.0\.1:[0-9]*$/{s/^Sandbox listening on //p;q;}' "$WORK/sandbox.log")
  [ -n "$URL" ] && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || break
  sleep 0.2
done
[ -n "$URL" ] || { echo "demo: the sandbox did not start:" >&2; cat "$WORK/sandbox.log" >&2; exit 1; }
echo "== sandbox at $URL (auto-human 1 s), XDG_CONFIG_HOME=$XDG_CONFIG_HOME"
echo "== the links the CLI prints below open pages on this sandbox ($URL/ lists what waits); here the automatic human acts after 1 s"
echo

# ---- helpers ---------------------------------------------------------------------------------
PASSED=0 FAILED=0 LAST_RC=0
OUT=""       # output of the last step (stdout, then stderr)
STDOUT="" STDERR=""   # the two streams of the last step
STATUS=""    # ran | skip (a needed value was missing: counted as a failure)
OK=""        # 1 when the last step ran and passed its check

saved() { [ -f "$CREDS" ] && jq -r ".$1 // empty" "$CREDS" || true; }
api() { curl -fsS "$URL/api/public/v1$1" -H "Authorization: Bearer $(saved apiToken)"; }
control() { curl -fsS -X "$1" "$URL/_sandbox$2" -H 'content-type: application/json' ${3:+-d "$3"}; }
mask() { sed -E -e 's/(ot_(pat|clm)_[0-9a-f]{4})[0-9a-f_]*([0-9a-f]{4})/\1…\3/g' -e 's/(whsec_[0-9a-f]{4})[0-9a-f]*([0-9a-f]{4})/\1…\2/g'; }

# step "<title>" <needed-var-names...> -- <opentrain args...>
# Runs the command (unless a needed value is missing), echoes it and its output, sets STATUS.
# RUN_WITH (e.g. "timeout -s TERM 6") prefixes the binary; NO_BASE_URL=1 leaves --base-url off.
RUN_WITH="" NO_BASE_URL=""
step() {
  local title=$1; shift
  local missing=()
  while [ "$1" != "--" ]; do [ -n "${!1:-}" ] || missing+=("$1"); shift; done
  shift
  echo
  echo "### $title"
  echo "\$ opentrain $*" | mask
  OK=""
  if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL (needs ${missing[*]} from an earlier step)"
    STATUS=skip; FAILED=$((FAILED + 1)); return
  fi
  local rc=0 base=(--base-url "$URL")
  [ -n "$NO_BASE_URL" ] && base=()
  $RUN_WITH "$BIN" "$@" "${base[@]}" >"$WORK/stdout" 2>"$WORK/stderr" || rc=$?
  STDOUT=$(cat "$WORK/stdout") STDERR=$(cat "$WORK/stderr")
  OUT=$(cat "$WORK/stdout" "$WORK/stderr")
  # The excerpt is cut from a file, never by piping the output into head: under pipefail, head exiting
  # after 12 lines broke the writer's pipe ("printf: write error: Broken pipe", issue #24) and ended the demo.
  printf '%s\n' "$OUT" >"$WORK/out"
  local lines; lines=$(wc -l <"$WORK/out")
  if [ "$lines" -gt 40 ]; then
    head -n 12 "$WORK/out" | mask | sed 's/^/    /'; echo "    … ($((lines - 12)) more lines)"
  elif [ -n "$OUT" ]; then
    mask <"$WORK/out" | sed 's/^/    /'
  fi
  STATUS=ran
  LAST_RC=$rc
}

# check "<what>" <test command...>  — after a step that ran: exit code 0 and the given fact.
check() {
  [ "$STATUS" = ran ] || return 0
  local what=$1; shift
  if [ "$LAST_RC" -eq 0 ] && "$@" >/dev/null 2>&1; then
    echo "PASS ($what)"; PASSED=$((PASSED + 1)); OK=1
  else
    echo "FAIL (exit $LAST_RC; expected: $what)"; FAILED=$((FAILED + 1))
  fi
}

# check_exit <code> "<what>" <test command...>  — like check, for a step that must end with that exit code.
check_exit() {
  [ "$STATUS" = ran ] || return 0
  local want=$1 what=$2; shift 2
  if [ "$LAST_RC" -eq "$want" ] && "$@" >/dev/null 2>&1; then
    echo "PASS ($what)"; PASSED=$((PASSED + 1)); OK=1
  else
    echo "FAIL (exit $LAST_RC, wanted $want; expected: $what)"; FAILED=$((FAILED + 1))
  fi
}

out_has() { grep -Eq -- "$1" <<<"$OUT"; }
wait_for() { for _ in $(seq 1 50); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done; return 1; }
approval_status() { api "/approvals/$1" | jq -r .approval.status; }

# ---- the quick start -------------------------------------------------------------------------
EMAIL=demo-human@example.com
ALL_SCOPES='["jobs:read","jobs:write","proposals:read","proposals:write","messages:read","messages:write","payments:read","payments:write","team:read","team:write","webhooks:manage"]'
cat >"$WORK/job.txt" <<'TXT'
Spanish Sentiment Labeling
We need 5 fluent Spanish speakers to label 20,000 tweets for sentiment (positive, negative, neutral).
Pay: $0.06 per label. Work remotely, at your own pace.
TXT

wait_confirmed() { wait_for bash -c "curl -fsS '$URL/_sandbox/approvals' | jq -e '.approvals[] | select(.id == \"$1\") | .status == \"confirmed\"'"; }
newest_approval() { control GET /approvals | jq -r "[.approvals[] | select(.type == \"$1\")][0].id // empty"; }

JOB="" PROPOSAL="" APPROVAL="" CONTRACT="" CONVERSATION="" HUMAN_TOKEN="" MILESTONE="" FUNDED=""

step "Register an agent identity" -- auth register --agent-name "Demo agent" --org-name "Demo Org"
check "credentials saved with apiToken and claimToken" bash -c '[[ $(jq -r .apiToken "$1") == ot_pat_* && $(jq -r .claimToken "$1") == ot_clm_* ]]' _ "$CREDS"

step "Ask the human to claim it" -- auth claim --email "$EMAIL"
check "user code and verification URI shown" bash -c 'grep -Eq "(^|[^0-9])[0-9]{6}([^0-9]|$)" <<<"$1" && grep -q "/claim?token=ot_cat_" <<<"$1"' _ "$OUT"

step "Wait for the claim (the sandbox completes it after 1 s)" -- auth claim-status --wait --interval 0.2 --timeout 60
check "post-claim token saved, claimToken removed, account claimed" bash -c "
  [[ -z \$(jq -r '.claimToken // empty' '$CREDS') ]] &&
  curl -fsS '$URL/api/public/v1/auth/me' -H \"Authorization: Bearer \$(jq -r .apiToken '$CREDS')\" | jq -e '.account.claimed and (.token.scopes | index(\"proposals:write\"))'"

step "Who am I" -- whoami
check "shows the human's email" out_has "$EMAIL"

step "Draft a job from a text file" -- jobs draft create --description-file "$WORK/job.txt" --idempotency-key demo-1
check "the missing experienceLevel is asked for" out_has "experienceLevel"
JOB=$(api /jobs/mine | jq -r '.jobs[0].id // empty' || true)

step "Fill the missing field" JOB -- jobs draft update --job-id "$JOB" --set experienceLevel=INTERMEDIATE
check "the draft is publish-ready" bash -c "curl -fsS '$URL/_sandbox/jobs/$JOB' | jq -e .job.validation.publishReady"

step "Publish it" JOB -- jobs publish --job-id "$JOB"
check "the job is OPEN" bash -c "curl -fsS '$URL/_sandbox/jobs/$JOB' | jq -e '.job.status == \"OPEN\"'"
PROPOSAL=$(api "/jobs/$JOB/proposals" 2>/dev/null | jq -r '.proposals[0].id // empty' || true)

step "List proposals (seeded candidates apply on publish)" PROPOSAL -- proposals list --job-id "$JOB"
check "the newest proposal is listed" out_has "$PROPOSAL"

step "Every proposal, one per page, following the cursor (--all)" PROPOSAL -- proposals list "$JOB" --limit 1 --all
check "more than one page listed, no cursor footer" bash -c '[ "$(grep -c "^${2%%_*}_" <<<"$1")" -ge 2 ] && ! grep -q "Next cursor" <<<"$1"' _ "$STDOUT" "$PROPOSAL"

step "Request the hire and wait for the human (--wait)" PROPOSAL -- proposals hire --proposal-id "$PROPOSAL" --milestone-name "First labeling batch" --amount 300 --due-date 2026-07-01 --wait --interval 0.5 --timeout 60
APPROVAL=$(newest_approval proposal_hire || true)
check "approvalUrl printed, then the confirmation" bash -c 'grep -q "/approvals/$2" <<<"$1" && grep -qi "confirmed" <<<"$1"' _ "$OUT" "${APPROVAL:-none}"
[ -n "$APPROVAL" ] && wait_confirmed "$APPROVAL" || true
CONTRACT=$(control GET /approvals | jq -r ".approvals[] | select(.id == \"${APPROVAL:-none}\") | .result.contractId // empty" || true)

step "Approval confirmed by the human" APPROVAL -- approvals get --approval-id "$APPROVAL"
check "the hire is confirmed" bash -c '[ -n "$1" ] && grep -q confirmed <<<"$2"' _ "$CONTRACT" "$OUT"

# A human mints a token with money and webhook scopes in the app (here: the sandbox control surface).
HUMAN_TOKEN=$(control POST /tokens "{\"email\":\"$EMAIL\",\"name\":\"demo human token\",\"scopes\":$ALL_SCOPES}" | jq -r '.token // empty' || true)
step "Log in with the human-minted token (payments:write, webhooks:manage)" HUMAN_TOKEN -- auth login --api-key "$HUMAN_TOKEN"
check "the token is saved" bash -c '[ "$(jq -r .apiToken "$1")" = "$2" ]' _ "$CREDS" "$HUMAN_TOKEN"

step "Show the contract" CONTRACT -- contracts get --contract-id "$CONTRACT"
check "the contract is shown" out_has "$CONTRACT"
CONVERSATION=$(api "/contracts/$CONTRACT" 2>/dev/null | jq -r '.contract.jobDmConversationId // empty' || true)

step "Write to the trainer" CONVERSATION -- messages send "$CONVERSATION" --content "Welcome aboard: the guidelines are in the job post."
check "the message is sent" out_has "^Sent message "

step "Read the job conversation" CONVERSATION -- messages read "$CONVERSATION"
check "a transcript that says which end is newest" bash -c 'grep -q "^1 message, oldest first, newest last:" <<<"$1" && grep -Eq "  you  Welcome aboard" <<<"$1"' _ "$STDOUT"

step "Add a milestone (5,000 labels at \$0.06)" CONTRACT -- milestones create --contract-id "$CONTRACT" --name "Second batch" --description "Label the next 5,000 tweets" --volume 5000
check "milestone 2 exists, NOT_FUNDED" bash -c "curl -fsS '$URL/api/public/v1/contracts/$CONTRACT' -H 'Authorization: Bearer $HUMAN_TOKEN' | jq -e '.contract.milestones[1].status == \"NOT_FUNDED\"'"
MILESTONE=$(api "/contracts/$CONTRACT" 2>/dev/null | jq -r '.contract.milestones[1].id // empty' || true)

milestone2_is() { curl -fsS "$URL/api/public/v1/contracts/$CONTRACT" -H "Authorization: Bearer $HUMAN_TOKEN" | jq -e ".contract.milestones[1].status == \"$1\""; }

step "Fund it (human co-sign)" MILESTONE -- milestones fund --milestone-id "$MILESTONE"
check "approvalUrl printed" out_has "/approvals/appr_"
[ -n "$MILESTONE" ] && wait_for milestone2_is ACTIVE_FUNDED && FUNDED=1

step "Release it (human co-sign)" FUNDED -- milestones approve --milestone-id "$MILESTONE"
check "approvalUrl printed" out_has "/approvals/appr_"
if [ -n "$FUNDED" ]; then
  echo
  echo "### The human confirmed both money moves"
  if wait_for milestone2_is PAID; then echo "PASS (milestone 2 is PAID)"; PASSED=$((PASSED + 1)); else echo "FAIL (milestone 2 never got PAID)"; FAILED=$((FAILED + 1)); fi
fi

step "Poll the updates feed" -- updates poll --limit 100
check "approval.confirmed events are listed" out_has "approval\.confirmed"

RUN_WITH="timeout -s TERM 6"
step "Follow the updates feed (stopped after 6 s)" -- updates poll --follow --interval 1
RUN_WITH=""
check_exit 124 "the backlog streamed until the stop" out_has "approval\.confirmed"

step "Subscribe a webhook" -- webhooks create --url "http://127.0.0.1:9/opentrain-hook" --event approval.confirmed --event milestone.status_changed
check "the signing secret is shown once" out_has "whsec_[0-9a-f]+"

# ---- webhooks for local development (docs/webhooks.md) ---------------------------------------
# A local receiver (python3, standard library) keeps each delivery's raw body and signature header;
# listen forwards the feed's events to it, verify checks what it got, trigger sends a sample.
if command -v python3 >/dev/null 2>&1; then
  HOOKS="$WORK/hooks"; mkdir -p "$HOOKS"
  cat >"$WORK/receiver.py" <<'PY'
import http.server, os, sys
port, out = int(sys.argv[1]), sys.argv[2]
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        n = len(os.listdir(out)) // 2 + 1
        with open(f"{out}/{n}.sig", "w") as f: f.write(self.headers["X-OpenTrain-Signature"])
        with open(f"{out}/{n}.body", "wb") as f: f.write(body)
        self.send_response(204); self.end_headers()
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", port), Receiver).serve_forever()
PY
  HOOK_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 "$WORK/receiver.py" "$HOOK_PORT" "$HOOKS" &
  RECEIVER_PID=$!
  HOOK_URL="http://127.0.0.1:$HOOK_PORT/webhooks"
  wait_for curl -s -o /dev/null "http://127.0.0.1:$HOOK_PORT/" || true

  RUN_WITH="timeout --preserve-status -s INT 6"
  step "Forward the approval events to a local receiver (webhooks listen, stopped by Ctrl-C after 6 s)" -- webhooks listen --forward-to "$HOOK_URL" --cursor 0 --events approval.confirmed --cursor-file "$WORK/hooks.cursor" --interval 1
  RUN_WITH=""
  check_exit 130 "deliveries received, the session secret printed once, the cursor saved" bash -c '[ -s "$1/1.body" ] && grep -q "\"approval.confirmed\"" "$1/1.body" && [ "$(grep -c "whsec_" <<<"$2")" -eq 1 ] && [ -s "$3" ] && grep -q "saved in" <<<"$2"' _ "$HOOKS" "$STDERR" "$WORK/hooks.cursor"
  SESSION_SECRET=$(sed -n 's/^Signing secret for this session: \(whsec_[0-9a-f]*\) .*/\1/p' <<<"$STDERR")

  NO_BASE_URL=1
  step "Verify a delivery the receiver got" SESSION_SECRET -- webhooks verify --secret "$SESSION_SECRET" --signature "$(cat "$HOOKS/1.sig" 2>/dev/null)" --payload-file "$HOOKS/1.body"
  check "the signature is valid" out_has "^Valid signature"
  printf ' ' | cat "$HOOKS/1.body" - >"$WORK/tampered.body" 2>/dev/null || true
  step "A payload changed by one byte is refused" SESSION_SECRET -- webhooks verify --secret "$SESSION_SECRET" --signature "$(cat "$HOOKS/1.sig" 2>/dev/null)" --payload-file "$WORK/tampered.body"
  check_exit 1 "signature mismatch" out_has "invalid signature: no v1"
  step "Send a sample event (webhooks trigger)" SESSION_SECRET -- webhooks trigger payment.pending --forward-to "$HOOK_URL" --secret "$SESSION_SECRET"
  check "the receiver answered 204" out_has "payment\.pending .*→ 204 in"
  NO_BASE_URL=""
else
  echo; echo "### Webhooks for local development"; echo "FAIL (python3 is needed for the local receiver)"; FAILED=$((FAILED + 1))
fi

step "Show credits" -- credits show
check "the balance is shown" out_has "[0-9]"

# ---- ergonomics ------------------------------------------------------------------------------
NO_BASE_URL=1
step "Shell completion script (bash)" -- completion bash
NO_BASE_URL=""
check "the script parses in bash -n" bash -n "$WORK/stdout"

step "A typo gets a suggestion" -- propsals
check_exit 1 "did you mean 'opentrain proposals'" bash -c 'grep -q "Did you mean .opentrain proposals.?" <<<"$1"' _ "$STDERR"

step "Raw API call" -- api GET jobs/mine -q limit=5
check "the response JSON lists the published job" bash -c 'jq -e --arg job "$2" "[.jobs[].id] | index(\$job)" <<<"$1"' _ "$STDOUT" "$JOB"

step "Debug log of each request (--debug)" -- jobs list --debug
check "stderr has the request line and no token" bash -c 'grep -Eq "^debug: GET http://127\.0\.0\.1:[0-9]+/api/public/v1/jobs/mine" <<<"$1" && ! grep -q "$2" <<<"$1"' _ "$STDERR" "${HUMAN_TOKEN:-ot_pat_}"

step "A failure with --json is one JSON document on stdout" -- jobs get job_does_not_exist --json
check_exit 1 "stdout parses, with the error code" bash -c 'jq -e "has(\"error\")" <<<"$1"' _ "$STDOUT"

echo
echo "== to act as the human yourself: ./build.sh sandbox, open the home page it prints, and click Confirm / Claim / Pay on the links the CLI prints"
echo "== demo: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]

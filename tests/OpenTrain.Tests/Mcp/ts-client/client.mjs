// Drives `opentrain mcp` with the official TypeScript MCP client against the API emulator and
// prints one JSON report on stdout; tests/OpenTrain.Tests/Mcp/TypeScriptClientTests.cs asserts on it.
// Env: OPENTRAIN_BINARY (the server), SANDBOX_URL (the emulator), MCP_CONFIG_HOME (XDG_CONFIG_HOME of the server).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

const binary = process.env.OPENTRAIN_BINARY;
const base = process.env.SANDBOX_URL;
const configHome = process.env.MCP_CONFIG_HOME;
const report = { serverVersion: null, tools: [], calls: [], comparisons: [], checks: {}, stderr: "" };

async function connect(extraEnv = {}) {
  const transport = new StdioClientTransport({
    command: binary,
    args: ["mcp"],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CONFIG_HOME: configHome, OPENTRAIN_API_BASE_URL: base, ...extraEnv },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk) => { report.stderr += chunk.toString(); });
  const client = new Client({ name: "opentrain-ts-client-test", version: "1.0.0" });
  await client.connect(transport);
  // listTools caches each tool's outputSchema: from then on callTool validates every structuredContent against it.
  await client.listTools();
  return client;
}

/**
 * A client that sees a deliberately wrong outputSchema for one tool (tools/list altered on its way in): the SDK must
 * refuse that tool's result, which shows the validation the other calls pass is real.
 */
async function connectWithWrongSchema(tool, wrong) {
  const client = await connect();
  const transport = client.transport;
  const deliver = transport.onmessage;
  transport.onmessage = (message, extra) => {
    for (const t of message?.result?.tools ?? []) if (t.name === tool) t.outputSchema = wrong;
    deliver(message, extra);
  };
  await client.listTools();
  return client;
}

/** Calls a tool and records what came back. */
async function call(client, name, args = {}) {
  const result = await client.callTool({ name, arguments: args });
  const text = result.content?.find((c) => c.type === "text")?.text ?? "";
  report.calls.push({ name, isError: result.isError === true, status: result.structuredContent?.status ?? null, text: text.slice(0, 400) });
  // Issue #25: results speak MCP (tool names and arguments), never a CLI command or flag.
  const cliText = /\bopentrain (auth|jobs|proposals|contracts|milestones|approvals|messages|updates|webhooks|tokens|account|api|credits|team|payments|freelancers)\b|(^|[\s'(])--[a-z]/m;
  if (cliText.test(text)) report.checks.cliText = [...(report.checks.cliText ?? []), `${name}: ${text}`];
  return { ...result, text, data: result.structuredContent };
}

function savedToken() {
  return JSON.parse(readFileSync(`${configHome}/opentrain/cli.json`, "utf8")).apiToken;
}

async function api(path, token) {
  const response = await fetch(base + path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return response.json();
}

async function control(method, path, body) {
  const response = await fetch(`${base}/_sandbox${path}`, {
    method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /_sandbox${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A read tool's structuredContent must equal the same GET made directly (minus per-response timestamps). */
let directToken = null;
async function compare(client, name, args, path, token = directToken ?? savedToken()) {
  const result = await call(client, name, args);
  const direct = await api(path, token);
  const strip = (body) => ({ ...body, generatedAt: undefined, order: undefined }); // order: added to read_messages
  report.comparisons.push({ name, equal: !result.isError && isDeepStrictEqual(strip(result.data), strip(direct)) });
  return result;
}

let client;
let payer;
try {
client = await connect();
report.serverVersion = client.getServerVersion();

report.tools = (await client.listTools()).tools.map((t) => t.name);

// No token yet: only the onboarding tools work.
report.checks.noTokenCredits = (await call(client, "opentrain_get_credits")).data?.error?.code ?? null;
await compare(client, "opentrain_search_jobs", { q: "label" }, "/api/public/v1/jobs?q=label", null);

// Register → claim (the emulator plays the human) → claim status.
const registered = await call(client, "opentrain_register_agent", { agentName: "TS agent", organizationName: "TS Org" });
report.checks.registerHasNoAccessToken = !JSON.stringify(registered.data).includes("access_token");
report.checks.registerAgainRefused = (await call(client, "opentrain_register_agent", {})).isError;
await call(client, "opentrain_claim_account", { email: "owner@example.com" });
report.checks.claimPending = (await call(client, "opentrain_claim_status")).data?.status ?? null;
await control("POST", "/claims/complete", {});
report.checks.claimed = (await call(client, "opentrain_claim_status")).data?.status ?? null;

await compare(client, "opentrain_auth_status", {}, "/api/public/v1/auth/me");
await compare(client, "opentrain_capabilities", {}, "/api/public/v1/job-drafts/capabilities");

// Jobs.
const draft = await call(client, "opentrain_create_job_draft", {
  jobDescription: "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n",
  idempotencyKey: "ts-1",
});
const jobId = draft.data.jobId;
await call(client, "opentrain_update_job_draft_fields", { jobId, fields: { experienceLevel: "INTERMEDIATE" } });
await call(client, "opentrain_publish_job", { jobId });
await call(client, "opentrain_update_published_job", { jobId, fields: { jobTitle: "Spanish Sentiment Labeling (tweets)" } });
await compare(client, "opentrain_list_jobs", {}, "/api/public/v1/jobs/mine");
await compare(client, "opentrain_get_job", { jobId }, `/api/public/v1/jobs/${jobId}`, null);
const changes = await call(client, "opentrain_job_changes", { since: "2020-01-01" });
report.checks.changesHaveJob = (changes.data?.changes ?? []).some((c) => JSON.stringify(c).includes(jobId));

// Proposals and candidates.
const proposals = await compare(client, "opentrain_list_proposals", { jobId }, `/api/public/v1/jobs/${jobId}/proposals`);
const proposalId = proposals.data.proposals[0].id;
const proposal = await compare(client, "opentrain_get_proposal", { proposalId }, `/api/public/v1/proposals/${proposalId}`);
const candidate = proposal.data.proposal.candidate.id;
await compare(client, "opentrain_get_proposal_interview", { proposalId }, `/api/public/v1/proposals/${proposalId}/interview`);
await compare(client, "opentrain_get_freelancer_profile", { freelancerId: candidate }, `/api/public/v1/freelancers/${candidate}`);
await call(client, "opentrain_invite_freelancer", { jobId, freelancerId: "aiko-t" });

// Messages.
const thread = await call(client, "opentrain_start_proposal_conversation", { proposalId });
const conversationId = thread.data.conversationId;
await call(client, "opentrain_send_message", { conversationId, content: "Hi! Could you start on Monday?" });
await compare(client, "opentrain_read_messages", { conversationId }, `/api/public/v1/messages?conversationId=${conversationId}`);
await compare(client, "opentrain_list_conversations", {}, "/api/public/v1/messages");
await compare(client, "opentrain_list_unread_conversations", { filter: "proposal" }, "/api/public/v1/messages?filter=proposal&unreadOnly=true");
await compare(client, "opentrain_job_facets", {}, "/api/public/v1/jobs/facets");

// Hire: money never moves, a human confirms.
const hire = await call(client, "opentrain_hire_proposal", { proposalId, milestone: { name: "First 1,000 labels", amount: 60 } });
const hireApproval = hire.data.approval;
report.checks.hireApprovalUrl = hireApproval?.approvalUrl ?? null;
await compare(client, "opentrain_get_approval", { approvalId: hireApproval.id }, `/api/public/v1/approvals/${hireApproval.id}`);
// A waiting tool stops when the client aborts the call (notifications/cancelled), and the server keeps serving.
{
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 300);
  try {
    await client.callTool({ name: "opentrain_get_approval", arguments: { approvalId: hireApproval.id, wait: true, timeoutSeconds: 600 } },
      undefined, { signal: controller.signal });
    report.checks.cancelledWait = { rejected: false, ms: Date.now() - started };
  } catch (error) {
    report.checks.cancelledWait = { rejected: true, ms: Date.now() - started };
  }
  report.checks.afterCancel = (await call(client, "opentrain_get_approval", { approvalId: hireApproval.id })).data?.approval?.status ?? null;
  const polls = async () => (await control("GET", `/requests?method=GET&pathPrefix=/api/public/v1/approvals/${hireApproval.id}`)).requests.length;
  const before = await polls();
  await new Promise((resolve) => setTimeout(resolve, 6000)); // longer than one 5 s poll interval
  report.checks.pollsAfterCancel = (await polls()) - before;
}
await control("POST", `/approvals/${hireApproval.id}/confirm`, {});

// Money and webhook writes need payments:write / webhooks:manage, which only a human grants: a second
// server runs with such a token in OPENTRAIN_PERSONAL_API_TOKEN, which wins over the saved one.
const full = await control("POST", "/tokens", {
  token: savedToken(), name: "full",
  scopes: ["jobs:read", "jobs:write", "proposals:read", "proposals:write", "messages:read", "messages:write",
    "payments:read", "payments:write", "team:read", "team:write", "webhooks:manage"],
});
payer = await connect({ OPENTRAIN_PERSONAL_API_TOKEN: full.token });
report.checks.payerTokenId = (await call(payer, "opentrain_auth_status")).data?.token?.id ?? null;
report.checks.fullTokenId = full.tokenId;
{
const client = payer;
directToken = full.token;

// Contracts and milestones.
const contracts = await compare(client, "opentrain_list_contracts", {}, "/api/public/v1/contracts");
const contractId = contracts.data.contracts[0].id;
await compare(client, "opentrain_get_contract", { contractId }, `/api/public/v1/contracts/${contractId}`);
const milestone = await call(client, "opentrain_create_milestone", { contractId, description: "Next 1,000 labels", volume: 1000 });
const milestoneId = milestone.data.milestone.id;
const fund = await call(client, "opentrain_request_milestone_funding", { milestoneId });
await control("POST", `/approvals/${fund.data.approval.id}/confirm`, {});
const release = await call(client, "opentrain_request_milestone_approval", { milestoneId });
report.checks.releaseApprovalUrl = release.data?.approval?.approvalUrl ?? null;
await call(client, "opentrain_end_contract", { contractId });

// Credits and updates.
await compare(client, "opentrain_get_credits", {}, "/api/public/v1/credits");
await compare(client, "opentrain_list_credit_ledger", {}, "/api/public/v1/credits/ledger");
const topUp = await call(client, "opentrain_create_credit_top_up", { amountUsd: 25 });
const topUpId = topUp.data.topUpId ?? topUp.data.topUp?.id;
await compare(client, "opentrain_get_credit_top_up", { topUpId }, `/api/public/v1/credits/top-ups/${topUpId}`);
await compare(client, "opentrain_poll_updates", { limit: 50 }, "/api/public/v1/updates?limit=50");

// Webhooks.
const webhook = await call(client, "opentrain_create_webhook", { url: "http://127.0.0.1:9/hooks", eventTypes: ["proposal.received", "message.received"] });
const webhookId = webhook.data.webhook.id;
await compare(client, "opentrain_list_webhooks", {}, "/api/public/v1/webhooks");
await compare(client, "opentrain_get_webhook", { webhookId }, `/api/public/v1/webhooks/${webhookId}`);
await call(client, "opentrain_delete_webhook", { webhookId });
// A delivery signed here with Node's crypto and the secret the create returned: the tool must accept it.
const payload = JSON.stringify({ id: "1", type: "proposal.received", data: { proposalId: "prop_1" } });
const t = Math.floor(Date.now() / 1000);
const signature = `t=${t},v1=${createHmac("sha256", webhook.data.secret).update(`${t}.${payload}`).digest("hex")}`;
const verified = await call(client, "opentrain_verify_webhook_signature", { secret: webhook.data.secret, signature, payload });
if (verified.isError || verified.data?.valid !== true) throw new Error(`opentrain_verify_webhook_signature refused a valid signature: ${verified.text}`);

}
directToken = null;

// Tokens, team, payments.
const minted = await control("POST", "/tokens", { scopes: ["jobs:read"], token: savedToken(), name: "read-only" });
await call(client, "opentrain_list_tokens");
const secretFile = join(mkdtempSync(join(tmpdir(), "opentrain-ts-")), "ci-token");
const created = await call(client, "opentrain_create_token", { name: "ci", scopes: ["jobs:read"], expiresIn: "1d", secretFile });
const createdSecret = readFileSync(secretFile, "utf8");
if (!createdSecret.startsWith("ot_pat_") || JSON.stringify(created).includes(createdSecret))
  throw new Error("opentrain_create_token: the secret must be in secretFile and nowhere in the result");
await call(client, "opentrain_revoke_token", { tokenId: created.data?.metadata?.id });
await compare(client, "opentrain_get_team", {}, "/api/public/v1/team");
await call(client, "opentrain_invite_team_member", { email: "teammate@example.com" });
await compare(client, "opentrain_list_pending_payments", {}, "/api/public/v1/payments/pending");
await call(client, "opentrain_close_job", { jobId });

// Failures: a 404, then a 403 (scope) through a second server whose environment token wins.
const missing = await call(client, "opentrain_get_proposal", { proposalId: "prop_missing" });
report.checks.notFound = { isError: missing.isError, status: missing.data?.status ?? null, code: missing.data?.error?.code ?? null };
const limited = await connect({ OPENTRAIN_PERSONAL_API_TOKEN: minted.token });
const who = await call(limited, "opentrain_auth_status");
report.checks.envTokenId = who.data?.token?.id ?? null;
report.checks.mintedTokenId = minted.tokenId;
const forbidden = await call(limited, "opentrain_create_job_draft", { jobDescription: "Should be refused: the token only reads." });
report.checks.forbidden = { isError: forbidden.isError, status: forbidden.data?.status ?? null, code: forbidden.data?.error?.code ?? null };
await limited.close();
await call(client, "opentrain_revoke_token", { tokenId: minted.tokenId });

// The raw GET, then logout and login again with the same token (it is checked, then saved).
await compare(client, "opentrain_api", { path: "jobs/mine" }, "/api/public/v1/jobs/mine");
const kept = savedToken();
await call(client, "opentrain_logout");
const login = await call(client, "opentrain_login", { apiKey: kept });
if (login.isError || JSON.stringify(login).includes(kept) || savedToken() !== kept)
  throw new Error(`opentrain_login: the token must be saved and never in the result: ${login.text}`);

// Schema problems are JSON-RPC errors.
try {
  await client.callTool({ name: "opentrain_get_proposal", arguments: {} });
  report.checks.missingArgument = "no error";
} catch (error) {
  report.checks.missingArgument = error.code ?? String(error);
}
try {
  await client.callTool({ name: "opentrain_nope", arguments: {} });
  report.checks.unknownTool = "no error";
} catch (error) {
  report.checks.unknownTool = error.code ?? String(error);
}
report.checks.ping = JSON.stringify(await client.ping());

// The SDK checks structuredContent against outputSchema: a schema that says jobs is a string is caught.
const misled = await connectWithWrongSchema("opentrain_list_jobs", { type: "object", properties: { jobs: { type: "string" } } });
try {
  await misled.callTool({ name: "opentrain_list_jobs", arguments: {} });
  report.checks.wrongSchema = "no error";
} catch (error) {
  report.checks.wrongSchema = String(error?.message ?? error);
}
await misled.close();

} catch (error) {
  report.fatal = String(error?.stack ?? error);
} finally {
  await payer?.close();
  await client?.close();
  process.stdout.write(JSON.stringify(report) + "\n");
}

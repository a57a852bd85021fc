// Times an MCP stdio server: spawn → initialize answered (fresh process each run), and the
// tools/call round trip of opentrain_auth_status (one session). Prints {"initialize":[ms…],"call":[ms…]}.
// Usage: node mcp-probe.mjs <runs> <calls> <command> [args…]
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const [runs, calls, command, ...args] = [Number(process.argv[2]), Number(process.argv[3]), ...process.argv.slice(4)];
const initialize = { jsonrpc: "2.0", id: 0, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } } };

function session() {
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
  const waiting = new Map();
  createInterface({ input: child.stdout }).on("line", (line) => {
    const message = JSON.parse(line);
    waiting.get(message.id)?.(message);
  });
  const request = (message) => new Promise((resolve) => {
    waiting.set(message.id, resolve);
    child.stdin.write(JSON.stringify(message) + "\n");
  });
  const close = () => new Promise((resolve) => { child.on("exit", resolve); child.stdin.end(); });
  return { request, close };
}

const result = { initialize: [], call: [] };
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const s = session();
  await s.request(initialize);
  result.initialize.push(Number(process.hrtime.bigint() - start) / 1e6);
  await s.close();
}
const s = session();
await s.request(initialize);
for (let i = 1; i <= calls + 3; i++) {
  const start = process.hrtime.bigint();
  const answer = await s.request({ jsonrpc: "2.0", id: i, method: "tools/call", params: { name: "opentrain_auth_status", arguments: {} } });
  if (answer.error || answer.result?.isError) throw new Error(JSON.stringify(answer));
  if (i > 3) result.call.push(Number(process.hrtime.bigint() - start) / 1e6); // 3 warm-up calls
}
await s.close();
process.stdout.write(JSON.stringify(result) + "\n");

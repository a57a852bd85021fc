// The floor of the official server (@opentrain-ai/mcp runs on the same SDK under Node): a minimal
// stdio MCP server with one tool that calls GET /auth/me and returns text + structuredContent.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const base = process.env.OPENTRAIN_API_BASE_URL;
const token = process.env.OPENTRAIN_PERSONAL_API_TOKEN;
const server = new McpServer({ name: "opentrain", version: "0.0.0" });
server.registerTool("opentrain_auth_status", { description: "Who am I" }, async () => {
  const response = await fetch(`${base}/api/public/v1/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await response.json();
  return { content: [{ type: "text", text: JSON.stringify(body) }], structuredContent: body, isError: !response.ok };
});
await server.connect(new StdioServerTransport());

"""Drives `opentrain mcp` with the official Python MCP client (`pip install mcp`) against the API emulator
and prints one JSON report on stdout; tests/OpenTrain.Tests/Mcp/PythonClientTests.cs asserts on it.
Env: OPENTRAIN_BINARY (the server), SANDBOX_URL (the emulator), MCP_CONFIG_HOME (XDG_CONFIG_HOME of the server)."""
import asyncio
import json
import os
import sys
import traceback
import urllib.request

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

BASE = os.environ["SANDBOX_URL"]
CONFIG_HOME = os.environ["MCP_CONFIG_HOME"]
report = {"serverVersion": None, "tools": [], "calls": [], "comparisons": [], "checks": {}}


def saved_token():
    with open(os.path.join(CONFIG_HOME, "opentrain", "cli.json"), encoding="utf-8") as f:
        return json.load(f)["apiToken"]


def http(method, url, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers, method=method)) as response:
        return json.loads(response.read())


async def call(session, name, args=None):
    result = await session.call_tool(name, args or {})
    text = next((c.text for c in result.content if c.type == "text"), "")
    data = result.structuredContent
    report["calls"].append({"name": name, "isError": bool(result.isError), "status": (data or {}).get("status"), "text": text[:400]})
    return result, data


async def compare(session, name, args, path, token="saved"):
    result, data = await call(session, name, args)
    direct = http("GET", BASE + path, saved_token() if token == "saved" else token)
    strip = lambda body: {k: v for k, v in (body or {}).items() if k != "generatedAt"}
    report["comparisons"].append({"name": name, "equal": not result.isError and strip(data) == strip(direct)})
    return data


async def main():
    params = StdioServerParameters(command=os.environ["OPENTRAIN_BINARY"], args=["mcp"], env={
        "PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", ""),
        "XDG_CONFIG_HOME": CONFIG_HOME, "OPENTRAIN_API_BASE_URL": BASE})
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            report["serverVersion"] = {"name": init.serverInfo.name, "version": init.serverInfo.version}
            report["tools"] = [t.name for t in (await session.list_tools()).tools]

            _, credits = await call(session, "opentrain_get_credits")
            report["checks"]["noTokenCredits"] = credits["error"]["code"]
            await compare(session, "opentrain_search_jobs", {"q": "label"}, "/api/public/v1/jobs?q=label", token=None)

            await call(session, "opentrain_register_agent", {"agentName": "Python agent"})
            await call(session, "opentrain_claim_account", {"email": "owner@example.com"})
            http("POST", BASE + "/_sandbox/claims/complete", body={})
            _, claimed = await call(session, "opentrain_claim_status")
            report["checks"]["claimed"] = claimed["status"]
            await compare(session, "opentrain_auth_status", {}, "/api/public/v1/auth/me")

            _, draft = await call(session, "opentrain_create_job_draft", {
                "jobDescription": "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets. Pay: $0.06 per label.\n"})
            await call(session, "opentrain_publish_job", {"jobId": draft["jobId"]})
            await compare(session, "opentrain_list_jobs", {}, "/api/public/v1/jobs/mine")
            await compare(session, "opentrain_list_proposals", {"jobId": draft["jobId"]}, f"/api/public/v1/jobs/{draft['jobId']}/proposals")

            missing, data = await call(session, "opentrain_get_proposal", {"proposalId": "prop_missing"})
            report["checks"]["notFound"] = {"isError": bool(missing.isError), "status": data["status"], "code": data["error"]["code"]}


try:
    asyncio.run(main())
except Exception:  # noqa: BLE001 - reported to the C# test
    report["fatal"] = traceback.format_exc()
sys.stdout.write(json.dumps(report) + "\n")

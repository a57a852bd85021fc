#!/usr/bin/env python3
"""Turns the figures eng/bench.sh measured into docs/performance.md (and prints it).

The top of the page (budgets and measurements) is rewritten on every run; everything from KEPT on (the image
breakdown from ./build.sh size, the measured build decisions, the install paths) is written by hand and kept.
"""
import datetime, json, os, platform, statistics, struct, sys

work, out = sys.argv[1], sys.argv[2]
facts = json.load(open(os.path.join(work, "facts.json")))
groups = json.load(open(os.path.join(work, "measure.json")))["groups"]
KEPT = "## The image, piece by piece"
MIB = 1048576


def med(group, name):
    return groups[group][name]["median"]


def hydrated(path):
    """Size of the .hydrated section (written in full before Main), or None."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        if data[:5] != b"\x7fELF\x02":
            return None
        shoff, = struct.unpack_from("<Q", data, 0x28)
        entsize, count, names = struct.unpack_from("<HHH", data, 0x3A)
        names_off, = struct.unpack_from("<Q", data, shoff + names * entsize + 0x18)
        for i in range(count):
            h = shoff + i * entsize
            name_at, = struct.unpack_from("<I", data, h)
            end = data.index(b"\0", names_off + name_at)
            if data[names_off + name_at:end] == b".hydrated":
                return struct.unpack_from("<Q", data, h + 0x20)[0]
    except OSError:
        return None
    return None


def mcp(name):
    try:
        r = json.load(open(os.path.join(work, f"mcp-{name}.json")))
        return statistics.median(r["initialize"]), statistics.median(r["call"])
    except (OSError, ValueError, KeyError):
        return None


def once(name):
    try:
        return json.load(open(os.path.join(work, f"big-{name}.json")))
    except (OSError, ValueError):
        return None


exe = facts["exe"]
binaries = {"opentrain": exe, "baseline": os.path.join(work, "baseline", "baseline"),
            "baseline-resilience": os.path.join(work, "baseline-resilience", "baseline-resilience")}
hyd = {k: hydrated(v) for k, v in binaries.items()}
v, b, r = med("--version", "opentrain"), med("--version", "baseline"), med("--version", "baseline-resilience")
node = med("--version", "node -e 0")
jobs, curl = med("jobs list --json", "opentrain"), med("jobs list --json", "curl")
who, who_curl = med("whoami --json", "opentrain"), med("whoami --json", "curl")
ordinary = max(groups[g]["opentrain"]["median"]["maxrss_kb_max"] for g in groups) / 1024
mb = facts["big_bytes"] / MIB
big, jq, py = once("opentrain"), once("jq"), once("python")
tput = lambda s: mb / (s["wall_ms"] / 1000) if s and s["wall_ms"] > 0 else float("nan")
mcp_ours, mcp_node = mcp("opentrain"), mcp("node")

budgets = [  # name, value, limit, note, (">=" when the value must reach the limit)
    ("`--version` CPU ≤ 1.2 × baseline-resilience", v["cpu_ms"] / r["cpu_ms"], 1.2, f"{v['cpu_ms']:.2f} vs {r['cpu_ms']:.2f} ms"),
    ("`--version` CPU ≤ 1.4 × baseline", v["cpu_ms"] / b["cpu_ms"], 1.4, f"{v['cpu_ms']:.2f} vs {b['cpu_ms']:.2f} ms"),
    ("`--version` minor faults ≤ 1.2 × baseline-resilience", v["minflt"] / r["minflt"], 1.2, f"{v['minflt']:.0f} vs {r['minflt']:.0f}"),
    ("`--version` minor faults ≤ 1.4 × baseline", v["minflt"] / b["minflt"], 1.4, f"{v['minflt']:.0f} vs {b['minflt']:.0f}"),
    ("`jobs list --json` CPU ≤ 1.3 × curl", jobs["cpu_ms"] / curl["cpu_ms"], 1.3, f"{jobs['cpu_ms']:.2f} vs {curl['cpu_ms']:.2f} ms"),
    ("binary ≤ 10 MiB (linux-x64, MCP server inside)", facts["size"] / MIB, 10, f"{facts['size']:,} bytes"),
    ("peak RSS of an ordinary command ≤ 14 MiB", ordinary, 14, "largest of --version, --help, usage error, jobs list, whoami"),
]
# The goals that stand instead of the ratios above (which the image alone puts out of reach, see "The image"):
# start-up does nothing beyond what the image forces, and the request path costs what the floor's does.
if hyd["opentrain"] and hyd["baseline-resilience"]:
    beyond = v["minflt"] - hyd["opentrain"] / 4096
    beyond_r = r["minflt"] - hyd["baseline-resilience"] / 4096
    budgets.append(("standing: `--version` faults beyond the .hydrated pages ≤ 1.4 × baseline-resilience's",
                    beyond / beyond_r, 1.4, f"{beyond:.0f} vs {beyond_r:.0f}"))
budgets.append(("standing: `--version` CPU per minor fault ≤ 1.2 × baseline-resilience's", (v["cpu_ms"] / v["minflt"]) / (r["cpu_ms"] / r["minflt"]), 1.2,
                f"{v['cpu_ms'] / v['minflt'] * 1000:.1f} vs {r['cpu_ms'] / r['minflt'] * 1000:.1f} µs"))
# Both start-ups are timed again in the same rounds as the round trips (eng/bench.sh), so load changes cancel out.
jv, fr, frv = med("jobs list --json", "opentrain --version"), med("jobs list --json", "baseline-resilience"), med("jobs list --json", "baseline-resilience --version")
budgets.append(("standing: `jobs list --json` request path (minus `--version`, same rounds) CPU ≤ 1.3 × baseline-resilience's (`get` minus `--version`)",
                (jobs["cpu_ms"] - jv["cpu_ms"]) / (fr["cpu_ms"] - frv["cpu_ms"]), 1.3,
                f"{jobs['cpu_ms'] - jv['cpu_ms']:.2f} vs {fr['cpu_ms'] - frv['cpu_ms']:.2f} ms"))
budgets.append(("standing: peak RSS of an ordinary command ≤ 16 MiB", ordinary, 16, "as above"))
budgets += [
    ("start-up ≤ 0.12 × `node -e 0` (wall)", v["wall_ms"] / node["wall_ms"], 0.12, f"{v['wall_ms']:.2f} vs {node['wall_ms']:.2f} ms"),
    ("whoami round trip ≤ 1.5 × curl (wall)", who["wall_ms"] / who_curl["wall_ms"], 1.5, f"{who['wall_ms']:.2f} vs {who_curl['wall_ms']:.2f} ms"),
]
if big:
    budgets.append((f"{mb:.0f} MB `--json` peak ≤ 40 MiB", big["maxrss_kb"] / 1024, 40, f"{big['maxrss_kb'] / 1024:.1f} MiB"))
if big and jq:
    budgets.append((f"{mb:.0f} MB `--json` throughput ≥ jq .", tput(big) / tput(jq), 1.0, f"{tput(big):.0f} vs {tput(jq):.0f} MB/s", ">="))
if mcp_ours and mcp_node:
    budgets.append(("MCP spawn → initialize ≤ Node SDK server", mcp_ours[0] / mcp_node[0], 1.0, f"{mcp_ours[0]:.1f} vs {mcp_node[0]:.1f} ms"))

lines = ["# Performance\n"]
lines.append(f"Measured by `./build.sh bench` on {datetime.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores, "
             f"{platform.platform()}; API: {facts['api']}. Load average (1, 5, 15 min) before the timed runs: "
             f"**{facts['load_before']}**, after: **{facts['load_after']}** (other builds share this machine: compare ratios, "
             f"not milliseconds, across runs). Start-up and round trips: medians of {facts['runs']} alternating runs (every "
             f"command once per round, order rotated, after 3 warm-up rounds) of CPU (user + sys), wall and minor page faults "
             f"from each child's own rusage (eng/bench/measure.py). Rerun: `./build.sh bench` (BENCH_RUNS, BENCH_BIG_MB).\n")
lines.append("## Budgets\n")
lines.append("| budget | measured | ratio / value | verdict |")
lines.append("|---|---|---|---|")
for item in budgets:
    name, value, limit, note = item[:4]
    ok = value >= limit if len(item) > 4 else value <= limit
    lines.append(f"| {name} | {note} | {value:.3f} | {'met' if ok else '**NOT met**'} |")
lines.append("")
lines.append("## Start-up and round trips\n")
lines.append("baseline = eng/bench/baseline (ConsoleAppFramework + HttpClient), baseline-resilience = the same plus a "
             "ResilienceHandler with one retry strategy (eng/bench/baseline-resilience); both built with opentrain's "
             "trimming settings. The floors' `get` makes the request `jobs list --json` makes and copies the body out.\n")
lines.append("| case | command | CPU | wall | minor faults | peak RSS (max) |")
lines.append("|---|---|---:|---:|---:|---:|")
for group, results in groups.items():
    for name, res in results.items():
        m = res["median"]
        lines.append(f"| {group} | {name} | {m['cpu_ms']:.2f} ms | {m['wall_ms']:.2f} ms | {m['minflt']:.0f} | {m['maxrss_kb_max'] / 1024:.1f} MiB |")
if mcp_ours and mcp_node:
    lines.append("")
    lines.append("| MCP (median of the probe's runs) | `opentrain mcp` | Node SDK server (eng/bench/mcp-node-server.mjs) |")
    lines.append("|---|---:|---:|")
    lines.append(f"| spawn → initialize answered | {mcp_ours[0]:.1f} ms | {mcp_node[0]:.1f} ms |")
    lines.append(f"| tools/call round trip (auth_status) | {mcp_ours[1]:.1f} ms | {mcp_node[1]:.1f} ms |")
lines.append("")
lines.append(f"## {mb:.0f} MB response with `--json`\n")
lines.append("| tool | wall | throughput | peak RSS |")
lines.append("|---|---:|---:|---:|")
for name, s in (("opentrain jobs list --json (streamed from loopback)", big), ("jq . (from file)", jq), ("python3 -m json.tool (from file)", py)):
    if s:
        lines.append(f"| {name} | {s['wall_ms'] / 1000:.2f} s | {tput(s):.0f} MB/s | {s['maxrss_kb'] / 1024:.1f} MiB |")
lines.append(f"\nOutput of opentrain for the big body: {facts['big_exact']}.\n")
lines.append("## Binaries\n")
lines.append("| binary | bytes | .hydrated (written before `Main`) |")
lines.append("|---|---:|---:|")
sizes = {"opentrain": facts["size"], **facts["floor_sizes"]}
for name in ("opentrain", "baseline", "baseline-resilience"):
    h = f"{hyd[name]:,} bytes ({hyd[name] / 4096:.0f} pages)" if hyd[name] else "–"
    lines.append(f"| {name} | {sizes[name]:,} | {h} |")
lines.append("")
if os.path.exists(out):
    previous = open(out).read()
    if KEPT in previous:
        lines.append(previous[previous.index(KEPT):].rstrip("\n") + "\n")
text = "\n".join(lines)
with open(out, "w") as f:
    f.write(text)
print(text)

#!/usr/bin/env python3
"""Whole-process cost of commands, measured side by side (eng/bench.sh; usable by hand).

    measure.py [--runs N] [--warmup N] [--out FILE] SPEC.json

SPEC.json: {"groups": {"<group>": [{"name": "...", "argv": ["..."], "ok_exit": [0]}, ...]}}. Within a group the
commands run in alternating rounds (every command once per round, the order rotated each round), so a change in
the machine's load hits every command alike. Each run goes through runone (runone.c, compiled here on first use
with cc/clang): the command is spawned directly (no shell), stdin/stdout/stderr on /dev/null, and reaped with
wait4(), whose rusage is the child's own: CPU = user + sys, minor page faults, peak RSS; wall is spawn to reap. Prints (and writes to --out) JSON with every sample and the medians.
"""
import glob, json, os, shutil, statistics, subprocess, sys


HERE = os.path.dirname(os.path.abspath(__file__))


def runone():
    """The compiled helper, rebuilt when runone.c is newer (in $XDG_CACHE_HOME/opentrain-bench)."""
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "opentrain-bench")
    exe, source = os.path.join(cache, "runone"), os.path.join(HERE, "runone.c")
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(source):
        os.makedirs(cache, exist_ok=True)
        compiler = next((c for c in ("cc", "clang", "gcc") if shutil.which(c)), None) or next(iter(sorted(glob.glob("/usr/bin/clang-[0-9]*"))), None)
        if compiler is None:
            sys.exit("measure: needs a C compiler (cc, clang or gcc) for runone.c")
        subprocess.run([compiler, "-O2", "-o", exe, source], check=True)
    return exe


def run_once(helper, argv, env):
    done = subprocess.run([helper, *argv], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"measure: {done.stderr.strip()}")
    sample = json.loads(done.stdout)
    sample["cpu_ms"] = round(sample["user_ms"] + sample["sys_ms"], 3)
    return sample


def summarize(samples):
    keys = ("wall_ms", "user_ms", "sys_ms", "cpu_ms", "minflt", "maxrss_kb")
    return {k: statistics.median(s[k] for s in samples) for k in keys} | {
        "cpu_ms_min": min(s["cpu_ms"] for s in samples),
        "wall_ms_min": min(s["wall_ms"] for s in samples),
        "maxrss_kb_max": max(s["maxrss_kb"] for s in samples),
    }


def measure(helper, commands, runs, warmup, env):
    results = {c["name"]: {"argv": c["argv"], "samples": []} for c in commands}
    for round_ in range(warmup + runs):
        shift = round_ % len(commands)
        for c in commands[shift:] + commands[:shift]:
            sample = run_once(helper, c["argv"], env)
            if sample["exit"] not in c.get("ok_exit", [0]):
                sys.exit(f"measure: {c['name']}: {' '.join(c['argv'])} exited {sample['exit']} (expected {c.get('ok_exit', [0])})")
            if round_ >= warmup:
                results[c["name"]]["samples"].append(sample)
    for r in results.values():
        r["median"] = summarize(r["samples"])
    return results


def main():
    args = sys.argv[1:]
    runs, warmup, out = 30, 3, None
    while args and args[0].startswith("--"):
        flag, value = args[0], args[1]
        args = args[2:]
        if flag == "--runs": runs = int(value)
        elif flag == "--warmup": warmup = int(value)
        elif flag == "--out": out = value
        else: sys.exit(f"measure: unknown flag {flag}")
    if len(args) != 1:
        sys.exit(__doc__)
    with open(args[0]) as f:
        spec = json.load(f)
    env = dict(os.environ)
    helper = runone()
    report = {"runs": runs, "warmup": warmup, "groups": {}}
    for group, commands in spec["groups"].items():
        print(f"measure: {group} ({len(commands)} commands × {runs} runs, alternating)", file=sys.stderr)
        report["groups"][group] = measure(helper, commands, runs, warmup, env)
    text = json.dumps(report, indent=1)
    if out:
        with open(out, "w") as f:
            f.write(text)
    for group, results in report["groups"].items():
        for name, r in results.items():
            m = r["median"]
            print(f"{group:10} {name:34} cpu {m['cpu_ms']:7.2f} ms  wall {m['wall_ms']:7.2f} ms  minflt {m['minflt']:6.0f}  rss {m['maxrss_kb'] / 1024:5.1f} MiB", file=sys.stderr)


if __name__ == "__main__":
    main()

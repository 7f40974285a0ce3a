#!/usr/bin/env python3
"""Benchmarks edge against CPython (and peers on wasm) and prints a Markdown report.

One command, one run: speed (every bench/*.py workload), cold start, download sizes and a
memory check. Builds nothing: expects target/release/edge (cargo build --release -p edge) and,
for the wasm column, runtime/compiler_lib.wasm (scripts/build-wasm.sh). Columns whose runtime
is missing are left out: edge-wasm needs `node` and the .wasm; Pyodide and MicroPython need
bench/setup.sh (npm packages in bench/node_modules; never needed for CI).

    python3 bench/run.py [--filter SUBSTR] [--runs N] [--only speed,start,size,memory]
                         [--no-peers] [--write]

Every workload prints a checksum; a runtime whose output differs from CPython's gets no time
in that row (MISMATCH in the notes). The report goes to stdout (--write also prepends it to
bench/RESULTS.md); progress goes to stderr. Standard library only.
"""

import argparse
import datetime
import gzip
import json
import math
import os
import platform
import re
import resource
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RUNNERS = os.path.join(HERE, "runners")
WASM = os.path.join(ROOT, "runtime", "compiler_lib.wasm")
# engine.js and its imports in one file (scripts/bundle-worker.mjs): what Node code imports.
ENGINE = os.path.join(ROOT, "runtime", "worker", "engine.bundle.js")
MODULES = os.path.join(HERE, "node_modules")
HELLO = os.path.join(HERE, "startup", "hello.py")
MILLION = os.path.join(HERE, "memory", "million_objects.py")

# A machine setting, not Node's default: with it Node parses that CA bundle at every start
# (~30 ms of CPU here, where it points at the system's 220 KB bundle), which every Node
# row (the wasm columns, Pyodide, MicroPython) would pay. No benchmark makes a TLS request.
os.environ.pop("NODE_EXTRA_CA_CERTS", None)


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def workloads(filt):
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    return [n for n in names if not filt or filt in n]


def cpython_executable(cmd):
    """The real interpreter behind `cmd` (a pyenv shim costs tens of ms per start)."""
    try:
        # Ask pyenv itself: inside a pyenv-run Python, PATH already points at that version.
        if len(cmd) == 1 and os.environ.get("PYENV_ROOT"):
            out = subprocess.run(["pyenv", "which", cmd[0]], capture_output=True, timeout=60)
            if out.returncode == 0 and out.stdout.strip():
                return [out.stdout.decode().strip()]
        out = subprocess.run(cmd + ["-c", "import sys; print(sys.executable)"], capture_output=True, timeout=60)
        path = out.stdout.decode().strip()
        return [path] if out.returncode == 0 and path else cmd
    except OSError:
        return cmd


def runtimes(args):
    """[(column name, command prefix)], CPython first; missing runtimes are left out."""
    cp = cpython_executable(shlex.split(args.python))
    found = [("CPython", cp)]
    edge = os.path.abspath(args.edge)
    if os.path.exists(edge):
        found.append(("edge", [edge]))
    else:
        log("bench: %s not found (cargo build --release -p edge): no edge column" % edge)
    node = ["node"]
    has_node = subprocess.run(["sh", "-c", "command -v node"], capture_output=True).returncode == 0
    if has_node and os.path.exists(args.wasm):
        found.append(("edge-wasm", node + [os.path.join(RUNNERS, "edge-wasm.mjs"), "--wasm", args.wasm]))
    elif args.wasm_required:
        sys.exit("bench: no node or no %s (scripts/build-wasm.sh)" % args.wasm)
    else:
        log("bench: no node or no %s: no edge-wasm column" % args.wasm)
    if has_node and not args.no_peers:
        for name, pkg, runner in (
            ("Pyodide", "pyodide", "pyodide.mjs"),
            ("MicroPython", "@micropython/micropython-webassembly-pyscript", "micropython.mjs"),
        ):
            if os.path.isdir(os.path.join(MODULES, pkg)):
                found.append((name, node + [os.path.join(RUNNERS, runner)]))
            else:
                log("bench: %s not installed (bench/setup.sh): no %s column" % (pkg, name))
    return found


def run_once(cmd, timeout):
    """(CPU seconds, stdout) or (None, error text). CPU time (user + system, from wait4) is
    the measure: on a shared, loaded machine wall time mostly measures the other tenants."""
    try:
        p = subprocess.Popen(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        return None, str(e)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None, "timeout"
    # communicate() reaped the child; its rusage is in RUSAGE_CHILDREN's growth, so take
    # the difference around the run (children are run one at a time).
    return _cpu_of(p, out, err)


_last_children = [0.0]


def _children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _cpu_of(p, out, err):
    now = _children_cpu()
    cpu, _last_children[0] = now - _last_children[0], now
    if p.returncode != 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        return None, "exit %d: %s" % (p.returncode, lines[-1][:80] if lines else "")
    return cpu, out


def best_of_interleaved(cmds, runs, timeout):
    """Best CPU time and last output of each command, run round-robin: run i of every command
    before run i+1 of any, so a slow spell of this shared machine hits all columns alike
    instead of one. A command that fails once is not run again (its time is None)."""
    best, outs = [None] * len(cmds), [None] * len(cmds)
    failed = [False] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            if failed[i]:
                continue
            _last_children[0] = _children_cpu()
            t, outs[i] = run_once(cmd, timeout)
            if t is None:
                failed[i], best[i] = True, None
                continue
            best[i] = t if best[i] is None else min(best[i], t)
    return list(zip(best, outs))


def geomean(rs):
    return math.exp(sum(math.log(r) for r in rs) / len(rs)) if rs else None


def speed(rts, names, args):
    cols = [n for n, _ in rts]
    lines = ["| workload | " + " | ".join(cols[:1] + ["%s (ratio)" % c for c in cols[1:]]) + " | notes |"]
    lines.append("|---" * (len(cols) + 2) + "|")
    ratios = {c: [] for c in cols[1:]}
    for name in names:
        log("speed: %s" % name)
        results = best_of_interleaved([cmd + [name] for _, cmd in rts], args.runs, args.timeout)
        cp_t, cp_out = results[0]
        cells, notes = [("%.3f" % cp_t) if cp_t else "-"], []
        if cp_t is None:
            notes.append("CPython failed: %s" % cp_out)
        for (col, _), (t, out) in zip(rts[1:], results[1:]):
            if cp_t is None:
                t, out = None, None
            if t is not None and out != cp_out:
                t, out = None, "MISMATCH"
            if t is None:
                cells.append("-")
                if cp_t is not None:
                    notes.append("%s: %s" % (col, out))
                continue
            ratios[col].append(t / cp_t)
            cells.append("%.3f (%.2fx)" % (t, t / cp_t))
        lines.append("| %s | %s | %s |" % (name[:-3], " | ".join(cells), "; ".join(notes)))
    geo = []
    for c in cols[1:]:
        g = geomean(ratios[c])
        geo.append("**%.2fx** (%d/%d)" % (g, len(ratios[c]), len(names)) if g else "-")
    lines.append("| **geometric mean** | | %s | |" % " | ".join(geo))
    worst = []
    for c in cols[1:]:
        if ratios[c]:
            worst.append("%s %.2fx" % (c, max(ratios[c])))
    lines.append("")
    lines.append("Worst ratio per column: %s. Times are CPU seconds (user + system) of the whole "
                 "process, best of %d runs taken round-robin across the columns: on this shared machine "
                 "wall time mostly measures the other tenants. Process start is included (the wasm columns include Node's start, its "
                 "JIT threads and the module's compile)."
                 % (", ".join(worst), args.runs))
    return lines


def first_line_time(cmd, timeout):
    """Seconds from spawn to the first line on stdout (the rest of the run is not waited for)."""
    start = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return None
    line = p.stdout.readline()
    t = time.perf_counter() - start
    try:
        p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        return None
    return t if line.strip() == b"hello" and p.returncode == 0 else None


def node_import_to_print(args):
    """In-process time from importing the runtime to the first printed line (ms), best of N."""
    script = (
        "const t0 = performance.now();"
        "const { compileCompiler, instantiate } = await import(%r);"
        "const fs = await import('node:fs');"
        "const lazy = %r.replace(/[.]wasm$/, '.lazy.wasm');"
        "const m = await compileCompiler(fs.readFileSync(%r), fs.existsSync(lazy) ? () => fs.readFileSync(lazy) : null);"
        "let t1 = 0;"
        "const i = instantiate(m, { onWrite: () => { if (!t1) t1 = performance.now(); } });"
        "i.run('print(\"hello\")');"
        "console.log((t1 - t0).toFixed(2));" % (ENGINE, args.wasm, args.wasm)
    )
    best = None
    for _ in range(max(args.runs, 5)):
        r = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, timeout=60)
        if r.returncode != 0:
            return None
        v = float(r.stdout.decode().strip())
        best = v if best is None else min(best, v)
    return best


def startup(rts, args):
    lines = ["| runtime | spawn → first printed line (ms) |", "|---|---|"]
    for col, cmd in rts:
        log("start: %s" % col)
        ts = [first_line_time(cmd + [HELLO], args.timeout) for _ in range(max(args.runs, 5))]
        ts = [t for t in ts if t is not None]
        lines.append("| %s | %s |" % (col, "%.1f" % (min(ts) * 1000) if ts else "failed"))
    if any(c == "edge-wasm" for c, _ in rts):
        ms = node_import_to_print(args)
        lines.append("")
        lines.append("edge-wasm inside an already running Node (import of runtime/worker/engine.bundle.js, "
                     "compile + instantiate compiler_lib.wasm, run `print(\"hello\")`, first write): "
                     "**%s ms** (best of %d)." % ("%.1f" % ms if ms is not None else "failed", max(args.runs, 5)))
        phases = node_phases(args)
        if phases:
            lines.append("")
            lines.append("The same, as the main thread's CPU time per phase (`bench/startup/node-phases.mjs`, "
                         "best of %d; steady on a busy machine, but without the module's validation, which V8 "
                         "runs on background threads): **%.1f ms**: %s." % (
                             max(args.runs, 5), phases["total"]["cpuBest"],
                             ", ".join("%s %.1f" % (k, v["cpuBest"]) for k, v in phases.items() if k != "total")))
        browser = chromium_first_print(args)
        if browser:
            lines.append("")
            lines.append("edge-wasm in headless Chromium, navigation → first printed line of a page that "
                         "imports runtime/src/index.js and runs `print(\"hello\")` through createWorker "
                         "(fresh browser context each time, nothing cached; `bench/startup/browser.mjs`): "
                         "**%.1f ms** best, %.1f ms median of %d." % (browser["best"], browser["median"], browser["runs"]))
    lines.append("")
    lines.append("Best of %d. Node's own start is in every wasm row (`node -e 0` alone: %s ms)."
                 % (max(args.runs, 5), node_baseline(args)))
    return lines


def node_phases(args):
    """bench/startup/node-phases.mjs --json, or None where it fails (no /proc: CPU is NaN)."""
    log("start: node phases")
    r = subprocess.run(["node", os.path.join(HERE, "startup", "node-phases.mjs"), "--runs", str(max(args.runs, 5)),
                        "--wasm", args.wasm, "--json"], capture_output=True, timeout=300)
    if r.returncode != 0:
        return None
    phases = json.loads(r.stdout.decode().strip().splitlines()[-1])
    return phases if phases.get("total", {}).get("cpuBest") is not None else None


def chromium_first_print(args):
    """bench/startup/browser.mjs's figures, or None without Chromium or playwright-core."""
    if not os.path.exists(os.environ.get("CHROMIUM", "/usr/bin/chromium")) or \
            not os.path.isdir(os.path.join(ROOT, "runtime", "node_modules", "playwright-core")):
        log("start: no Chromium or runtime/node_modules/playwright-core (scripts/test-browser.sh installs them)")
        return None
    log("start: chromium")
    r = subprocess.run(["node", os.path.join(HERE, "startup", "browser.mjs"), "--runs", str(max(args.runs, 5))],
                       capture_output=True, timeout=300)
    if r.returncode != 0:
        log("start: chromium failed: %s" % r.stderr.decode(errors="replace")[-300:])
        return None
    return json.loads(r.stdout.decode().strip().splitlines()[-1])


def node_baseline(args):
    ts = []
    for _ in range(max(args.runs, 5)):
        start = time.perf_counter()
        if subprocess.run(["node", "-e", "0"]).returncode == 0:
            ts.append(time.perf_counter() - start)
    return "%.1f" % (min(ts) * 1000) if ts else "?"


IMPORT_RE = re.compile(r"""^\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]""", re.M)


def js_closure(entry):
    """entry and every relative module it statically imports, transitively."""
    seen, todo = [], [os.path.abspath(entry)]
    while todo:
        f = todo.pop()
        if f in seen or not os.path.exists(f):
            continue
        seen.append(f)
        with open(f, encoding="utf-8") as fh:
            for m in IMPORT_RE.finditer(fh.read()):
                todo.append(os.path.normpath(os.path.join(os.path.dirname(f), m.group(1) or m.group(2))))
    return seen


def gz(path):
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), 9))


def sizes(args):
    lines = ["| download | files | raw bytes | gzip -9 bytes |", "|---|---|---|---|"]

    def row(label, files):
        files = [f for f in files if os.path.exists(f)]
        if not files:
            return
        raw = sum(os.path.getsize(f) for f in files)
        z = sum(gz(f) for f in files)
        lines.append("| %s | %d | %s | %s |" % (label, len(files), format(raw, ","), format(z, ",")))

    if os.path.exists(args.wasm):
        # A split build (docs/abi.md, "The lazy part"): a hello-world page needs the first part
        # only; a program that calls beyond it also downloads the lazy part.
        lazy = re.sub(r"\.wasm$", ".lazy.wasm", args.wasm)
        split = os.path.exists(lazy)
        row("compiler_lib.wasm (first part)" if split else "compiler_lib.wasm", [args.wasm])
        if split:
            row("compiler_lib.lazy.wasm", [lazy])
        js = js_closure(ENGINE)
        jsnames = ", ".join(os.path.relpath(f, ROOT) for f in js)
        row("hello page: runtime JS (%s) + wasm" % jsnames, js + [args.wasm])
        if split:
            row("any page: runtime JS + both wasm parts", js + [args.wasm, lazy])
    pyo = os.path.join(MODULES, "pyodide")
    if os.path.isdir(pyo):
        row("Pyodide hello (pyodide.mjs, .asm.js, .asm.wasm, python_stdlib.zip, lock)",
            [os.path.join(pyo, f) for f in ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")])
    mp = os.path.join(MODULES, "@micropython", "micropython-webassembly-pyscript")
    if os.path.isdir(mp):
        row("MicroPython hello (micropython.mjs + .wasm)", [os.path.join(mp, f) for f in ("micropython.mjs", "micropython.wasm")])
    lines.append("")
    lines.append("gzip -9 per file (as a server would send them), summed.")
    return lines


def peak_rss_kb(cmd, timeout):
    """Peak resident set of the child (KiB), from wait4's rusage, or None."""
    try:
        p = subprocess.Popen(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return None, None
    deadline = time.time() + timeout
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0 or time.time() > deadline:
        return None, None
    return ru.ru_maxrss, out


def memory(rts, args):
    lines = ["| runtime | peak RSS (MiB) | vs CPython | seconds |", "|---|---|---|---|"]
    base = None
    for col, cmd in rts:
        if col in ("Pyodide", "MicroPython"):
            continue  # their heaps live inside Node; only native edge vs CPython is the target
        log("memory: %s" % col)
        start = time.perf_counter()
        kb, out = peak_rss_kb(cmd + [MILLION], args.timeout)
        secs = time.perf_counter() - start
        if kb is None:
            lines.append("| %s | failed | | |" % col)
            continue
        if base is None:
            base, base_out = kb, out
        note = "" if out == base_out else " (MISMATCH)"
        lines.append("| %s | %.1f | %.2fx%s | %.2f |" % (col, kb / 1024, kb / base, note, secs))
    lines.append("")
    lines.append("`bench/memory/million_objects.py`: a million instances with two attributes plus a "
                 "million tuples, all live at once. Peak RSS from wait4(2); the edge-wasm row is the "
                 "whole Node process.")
    return lines


def machine(rts):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.*)", f.read())
            cpu = m.group(1) if m else cpu
    except OSError:
        pass
    vers = []
    for col, cmd in rts:
        if col == "CPython":
            r = subprocess.run(cmd + ["--version"], capture_output=True)
            vers.append(r.stdout.decode().strip() or r.stderr.decode().strip())
    r = subprocess.run(["node", "--version"], capture_output=True) if any(c != "CPython" and c != "edge" for c, _ in rts) else None
    if r is not None and r.returncode == 0:
        vers.append("Node " + r.stdout.decode().strip())
    try:
        load = "%.1f" % os.getloadavg()[0]
    except OSError:
        load = "?"
    return "%s, %d cores (%s), %s; %s; load average %s at start" % (
        platform.system(), os.cpu_count() or 0, cpu, platform.machine(), ", ".join(vers), load)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--filter", default="", help="only workloads whose file name contains this")
    ap.add_argument("--runs", type=int, default=3, help="runs per workload and runtime (best is kept)")
    ap.add_argument("--only", default="speed,start,size,memory", help="comma-separated sections")
    ap.add_argument("--edge", default=os.path.join(ROOT, "target", "release", "edge"))
    ap.add_argument("--wasm", default=WASM, help="compiler_lib.wasm for the edge-wasm column")
    ap.add_argument("--wasm-required", action="store_true", help="fail when the wasm column cannot run")
    ap.add_argument("--python", default="python3", help="CPython command (PYENV_VERSION=3.13.0 is set)")
    ap.add_argument("--no-peers", action="store_true", help="leave out Pyodide and MicroPython")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--write", action="store_true", help="also prepend the report to bench/RESULTS.md")
    args = ap.parse_args()
    args.wasm = os.path.abspath(args.wasm)
    # Always 3.13 (the version edge follows): a pyenv shim running this script exports its
    # own PYENV_VERSION, which would otherwise leak into the CPython column.
    os.environ["PYENV_VERSION"] = "3.13.0"
    only = set(args.only.split(","))

    names = workloads(args.filter)
    if not names:
        sys.exit("bench: no workload matches %r" % args.filter)
    rts = runtimes(args)

    out = ["## %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "",
           "Machine: %s." % machine(rts), "",
           "Command: `python3 bench/run.py %s`" % " ".join(shlex.quote(a) for a in sys.argv[1:]), ""]
    if "speed" in only:
        out += ["### Speed (CPU seconds; ratio to CPython, lower is better)", ""] + speed(rts, names, args) + [""]
    if "start" in only:
        out += ["### Cold start", ""] + startup(rts, args) + [""]
    if "size" in only:
        out += ["### Download size", ""] + sizes(args) + [""]
    if "memory" in only:
        out += ["### Memory", ""] + memory(rts, args) + [""]
    report = "\n".join(out)
    print(report)
    if args.write:
        path = os.path.join(HERE, "RESULTS.md")
        head, rest = "# Benchmark results\n\n", ""
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
            i = old.find("\n## ")
            head, rest = (old[: i + 1], old[i + 1:]) if i >= 0 else (old, "")
        with open(path, "w", encoding="utf-8") as f:
            f.write(head + report + "\n" + rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())

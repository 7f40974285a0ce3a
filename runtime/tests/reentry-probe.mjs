#!/usr/bin/env node
// How deep can Python code re-enter the VM through a builtin (a `__getattr__` calling
// getattr, `__missing__`, a sort key, ...) on compiler_lib.wasm before something gives?
// With sys.setrecursionlimit raised far out of the way, each kind of re-entry recurses N
// levels; a binary search finds the deepest N that still completes, then the probe checks
// what happens past it: a Python RecursionError (the VM's guard) or a trap (the host's own
// stack ran out first — the bug the guard exists to prevent).
//
//   node runtime/tests/reentry-probe.mjs [--wasm F] [--chromium] [--main-thread] [--max N]
//                                        [--engine-stack KIB] [KIND...]
//
// --chromium runs every program in a dedicated Web Worker of headless Chromium (as the
// browser runtime does); --main-thread in Chromium's page thread instead. --engine-stack tells
// the VM its thread's engine stack (setEngineStack; Node's main thread has ~984 KiB). Prints one line
// per kind: deepest completed depth and the outcome one level deeper and far deeper.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { Status, compileCompiler, instantiate, setEngineStack } from "../worker/engine.js";

/** Each kind defines go(n): n nested re-entries through one builtin path. */
export const KINDS = {
  getattr: `
class G:
    def __init__(self, n): self.n = n
    def __getattr__(self, name):
        if self.n == 0: return 0
        self.n -= 1
        return getattr(self, name)
def go(n): return G(n).x`,
  hasattr: `
class G:
    def __init__(self, n): self.n = n
    def __getattr__(self, name):
        if self.n == 0: return 0
        self.n -= 1
        return hasattr(self, name)
def go(n): return G(n).x`,
  getattribute: `
class G:
    def __init__(self, n): self.n = n
    def __getattribute__(self, name):
        n = object.__getattribute__(self, "n")
        return 0 if n == 0 else getattr(G(n - 1), name)
def go(n): return G(n).x`,
  missing: `
class D(dict):
    def __missing__(self, k): return 0 if k == 0 else self[k - 1]
def go(n): return D()[n]`,
  sorted_key: `
def key(k): return 0 if k == 0 else sorted([k - 1], key=key)[0]
def go(n): return key(n)`,
  sort_lt: `
class L:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return False if self.n == 0 else sorted([L(self.n - 1), L(self.n - 1)]) and False
def go(n): return sorted([L(n), L(n)])`,
  max_key: `
def key(k): return 0 if k == 0 else max([k - 1], key=key)
def go(n): return key(n)`,
  map: `
def f(k): return 0 if k == 0 else list(map(f, [k - 1]))[0]
def go(n): return f(n)`,
  filter: `
def f(k): return True if k == 0 else list(filter(f, [k - 1]))
def go(n): return f(n)`,
  bool: `
class B:
    def __init__(self, n): self.n = n
    def __bool__(self): return True if self.n == 0 else bool(B(self.n - 1))
def go(n): return bool(B(n))`,
  not: `
class B:
    def __init__(self, n): self.n = n
    def __bool__(self): return True if self.n == 0 else not not B(self.n - 1)
def go(n): return not B(n)`,
  eq: `
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return True if self.n == 0 else E(self.n - 1) == o
def go(n): return E(n) == 1`,
  hash: `
class H:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0 if self.n == 0 else hash(H(self.n - 1))
def go(n): return hash(H(n))`,
  dict_key: `
class H:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0 if self.n == 0 else {H(self.n - 1): 1} and 0
def go(n): return {H(n): 1}`,
  repr: `
class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return "r" if self.n == 0 else repr(R(self.n - 1))
def go(n): return repr(R(n))`,
  str_fstring: `
class S:
    def __init__(self, n): self.n = n
    def __str__(self): return "s" if self.n == 0 else f"{S(self.n - 1)}"
def go(n): return str(S(n))`,
  format: `
class F:
    def __init__(self, n): self.n = n
    def __format__(self, spec): return "f" if self.n == 0 else format(F(self.n - 1), spec)
def go(n): return format(F(n), "")`,
  index: `
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return 0 if self.n == 0 else [0][I(self.n - 1)]
def go(n): return [0][I(n)]`,
  len: `
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return 0 if self.n == 0 else len(L(self.n - 1))
def go(n): return len(L(n))`,
  iter: `
class T:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(()) if self.n == 0 else iter(T(self.n - 1))
def go(n): return iter(T(n))`,
  getitem: `
class X:
    def __init__(self, n): self.n = n
    def __getitem__(self, k): return 0 if self.n == 0 else X(self.n - 1)[k]
def go(n): return X(n)[0]`,
  add: `
class A:
    def __init__(self, n): self.n = n
    def __add__(self, o): return 0 if self.n == 0 else A(self.n - 1) + o
def go(n): return A(n) + 1`,
  call: `
class C:
    def __init__(self, n): self.n = n
    def __call__(self): return 0 if self.n == 0 else C(self.n - 1)()
def go(n): return C(n)()`,
  init: `
class K:
    def __init__(self, n):
        if n: K(n - 1)
def go(n): return K(n)`,
  property: `
class P:
    def __init__(self, n): self.n = n
    @property
    def p(self): return 0 if self.n == 0 else P(self.n - 1).p
def go(n): return P(n).p`,
  descriptor: `
class D:
    def __get__(self, obj, t): return 0 if obj.n == 0 else O(obj.n - 1).a
class O:
    a = D()
    def __init__(self, n): self.n = n
def go(n): return O(n).a`,
  setattr: `
class S:
    def __init__(self, n): object.__setattr__(self, "n", n)
    def __setattr__(self, name, v):
        if self.n: setattr(S(self.n - 1), name, v)
def go(n): S(n).x = 1`,
  contains: `
class C:
    def __init__(self, n): self.n = n
    def __contains__(self, x): return True if self.n == 0 else x in C(self.n - 1)
def go(n): return 1 in C(n)`,
  with: `
class W:
    def __init__(self, n): self.n = n
    def __enter__(self):
        if self.n:
            with W(self.n - 1): pass
    def __exit__(self, *a): pass
def go(n):
    with W(n): pass`,
  next_gen: `
def g(n): yield 0 if n == 0 else next(g(n - 1))
def go(n): return next(g(n))`,
  yield_from: `
def g(n):
    if n == 0:
        yield 0
    else:
        yield from g(n - 1)
def go(n): return next(g(n))`,
  genexpr_any: `
def f(n): return True if n == 0 else any(f(n - 1) for _ in [0])
def go(n): return f(n)`,
  eval: `
def f(n): return 0 if n == 0 else eval("f(n - 1)")
def go(n): return f(n)`,
  exec: `
def f(n):
    if n: exec("f(n - 1)")
def go(n): return f(n)`,
  class_body: `
def f(n):
    class C:
        x = 0 if n == 0 else f(n - 1)
def go(n): return f(n)`,
  abs: `
class A:
    def __init__(self, n): self.n = n
    def __abs__(self): return 0 if self.n == 0 else abs(A(self.n - 1))
def go(n): return abs(A(n))`,
  int: `
class N:
    def __init__(self, n): self.n = n
    def __int__(self): return 0 if self.n == 0 else int(N(self.n - 1))
def go(n): return int(N(n))`,
  // No Python code between levels: the VM's own recursion over nested data.
  nested_repr: `
def go(n):
    l = []
    for _ in range(n): l = [l]
    return repr(l)`,
  nested_eq: `
def go(n):
    a, b = [], []
    for _ in range(n): a, b = [a], [b]
    return a == b`,
  nested_hash: `
def go(n):
    t = ()
    for _ in range(n): t = (t,)
    return hash(t)`,
  nested_dict_eq: `
def go(n):
    a, b = {}, {}
    for _ in range(n): a, b = {1: a}, {1: b}
    return a == b`,
  nested_lt: `
def go(n):
    a, b = (0,), (1,)
    for _ in range(n): a, b = (a,), (b,)
    return a < b`,
  nested_map: `
def go(n):
    m = iter([0])
    for _ in range(n): m = map(abs, m)
    return next(m)`,
  nested_dict_repr: `
def go(n):
    d = {}
    for _ in range(n): d = {1: d}
    return str(d)`,
};

const program = (kind, n) => `import sys
sys.setrecursionlimit(1000000)
${KINDS[kind]}
try:
    go(${n})
    print("ok")
except RecursionError:
    print("RecursionError")
`;

/** Outcome of one program: "ok", "RecursionError", "trap: ..." or "other: ...". */
async function runNode(compiler, src) {
  const out = [];
  const err = [];
  const inst = instantiate(compiler, { onWrite: (t, s) => (s === "stderr" ? err : out).push(t) });
  try {
    const r = await inst.runAsync(src, "probe.py");
    const text = out.join("").trim();
    if (r.status === Status.OK && (text === "ok" || text === "RecursionError")) return text;
    return `other: ${text} ${r.error ?? ""} ${err.join("")}`.trim().slice(0, 300);
  } catch (e) {
    return `trap: ${e.message}`;
  }
}

const PROBE_SRC = `
import { Status, compileCompiler, instantiate } from "/runtime/worker/engine.js";
const bytes = (url) => fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null));
const compiler = compileCompiler(await bytes("/probe.wasm"), await bytes("/probe.lazy.wasm"));
${runNode.toString()}
const probe = async (src) => runNode(await compiler, src);
`;
const WORKER_SRC = `${PROBE_SRC}
onmessage = async (e) => postMessage(await probe(e.data));
postMessage("ready");`;
const PAGE_SRC = `${PROBE_SRC}
window.runProbe = probe;
window.ready = true;`;

async function chromiumRunner(wasmPath, mainThread) {
  const { chromium } = await import("playwright-core");
  const { startServer } = await import("./browser/server.mjs");
  const server = await startServer({ "/runtime/": fileURLToPath(new URL("../", import.meta.url)) });
  server.set("/probe.wasm", readFileSync(wasmPath));
  const lazy = wasmPath.replace(/\.wasm$/, ".lazy.wasm");
  if (existsSync(lazy)) server.set("/probe.lazy.wasm", readFileSync(lazy));
  server.set("/probe-worker.js", WORKER_SRC, { type: "text/javascript" });
  server.set("/probe.html", `<!DOCTYPE html><script type="module">${PAGE_SRC}</script>`, { type: "text/html" });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", ...(process.env.CHROMIUM_FLAGS ?? "").split(" ").filter(Boolean)] });
  const page = await browser.newPage();
  await page.goto(`${server.origin}/probe.html`);
  await page.waitForFunction(() => window.ready === true);
  const version = browser.version();
  if (mainThread) {
    return {
      version,
      run: (src) => page.evaluate((src) => window.runProbe(src), src),
      close: async () => (await browser.close(), await server.close()),
    };
  }
  await page.evaluate(() => {
    window.w = new Worker("/probe-worker.js", { type: "module" });
    return new Promise((r) => (window.w.onmessage = (e) => e.data === "ready" && r()));
  });
  return {
    version,
    run: (src) =>
      page.evaluate(
        (src) =>
          new Promise((r) => {
            window.w.onmessage = (e) => r(e.data);
            window.w.postMessage(src);
          }),
        src,
      ),
    close: async () => (await browser.close(), await server.close()),
  };
}

async function main() {
  const args = process.argv.slice(2);
  let wasm = fileURLToPath(new URL("../compiler_lib.wasm", import.meta.url));
  let max = 20000;
  let chromium = false;
  let mainThread = false;
  const kinds = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--wasm") wasm = args[++i];
    else if (args[i] === "--max") max = Number(args[++i]);
    else if (args[i] === "--chromium") chromium = true;
    else if (args[i] === "--engine-stack") setEngineStack(Number(args[++i]));
    else if (args[i] === "--main-thread") mainThread = chromium = true;
    else if (KINDS[args[i]] !== undefined) kinds.push(args[i]);
    else throw new Error(`unknown argument or kind: ${args[i]} (kinds: ${Object.keys(KINDS).join(" ")})`);
  }
  let run;
  let close = async () => {};
  let where = `node ${process.version}`;
  if (chromium) {
    const r = await chromiumRunner(wasm, mainThread);
    ({ run, close } = r);
    where = `chromium ${r.version} ${mainThread ? "page thread" : "dedicated worker"}`;
  } else {
    const { loadCompiler } = await import("./harness.mjs");
    const compiler = await loadCompiler(wasm);
    run = (src) => runNode(compiler, src);
  }
  console.log(`# ${where}, ${wasm}`);
  let failed = false;
  for (const kind of kinds.length ? kinds : Object.keys(KINDS)) {
    const at = async (n) => run(program(kind, n));
    // Invariant: lo completes ("ok"), hi does not.
    let lo = 0;
    let hi = max + 1;
    let past = "";
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const r = await at(mid);
      if (r === "ok") lo = mid;
      else {
        hi = mid;
        past = r;
      }
    }
    const far = await at(max * 5);
    const bad = (r) => r !== "" && r !== "ok" && r !== "RecursionError";
    failed ||= bad(past) || bad(far);
    console.log(`${kind.padEnd(16)} deepest ok ${String(lo).padStart(6)}   next: ${past || "(none up to max)"}   at ${max * 5}: ${far}`);
  }
  await close();
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

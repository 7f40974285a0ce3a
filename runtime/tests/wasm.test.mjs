// compiler_lib.wasm under Node: the import surface, runs, errors, the codec through native
// calls, isolation, traps, and a Path A guest (tests/wasm-guest). Needs the build outputs:
//   scripts/build-wasm.sh
//   scripts/build-wasm.sh --crate tests/wasm-guest --out runtime/tests/build/guest.wasm
// Run: node --test runtime/tests/

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { HostRef } from "../src/rt.js";
import { Status, compileCompiler, instantiate } from "../worker/engine.js";
import { DEFAULT_WASM, STD_DIR, registerImports, runFile } from "./harness.mjs";
import { KINDS } from "./reentry-probe.mjs";

const GUEST = process.env.EDGE_GUEST_WASM ?? fileURLToPath(new URL("build/guest.wasm", import.meta.url));
const bytes = readFileSync(DEFAULT_WASM);
const LAZY_WASM = DEFAULT_WASM.replace(/\.wasm$/, ".lazy.wasm");
const lazyBytes = existsSync(LAZY_WASM) ? readFileSync(LAZY_WASM) : null;
const t0 = performance.now();
const compiler = await compileCompiler(bytes, lazyBytes);
const compileMs = performance.now() - t0;

/** Runs `src` in a fresh instance; returns {status, exitCode, error, out, err}. */
function run(src, setup = () => {}) {
  let out = "";
  let err = "";
  const inst = instantiate(compiler, { onWrite: (t, s) => (s === "stderr" ? (err += t) : (out += t)) });
  setup(inst);
  return { ...inst.run(src, "main.py"), out, err };
}

test("imports exactly the four env functions (and its lazy part's loader)", () => {
  const all = WebAssembly.Module.imports(compiler);
  const imports = all.filter((i) => i.module !== "lazy").map((i) => `${i.module}.${i.name}:${i.kind}`).sort();
  assert.deepEqual(imports, [
    "env.host_call_native:function", "env.host_fetch_bytes:function",
    "env.host_now_ns:function", "env.host_print:function",
  ]);
  // A split build also imports `lazy.load` (docs/abi.md, "The lazy part"); the lazy part
  // imports only what the first part exports.
  const lazy = all.filter((i) => i.module === "lazy").map((i) => `${i.name}:${i.kind}`);
  assert.deepEqual(lazy, lazyBytes ? ["load:function"] : []);
  if (lazyBytes) {
    const lazyImports = WebAssembly.Module.imports(new WebAssembly.Module(lazyBytes));
    const exported = new Set(WebAssembly.Module.exports(compiler).map((e) => e.name));
    assert.ok(lazyImports.every((i) => i.module === "primary" && exported.has(i.name)));
  }
  const exports = new Set(WebAssembly.Module.exports(compiler).map((e) => e.name));
  for (const name of ["memory", "wasm_alloc", "wasm_free", "edge_run", "edge_register_module", "edge_register_native",
    "edge_list_imports", "edge_last_error_ptr", "edge_last_error_len", "host_edge_str", "host_edge_tag"]) {
    assert.ok(exports.has(name), `missing export ${name}`);
  }
});

test("hello, with timings", (t) => {
  const t1 = performance.now();
  const r = run('print("hello")');
  const runMs = performance.now() - t1;
  assert.equal(r.status, Status.OK);
  assert.equal(r.out, "hello\n");
  // Warm numbers: a second instance after the first warmed the engine's tiers.
  const times = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    run('print("hello")');
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  t.diagnostic(`size ${bytes.length} B; compile ${compileMs.toFixed(1)} ms; first instantiate+run ${runMs.toFixed(1)} ms; median ${times[10].toFixed(2)} ms`);
});

test("uncaught exception: status, traceback, exit code", () => {
  const r = run("def f():\n    return 1 / 0\nf()\n");
  assert.equal(r.status, Status.ERROR);
  assert.equal(r.exitCode, 1);
  assert.match(r.error, /^Traceback \(most recent call last\):\n/);
  assert.match(r.error, /ZeroDivisionError: division by zero\n$/);
  const e = run("import sys\nprint('bye')\nsys.exit(4)\n");
  assert.equal(e.status, Status.EXIT);
  assert.equal(e.exitCode, 4);
  assert.equal(e.out, "bye\n");
  const s = run("x = (\n");
  assert.equal(s.status, Status.ERROR);
  assert.match(s.error, /SyntaxError/);
});

test("registered modules, packages and stdin", () => {
  const r = run("import helper\nfrom pkg import sub\nprint(helper.twice(21), sub.NAME, input())\n", (inst) => {
    assert.deepEqual(inst.listImports("import helper\nfrom pkg import sub\n"), ["helper", "pkg", "?pkg.sub"]);
    inst.registerModule("helper", "def twice(x):\n    return 2 * x\n");
    inst.registerModule("pkg", "", "pkg/__init__.py", true);
    inst.registerModule("pkg.sub", "from . import other\nNAME = other.NAME\n", "pkg/sub.py");
    inst.registerModule("pkg.other", "NAME = 'other'\n", "pkg/other.py");
    inst.setStdin("typed\n");
  });
  assert.equal(r.error, null);
  assert.equal(r.out, "42 other typed\n");
});

test("codec round trip through a capability module", () => {
  const seen = [];
  const r = run(
    "from js import echo, boom, ref\n" +
      "print(echo([1, 'héllo', b'\\x00\\xff', 2**70, -2**63, 1.5, None, True, {'k': [2, 3]}]))\n" +
      "try:\n    boom()\nexcept ValueError as e:\n    print('ValueError', e)\n" +
      "try:\n    echo(x=1)\nexcept TypeError as e:\n    print('TypeError', e)\n" +
      "h = ref()\nprint(h, h.id, echo(h) == h)\n",
    (inst) =>
      inst.registerJsModule("js", {
        echo: (...a) => {
          seen.push(a[0]);
          return a[0];
        },
        boom: () => {
          throw Object.assign(new Error("bad value"), { pyType: "ValueError" });
        },
        ref: () => new HostRef(9),
      }),
  );
  assert.equal(r.error, null);
  assert.equal(
    r.out,
    "[1, 'héllo', b'\\x00\\xff', 1180591620717411303424, -9223372036854775808, 1.5, None, True, {'k': [2, 3]}]\n" +
      "ValueError bad value\nTypeError echo() takes no keyword arguments\n<HostRef 9> 9 True\n",
  );
  assert.deepEqual(seen[0].slice(0, 5), [1, "héllo", new Uint8Array([0, 255]), 2n ** 70n, -(2n ** 63n)]);
  assert.ok(seen[1] instanceof HostRef && seen[1].id === 9);
});

test("in-memory file system: writeFile before, readFile after", async () => {
  const src = [
    "import os",
    "print(open('data/in.txt').read().upper(), end='')",
    "print(sorted(os.listdir('data')), os.path.isdir('/data'), os.getcwd(), dict(os.environ))",
    "with open('data/out.bin', 'wb') as f:",
    "    f.write(bytes([0, 255]))",
    "try:",
    "    open('missing.txt')",
    "except FileNotFoundError as e:",
    "    print(e)",
  ].join("\n");
  let out = "";
  const inst = instantiate(compiler, { onWrite: (t) => (out += t) });
  await registerImports(inst, src, tmpdir()); // os, posixpath from runtime/std
  inst.writeFile("data/in.txt", "héllo\n");
  inst.writeFile("/data/raw", new Uint8Array([1, 2]));
  const r = { ...inst.run(src, "main.py"), out };
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(r.out, "HÉLLO\n['in.txt', 'raw'] True / {}\n[Errno 2] No such file or directory: 'missing.txt'\n");
  assert.deepEqual([...inst.readFile("/data/out.bin")], [0, 255]);
  assert.equal(inst.readFile("nope"), null);
  assert.throws(() => inst.writeFile("x", 5), /must be a string or a Uint8Array/);
});

test("runtime/std/index.js lists every runtime/std/*.py", async () => {
  const { stdModules } = await import("../std/index.js");
  const files = readdirSync(STD_DIR).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual([...stdModules], files);
});

test("runtime/std/index.js stdImports is what listImports answers for each std module", async () => {
  // The import walkers trust this table instead of listing a std module's imports: a stale
  // entry would fetch and register the wrong modules. Regenerate: node scripts/gen-std-index.mjs
  const { stdImports, stdModules } = await import("../std/index.js");
  const inst = instantiate(compiler);
  assert.deepEqual(Object.keys(stdImports), [...stdModules]);
  for (const name of stdModules) {
    const listed = inst.listImports(readFileSync(join(STD_DIR, `${name}.py`), "utf8"));
    assert.deepEqual(stdImports[name], listed, `stdImports[${JSON.stringify(name)}] is stale: run node scripts/gen-std-index.mjs`);
  }
});

test("a fresh instance per run: no state leaks", () => {
  assert.equal(run("import sys\nsys.leak = 1\nx = 1\n").status, Status.OK);
  assert.equal(run("import sys\nprint('x' in globals(), hasattr(sys, 'leak'))\n").out, "False False\n");
});

test("re-entry through builtins raises RecursionError before the host stack overflows", () => {
  // Each kind of reentry-probe.mjs recurses far deeper than any engine stack holds, with the
  // recursion limit lifted. Node's main thread has V8's default ~984 KB stack.
  // No host stack per level: they complete (a plain property getter, a Python __repr__/__str__
  // under repr() or an f-string, an operator's Python dunder, a generator expression folded
  // into any() are frames of the loop).
  const inLoop = new Set(["init", "yield_from", "property", "repr", "str_fstring", "eq", "add", "genexpr_any"]);
  const got = [];
  const want = [];
  for (const [kind, body] of Object.entries(KINDS)) {
    const src = `import sys\nsys.setrecursionlimit(1000000)\n${body}\ntry:\n    go(100000)\n    print("ok")\nexcept RecursionError:\n    print("RecursionError")\n`;
    const r = run(src);
    got.push([kind, r.status, r.out]);
    want.push([kind, Status.OK, inLoop.has(kind) ? "ok\n" : "RecursionError\n"]);
  }
  assert.deepEqual(got, want);
});

test("a trap becomes an internal error", () => {
  // The VM bounds its own recursion, so the host exhausts the stack instead: a run entered
  // with only a little JS stack left traps in wasm, and must be reported, not crash.
  const src = "class R:\n    def __init__(s, n): s.n = n\n    def __len__(s): return len(R(s.n + 1))\nlen(R(0))\n";
  const lifted = (inst) => inst.setLimits({ maxRecursion: 100000000 });
  let frames = 0;
  const measure = (n) => {
    frames = n;
    measure(n + 1);
  };
  try {
    measure(0);
  } catch {
    // frames: how deep this stack goes
  }
  const descend = (n, f) => (n === 0 ? f() : descend(n - 1, f));
  const outcomes = [];
  for (const spare of [100, 200, 400, 800, 1600, 3200]) {
    try {
      const r = descend(frames - spare, () => run(src, lifted));
      outcomes.push(r.status === Status.ERROR && /RecursionError/.test(r.error) ? "RecursionError" : `status ${r.status}`);
    } catch (e) {
      outcomes.push(e.internal && /^internal error: wasm trap: /.test(e.message) ? "trap" : e.message);
    }
  }
  assert.ok(outcomes.includes("trap"), outcomes.join(", "));
  assert.ok(outcomes.every((o) => o === "trap" || o === "RecursionError" || /call stack/.test(o)), outcomes.join(", "));
  // With the whole stack, the same program raises RecursionError.
  const r = run(src, lifted);
  assert.equal(r.status, Status.ERROR);
  assert.match(r.error, /RecursionError: maximum recursion depth exceeded/);
});

test("a host callback that throws ends the run with an internal error", () => {
  const inst = instantiate(compiler, {
    onWrite: () => {
      throw new Error("output closed");
    },
  });
  assert.throws(() => inst.run("print(1)"), /^Error: internal error: host callback threw: output closed$/);
});

test("Path A guest: from guest import add", async (t) => {
  if (!existsSync(GUEST)) {
    assert.fail(`${GUEST} missing: scripts/build-wasm.sh --crate tests/wasm-guest --out runtime/tests/build/guest.wasm`);
  }
  const dir = mkdtempSync(join(tmpdir(), "edge-guest-"));
  copyFileSync(GUEST, join(dir, "guest.wasm"));
  writeFileSync(
    join(dir, "main.py"),
    "from guest import add, greet\nprint(add(2, 3))\nprint(greet('wasm'))\n" +
      "for bad in [(1,), (1, 'x'), (2**62, 2**62)]:\n    try:\n        add(*bad)\n" +
      "    except (TypeError, OverflowError) as e:\n        print(type(e).__name__, e)\n",
  );
  const r = await runFile(compiler, join(dir, "main.py"));
  assert.equal(r.stderr, "");
  assert.equal(
    r.stdout,
    "5\nhello, wasm!\nTypeError add() takes 2 arguments (1 given)\nTypeError add() expects int arguments\nOverflowError add() overflow\n",
  );
  t.diagnostic(`guest.wasm ${readFileSync(GUEST).length} B; run ${r.ms.toFixed(1)} ms`);
});

test("edge_builtin_modules lists the VM's own modules", () => {
  const inst = instantiate(compiler);
  const ex = inst.exports;
  const n = ex.edge_builtin_modules();
  const names = new TextDecoder().decode(new Uint8Array(ex.memory.buffer, ex.edge_scratch_ptr(), n)).split("\n");
  for (const m of ["builtins", "sys", "math", "collections.abc", "itertools"]) assert.ok(names.includes(m), `${m} missing`);
  assert.deepEqual(names, [...names].sort());
  assert.ok(!names.includes("helper"));
});

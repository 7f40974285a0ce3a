#!/usr/bin/env node
// Splits compiler_lib.wasm in two (docs/abi.md, "The lazy part"): the functions a start-up run
// executes (the VM's set-up, the compiler, `print("hello")`), and compiler_lib.lazy.wasm with
// everything else, which the runtime loads the first time a run calls into it
// (runtime/src/lazy.js). A page whose program needs no more downloads and compiles the first
// part alone.
//   node scripts/split-wasm.mjs WHOLE.wasm FIRST.wasm LAZY.wasm
//
// Binaryen's wasm-split does the cutting, guided by a profile of what the start-up run calls:
// the module is instrumented, the run made through the runtime's engine, and its profile read
// back. Both parts get an `edge.split` custom section with the id of the build they came from,
// so the runtime refuses to pair parts of different builds. The pair is checked before it is
// written: a start-up run must not touch the lazy part, and a program that does must print
// what the whole module prints. Exits 1 (writing nothing) when any step fails, so the build can
// keep the whole module instead.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { compileCompiler, instantiate, setEngineStack } from "../runtime/worker/engine.js";
import { SPLIT_SECTION } from "../runtime/src/lazy.js";

// The start-up run: what it calls stays in the first part. Hello-world programs only: beyond
// them, programs differ in what they call (each of examples/ touches 35-40 KB of code the others
// do not), so a bigger set would grow every page's download and still leave most programs
// loading the lazy part.
const STARTUP = [
  `# A greeting
name = "world"
print("Hello, world!")
print('hello', name, 1 + 2, 3.5)
print(f"Hello, {name}! {6 * 7}")
print("Hi " + name + "!")
`,
];
// Needs the lazy part (sorting, big ints, set algebra, float formatting, str methods).
const PROBE = 'print(sorted({3: "c", 1: "a"}.items()), 2 ** 100, {1, 2} | {3}, f"{1.5e300 * 10:.3e}", "ab".title())\n';

const [whole, firstOut, lazyOut] = process.argv.slice(2);
if (!lazyOut) {
  console.error("usage: node scripts/split-wasm.mjs WHOLE.wasm FIRST.wasm LAZY.wasm");
  process.exit(2);
}

function binaryen(tool, args) {
  const r = spawnSync(tool, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")}: ${r.error?.message ?? r.stderr.trim()}`);
}
const wasmSplit = (args) => binaryen("wasm-split", args);

// The features compiler_lib is built with (`wasm-opt --print-features` on the whole module):
// wasm-as needs them named to read the text back.
const FEATURES = ["mutable-globals", "nontrapping-float-to-int", "bulk-memory", "sign-ext", "reference-types", "multivalue"];

/**
 * The first part with its placeholder imports (`lazy.N`, one per lazy function, over a
 * thousand) replaced by one import, `lazy.load`, and a trampoline per placeholder: it calls
 * `load` once per instance (a global remembers), then calls table slot N, which the lazy part's
 * instance has filled with the real function by then. Instantiating a module costs V8 work per
 * imported function (7-10 ms for the placeholders on this machine, against ~1 ms for the whole
 * module); the trampolines cost 26 KB raw, 1.3 KB gzip. The rewrite goes through binaryen's
 * text form, where functions are named, so no index needs renumbering.
 */
function withOneLoadImport(firstPath, outPath) {
  const wat = `${firstPath}.wat`;
  binaryen("wasm-dis", [firstPath, "-o", wat]);
  const text = readFileSync(wat, "utf8");
  const placeholder = /^ \(import "lazy" "(\d+)" \(func (\$\S+)((?: \(param[^)]*\))?)((?: \(result[^)]*\))?)\)\)\n/gm;
  const trampolines = [];
  let rewritten = text.replace(placeholder, (_, slot, name, params, result) => {
    const arity = params ? params.replace(/[()]|param|\$\S+/g, "").trim().split(/\s+/).length : 0;
    const args = Array.from({ length: arity }, (_, i) => ` (local.get ${i})`).join("");
    trampolines.push(` (func ${name}${params}${result}\n  (call $lazy_ensure)\n  (call_indirect $0${params}${result}${args} (i32.const ${slot}))\n )\n`);
    return trampolines.length === 1 ? ' (import "lazy" "load" (func $lazy_load))\n' : "";
  });
  if (!trampolines.length) throw new Error("no lazy.N placeholders in the first part");
  if (!/\(table \$0 /.test(rewritten)) throw new Error("the first part's table is not $0");
  const end = rewritten.lastIndexOf(")");
  rewritten = `${rewritten.slice(0, end)} (global $lazy_loaded (mut i32) (i32.const 0))
 (func $lazy_ensure
  (if (i32.eqz (global.get $lazy_loaded)) (then (call $lazy_load) (global.set $lazy_loaded (i32.const 1))))
 )
${trampolines.join("")}${rewritten.slice(end)}`;
  writeFileSync(wat, rewritten);
  binaryen("wasm-as", [...FEATURES.map((f) => `--enable-${f}`), wat, "-o", outPath]);
}

/**
 * Runs `source` in a fresh instance the way the engine does (runAsync in a worker, run() in
 * the Node harness); returns the instance and what it printed.
 */
async function runOnce(module, source, mode = "run") {
  let out = "";
  const inst = instantiate(module, { onWrite: (t) => (out += t) });
  inst.exports.edge_builtin_modules();
  inst.listImports(source);
  const { status, error } = mode === "async" ? await inst.runAsync(source, "<startup>") : inst.run(source, "<startup>");
  if (error) throw new Error(`status ${status}: ${error}`);
  return { inst, out };
}

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};

/** `bytes` with a custom section `name` holding `payload` appended. */
function withCustomSection(bytes, name, payload) {
  const nameBytes = Buffer.from(name);
  const body = Buffer.concat([Buffer.from(leb(nameBytes.length)), nameBytes, payload]);
  return Buffer.concat([bytes, Buffer.from([0, ...leb(body.length)]), body]);
}

// As Node hosts do (the browser leaves it unset): its set-up is start-up code too.
setEngineStack(984);
const dir = mkdtempSync(join(tmpdir(), "edge-split-"));
try {
  const wholeBytes = readFileSync(whole);
  const instrumented = join(dir, "instrumented.wasm");
  wasmSplit(["--instrument", whole, "-o", instrumented]);
  const profiled = await compileCompiler(readFileSync(instrumented));
  const profiles = [];
  for (const source of STARTUP) {
    for (const mode of ["run", "async"]) {
      const { inst } = await runOnce(profiled, source, mode);
      const ex = inst.exports;
      const size = 1 << 20;
      const ptr = ex.wasm_alloc(size);
      const n = ex.__write_profile(ptr, size);
      const path = join(dir, `startup${profiles.length}.prof`);
      writeFileSync(path, new Uint8Array(ex.memory.buffer, ptr, n));
      profiles.push(path);
    }
  }
  const profile = join(dir, "startup.prof");
  wasmSplit(["--merge-profiles", ...profiles, "-o", profile]);
  const [first, lazy] = [join(dir, "first.wasm"), join(dir, "lazy.wasm")];
  const placeholders = join(dir, "placeholders.wasm");
  wasmSplit([whole, `--profile=${profile}`, "-o1", placeholders, "-o2", lazy, "--placeholder-namespace", "lazy", "--import-namespace", "primary"]);
  withOneLoadImport(placeholders, first);

  const id = createHash("sha256").update(wholeBytes).digest().subarray(0, 16);
  const firstBytes = withCustomSection(readFileSync(first), SPLIT_SECTION, id);
  const lazyBytes = withCustomSection(readFileSync(lazy), SPLIT_SECTION, id);

  const wholeModule = await compileCompiler(wholeBytes);
  const pair = await compileCompiler(firstBytes, lazyBytes);
  for (const source of STARTUP) {
    const expected = (await runOnce(wholeModule, source)).out;
    for (const mode of ["run", "async"]) {
      const { inst, out } = await runOnce(pair, source, mode);
      if (inst.lazyLoaded) throw new Error(`the start-up run ${JSON.stringify(source)} (${mode}) loaded the lazy part`);
      if (out !== expected) throw new Error(`the start-up run printed ${JSON.stringify(out)}`);
    }
  }
  const { inst, out } = await runOnce(pair, PROBE);
  if (!inst.lazyLoaded || out !== (await runOnce(wholeModule, PROBE)).out) throw new Error(`the split pair printed ${JSON.stringify(out)} (lazy part loaded: ${inst.lazyLoaded})`);

  writeFileSync(firstOut, firstBytes);
  writeFileSync(lazyOut, lazyBytes);
  console.log(`split: ${wholeBytes.length} → ${firstBytes.length} + ${lazyBytes.length} bytes (lazy)`);
} catch (err) {
  console.error(`split-wasm: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// compiler_lib.wasm in two parts (scripts/split-wasm.mjs, src/lazy.js): a start-up run stays in
// the first part, a run that needs more loads compiler_lib.lazy.wasm once per instance, and
// parts of different builds, or a missing lazy part, fail with a message saying what to fix.
// Needs the two parts in runtime/tests/build/split/ (scripts/test.sh makes them from the whole
// module with scripts/split-wasm.mjs, as `scripts/build-wasm.sh --split` does).
// Run: node --test runtime/tests/

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import { SPLIT_SECTION, splitId } from "../src/lazy.js";
import { Status, compileCompiler, instantiate, loadCompiler } from "../worker/engine.js";

const FIRST_WASM = fileURLToPath(new URL("build/split/compiler_lib.wasm", import.meta.url));
const LAZY_WASM = FIRST_WASM.replace(/\.wasm$/, ".lazy.wasm");
for (const f of [FIRST_WASM, LAZY_WASM]) {
  if (!existsSync(f)) throw new Error(`${f} missing: node scripts/split-wasm.mjs runtime/compiler_lib.wasm ${FIRST_WASM} ${LAZY_WASM}`);
}
const first = readFileSync(FIRST_WASM);
const lazy = readFileSync(LAZY_WASM);
// Sorting, big ints, set algebra, float formatting, str methods: none of it in a start-up run.
const NEEDS_LAZY = 'print(sorted({3: "c", 1: "a"}.items()), 2 ** 100, {1, 2} | {3}, f"{1.5e300:.3e}", "ab".title())';

function run(module, src) {
  let out = "";
  const inst = instantiate(module, { onWrite: (t) => (out += t) });
  return { inst, ...inst.run(src, "main.py"), out };
}

test("the build splits compiler_lib.wasm, both parts marked with one build id", () => {
  const [a, b] = [new WebAssembly.Module(first), new WebAssembly.Module(lazy)];
  assert.match(splitId(a) ?? "", /^[0-9a-f]{32}$/);
  assert.equal(splitId(a), splitId(b));
  assert.ok(first.length < lazy.length / 2, `first part ${first.length} B, lazy part ${lazy.length} B`);
});

test("print('hello') runs in the first part alone; more loads the lazy part once per instance", async () => {
  let reads = 0;
  const module = await compileCompiler(first, () => (reads++, lazy));
  const hello = run(module, 'print("hello")');
  assert.deepEqual([hello.status, hello.out, hello.inst.lazyLoaded, reads], [Status.OK, "hello\n", false, 0]);
  const more = run(module, `${NEEDS_LAZY}\n${NEEDS_LAZY}`);
  const line = "[(1, 'a'), (3, 'c')] 1267650600228229401496703205376 {1, 2, 3} 1.500e+300 Ab\n";
  assert.deepEqual([more.status, more.out, more.inst.lazyLoaded, reads], [Status.OK, line + line, true, 1]);
  // A fresh instance loads it into its own memory and table; the compiled module is reused.
  const again = run(module, NEEDS_LAZY);
  assert.deepEqual([again.out, again.inst.lazyLoaded, reads], [line, true, 1]);
  assert.equal(run(module, 'print("hello")').inst.lazyLoaded, false);
});

test("loadCompiler reads the lazy part beside a file: URL on first need, and says when it is missing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "edge-lazy-"));
  copyFileSync(FIRST_WASM, join(dir, "compiler_lib.wasm"));
  const module = await loadCompiler({ wasmUrl: pathToFileURL(join(dir, "compiler_lib.wasm")) });
  assert.equal(run(module, 'print("hello")').out, "hello\n");
  assert.throws(() => run(module, NEEDS_LAZY), /cannot read .*compiler_lib\.lazy\.wasm, the lazy part of compiler_lib\.wasm: ENOENT/);
  copyFileSync(LAZY_WASM, join(dir, "compiler_lib.lazy.wasm"));
  const found = await loadCompiler({ wasmUrl: pathToFileURL(join(dir, "compiler_lib.wasm")) });
  assert.equal(run(found, NEEDS_LAZY).status, Status.OK);
});

test("a first part without its lazy part, or with another build's, is refused with what to fix", async () => {
  const alone = await compileCompiler(first);
  assert.throws(() => instantiate(alone), /first of two parts: give compileCompiler its lazy part too/);
  // Another build's lazy part: the same code under a different build id (the section is last).
  const other = Buffer.from(lazy);
  other[other.length - 1] ^= 0xff;
  assert.equal(WebAssembly.Module.customSections(new WebAssembly.Module(other), SPLIT_SECTION).length, 1);
  const mismatched = await compileCompiler(first, other);
  assert.equal(run(mismatched, 'print("hello")').out, "hello\n");
  assert.throws(() => run(mismatched, NEEDS_LAZY), /is not the lazy part of this compiler_lib\.wasm \(another build's\)/);
  const garbage = await compileCompiler(first, new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1]));
  assert.throws(() => run(garbage, NEEDS_LAZY), /is not a valid WebAssembly module/);
});

// The `re` std package (runtime/std/re.wasm, built from std/re/module with wasm-pdk) on
// compiler_lib.wasm, which leaves the engine out. The re corpus programs (tests/corpus/re)
// also run through it in runtime/tests/corpus.mjs. Needs:
//   scripts/build-wasm.sh && scripts/build-wasm.sh --crate std/re/module --out runtime/std/re.wasm
// Run: node --test runtime/tests/re.test.mjs

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { shimOf } from "../src/native.js";
import { loadCompiler, runFile } from "./harness.mjs";

const RE_WASM = fileURLToPath(new URL("../std/re.wasm", import.meta.url));
const compiler = await loadCompiler();

async function run(source) {
  const dir = mkdtempSync(join(tmpdir(), "edge-re-"));
  const file = join(dir, "main.py");
  writeFileSync(file, source);
  return runFile(compiler, file);
}

test("re.wasm carries the re shim in its edge.py section", () => {
  if (!existsSync(RE_WASM)) assert.fail(`${RE_WASM} missing: scripts/build-wasm.sh --crate std/re/module --out ${RE_WASM}`);
  const shim = shimOf(new WebAssembly.Module(readFileSync(RE_WASM)));
  assert.match(shim, /^import _re$/m);
  assert.match(shim, /^class Pattern:/m);
});

test("import re works through re.wasm", async () => {
  const r = await run(
    "import re\n" +
      "m = re.match(r'(?P<k>\\w+)=(\\d+)', 'x=42')\n" +
      "print(m, m.groupdict(), m.span(2))\n" +
      "print(re.sub(r'(\\d)', lambda m: m.group(1) * 2, 'a1b2'), re.split(r'[,;]', 'a,b;c'))\n" +
      "print(re.findall(r'\\d', '\\u00b2 \\u0661 7'))\n",
  );
  assert.equal(r.stderr, "");
  assert.equal(
    r.stdout,
    "<re.Match object; span=(0, 4), match='x=42'> {'k': 'x'} (2, 4)\n" + "a11b22 ['a', 'b', 'c']\n" + "['١', '7']\n",
  );
});

test("re.error comes from the shim with CPython's message and position", async () => {
  const r = await run("import re\ntry:\n    re.compile('a(b')\nexcept re.error as e:\n    print(e.msg, e.pos, e)\n");
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "missing ), unterminated subpattern 1 missing ), unterminated subpattern at position 1\n");
});

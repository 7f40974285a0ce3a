// runtime/std/json.wasm on compiler_lib.wasm: replays the CPython 3.13 fixtures
// (std/json/tests/cases.py → cases.expected), which the native CLI replays too
// (cli/tests/std_modules.rs). Needs: scripts/build-wasm.sh && scripts/build-std.sh json
// Run: node --test runtime/tests/json.test.mjs

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { loadCompiler, runFile } from "./harness.mjs";

const JSON_WASM = fileURLToPath(new URL("../std/json.wasm", import.meta.url));
const CASES = fileURLToPath(new URL("../../std/json/tests/", import.meta.url));
const compiler = await loadCompiler();

test("json.wasm matches CPython 3.13 on the stored cases", async (t) => {
  if (!existsSync(JSON_WASM)) assert.fail(`${JSON_WASM} missing: scripts/build-std.sh json`);
  const dir = mkdtempSync(join(tmpdir(), "edge-json-"));
  copyFileSync(JSON_WASM, join(dir, "json.wasm"));
  copyFileSync(join(CASES, "cases.py"), join(dir, "cases.py"));
  const r = await runFile(compiler, join(dir, "cases.py"));
  assert.equal(r.stderr, "");
  assert.equal(r.code, 0);
  const want = readFileSync(join(CASES, "cases.expected"), "utf8").split("\n");
  const got = r.stdout.split("\n");
  const first = want.findIndex((line, i) => got[i] !== line);
  assert.equal(first, -1, `line ${first + 1}: edge ${JSON.stringify(got[first])}, cpython ${JSON.stringify(want[first])}`);
  assert.equal(got.length, want.length);
  const size = readFileSync(JSON_WASM).length;
  t.diagnostic(`json.wasm ${size} B; ${want.length - 1} lines in ${r.ms.toFixed(0)} ms`);
});

// wasm-pdk modules on compiler_lib.wasm: the starter module's Python cases
// (starter-module/tests/py, also run natively by `cargo test -p starter-module`) through the
// Path A loader, the edge.py shim and host_edge_call. Needs:
//   scripts/build-wasm.sh && scripts/build-wasm.sh --crate starter-module --out runtime/tests/build/starter.wasm
// Run: node --test runtime/tests/pdk.test.mjs

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { shimOf } from "../src/native.js";
import { loadCompiler, runFile } from "./harness.mjs";

const STARTER = fileURLToPath(new URL("build/starter.wasm", import.meta.url));
const CASES = fileURLToPath(new URL("../../starter-module/tests/py/", import.meta.url));
const compiler = await loadCompiler();

function starterModule() {
  if (!existsSync(STARTER)) assert.fail(`${STARTER} missing: scripts/build-wasm.sh --crate starter-module --out ${STARTER}`);
  return readFileSync(STARTER);
}

test("starter.wasm carries its shim in the edge.py custom section", () => {
  const shim = shimOf(new WebAssembly.Module(starterModule()));
  assert.match(shim, /^from _starter import add, greet/m);
});

for (const file of readdirSync(CASES).filter((f) => f.endsWith(".py")).sort()) {
  test(`starter case ${file}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "edge-pdk-"));
    copyFileSync(STARTER, join(dir, "starter.wasm"));
    copyFileSync(join(CASES, file), join(dir, file));
    const r = await runFile(compiler, join(dir, file));
    const base = join(CASES, file.replace(/\.py$/, ""));
    assert.equal(r.stdout, readFileSync(`${base}.expected`, "utf8"));
    if (existsSync(`${base}.expected_err`)) {
      assert.equal(r.code, 1);
      assert.ok(r.stderr.endsWith(readFileSync(`${base}.expected_err`, "utf8")), r.stderr);
    } else {
      assert.equal(r.stderr, "");
      assert.equal(r.code, 0);
    }
  });
}

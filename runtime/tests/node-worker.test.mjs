// createWorker under Node 20 (worker_threads, file: URLs): the same API as in a browser.
// Run: node --test runtime/tests/node-worker.test.mjs (after scripts/build-wasm.sh).

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

import { createWorker } from "../src/index.js";
import { createEngine } from "../worker/engine.js";

const dir = mkdtempSync(join(tmpdir(), "edge-node-"));
writeFileSync(join(dir, "helper.py"), "def twice(x):\n    return 2 * x\n");
mkdirSync(join(dir, "pkg"));
writeFileSync(join(dir, "pkg", "__init__.py"), "from .sub import NAME\n");
writeFileSync(join(dir, "pkg", "sub.py"), "NAME = 'sub'\n");
const entryDir = pathToFileURL(`${dir}/`).href;

test("createWorker in Node: worker_threads, output lines, imports from file: URLs, errors, dispose", async () => {
  const w = await createWorker({ integrity: false });
  assert.equal(w.integrityActive, false);
  assert.ok(w.loadMs > 0);
  const lines = [];
  w.onOutput((line) => lines.push(line));
  const r = await w.run("import helper, math\nfrom pkg import NAME\nprint(helper.twice(21))\nprint(NAME, math.floor(1.5))", { entryDir });
  assert.equal(r.out, "42\nsub 1\n");
  assert.deepEqual(lines, ["42", "sub 1"]);
  await assert.rejects(w.run("1/0"), (e) => e.pyType === "ZeroDivisionError" && /^Traceback/.test(e.message));
  assert.equal((await w.run("print('ok')")).out, "ok\n");
  w.dispose();
  await assert.rejects(w.run("print(1)"), /after dispose\(\)/);
});

test("createEngine directly (no worker): the orchestrator Node code can embed", async () => {
  const lines = [];
  const e = await createEngine({ integrity: false, baseUrl: entryDir, onOutput: (l) => lines.push(l) });
  const r = await e.run("import helper\nprint(helper.twice(5))");
  assert.equal(r.out, "10\n");
  assert.deepEqual(lines, ["10"]);
  await assert.rejects(e.run("import helper\nhelper.nope()"), /AttributeError/);
});

test("createEngine prepareNext: the prepared instance serves the next run alone (output, fresh state)", async () => {
  const lines = [];
  const e = await createEngine({ integrity: false, baseUrl: entryDir, onOutput: (l) => lines.push(l) });
  e.prepareNext();
  e.prepareNext(); // one spare at a time
  assert.equal((await e.run("x = 41\nprint(x + 1)")).out, "42\n");
  e.prepareNext();
  assert.equal((await e.run("print('x' in globals())")).out, "False\n");
  assert.equal((await e.run("import helper\nprint(helper.twice(4))")).out, "8\n");
  assert.deepEqual(lines, ["42", "False", "8"]);
  e.dispose();
  e.prepareNext(); // no instance after dispose
  await assert.rejects(e.run("print(1)"), /disposed/);
});

test("createWorker in Node: a wasmUrl that cannot be read rejects with the worker's error", async () => {
  const missing = pathToFileURL(join(dir, "missing.wasm")).href;
  await assert.rejects(createWorker({ integrity: false, wasmUrl: missing }), /missing\.wasm/);
  // The failure is not remembered: the default module still loads.
  const w = await createWorker({ integrity: false });
  assert.equal((await w.run("print('again')")).out, "again\n");
  w.dispose();
});

test("worker.bundle.js is what scripts/bundle-worker.mjs makes of worker.js and its imports", async () => {
  const { BUNDLE, bundleWorker } = await import("../../scripts/bundle-worker.mjs");
  assert.ok(readFileSync(BUNDLE, "utf8") === bundleWorker(), "out of date: run node scripts/bundle-worker.mjs");
});

test("engine.bundle.js is current, exports what engine.js does, and runs a program", async () => {
  const { ENGINE_BUNDLE, bundleEngine } = await import("../../scripts/bundle-worker.mjs");
  assert.ok(readFileSync(ENGINE_BUNDLE, "utf8") === bundleEngine(), "out of date: run node scripts/bundle-worker.mjs");
  const bundled = await import("../worker/engine.bundle.js");
  const sources = await import("../worker/engine.js");
  assert.deepEqual(Object.keys(bundled).sort(), Object.keys(sources).sort());
  const engine = await bundled.createEngine({ integrity: false });
  assert.equal((await engine.run("import json\nprint(json.dumps([1, 'x']))")).out, '[1, "x"]\n');
  engine.dispose();
});

test("prefetch: std modules from their default location are walked from std/index.js's table, with the same result as listing each", async () => {
  const { createManifest, createResolver } = await import("../src/prefetch.js");
  const { createFetcher } = await import("../src/fetch.js");
  const { defaultHost, defaultImports } = await import("../src/defaults.js");
  const { stdModules } = await import("../std/index.js");
  const { instantiate } = await import("../worker/engine.js");
  const { loadCompiler } = await import("./harness.mjs");
  const inst = instantiate(await loadCompiler());
  const n = inst.exports.edge_builtin_modules();
  const builtins = new Set(new TextDecoder().decode(new Uint8Array(inst.exports.memory.buffer, inst.exports.edge_scratch_ptr(), n)).split("\n"));
  // The same sources at another URL (as an `imports` override would serve them) are listed.
  const copy = mkdtempSync(join(tmpdir(), "edge-std-copy-"));
  for (const name of stdModules) writeFileSync(join(copy, `${name}.py`), readFileSync(new URL(`../std/${name}.py`, import.meta.url)));
  const copyLayer = { label: "copy", base: pathToFileURL(`${copy}/`).href, imports: Object.fromEntries(stdModules.map((m) => [m, `${m}.py`])) };
  const defaults = { label: "built-in defaults", base: entryDir, imports: defaultImports, host: defaultHost };
  const walk = async (layers) => {
    const listed = [];
    const listImports = (src) => {
      listed.push(src);
      return inst.listImports(src);
    };
    const resolver = createResolver({ fetcher: await createFetcher({ integrity: false }), manifest: createManifest(layers), builtins, loadHost: async () => [] });
    const src = "import typing, dataclasses, enum, functools, random, json, logging, argparse, tempfile\nimport xml.etree.ElementTree\n";
    const found = await resolver.collect(listImports, src, entryDir);
    const summary = [...found].map(([name, r]) => [name, r.kind, r.isPackage ?? null]).sort(([a], [b]) => (a < b ? -1 : 1));
    return { summary, listed: listed.length };
  };
  const table = await walk([defaults]);
  const parsed = await walk([copyLayer, defaults]);
  assert.deepEqual(table.summary, parsed.summary);
  assert.equal(table.listed, 1); // the program alone
  assert.equal(parsed.listed, 1 + parsed.summary.filter(([, kind]) => kind === "py").length);
  assert.ok(table.summary.length > 20, `only ${table.summary.length} modules reached`);
});

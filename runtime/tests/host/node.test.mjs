// The host libraries seen from Node, no browser: each factory's Python-visible names are the
// ones README.md documents, and createWorker resolves them by bare name (built-in defaults),
// `time` joining the VM's own time module. Calling a main-thread function needs a suspending
// compiler_lib.wasm; the browser tests (*.test.mjs beside this file) call every handler.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { createWorker } from "../../src/index.js";
import { createEngine } from "../../worker/engine.js";

const LIBS = ["dom", "network", "storage", "time"];
const README = readFileSync(new URL("../../host/README.md", import.meta.url), "utf8");

/** The Python-visible function names of one library, from its factory. */
async function exported(name) {
  const mod = await import(`../../host/${name}.js`);
  assert.equal(mod[name], mod.default, `${name}.js exports its factory under its name and as default`);
  const handlers = mod[name]({ pushEvent() {} });
  assert.equal(typeof handlers[Symbol.for("edge-python.dispose")], "function");
  return Object.keys(handlers).filter((k) => typeof handlers[k] === "function").sort();
}

/** The functions README.md's section for `name` documents (table rows starting with `name(`). */
function documented(name) {
  const section = README.split(/^## /m).find((s) => s.startsWith(`\`${name}\``));
  assert.ok(section, `README.md has a section for ${name}`);
  const names = new Set();
  for (const row of section.split("\n").filter((l) => l.startsWith("| `"))) {
    const cell = row.split(" | ")[0];
    for (const m of cell.matchAll(/`(\w+)\(/g)) names.add(m[1]);
  }
  // "local_get(...) / session_get(...)" rows name the session twin with "(...)".
  return [...names].sort();
}

for (const name of LIBS) {
  test(`${name}: README.md documents exactly the exported functions`, async () => {
    assert.deepEqual(documented(name), await exported(name));
  });
}

test("time's names never hide a function or constant of Python's time module", async () => {
  const python = ["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "sleep", "localtime", "gmtime",
    "strftime", "mktime", "asctime", "ctime", "timezone", "altzone", "daylight", "tzname", "struct_time", "process_time", "thread_time"];
  const clash = (await exported("time")).filter((n) => python.includes(n));
  assert.deepEqual(clash, []);
});

test("createWorker resolves the libraries by bare name; time joins Python's time module", async () => {
  const w = await createWorker({ integrity: false });
  try {
    const src = [
      "import time, dom, network, storage",
      "from time import now, set_interval",
      "print(callable(now), callable(set_interval), time.__name__, time.time() > 1e9, callable(time.sleep))",
      "print(callable(dom.query), callable(network.fetch_json), callable(storage.local_get))",
    ].join("\n");
    assert.equal((await w.run(src)).out, "True True time True True\nTrue True True\n");
    // Without the option the VM's time module stays as it is, with none of the host names.
    const plain = await createWorker({ integrity: false, defaults: false });
    try {
      assert.equal((await plain.run("import time\nprint(hasattr(time, 'now'), time.time() > 1e9)")).out, "False True\n");
    } finally {
      plain.dispose();
    }
  } finally {
    w.dispose();
  }
});

test("dispose() calls each main-thread module's Symbol.for('edge-python.dispose') method", async () => {
  const calls = [];
  const probe = () => ({ ping: () => "pong", [Symbol.for("edge-python.dispose")]: () => calls.push("probe") });
  const w = await createWorker({ integrity: false, mainThreadModules: { probe, plain: { f: () => 1 } } });
  assert.equal((await w.run("import probe\nprint(callable(probe.ping))")).out, "True\n");
  assert.deepEqual(calls, []);
  w.dispose();
  assert.deepEqual(calls, ["probe"]);
  w.dispose();
  assert.deepEqual(calls, ["probe"], "once");
});

test("without a main thread (createEngine alone) import time is Python's time module", async () => {
  const e = await createEngine({ integrity: false });
  assert.equal((await e.run("import time\nprint(time.time() > 1e9, hasattr(time, 'now'))")).out, "True False\n");
  // A host module the user names must load, so its failure is an error.
  const named = await createEngine({ integrity: false, hostModules: { time: "file:///nonexistent/time.js" } });
  await assert.rejects(named.run("import time"), /host module 'time'/);
});

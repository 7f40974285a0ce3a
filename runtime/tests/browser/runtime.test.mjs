// The JS runtime in real headless Chromium: createWorker, imports, integrity, the
// <edge-python> element, loaders, the playground. Pages come from server.mjs on 127.0.0.1;
// tests assert on its request log. Run: scripts/test-browser.sh.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { KINDS } from "../reentry-probe.mjs";
import { A, APP, B, GUEST, browser, inPage, openPage, run, spawn } from "./helpers.mjs";

// ---- 1. createWorker ----------------------------------------------------------------------

test("createWorker: default wasmUrl, loadMs, run, onOutput per line, integrityActive", async (t) => {
  const { page, close } = await openPage();
  A.clearLog();
  const info = await spawn(page);
  assert.equal(info.integrityActive, true);
  assert.ok(info.loadMs > 0 && info.loadMs < 30_000, `loadMs ${info.loadMs}`);
  assert.equal(A.count("/runtime/compiler_lib.wasm"), 1, "compiler_lib.wasm comes from beside the runtime");
  assert.ok(A.count("/runtime/worker/worker.bundle.js") === 1, "direct same-origin module worker");
  const r = await run(page, "for i in range(3):\n    print('line', i)\nprint('a\\nb', end='')\n");
  assert.equal(r.ok, true);
  assert.equal(r.out, "line 0\nline 1\nline 2\na\nb");
  assert.ok(r.ms > 0);
  assert.deepEqual(await page.evaluate(() => window.lines), ["line 0", "line 1", "line 2", "a", "b"]);
  const hello = [];
  for (let i = 0; i < 5; i++) hello.push((await run(page, "print('hello')")).ms);
  t.diagnostic(`loadMs ${info.loadMs.toFixed(1)}; run('print(\'hello\')') ms: ${hello.map((m) => m.toFixed(1)).join(", ")}`);
  await close();
});

test("a split compiler_lib: the lazy part is not fetched for print('hello'), and fetched once by the first run that needs it", async () => {
  // The two parts `scripts/build-wasm.sh --split` makes (scripts/test.sh puts them in build/split/).
  const { page, close } = await openPage();
  A.clearLog();
  await spawn(page, { wasmUrl: "/build/split/compiler_lib.wasm" });
  assert.equal(A.count("/build/split/compiler_lib.wasm"), 1);
  assert.equal((await run(page, "print('hello')")).out, "hello\n");
  assert.equal(A.count("/build/split/compiler_lib.lazy.wasm"), 0, "a start-up run stays in the first part");
  const src = "print(sorted({3: 'c', 1: 'a'}.items()), 2 ** 100, {1, 2} | {3}, f'{1.5e300:.3e}', 'ab'.title())";
  const line = "[(1, 'a'), (3, 'c')] 1267650600228229401496703205376 {1, 2, 3} 1.500e+300 Ab\n";
  for (let i = 0; i < 2; i++) {
    const r = await run(page, src);
    assert.deepEqual([r.ok, r.out], [true, line]);
  }
  assert.equal(A.count("/build/split/compiler_lib.lazy.wasm"), 1, "fetched (synchronously, in the worker) once, then reused");
  await close();
});

test("uncaught exception rejects with the traceback; the worker stays usable", async () => {
  const { page, close } = await openPage();
  await spawn(page);
  const r = await run(page, "def f():\n    return {}['k']\nprint('before')\nf()\n");
  assert.equal(r.ok, false);
  assert.match(r.message, /^Traceback \(most recent call last\):\n/);
  assert.match(r.message, /File "<string>", line 2, in f/);
  assert.match(r.message, /KeyError: 'k'$/);
  assert.equal(r.pyType, "KeyError");
  const s = await run(page, "x = (");
  assert.equal(s.pyType, "SyntaxError");
  const ok = await run(page, "print('still here')");
  assert.equal(ok.out, "still here\n");
  const exit = await run(page, "import sys\nprint('bye')\nsys.exit(3)");
  assert.deepEqual([exit.ok, exit.out, exit.exitCode], [true, "bye\n", 3]);
  await close();
});

test("re-entry through builtins deeper than a worker's stack raises RecursionError, not a trap", async () => {
  // A dedicated worker's V8 stack is about half the page's: the VM's wasm budget must fit it.
  const { page, close } = await openPage();
  await spawn(page);
  const kinds = ["sort_lt", "map", "getattr", "next_gen", "nested_eq", "nested_map"];
  for (const kind of kinds) {
    const src = `import sys\nsys.setrecursionlimit(1000000)\n${KINDS[kind]}\ntry:\n    go(100000)\nexcept RecursionError:\n    print("RecursionError")\n`;
    const r = await run(page, src);
    assert.deepEqual([kind, r.ok, r.out], [kind, true, "RecursionError\n"]);
  }
  await close();
});

test("runs are isolated; dispose makes later calls reject clearly", async () => {
  const { page, close } = await openPage();
  await spawn(page);
  await run(page, "x = 41");
  const r = await run(page, "print('x' in globals())");
  assert.equal(r.out, "False\n");
  const after = await inPage(page, async () => {
    window.w.dispose();
    const out = [];
    for (const f of [() => window.w.run("print(1)"), () => window.w.reset(), () => window.w.clearCache()]) {
      try {
        await f();
        out.push("resolved");
      } catch (e) {
        out.push(e.message);
      }
    }
    return out;
  });
  for (const m of after) assert.match(m, /after dispose\(\); create a new worker/);
  await close();
});

test("dispose during a run rejects that run", async () => {
  const { page, close } = await openPage();
  await spawn(page);
  const msg = await inPage(page, async () => {
    const p = window.w.run("n = 0\nwhile True:\n    n += 1\n");
    await new Promise((r) => setTimeout(r, 200));
    window.w.dispose();
    try {
      await p;
      return "resolved";
    } catch (e) {
      return e.message;
    }
  });
  assert.match(msg, /disposed/);
  await close();
});

test("cross-origin runtime: Blob bootstrap imports the worker module and buffers early messages", async () => {
  const { page, close } = await openPage();
  A.clearLog();
  B.clearLog();
  const info = await spawn(page, {}, `${B.origin}/runtime/src/index.js`);
  assert.ok(info.loadMs > 0);
  assert.equal(B.count("/runtime/worker/worker.bundle.js"), 1, "worker module from the runtime's origin");
  assert.equal(B.count("/runtime/compiler_lib.wasm"), 1, "default wasmUrl follows the runtime's origin");
  assert.equal(A.count("/runtime/worker/worker.bundle.js"), 0);
  const r = await run(page, "print(sum(range(10)))");
  assert.equal(r.out, "45\n");
  await close();
});

// ---- 2. imports ---------------------------------------------------------------------------

test("entry-relative modules, packages, relative and transitive imports; only what is imported is fetched", async () => {
  const { page, close } = await openPage();
  await spawn(page);
  A.clearLog();
  const src = readFileSync(new URL("fixtures/app/main.py", import.meta.url), "utf8");
  const r = await run(page, src, APP);
  assert.equal(r.ok, true, r.message);
  assert.equal(r.out, "42 sub OK!\n");
  const fetched = A.log.filter((p) => p.startsWith("/fixtures/")).sort();
  assert.deepEqual(fetched, [
    "/fixtures/app/helper.py",
    "/fixtures/app/packages.json",
    "/fixtures/app/pkg.py",
    "/fixtures/app/pkg/__init__.py",
    "/fixtures/app/pkg/sub.py",
    "/fixtures/app/pkg/util.py",
  ]);
  // A second run fetches nothing: bytes, resolutions and the packages.json answer are cached.
  A.clearLog();
  const again = await run(page, src, APP);
  assert.equal(again.out, "42 sub OK!\n");
  assert.deepEqual(A.log, []);
  await close();
});

test("built-in modules are never fetched; a missing module raises ModuleNotFoundError", async () => {
  const { page, close } = await openPage();
  await spawn(page, { packages: false });
  A.clearLog();
  const r = await run(page, "import math, sys, itertools, heapq\nfrom operator import add\nprint(math.floor(2.5))", APP);
  assert.equal(r.out, "2\n");
  assert.deepEqual(A.log, []);
  const m = await run(page, "try:\n    import nothere\nexcept ImportError as e:\n    print(type(e).__name__, e)", APP);
  assert.equal(m.out, "ModuleNotFoundError No module named 'nothere'\n");
  await close();
});

test("the fetching half of the runtime loads with a run's first import, not at start", async () => {
  const { page, close } = await openPage();
  A.clearLog();
  await spawn(page);
  const hello = await run(page, "import sys\nprint('hello', sys.platform != '')", APP);
  assert.equal(hello.out, "hello True\n", hello.message);
  const resolution = ["/runtime/src/fetch.js", "/runtime/src/prefetch.js", "/runtime/src/defaults.js", "/runtime/std/index.js"];
  for (const p of resolution) assert.equal(A.count(p), 0, `${p} is not needed by a program that imports nothing to fetch`);
  // The worker is one file (worker.bundle.js): its modules are not fetched one by one.
  assert.equal(A.count("/runtime/worker/worker.bundle.js"), 1);
  for (const p of ["/runtime/worker/worker.js", "/runtime/worker/engine.js", "/runtime/src/env.js", "/runtime/src/native.js"]) assert.equal(A.count(p), 0, p);
  const r = await run(page, "import helper\nprint(helper.twice(4))", APP);
  assert.equal(r.out, "8\n", r.message);
  for (const p of resolution) assert.equal(A.count(p), 1, `${p} loads once a program imports a module`);
  await close();
});

test("packages.json: .wasm and package folders by bare name, lazily; a 404'd manifest is remembered", async () => {
  const { page, close } = await openPage();
  await spawn(page);
  A.clearLog();
  const r = await run(page, "from guest import add, greet\nimport lib\nprint(add(2, 3), greet('py'), lib.VALUE)", APP);
  assert.equal(r.ok, true, r.message);
  assert.equal(r.out, "5 hello, py! lib-inner\n");
  assert.equal(A.count("/build/guest.wasm"), 1);
  for (const p of ["/fixtures/app/never.py", "/fixtures/app/host/counter.js", "/fixtures/app/host/never.js"]) {
    assert.equal(A.count(p), 0, `${p} is declared but unused`);
  }
  // No packages.json beside this entry: asked for once, then remembered.
  A.clearLog();
  for (let i = 0; i < 2; i++) {
    const s = await run(page, "import helper2", { entryDir: "/fixtures/nomanifest/" });
    assert.equal(s.pyType, "ModuleNotFoundError");
  }
  assert.equal(A.count("/fixtures/nomanifest/packages.json"), 1);
  assert.equal(A.count("/fixtures/nomanifest/helper2.py"), 1);
  await close();
});

test("imports option: relative and absolute URLs, .py and .wasm; it overrides packages.json", async () => {
  const { page, close } = await openPage();
  A.set("/virtual/lib/helper.py", "def twice(x):\n    return 'virtual'\n");
  await spawn(page, { imports: { helper: "/virtual/lib/helper.py", g: `${A.origin}/build/guest.wasm`, rel: "../fixtures/app/pkg/" } });
  const r = await run(page, "import helper, g, rel\nprint(helper.twice(1), g.add(1, 1), rel.NAME)", APP);
  assert.equal(r.ok, true, r.message);
  assert.equal(r.out, "virtual 2 sub\n");
  A.unset("/virtual/lib/helper.py");
  await close();
});

test("bad specs abort the run before it starts, with errors that say what to fix", async () => {
  const { page, close } = await openPage();
  A.set("/bad/page.wasm", "<!DOCTYPE html><html><body>app shell</body></html>", { type: "text/html" });
  A.set("/bad/junk.wasm", Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff, 0xff]));
  A.set("/bad/text.wasm", "hello");
  await spawn(page, {
    imports: {
      ftp: "ftp://example.com/m.py",
      html: "/bad/page.wasm",
      junk: "/bad/junk.wasm",
      text: "/bad/text.wasm",
      gone: "/bad/gone.py",
      insecure: "http://127.0.0.1:1/m.py",
      schemeless: "cdn.example.com/lib/m.py",
      odd: "/bad/thing.txt",
    },
  });
  const expect = {
    ftp: /module 'ftp' .*unsupported scheme ftp: .*use an https:\/\/ URL/,
    html: /module 'html' .*was served as HTML .*not WebAssembly/,
    junk: /module 'junk' .*malformed WebAssembly binary/,
    text: /module 'text' .*is not a WebAssembly binary \(it starts with 68 65 6c 6c/,
    gone: /module 'gone' .*bad\/gone\.py was not found \(HTTP 404\)/,
    insecure: /module 'insecure' .*cannot fetch .*did you mean https:\/\/127\.0\.0\.1:1\/m\.py\?/,
    schemeless: /module 'schemeless' .*did you mean https:\/\/cdn\.example\.com\/lib\/m\.py\?/,
    odd: /module 'odd' .*a module spec ends with \.py, \.wasm, or \//,
  };
  for (const [name, re] of Object.entries(expect)) {
    const r = await run(page, `print('started')\nimport ${name}`, APP);
    assert.equal(r.ok, false, name);
    assert.match(r.message, re);
    assert.doesNotMatch(r.message, /Traceback/, "aborted before the run");
  }
  assert.deepEqual(await page.evaluate(() => window.lines), [], "nothing ran");
  // A broken packages.json is reported as such (only when a bare name needs it).
  A.set("/broken/packages.json", "{ imports: nope }");
  const broken = await run(page, "import math\nprint('math only')", { entryDir: "/broken/" });
  assert.equal(broken.out, "math only\n");
  const bj = await run(page, "import helper", { entryDir: "/broken/" });
  assert.match(bj.message, /^packages\.json at http:\/\/127\.0\.0\.1:\d+\/broken\/packages\.json is not valid JSON/);
  A.unset("/broken/packages.json");
  // An unused bad spec is harmless.
  assert.equal((await run(page, "print('fine')", APP)).out, "fine\n");
  for (const p of ["/bad/page.wasm", "/bad/junk.wasm", "/bad/text.wasm"]) A.unset(p);
  await close();
});

test("defaults: std json resolves to ../std/json.wasm only when imported; defaults:false opts out", async () => {
  const { page, close } = await openPage();
  A.set("/runtime/std/json.wasm", GUEST);
  await spawn(page, { packages: false });
  A.clearLog();
  assert.equal((await run(page, "print('no imports')", APP)).out, "no imports\n");
  assert.deepEqual(A.log, [], "an unused default is never fetched");
  const r = await run(page, "import json\nprint(json.add(20, 22))", APP);
  assert.equal(r.out, "42\n", r.message);
  assert.equal(A.count("/runtime/std/json.wasm"), 1);
  await inPage(page, () => window.w.dispose());
  await spawn(page, { packages: false, defaults: false });
  A.clearLog();
  const off = await run(page, "import json", APP);
  assert.equal(off.pyType, "ModuleNotFoundError");
  assert.equal(A.count("/runtime/std/json.wasm"), 0);
  A.unset("/runtime/std/json.wasm");
  await close();
});

test("std library in the browser: json/re (.wasm + shims) and the .py std print what CPython prints, loaded lazily", async () => {
  // The same program and CPython 3.13 output the native corpus checks (tests/corpus/stdlib).
  const corpus = new URL("../../../tests/corpus/stdlib/", import.meta.url);
  const source = readFileSync(new URL("std_tour.py", corpus), "utf8");
  const expected = readFileSync(new URL("std_tour.expected", corpus), "utf8");
  const { page, close } = await openPage();
  await spawn(page, { packages: false });
  A.clearLog();
  const r = await run(page, source, APP);
  assert.equal(r.ok, true, r.message);
  assert.equal(r.out, expected);
  assert.equal(A.count("/runtime/std/json.wasm"), 1, "json.wasm fetched once");
  assert.equal(A.count("/runtime/std/re.wasm"), 1, "re.wasm fetched once");
  assert.equal(A.count("/runtime/std/dataclasses.py"), 1);
  assert.equal(A.count("/runtime/std/fractions.py"), 1);
  const again = await run(page, "import json, re\nprint(json.dumps(re.findall(r'\\d+', 'a1b22')))", APP);
  assert.equal(again.out, '["1", "22"]\n', again.message);
  assert.equal(A.count("/runtime/std/json.wasm"), 1, "cached across runs");
  await close();
});

// ---- 3. integrity -------------------------------------------------------------------------

test("integrity: a second page load runs from the IndexedDB cache without refetching", async () => {
  const context = await browser.newContext();
  A.set("/pinned/mod.py", "VALUE = 'v1'\n");
  const opts = { imports: { mod: "/pinned/mod.py" }, packages: false };
  const first = await openPage("/fixtures/blank.html", { context });
  assert.equal((await spawn(first.page, opts)).integrityActive, true);
  A.clearLog();
  assert.equal((await run(first.page, "import mod\nprint(mod.VALUE)")).out, "v1\n");
  assert.equal(A.count("/pinned/mod.py"), 1);
  await first.close();

  A.clearLog();
  A.set("/pinned/mod.py", "VALUE = 'v2'\n"); // the server changes; the pin holds
  const second = await openPage("/fixtures/blank.html", { context });
  await spawn(second.page, opts);
  assert.equal((await run(second.page, "import mod\nprint(mod.VALUE)")).out, "v1\n");
  assert.equal(A.count("/pinned/mod.py"), 0, "served from the cache");

  // clearCache(): the next run fetches again and pins the new bytes.
  await inPage(second.page, () => window.w.clearCache());
  assert.equal((await run(second.page, "import mod\nprint(mod.VALUE)")).out, "v2\n");
  assert.equal(A.count("/pinned/mod.py"), 1);
  await second.close();
  await context.close();
  A.unset("/pinned/mod.py");
});

test("integrity: createWorker's probe neither fetches idb.js nor creates the database; the first fetching run does", async () => {
  const { page, close } = await openPage();
  A.clearLog();
  A.set("/pinned/probe.py", "VALUE = 'p'\n");
  const databases = () => inPage(page, async () => (await indexedDB.databases()).map((d) => `${d.name} v${d.version}`));
  assert.equal((await spawn(page, { imports: { probe: "/pinned/probe.py" }, packages: false })).integrityActive, true);
  assert.equal((await run(page, "print('nothing to fetch')")).out, "nothing to fetch\n");
  assert.equal(A.count("/runtime/src/cache/idb.js"), 0, "the page's probe is inline");
  assert.deepEqual(await databases(), []);
  assert.equal((await run(page, "import probe\nprint(probe.VALUE)")).out, "p\n");
  assert.deepEqual(await databases(), ["edge-python v1"]);
  const stores = await inPage(page, () => new Promise((resolve) => {
    const open = indexedDB.open("edge-python");
    open.onsuccess = () => (resolve([...open.result.objectStoreNames]), open.result.close());
  }));
  assert.deepEqual(stores, ["blobs", "lock", "meta"]);
  await close();
  A.unset("/pinned/probe.py");
});

test("integrity: changed bytes for a pinned spec are refused, naming the spec and both hashes", async () => {
  const context = await browser.newContext();
  A.set("/pinned/a.py", "A = 1\n");
  const opts = { imports: { a: "/pinned/a.py" }, packages: false };
  const p1 = await openPage("/fixtures/blank.html", { context });
  await spawn(p1.page, opts);
  assert.equal((await run(p1.page, "import a\nprint(a.A)")).out, "1\n");
  // The browser evicts the blob store (storage pressure), the lockfile entry survives, and the
  // server now sends other bytes.
  await inPage(p1.page, () => new Promise((resolve, reject) => {
    const open = indexedDB.open("edge-python");
    open.onsuccess = () => {
      const tx = open.result.transaction("blobs", "readwrite");
      tx.objectStore("blobs").clear();
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  }));
  await p1.close();
  A.set("/pinned/a.py", "A = 2\n");
  const p2 = await openPage("/fixtures/blank.html", { context });
  await spawn(p2.page, opts);
  const r = await run(p2.page, "import a\nprint(a.A)");
  assert.equal(r.ok, false);
  const hash = (s) => require_sha256(s);
  assert.match(r.message, /integrity check failed for module 'a' .*\/pinned\/a\.py/);
  assert.ok(r.message.includes(`sha256:${hash("A = 1\n")}`), r.message);
  assert.ok(r.message.includes(`sha256:${hash("A = 2\n")}`), r.message);
  // A new `version` invalidates the cache: the new bytes are accepted and pinned.
  await inPage(p2.page, () => window.w.dispose());
  await spawn(p2.page, { ...opts, version: "deploy-2" });
  assert.equal((await run(p2.page, "import a\nprint(a.A)")).out, "2\n");
  await p2.close();
  await context.close();
  A.unset("/pinned/a.py");
});

const require_sha256 = (s) => createHash("sha256").update(s).digest("hex");

test("integrity: without IndexedDB (opaque origin) falls back to memory with one console.warn", async () => {
  A.set("/sandboxed.html", '<!DOCTYPE html><html><body><div id="app"></div></body></html>', {
    type: "text/html",
    headers: { "content-security-policy": "sandbox allow-scripts" },
  });
  const { page, consoleLines, close } = await openPage("/sandboxed.html");
  const info = await spawn(page, {}, `${A.origin}/runtime/src/index.js`);
  assert.equal(info.integrityActive, false);
  const warns = consoleLines.filter((l) => l.startsWith("warning:") && l.includes("edge-python"));
  assert.equal(warns.length, 1, consoleLines.join("\n"));
  assert.match(warns[0], /IndexedDB cache unavailable/);
  const r = await run(page, "import helper\nprint(helper.twice(3))", { entryDir: `${A.origin}/fixtures/app/` });
  assert.equal(r.out, "6\n", r.message);
  await close();
  A.unset("/sandboxed.html");
});

// ---- reset / clearCache without integrity ----------------------------------------------------

test("reset() forgets loaded modules (refetched next run); clearCache() too; both keep the worker", async () => {
  const { page, close } = await openPage();
  await spawn(page, { integrity: false });
  A.clearLog();
  await run(page, "import helper", APP);
  await run(page, "import helper", APP);
  assert.equal(A.count("/fixtures/app/helper.py"), 1);
  await inPage(page, () => window.w.reset());
  await run(page, "import helper", APP);
  assert.equal(A.count("/fixtures/app/helper.py"), 2);
  await inPage(page, () => window.w.clearCache());
  const r = await run(page, "import helper\nprint(helper.twice(2))", APP);
  assert.equal(r.out, "4\n");
  assert.equal(A.count("/fixtures/app/helper.py"), 3);
  await close();
});

// ---- 6. loaders ---------------------------------------------------------------------------

/** A minimal wasm module exporting one function `my_marker_export` (no imports). */
const MARKER_WASM = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type: () -> ()
  0x03, 0x02, 0x01, 0x00, // func 0: type 0
  0x07, 0x14, 0x01, 0x10, ...Buffer.from("my_marker_export"), 0x00, 0x00, // export
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // code: empty body
]);

test("loaders: custom loaders from URLs are tried first, with ctx; Path A stays the fallback", async () => {
  const { page, close } = await openPage();
  A.set("/virtual/marker.wasm", MARKER_WASM);
  await spawn(page, {
    loaders: ["/fixtures/loaders/marker.js"],
    imports: { marked: "/virtual/marker.wasm", guest: "/build/guest.wasm" },
    packages: false,
  });
  const r = await run(page, "import marked, guest\nprint(marked.describe('x'), marked.loaders(), guest.add(1, 2))");
  assert.equal(r.ok, true, r.message);
  assert.match(r.out, /^marker:x:[12] 1 3\n$/);
  await inPage(page, () => window.w.dispose());
  const bad = await inPage(page, async () => {
    const { createWorker } = await import("/runtime/src/index.js");
    try {
      await createWorker({ loaders: ["/fixtures/app/host/counter.js"] });
      return "created";
    } catch (e) {
      return e.message;
    }
  });
  assert.match(bad, /loader .*counter\.js: the default export must be an object with match\(module\) and load\(module, ctx\)/);
  A.unset("/virtual/marker.wasm");
  await close();
});

// ---- 5. <edge-python> ---------------------------------------------------------------------

test("<edge-python>: reads packages.json, runs entry, fires ready, exposes worker/run/onOutput; host libs stay lazy", async () => {
  A.clearLog();
  // packages.json answers late, so "asked for side by side" below does not depend on how fast
  // this machine serves localhost (a busy one finished the manifest before the page had
  // started the other requests).
  const manifest = "/fixtures/app/packages.json";
  A.set(manifest, readFileSync(new URL(`.${manifest}`, import.meta.url)), { delayMs: 400 });
  let opened;
  try {
    opened = await openPage("/fixtures/element.html");
    await opened.page.waitForFunction(() => window.readyDetail !== undefined, null, { timeout: 20_000 });
  } finally {
    A.unset(manifest);
  }
  const { page, consoleLines, close } = opened;
  const detail = await page.evaluate(() => window.readyDetail);
  assert.equal(detail.out, "element 10\n");
  assert.ok(consoleLines.includes("log: element 10"), "entry output goes to the console before onOutput is set");
  assert.equal(A.count("/fixtures/app/packages.json"), 1, "the element reads packages.json once; the worker is not sent looking for another");
  // packages.json, the entry and compiler_lib.wasm are asked for side by side, not one after another.
  const timing = await page.evaluate(() => {
    const entry = (p) => performance.getEntriesByType("resource").find((r) => r.name.endsWith(p));
    return {
      manifestEnd: entry("/fixtures/app/packages.json").responseEnd,
      entryStart: entry("/fixtures/app/element_main.py").startTime,
      wasmStart: entry("/runtime/compiler_lib.wasm").startTime,
    };
  });
  assert.ok(timing.entryStart < timing.manifestEnd && timing.wasmStart < timing.manifestEnd, JSON.stringify(timing));
  for (const p of ["/fixtures/app/host/counter.js", "/fixtures/app/host/never.js", "/fixtures/app/never.py", "/build/guest.wasm"]) {
    assert.equal(A.count(p), 0, `${p} declared but not imported`);
  }
  const r = await page.evaluate(async () => {
    const el = document.querySelector("edge-python");
    const lines = [];
    el.onOutput((l) => lines.push(l));
    const res = await el.run("from guest import add\nprint(1 + 1, add(40, 2))");
    return { lines, out: res.out, hasWorker: typeof el.worker?.run === "function", integrity: el.worker.integrityActive };
  });
  assert.deepEqual(r, { lines: ["2 42"], out: "2 42\n", hasWorker: true, integrity: true });
  assert.equal(A.count("/build/guest.wasm"), 1, "imports from packages.json resolve against the manifest URL");
  await close();
});

test("<edge-python>: an entry that cannot be fetched fires error, then ready with the error; the worker stays usable", async () => {
  A.set("/missing-entry.html", `<!DOCTYPE html><html><head><meta charset="UTF-8">
<script>
  window.events = [];
  for (const type of ["error", "ready"]) document.addEventListener(type, (e) => window.events.push([type, String(e.detail?.message ?? e.detail?.error?.message)]), true);
</script>
<script type="module" src="/runtime/src/element.js"></script></head>
<body><edge-python entry="./no/such/entry.py"></edge-python></body></html>`, { type: "text/html" });
  const { page, close } = await openPage("/missing-entry.html");
  await page.waitForFunction(() => window.events.some(([type]) => type === "ready"), null, { timeout: 20_000 });
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(events.map(([type]) => type), ["error", "ready"]);
  for (const [, message] of events) assert.match(message, /<edge-python entry>: .*\/no\/such\/entry\.py answered HTTP 404/);
  const out = await page.evaluate(async () => (await document.querySelector("edge-python").run("print('still here')")).out);
  assert.equal(out, "still here\n");
  await close();
  A.unset("/missing-entry.html");
});

test("<edge-python>: a packages.json that cannot be fetched fires error and fails run(); no ready", async () => {
  A.set("/missing-manifest.html", `<!DOCTYPE html><html><head><meta charset="UTF-8">
<script>
  window.events = [];
  for (const type of ["error", "ready"]) document.addEventListener(type, (e) => window.events.push([type, String(e.detail?.message)]), true);
</script>
<script type="module" src="/runtime/src/element.js"></script></head>
<body><edge-python packages="./no/such/packages.json"></edge-python></body></html>`, { type: "text/html" });
  const { page, consoleLines, close } = await openPage("/missing-manifest.html");
  await page.waitForFunction(() => window.events.length > 0, null, { timeout: 20_000 });
  const message = await page.evaluate(() => document.querySelector("edge-python").run("print(1)").then(() => "resolved", (e) => e.message));
  assert.match(message, /^<edge-python packages>: .*\/no\/such\/packages\.json answered HTTP 404$/);
  assert.deepEqual(await page.evaluate(() => window.events), [["error", message]]);
  const errors = consoleLines.filter((l) => /^(page)?error:/.test(l) && !l.includes("404 (Not Found)"));
  assert.equal(errors.length, 1, `the element's own report only:\n${errors.join("\n")}`);
  await close();
  A.unset("/missing-manifest.html");
});

test("element.js?setElement=false skips registration; defineElement(tag) needs a hyphen", async () => {
  const { page, close } = await openPage();
  const r = await page.evaluate(async () => {
    const { defineElement } = await import("/runtime/src/element.js?setElement=false");
    const before = customElements.get("edge-python") === undefined;
    const errors = [];
    for (const tag of ["edgepython", "Edge-Python", ""]) {
      try {
        defineElement(tag);
        errors.push("accepted");
      } catch (e) {
        errors.push(e.message);
      }
    }
    const cls = defineElement("edge-py");
    const same = defineElement("edge-py") === cls;
    const el = document.createElement("edge-py");
    document.body.append(el);
    const out = (await el.run("print('custom tag')")).out;
    return { before, errors, defined: customElements.get("edge-py") === cls, same, out };
  });
  assert.equal(r.before, true);
  for (const m of r.errors) assert.match(m, /must be lowercase, start with a letter and contain a hyphen/);
  assert.deepEqual([r.defined, r.same, r.out], [true, true, "custom tag\n"]);
  await close();
});

// ---- the playground ---------------------------------------------------------------------------

test("demo playground: Run prints the program's output; errors show the traceback", async () => {
  const { page, close } = await openPage("/runtime/demo/");
  await page.waitForSelector("#run:not([disabled])", { timeout: 20_000 });
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#status").textContent.startsWith("ran in"));
  assert.equal(await page.textContent("#out"), "hello, world!\n285\n");
  await page.selectOption("#example", "import");
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#status").textContent.startsWith("ran in"));
  assert.equal(await page.textContent("#out"), "832040\n");
  await page.selectOption("#example", "error");
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#status").textContent === "error");
  assert.match(await page.textContent("#out"), /Traceback[\s\S]*KeyError: 'missing'\n$/);
  await close();
});

// ---- 4. main-thread modules -----------------------------------------------------------------

test("hostModules: import()ed on the main thread only when a run imports the name, once", async () => {
  const { page, close } = await openPage();
  await spawn(page, { hostModules: { counter: "/fixtures/app/host/counter.js", never: "/fixtures/app/host/never.js" }, packages: false });
  A.clearLog();
  await run(page, "print('no host import')");
  assert.equal(A.count("/fixtures/app/host/counter.js"), 0);
  const r = await run(page, "import counter\nprint(sorted(n for n in dir(counter) if not n.startswith('_')))");
  assert.equal(r.out, "['bump', 'later', 'query', 'set_text']\n", r.message);
  await run(page, "import counter");
  assert.equal(A.count("/fixtures/app/host/counter.js"), 1);
  assert.equal(A.count("/fixtures/app/host/never.js"), 0);
  const bad = await inPage(page, async () => {
    const { createWorker } = await import("/runtime/src/index.js");
    const w = await createWorker({ hostModules: { nope: "/fixtures/app/host/counter.js", gone: "/fixtures/missing.js" }, packages: false });
    const out = [];
    for (const name of ["nope", "gone"]) {
      try {
        await w.run(`import ${name}`);
        out.push("ran");
      } catch (e) {
        out.push(e.message);
      }
    }
    w.dispose();
    return out;
  });
  assert.match(bad[0], /host module 'nope' .*counter\.js\) exports neither 'nope' nor a default handler factory/);
  assert.match(bad[1], /host module 'gone': cannot import .*missing\.js/);
  await close();
});


// The storage host library in headless Chromium: local and session areas, change events from
// another tab, and a page where storage is unavailable.

import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";

import { openBrowser, openFixture } from "./browser.mjs";

let env;
let fx;
before(async () => {
  env = await openBrowser();
  fx = await openFixture(env);
});
after(async () => {
  assert.deepEqual(fx.pageErrors, []);
  await env.close();
});
beforeEach(async () => {
  await fx.reset();
  await fx.page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
});

const st = (fn, ...args) => fx.call("storage", fn, ...args);
const fails = (fn, ...args) => fx.fails("storage", fn, ...args);

for (const area of ["local", "session"]) {
  const js = area === "local" ? "localStorage" : "sessionStorage";

  test(`${area}: set, get, keys, remove, clear`, async () => {
    assert.equal(await st(`${area}_get`, "theme"), null);
    assert.equal(await st(`${area}_get`, "theme", "light"), "light");
    await st(`${area}_set`, "theme", "dark");
    await st(`${area}_set`, "name", "Ada ✓");
    assert.equal(await fx.page.evaluate((s) => window[s].getItem("theme"), js), "dark");
    assert.equal(await st(`${area}_get`, "theme", "light"), "dark");
    assert.equal(await st(`${area}_get`, "name"), "Ada ✓");
    assert.deepEqual((await st(`${area}_keys`)).sort(), ["name", "theme"]);
    assert.equal(await st(`${area}_remove`, "theme"), true);
    assert.equal(await st(`${area}_remove`, "theme"), false);
    assert.deepEqual(await st(`${area}_keys`), ["name"]);
    await st(`${area}_clear`);
    assert.deepEqual(await st(`${area}_keys`), []);
  });

  test(`${area}: values must be str`, async () => {
    let e = await fails(`${area}_set`, "n", 5);
    assert.equal(e.pyType, "TypeError");
    assert.equal(e.message, `storage.${area}_set: argument 'value' must be str, not int`);
    e = await fails(`${area}_set`, "n", null);
    assert.equal(e.message, `storage.${area}_set: argument 'value' must be str, not NoneType`);
    e = await fails(`${area}_get`, 1);
    assert.equal(e.message, `storage.${area}_get: argument 'key' must be str, not int`);
    assert.deepEqual(await st(`${area}_keys`), []);
  });
}

test("the two areas are separate", async () => {
  await st("local_set", "k", "L");
  await st("session_set", "k", "S");
  assert.equal(await st("local_get", "k"), "L");
  assert.equal(await st("session_get", "k"), "S");
  await st("session_clear");
  assert.equal(await st("local_get", "k"), "L");
});

test("a full quota is an OSError", async () => {
  const big = "x".repeat(6 * 1024 * 1024);
  const e = await fails("local_set", "big", big);
  assert.equal(e.pyType, "OSError");
  assert.match(e.message, /^storage\.local_set: .*quota/i);
  assert.equal(await st("local_get", "big"), null);
});

test("watch reports changes made by another tab, until unwatch", async () => {
  const id = await st("watch", "changed");
  const other = await env.context.newPage();
  await other.goto(`${env.origin}/tests/host/fixture.html`);
  await other.evaluate(() => localStorage.setItem("color", "green"));
  await fx.page.waitForFunction(() => window.events.length > 0);
  const [ev] = await fx.jsonEvents();
  assert.deepEqual(ev, { msg: "changed", area: "local", key: "color", old: null, new: "green", url: `${env.origin}/tests/host/fixture.html` });
  await st("unwatch", id);
  await other.evaluate(() => localStorage.setItem("color", "blue"));
  await new Promise((r) => setTimeout(r, 150));
  assert.equal((await fx.events()).length, 1);
  assert.equal(await st("local_get", "color"), "blue");
  const e = await fails("unwatch", id);
  assert.equal(e.pyType, "ValueError");
  assert.equal(e.message, `storage.unwatch: no watcher with id ${id}`);
  await other.close();
});

test("where storage is unavailable (sandboxed frame), every call is a clear OSError", async () => {
  // An opaque-origin frame: reading window.localStorage throws SecurityError there.
  const result = await fx.page.evaluate(async (origin) => {
    const frame = document.createElement("iframe");
    frame.sandbox = "allow-scripts";
    frame.srcdoc = `<script type="module">
      const { storage } = await import("${origin}/host/storage.js");
      const lib = storage({ pushEvent() {} });
      const out = [];
      for (const [fn, args] of [["local_get", ["k"]], ["session_set", ["k", "v"]], ["local_keys", []]]) {
        try { out.push({ value: lib[fn](...args) }); } catch (e) { out.push({ pyType: e.pyType, message: e.message }); }
      }
      parent.postMessage(out, "*");
    <\/script>`;
    const answer = new Promise((resolve) => window.addEventListener("message", (e) => resolve(e.data), { once: true }));
    document.body.append(frame);
    const out = await answer;
    frame.remove();
    return out;
  }, env.origin);
  assert.equal(result.length, 3);
  for (const r of result) assert.equal(r.pyType, "OSError", JSON.stringify(r));
  assert.match(result[0].message, /^storage\.local_get: localStorage is unavailable on this page \(SecurityError: /);
  assert.match(result[1].message, /^storage\.session_set: sessionStorage is unavailable on this page \(SecurityError: /);
  assert.match(result[2].message, /^storage\.local_keys: localStorage is unavailable/);
});

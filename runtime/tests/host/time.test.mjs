// The time host library in headless Chromium: clocks, dates, time zones and timers.

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
beforeEach(() => fx.reset());

const time = (fn, ...args) => fx.call("time", fn, ...args);
const fails = (fn, ...args) => fx.fails("time", fn, ...args);

test("now is epoch seconds with sub-second precision, monotonic_ms grows", async () => {
  const before = Date.now() / 1000;
  const now = await time("now");
  const after = Date.now() / 1000;
  assert.ok(now >= before - 0.05 && now <= after + 0.05, `${before} <= ${now} <= ${after}`);
  assert.ok(!Number.isInteger(now * 10), "not rounded to whole seconds");
  const m1 = await time("monotonic_ms");
  await new Promise((r) => setTimeout(r, 30));
  const m2 = await time("monotonic_ms");
  assert.ok(m2 - m1 >= 25, `monotonic advanced ${m2 - m1} ms`);
});

test("iso formats epoch seconds in UTC; out of range is a ValueError", async () => {
  assert.equal(await time("iso", 0), "1970-01-01T00:00:00.000Z");
  assert.equal(await time("iso", 1700000000.5), "2023-11-14T22:13:20.500Z");
  assert.match(await time("iso"), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const e = await fails("iso", 1e20);
  assert.equal(e.pyType, "ValueError");
  assert.equal(e.message, "time.iso: timestamp 100000000000000000000 is out of range");
  assert.equal((await fails("iso", "2020")).message, "time.iso: argument 'ts' must be int or float or None, not str");
});

test("format_date, timezone_name and utc_offset_minutes follow the page's zone and locale", async () => {
  const fx2 = await openFixture(env, { timezoneId: "Asia/Tokyo", locale: "de-DE" });
  const t = (fn, ...args) => fx2.call("time", fn, ...args);
  assert.equal(await t("timezone_name"), "Asia/Tokyo");
  assert.equal(await t("utc_offset_minutes", 0), 540);
  assert.equal(await t("format_date", 0, null, { date_style: "long", time_style: "short" }), "1. Januar 1970 um 09:00");
  assert.equal(await t("format_date", 0, "en-US", { dateStyle: "medium", timeZone: "UTC" }), "Jan 1, 1970");
  assert.equal(await t("format_date", 86400 * 2, "en-GB", { weekday: "long", time_zone: "UTC" }), "Saturday");
  const e = await fx2.fails("time", "format_date", 0, "en-US", { date_style: "huge" });
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /^time\.format_date: .*huge/);
  assert.equal((await fx2.fails("time", "format_date", 0, "not a locale!")).pyType, "ValueError");
  const ny = await openFixture(env, { timezoneId: "America/New_York" });
  assert.equal(await ny.call("time", "utc_offset_minutes", 1719835200), -240, "summer: EDT");
  assert.equal(await ny.call("time", "utc_offset_minutes", 1704110400), -300, "winter: EST");
  await fx2.page.context().close();
  await ny.page.context().close();
});

test("set_timeout delivers its message once, after the delay", async () => {
  const t0 = await time("monotonic_ms");
  const id = await time("set_timeout", 50, "done");
  assert.deepEqual(await time("active_timers"), [id]);
  await fx.page.waitForFunction(() => window.events.length > 0);
  const t1 = await time("monotonic_ms");
  assert.ok(t1 - t0 >= 45, `fired after ${t1 - t0} ms`);
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(await fx.events(), ["done"]);
  assert.deepEqual(await time("active_timers"), []);
  assert.equal(await time("clear_timer", id), false, "already fired");
});

test("set_interval ticks until cleared", async () => {
  const id = await time("set_interval", 20, "tick");
  await fx.page.waitForFunction(() => window.events.length >= 3);
  assert.equal(await time("clear_timer", id), true);
  const n = (await fx.events()).length;
  await new Promise((r) => setTimeout(r, 100));
  const evs = await fx.events();
  assert.equal(evs.length, n, "no tick after clear_timer");
  assert.ok(evs.every((e) => e === "tick"));
});

test("clear_timer cancels a pending timeout; request_frame fires once", async () => {
  const id = await time("set_timeout", 30, "never");
  assert.equal(await time("clear_timer", id), true);
  const f = await time("request_frame", "frame");
  assert.notEqual(f, id);
  await fx.page.waitForFunction(() => window.events.length > 0);
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(await fx.events(), ["frame"]);
});

test("timer arguments are checked", async () => {
  let e = await fails("set_timeout", -1, "x");
  assert.equal(e.pyType, "ValueError");
  assert.equal(e.message, "time.set_timeout: ms must be >= 0, got -1");
  e = await fails("set_interval", 10);
  assert.equal(e.message, "time.set_interval: missing argument 'msg'");
  e = await fails("set_interval", "10", "x");
  assert.equal(e.message, "time.set_interval: argument 'ms' must be int or float, not str");
  e = await fails("set_timeout", 10, { a: 1 });
  assert.equal(e.message, "time.set_timeout: argument 'msg' must be str, not dict");
  e = await fails("clear_timer", null);
  assert.equal(e.pyType, "TypeError");
  assert.deepEqual(await time("active_timers"), [], "a rejected call starts no timer");
});

test("dispose stops every timer", async () => {
  await time("set_interval", 10, "a");
  await time("set_timeout", 10, "b");
  await time("request_frame", "c");
  // Whatever fired before dispose is forgotten; nothing may fire after it.
  await fx.page.evaluate(async () => {
    (await window.hostLib("time"))[Symbol.for("edge-python.dispose")]();
    window.events = [];
  });
  assert.deepEqual(await time("active_timers"), []);
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(await fx.events(), []);
});

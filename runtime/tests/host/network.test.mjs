// The network host library in headless Chromium, against the local server's /api/ endpoints
// and WebSocket echo (server.mjs).

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

const net = (fn, ...args) => fx.call("network", fn, ...args);
const fails = (fn, ...args) => fx.fails("network", fn, ...args);
/** Waits until pushEvent recorded `n` events; returns them parsed. */
const eventsUntil = async (n) => {
  await fx.page.waitForFunction((k) => window.events.length >= k, n, { timeout: 5000 });
  return fx.jsonEvents();
};

test("fetch_text: GET a relative URL, status, headers, final url", async () => {
  const r = await net("fetch_text", "/api/text");
  assert.equal(r.status, 200);
  assert.equal(r.ok, true);
  assert.equal(r.status_text, "OK");
  assert.equal(r.body, "héllo\nwörld");
  assert.equal(r.url, `${env.origin}/api/text`);
  assert.equal(r.headers["content-type"], "text/plain; charset=utf-8");
});

test("method, headers and str body reach the server", async () => {
  const r = await net("fetch_json", "/api/echo?q=1", { method: "put", headers: { "X-Token": "abc", "Content-Type": "text/plain" }, body: "payload ✓" });
  assert.equal(r.body.method, "PUT");
  assert.equal(r.body.headers["x-token"], "abc");
  assert.equal(r.body.body, "payload ✓");
  assert.equal(r.body.query, "?q=1");
  assert.equal(r.headers["x-echo"], "yes");
});

test("json option sends JSON with a content type; a body implies POST", async () => {
  const r = await net("fetch_json", "/api/echo", { json: { a: [1, 2.5, null, true], b: "x" } });
  assert.equal(r.body.method, "POST");
  assert.equal(r.body.headers["content-type"], "application/json");
  assert.deepEqual(JSON.parse(r.body.body), { a: [1, 2.5, null, true], b: "x" });
  const bytes = await fx.page.evaluate(async () => {
    const lib = await window.hostLib("network");
    const res = await lib.fetch_json("/api/echo", { body: new Uint8Array([104, 105]) });
    return res.body.body;
  });
  assert.equal(bytes, "hi");
});

test("fetch_json parses; not-JSON is a ValueError with the URL; empty is None", async () => {
  const r = await net("fetch_json", "/api/json");
  assert.deepEqual(r.body, { name: "edge", list: [1, 2.5, "x", null, true], nested: { a: {} } });
  const e = await fails("fetch_json", "/api/badjson");
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, new RegExp(`^network\\.fetch_json: GET ${env.origin}/api/badjson answered 200 with a body that is not JSON \\(.*\\): "\\{not json"$`));
  const empty = await net("fetch_json", "/api/status/204");
  assert.equal(empty.status, 204);
  assert.equal(empty.body, null);
});

test("fetch_bytes returns the raw bytes", async () => {
  const r = await fx.page.evaluate(async () => {
    const res = await (await window.hostLib("network")).fetch_bytes("/api/bytes");
    return { isBytes: res.body instanceof Uint8Array, body: [...res.body], type: res.headers["content-type"] };
  });
  assert.deepEqual(r, { isBytes: true, body: [0, 1, 2, 254, 255], type: "application/octet-stream" });
});

test("HTTP errors are answers, unless check is set", async () => {
  const r = await net("fetch_text", "/api/status/404");
  assert.equal(r.status, 404);
  assert.equal(r.ok, false);
  assert.equal(r.body, "status 404");
  const e = await fails("fetch_text", "/api/status/503", { check: true });
  assert.equal(e.pyType, "OSError");
  assert.equal(e.message, `network.fetch_text: GET ${env.origin}/api/status/503 returned 503 Service Unavailable`);
});

test("a refused connection is an OSError naming method and URL", async () => {
  const e = await fails("fetch_text", "http://127.0.0.1:1/x");
  assert.equal(e.pyType, "OSError");
  assert.match(e.message, /^network\.fetch_text: GET http:\/\/127\.0\.0\.1:1\/x failed: Failed to fetch \(network error/);
});

test("timeout aborts with a TimeoutError", async () => {
  const t0 = Date.now();
  const e = await fails("fetch_text", "/api/slow?ms=3000", { timeout: 150 });
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(e.pyType, "TimeoutError");
  assert.equal(e.message, `network.fetch_text: GET ${env.origin}/api/slow?ms=3000 timed out after 150 ms`);
});

test("bad options are clear errors before anything is sent", async () => {
  let e = await fails("fetch_text", "/api/echo", { metod: "POST" });
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /^network\.fetch_text: unknown option 'metod' \(known: method, headers/);
  e = await fails("fetch_text", "/api/echo", { method: "GET", body: "x" });
  assert.equal(e.message, "network.fetch_text: a GET request cannot have a body");
  e = await fails("fetch_text", "/api/echo", { body: "x", json: 1 });
  assert.equal(e.message, "network.fetch_text: give either option 'body' or 'json', not both");
  e = await fails("fetch_text", "/api/echo", { body: 5 });
  assert.equal(e.message, "network.fetch_text: option 'body' must be str or bytes, not int");
  e = await fails("fetch_text", "/api/echo", { headers: { "X-N": 1 } });
  assert.equal(e.message, "network.fetch_text: header 'X-N' must be str, not int");
  e = await fails("fetch_text", "/api/echo", { headers: { "bad header": "x" } });
  assert.equal(e.message, "network.fetch_text: invalid header 'bad header: x'");
  e = await fails("fetch_text", "/api/echo", { timeout: 0 });
  assert.equal(e.message, "network.fetch_text: option 'timeout' must be a number of milliseconds > 0, not 0");
  e = await fails("fetch_text", "http://[::1");
  assert.equal(e.message, "network.fetch_text: invalid URL 'http://[::1'");
  e = await fails("fetch_text", "/api/echo", { method: "BAD METHOD" });
  assert.equal(e.pyType, "ValueError");
  e = await fails("fetch_text", null);
  assert.equal(e.message, "network.fetch_text: argument 'url' must be str, not NoneType");
});

test("WebSocket: open, text and binary echo, queued sends, close", async () => {
  // In one task, so the socket cannot have opened before the sends.
  const { id, state } = await fx.page.evaluate(async () => {
    const lib = await window.hostLib("network");
    const sid = lib.ws_open("/api/ws", "chat");
    const st = lib.ws_state(sid);
    lib.ws_send(sid, "hello");
    lib.ws_send(sid, new Uint8Array([0, 15, 255]));
    return { id: sid, state: st };
  });
  assert.equal(state, "connecting");
  const evs = await eventsUntil(3);
  assert.deepEqual(evs[0], { msg: "chat", socket: id, type: "open" });
  assert.deepEqual(evs[1], { msg: "chat", socket: id, type: "message", data: "hello", binary: false });
  assert.deepEqual(evs[2], { msg: "chat", socket: id, type: "message", data: "000fff", binary: true });
  assert.equal(await net("ws_state", id), "open");
  await net("ws_close", id, 3001, "bye");
  const closed = (await eventsUntil(4))[3];
  assert.deepEqual(closed, { msg: "chat", socket: id, type: "close", code: 3001, reason: "bye", clean: true });
  assert.equal(await net("ws_state", id), "closed");
  const e = await fails("ws_send", id, "late");
  assert.equal(e.pyType, "ValueError");
  assert.equal(e.message, `network.ws_send: no socket with id ${id} (it is closed)`);
});

test("WebSocket: a close from the server, a refused connection, bad arguments", async () => {
  const id = await net("ws_open", `ws://127.0.0.1:${new URL(env.origin).port}/api/ws`, "s");
  await net("ws_send", id, "close-me");
  const evs = await eventsUntil(2);
  assert.deepEqual(evs.at(-1), { msg: "s", socket: id, type: "close", code: 4000, reason: "asked to", clean: true });
  await fx.page.evaluate(() => (window.events = []));
  const bad = await net("ws_open", "ws://127.0.0.1:1/", "bad");
  const evs2 = await eventsUntil(2);
  assert.deepEqual(evs2.map((e) => e.type), ["error", "close"]);
  assert.equal(evs2[1].code, 1006);
  assert.equal(evs2[1].socket, bad);
  let e = await fails("ws_close", bad + 100);
  assert.equal(e.message, `network.ws_close: no socket with id ${bad + 100}`);
  const live = await net("ws_open", "/api/ws", "x");
  e = await fails("ws_close", live, 1001);
  assert.equal(e.message, "network.ws_close: code must be 1000 or in 3000-4999, not 1001");
  e = await fails("ws_send", live, 5);
  assert.equal(e.message, "network.ws_send: argument 'data' must be str or bytes, not int");
  e = await fails("ws_open", "ftp://x/");
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /^network\.ws_open: /);
});

test("dispose closes sockets without further events", async () => {
  await net("ws_open", "/api/ws", "d");
  await eventsUntil(1);
  await fx.page.evaluate(async () => {
    (await window.hostLib("network"))[Symbol.for("edge-python.dispose")]();
    window.events = [];
  });
  await new Promise((r) => setTimeout(r, 150));
  assert.deepEqual(await fx.events(), []);
});

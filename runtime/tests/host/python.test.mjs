// End to end: Python programs use each host library through createWorker in headless
// Chromium; their printed output is compared with what the program must print.

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

/** Starts `source`; returns {lines(), done()} where done resolves to the printed output. */
async function start(source) {
  await fx.page.evaluate((src) => window.runPython(src), source);
  return {
    /** Waits until the program printed `line`. */
    waitFor: (line) => fx.page.waitForFunction((l) => window.pyLines.includes(l), line, { timeout: 20000 }),
    async done() {
      const r = await fx.page.evaluate(() => window.pyDone);
      if (r.error) throw new Error(r.error);
      return r.out;
    },
  };
}
const run = async (source) => (await start(source)).done();
const py = (...lines) => `${lines.join("\n")}\n`;

test("dom: query, text, create, errors, and a click delivered to receive()", async () => {
  const p = await start(py(
    "from dom import query, query_all, get_text, set_text, create, append, bind_event, live_count, release",
    "title = query('#title')",
    "print(get_text(title), query('#missing'))",
    "set_text(title, 'From Python')",
    "items = query_all('li.item')",
    "print(len(items), [get_text(i) for i in items])",
    "append(query('#list'), create('li', {'class': 'item'}, 'four'))",
    "print(len(query_all('li.item')), query('#title') == title)",
    "try:",
    "    set_text(None, 'x')",
    "except TypeError as e:",
    "    print('TypeError:', e)",
    "try:",
    "    set_text(9999, 'x')",
    "except ValueError as e:",
    "    print('ValueError:', e)",
    "try:",
    "    query('div[')",
    "except ValueError as e:",
    "    print('bad selector:', 'div[' in str(e))",
    "bind_event(query('#link'), 'click', 'clicked')",
    "print('ready')",
    "ev = receive()",
    "print('\"msg\":\"clicked\"' in ev, '\"type\":\"click\"' in ev)",
    "release(*query_all('li'))",
    "print(live_count())",
  ));
  await p.waitFor("ready");
  await fx.page.click("#link");
  assert.equal(await p.done(), py(
    "Hello None",
    "3 ['one', 'two', 'three']",
    "4 True",
    "TypeError: dom.set_text: argument 'node' is None, not an id (did a lookup find nothing?)",
    "ValueError: dom.set_text: no node with id 9999",
    "bad selector: True",
    "ready",
    "True True",
    "3",
  ));
  assert.equal(await fx.page.evaluate(() => document.querySelector("#title").textContent), "From Python");
});

test("time: timers deliver their message to receive(); Python's time module still works", async () => {
  const out = await run(py(
    "import time",
    "from time import set_interval, set_timeout, clear_timer, iso, now, active_timers",
    "print(iso(0), abs(now() - time.time()) < 5)",
    "tick = set_interval(10, 'tick')",
    "n = 0",
    "while n < 3:",
    "    if receive() == 'tick':",
    "        n += 1",
    "print(n, clear_timer(tick), clear_timer(tick), active_timers())",
    "set_timeout(20, 'later')",
    "set_timeout(5, 'sooner')",
    // A tick the interval posted before clear_timer reached the main thread may still be
    // queued: clearing stops the timer, it cannot take back a message already delivered.
    "got = []",
    "while len(got) < 2:",
    "    m = receive()",
    "    if m != 'tick':",
    "        got.append(m)",
    "print(*got)",
    "try:",
    "    set_timeout(-1, 'x')",
    "except ValueError as e:",
    "    print(e)",
  ));
  assert.equal(out, py(
    "1970-01-01T00:00:00.000Z True",
    "3 True False []",
    "sooner later",
    "time.set_timeout: ms must be >= 0, got -1",
  ));
});

test("storage: set, get, keys and a TypeError for a non-str value", async () => {
  await fx.page.evaluate(() => localStorage.clear());
  const out = await run(py(
    "from storage import local_set, local_get, local_keys, local_remove, session_get",
    "local_set('theme', 'dark')",
    "print(local_get('theme'), local_get('nope'), local_get('nope', 'light'), local_keys())",
    "try:",
    "    local_set('n', 1)",
    "except TypeError as e:",
    "    print(e)",
    "print(local_remove('theme'), local_remove('theme'), session_get('x'))",
  ));
  assert.equal(out, py(
    "dark None light ['theme']",
    "storage.local_set: argument 'value' must be str, not int",
    "True False None",
  ));
});

test("network: fetch json, bytes, text; a refused connection is an OSError; a WebSocket echo", async () => {
  const out = await run(py(
    "from network import fetch_text, fetch_json, fetch_bytes, ws_open, ws_send, ws_close",
    "r = fetch_json('/api/json')",
    "print(r['status'], r['ok'], r['body']['name'], r['body']['list'])",
    "print(fetch_bytes('/api/bytes')['body'])",
    "r = fetch_json('/api/echo', {'json': {'a': 1}, 'headers': {'X-Id': '7'}})",
    "print(r['body']['method'], r['body']['body'], r['body']['headers']['x-id'])",
    "print(fetch_text('/api/status/404')['status'])",
    "try:",
    "    fetch_text('http://127.0.0.1:1/x')",
    "except OSError as e:",
    "    print(type(e).__name__, str(e).startswith('network.fetch_text: GET http://127.0.0.1:1/x failed'))",
    "sock = ws_open('/api/ws', 'ws')",
    "ws_send(sock, 'hi there')",
    "events = [receive(), receive()]",
    "print(['\"type\":\"open\"' in events[0], '\"data\":\"hi there\"' in events[1]])",
    "ws_close(sock)",
    "print('\"type\":\"close\"' in receive())",
  ));
  assert.equal(out, py(
    "200 True edge [1, 2.5, 'x', None, True]",
    "b'\\x00\\x01\\x02\\xfe\\xff'",
    'POST {"a":1} 7',
    "404",
    "OSError True",
    "[True, True]",
    "True",
  ));
});

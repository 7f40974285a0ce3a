// Suspension under Node: runAsync drives receive(), sleep(), frame(), preemption, async JS
// host functions and lazy module fetches; the synchronous run() reports waits it cannot do.
// Needs runtime/compiler_lib.wasm (scripts/build-wasm.sh). Run: node --test runtime/tests/

import assert from "node:assert/strict";
import { test } from "node:test";

import { Status, instantiate } from "../worker/engine.js";
import { loadCompiler } from "./harness.mjs";

const compiler = await loadCompiler();

/** A fresh instance collecting stdout (and stderr) text. */
function fresh() {
  const io = { out: "", err: "" };
  const inst = instantiate(compiler, { onWrite: (t, s) => (s === "stderr" ? (io.err += t) : (io.out += t)) });
  return { inst, io };
}

test("receive() gets each pushed message in order", async () => {
  const { inst, io } = fresh();
  const src = "while True:\n    m = receive()\n    if m == 'stop':\n        break\n    print('got', m)\n";
  const done = inst.runAsync(src, "main.py");
  inst.pushEvent("one");
  setTimeout(() => {
    inst.pushEvent("two");
    inst.pushEvent("three");
    setTimeout(() => inst.pushEvent("stop"), 5);
  }, 5);
  const r = await done;
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "got one\ngot two\ngot three\n");
});

test("sleep() pauses without blocking the event loop", async () => {
  const { inst, io } = fresh();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const t0 = performance.now();
  const r = await inst.runAsync("import time\nt = time.monotonic()\nsleep(0.05)\nprint(time.monotonic() - t >= 0.045)\n");
  const ms = performance.now() - t0;
  clearInterval(timer);
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "True\n");
  assert.ok(ms >= 45, `slept ${ms} ms`);
  assert.ok(ticks >= 3, `setInterval fired ${ticks} times during the sleep`);
});

test("a busy loop is preempted: events arrive and the AbortSignal stops it", async () => {
  const { inst, io } = fresh();
  const src = "n = 0\nwhile n < 200000:\n    n += 1\nprint('counted', n)\nprint(receive())\nwhile True:\n    pass\n";
  const ac = new AbortController();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  inst.pushEvent("during the loop");
  const done = inst.runAsync(src, "main.py", { signal: ac.signal, preemptEvery: 10000 });
  // Stop once the program reached its endless loop (and has spun in it for a while).
  const watch = setInterval(() => {
    if (io.out.includes("during the loop")) setTimeout(() => ac.abort(), 50);
  }, 5);
  const r = await done;
  clearInterval(watch);
  clearInterval(timer);
  assert.equal(r.status, Status.ERROR);
  assert.match(r.error, /run stopped/);
  assert.equal(io.out, "counted 200000\nduring the loop\n");
  assert.ok(ticks >= 10, `timers kept firing (${ticks})`);
});

test("an event pushed while Python is busy is received", async () => {
  const { inst, io } = fresh();
  const src = "i = 0\nwhile i < 300000:\n    i += 1\nprint(receive())\n";
  const done = inst.runAsync(src, "main.py", { preemptEvery: 1000 });
  setTimeout(() => inst.pushEvent("late"), 1);
  const r = await done;
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "late\n");
});

test("async def main() + run(main()) awaiting async JS host functions", async () => {
  const { inst, io } = fresh();
  inst.registerJsModule("js", {
    fetch_text: (url) => new Promise((resolve) => setTimeout(() => resolve(`body of ${url}`), 5)),
    add: async (a, b) => a + b,
    fail: async () => {
      throw Object.assign(new Error("not allowed"), { pyType: "PermissionError" });
    },
    now: () => 7,
  });
  const src = `from js import fetch_text, add, fail, now
async def main():
    text = await fetch_text("/a")
    total = await add(2, 3) + now()
    try:
        await fail()
    except PermissionError as e:
        print("caught", e)
    print(text, total, now())
    return total
print(run(main()))
`;
  const r = await inst.runAsync(src, "main.py");
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "caught not allowed\nbody of /a 12 7\n12\n");
});

test("an async host call where the VM cannot wait raises a clear RuntimeError", async () => {
  const { inst, io } = fresh();
  inst.registerJsModule("js", { slow: async (x) => x });
  const src = "from js import slow\ntry:\n    sorted([1, 2], key=lambda x: slow(x))\nexcept RuntimeError as e:\n    print(e)\n";
  const r = await inst.runAsync(src, "main.py");
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "slow() cannot wait inside a callback called from native code (sorted() calling <lambda>)\n");
});

test("frame() and await sleep()/receive()/frame()", async () => {
  const { inst, io } = fresh();
  let n = 0;
  const src = "async def main():\n    await sleep(0.01)\n    t = await frame()\n    m = await receive()\n    return t, m, frame()\nprint(run(main()))\n";
  inst.pushEvent("ev");
  const r = await inst.runAsync(src, "main.py", { frame: async () => ++n * 16.5 });
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "(16.5, 'ev', 33.0)\n");
});

test("modules are fetched lazily through fetchModule", async () => {
  const { inst, io } = fresh();
  const asked = [];
  const fetchModule = async (name, target) => {
    asked.push(name);
    if (name !== "lazy") return false;
    await new Promise((resolve) => setTimeout(resolve, 2));
    target.registerModule("lazy", "VALUE = 41\n");
    return true;
  };
  const src = "import lazy\nprint(lazy.VALUE + 1)\ntry:\n    import missing\nexcept ImportError as e:\n    print(type(e).__name__, e)\n";
  const r = await inst.runAsync(src, "main.py", { fetchModule });
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(io.out, "42\nModuleNotFoundError No module named 'missing'\n");
  assert.deepEqual(asked, ["lazy", "missing"]);
});

test("the synchronous run() sleeps but reports waits it cannot do", () => {
  const { inst, io } = fresh();
  const r = inst.run("import time\nt = time.monotonic()\ntime.sleep(0.02)\nprint(time.monotonic() - t >= 0.02)\nreceive()\n", "main.py");
  assert.equal(io.out, "True\n");
  assert.equal(r.status, Status.ERROR);
  assert.match(r.error, /RuntimeError: receive\(\) cannot wait in a run started with run\(\); use runAsync\(\)\n$/);
  const { inst: other } = fresh();
  other.registerJsModule("js", { later: async () => 1 });
  const r2 = other.run("from js import later\nlater()\n", "main.py");
  assert.match(r2.error, /later\(\) returned a Promise: run the program with runAsync\(\)/);
});

test("fresh instance per run: no state leaks, and an instance runs once", async () => {
  const a = fresh();
  assert.equal((await a.inst.runAsync("x = receive()\nprint(x)\n", "a.py", { receive: async () => "first" })).status, Status.OK);
  await assert.rejects(a.inst.runAsync("print(1)"), /already ran a program/);
  const b = fresh();
  const r = await b.inst.runAsync("try:\n    print(x)\nexcept NameError:\n    print('clean')\n", "b.py");
  assert.equal(r.status, Status.OK, r.error);
  assert.equal(a.io.out, "first\n");
  assert.equal(b.io.out, "clean\n");
});

test("errors and exits after a wait keep their status", async () => {
  const { inst, io } = fresh();
  const r = await inst.runAsync("sleep(0)\nprint('x')\nraise SystemExit(4)\n");
  assert.deepEqual([r.status, r.exitCode, io.out], [Status.EXIT, 4, "x\n"]);
  const b = fresh();
  const r2 = await b.inst.runAsync("sleep(0)\n1/0\n", "main.py");
  assert.equal(r2.status, Status.ERROR);
  assert.match(r2.error, /File "main.py", line 2[\s\S]*ZeroDivisionError: division by zero\n$/);
});

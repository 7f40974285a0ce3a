// Worker entry: the postMessage protocol between createWorker (src/index.js) on the main
// thread and the engine (engine.js) here. Works as a Web Worker (module type, direct or
// through the Blob bootstrap) and as a Node worker_threads worker.
//
// main → worker: {type: "load", id, options} · {type: "run", id, source, opts}
//                {type: "reset" | "clearCache", id} · {type: "event", message}
//                {type: "hostReply", callId, ok, value | error}
//                {type: "cacheProbe", result} (after a load whose options.cacheProbe was "pending")
// worker → main: {type: "reply", id, ok, value | error} · {type: "output", line, stream}
//                {type: "hostCall", callId, module, fn, args} · {type: "hostLoad", callId, name, url}

// Served as worker.bundle.js, this module and what it imports in one file (a browser learns a
// module's imports only once it has fetched it: one request instead of two waves); made by
// scripts/bundle-worker.mjs. The fetching and caching half (src/fetch.js, src/prefetch.js, ...)
// stays separate and loads on first need.

import { createEngine, setEngineStack } from "./engine.js";

// No top-level await before listening: a Web Worker must install its handler during the
// module's first evaluation, or early messages could be missed.
const inBrowser = typeof globalThis.postMessage === "function" && typeof globalThis.addEventListener === "function";
const port = inBrowser
  ? { post: (m) => globalThis.postMessage(m), listen: (f) => globalThis.addEventListener("message", (e) => f(e.data)) }
  : {
      // Node worker_threads: parentPort queues messages until a listener is attached.
      // Its stack is known (src/index.js asks for a big one): deep re-entries may use it.
      nodePort: import("node:worker_threads").then((m) => {
        if (m.resourceLimits?.stackSizeMb) setEngineStack(m.resourceLimits.stackSizeMb * 1024);
        return m.parentPort;
      }),
      post(m) {
        this.nodePort.then((p) => p.postMessage(m));
      },
      listen(f) {
        this.nodePort.then((p) => p.on("message", f));
      },
    };

/** An Error as plain data (structured clone keeps only message/name). */
const errorData = (err) => ({
  message: err?.message ?? String(err),
  name: err?.name ?? "Error",
  traceback: err?.traceback,
  pyType: err?.pyType,
  exitCode: err?.exitCode,
});

let engine = null;
let loading = null;
// The page's IndexedDB probe, when load went ahead without waiting for it.
let receiveProbe;
const probeAnswer = new Promise((resolve) => (receiveProbe = resolve));
let nextCall = 1;
const calls = new Map(); // callId → {resolve, reject}

/** A round trip to the main thread. */
function ask(message) {
  const callId = nextCall++;
  return new Promise((resolve, reject) => {
    calls.set(callId, { resolve, reject });
    port.post({ ...message, callId });
  });
}

const handlers = {
  async load({ options }) {
    const cacheProbe = options.cacheProbe === "pending" ? probeAnswer : options.cacheProbe;
    loading = createEngine({ ...options, cacheProbe, onOutput: (line, stream) => port.post({ type: "output", line, stream }) });
    engine = await loading;
    engine.setHostCallDelegate((module, fn, args) => ask({ type: "hostCall", module, fn, args }));
    engine.setLoadHostDelegate((name, url) => ask({ type: "hostLoad", name, url }));
    return { loadMs: engine.loadMs, integrityActive: engine.integrityActive, fallbackReason: engine.fallbackReason };
  },
  run: ({ source, opts }) => engine.run(source, opts),
  reset: () => engine.reset(),
  clearCache: () => engine.clearCache(),
};

async function onMessage(msg) {
  if (!msg || typeof msg !== "object") return;
  if (msg.type === "event") {
    if (engine) engine.pushEvent(msg.message);
    else loading?.then(() => engine.pushEvent(msg.message));
    return;
  }
  if (msg.type === "cacheProbe") {
    receiveProbe(msg.result);
    return;
  }
  if (msg.type === "hostReply") {
    const call = calls.get(msg.callId);
    if (!call) return;
    calls.delete(msg.callId);
    if (msg.ok) call.resolve(msg.value);
    else call.reject(Object.assign(new Error(msg.error.message), { pyType: msg.error.pyType }));
    return;
  }
  const handler = handlers[msg.type];
  if (!handler) return port.post({ type: "reply", id: msg.id, ok: false, error: { message: `unknown message type ${msg.type}` } });
  try {
    if (msg.type !== "load") await loading;
    const value = await handler(msg);
    port.post({ type: "reply", id: msg.id, ok: true, value });
  } catch (err) {
    port.post({ type: "reply", id: msg.id, ok: false, error: errorData(err) });
  }
  // While the answer travels and the page decides what to run next, the next run's instance
  // is made (its VM set up), off that run's path.
  if (msg.type === "load" || msg.type === "run") engine?.prepareNext();
}

port.listen(onMessage);
// The Blob bootstrap (index.js) buffered what arrived while this module loaded.
globalThis.__edgePythonBootstrap?.drain(onMessage);

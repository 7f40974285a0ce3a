#!/usr/bin/env node
// Where headless Chromium's cold start goes (browser.mjs's page: createWorker, then
// `print("hello")`), as the page sees it: ms from navigation start to each event, median and
// best over fresh browser contexts. The runtime is served unchanged but for the worker's script,
// which gets a few timestamps (its thread's time origin, its first and last line, each message
// in and each answer out, posted to the page as "__mark" messages); an init script wraps
// WebAssembly.compileStreaming and Worker to timestamp the compile and the messages, and the
// module requests come from Playwright's request timings.
//   node bench/startup/browser-phases.mjs [--runs N] [--runtime DIR]
// Needs /usr/bin/chromium (or $CHROMIUM) and playwright-core (npm ci in runtime/).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../runtime/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { startServer } = await import("../../runtime/tests/browser/server.mjs");

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg("--runs", 7));
const runtimeDir = arg("--runtime", fileURLToPath(new URL("../../runtime/", import.meta.url))).replace(/\/?$/, "/");
const page = `<!doctype html><meta charset="utf-8"><title>hello</title>
<script>__mark("page script")</script>
<script type="module">
  import { createWorker } from "/runtime/src/index.js";
  __mark("index.js evaluated");
  const w = await createWorker();
  __mark("createWorker resolved");
  w.onOutput(() => {
    if (window.firstLineMs) return;
    window.firstLineMs = performance.now();
    console.log("first line");
  });
  await w.run('print("hello")');
</script>`;

// Runs in the page before its scripts.
function instrument() {
  const marks = (self.__marks = []);
  self.__mark = (name) => marks.push([name, performance.now()]);
  const compile = WebAssembly.compileStreaming;
  WebAssembly.compileStreaming = (source) => {
    __mark("compileStreaming called");
    return compile(source).then((m) => (__mark("compileStreaming done"), m));
  };
  const Base = self.Worker;
  self.Worker = class extends Base {
    constructor(...args) {
      __mark("new Worker");
      super(...args);
      this.addEventListener("message", (e) => {
        const t = e.data?.type;
        // The worker's clock: ms since its own time origin, made absolute and then the page's.
        if (t === "__mark") return marks.push([`worker: ${e.data.name}`, e.data.at - performance.timeOrigin]);
        if (t === "reply" || t === "output") __mark(`worker's first ${t} message`);
      });
    }
    postMessage(m, ...rest) {
      if (m?.type === "load" || m?.type === "run") __mark(`${m.type} posted`);
      return super.postMessage(m, ...rest);
    }
  };
}

// The worker's script with timestamps: at its first line (and its thread's time origin), at each
// message it receives, and before each message it posts.
const WORKER = "worker/worker.bundle.js";
const workerSource = readFileSync(runtimeDir + WORKER, "utf8");
const markAt = (name, at = "performance.timeOrigin + performance.now()") => `globalThis.postMessage({ type: "__mark", name: ${name}, at: ${at} });`;
let instrumented = `${markAt('"time origin"', "performance.timeOrigin")} ${markAt('"script starts"')}\n${workerSource}\n${markAt('"script evaluated"')}\n`;
for (const [from, to] of [
  [/^async function onMessage\(msg\) \{$/m, (m) => `${m}\n  if (msg?.type) ${markAt("`${msg.type} received`")}`],
  [
    "{ post: (m) => globalThis.postMessage(m),",
    `{ post: (m) => { if (m?.type === "reply" || m?.type === "output") ${markAt("`posts ${m.type}`")} globalThis.postMessage(m); },`,
  ],
]) {
  const before = instrumented;
  instrumented = instrumented.replace(from, to);
  if (instrumented === before) throw new Error(`browser-phases: ${WORKER} no longer has \`${from}\`, which this script instruments`);
}

const server = await startServer({ "/runtime/": runtimeDir });
server.set("/hello.html", page);
server.set(`/runtime/${WORKER}`, instrumented);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const samples = []; // per run: Map event → ms
try {
  // As in browser.mjs: the first load is not counted, each tab settles before it navigates, and
  // nothing is evaluated in the page before its first line.
  for (let n = -1; n < runs; n++) {
    const ctx = await browser.newContext();
    await ctx.addInitScript(instrument);
    const tab = await ctx.newPage();
    const requests = [];
    tab.on("requestfinished", (r) => requests.push(r));
    const line = new Promise((resolve) => tab.on("console", (m) => m.text() === "first line" && resolve()));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await tab.goto(server.origin + "/hello.html");
    await Promise.race([line, new Promise((_, reject) => setTimeout(() => reject(new Error("no output within 30 s")), 30000).unref())]);
    // Requests can finish after the page's first line; their events come from Playwright.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { marks, first, indexEnd } = await tab.evaluate(() => ({
      marks: self.__marks,
      first: window.firstLineMs,
      indexEnd: performance.getEntriesByType("resource").find((e) => e.name.endsWith("/runtime/src/index.js")).responseEnd,
    }));
    const events = new Map();
    for (const [name, t] of marks) if (!events.has(name)) events.set(name, t);
    events.set("first printed line", first);
    // Playwright's request times are wall-clock ms (startTime, and responseEnd relative to it),
    // a clock that drifts from the page's: src/index.js, which both see, aligns them.
    const wallEnd = (r) => r.timing().startTime + r.timing().responseEnd;
    const offset = wallEnd(requests.find((r) => r.url().endsWith("/runtime/src/index.js"))) - indexEnd;
    for (const r of requests) {
      const path = new URL(r.url()).pathname.replace(/^\/runtime\//, "");
      if (!path.endsWith(".html")) events.set(`${path} received`, wallEnd(r) - offset);
    }
    if (n >= 0) samples.push(events);
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const names = [...new Set(samples.flatMap((s) => [...s.keys()]))];
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const rows = names.map((name) => {
  const v = samples.map((s) => s.get(name)).filter((x) => x !== undefined);
  return [name, median(v), Math.min(...v)];
});
rows.sort((a, b) => a[1] - b[1]);
console.log(`event (ms from navigation start; ${runs} fresh contexts)      median     best`);
for (const [name, med, best] of rows) console.log(`${name.padEnd(52)} ${med.toFixed(1).padStart(7)} ${best.toFixed(1).padStart(8)}`);

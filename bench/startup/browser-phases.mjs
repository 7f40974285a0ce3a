#!/usr/bin/env node
// Where headless Chromium's cold start goes (browser.mjs's page: createWorker, then
// `print("hello")`), as the page sees it: ms from navigation start to each event, median and
// best over fresh browser contexts. The runtime is served unchanged; an init script wraps
// WebAssembly.compileStreaming and Worker to timestamp the compile and the messages, and the
// worker's module requests come from Playwright's request timings.
//   node bench/startup/browser-phases.mjs [--runs N]
// Needs /usr/bin/chromium (or $CHROMIUM) and playwright-core (npm ci in runtime/).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../runtime/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { startServer } = await import("../../runtime/tests/browser/server.mjs");

const i = process.argv.indexOf("--runs");
const runs = i > 0 ? Number(process.argv[i + 1]) : 7;
const page = `<!doctype html><meta charset="utf-8"><title>hello</title>
<script>__mark("page script")</script>
<script type="module">
  import { createWorker } from "/runtime/src/index.js";
  __mark("index.js evaluated");
  const w = await createWorker();
  __mark("createWorker resolved");
  w.onOutput(() => { window.firstLineMs ??= performance.now(); });
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
        if (t === "reply" || t === "output") __mark(`worker's first ${t} message`);
      });
    }
    postMessage(m, ...rest) {
      if (m?.type === "load" || m?.type === "run") __mark(`${m.type} posted`);
      return super.postMessage(m, ...rest);
    }
  };
}

const server = await startServer({ "/runtime/": fileURLToPath(new URL("../../runtime/", import.meta.url)) });
server.set("/hello.html", page);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const samples = []; // per run: Map event → ms
try {
  for (let n = 0; n < runs; n++) {
    const ctx = await browser.newContext();
    await ctx.addInitScript(instrument);
    const tab = await ctx.newPage();
    const requests = [];
    tab.on("requestfinished", (r) => requests.push(r));
    await tab.goto(server.origin + "/hello.html");
    await tab.waitForFunction(() => window.firstLineMs, null, { timeout: 30000 });
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
    samples.push(events);
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

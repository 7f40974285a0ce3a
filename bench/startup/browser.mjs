#!/usr/bin/env node
// Cold start in headless Chromium: navigation → first printed line of `print("hello")` through
// createWorker (runtime JS + worker + compiler_lib.wasm fetched from a local server, nothing
// cached: each sample is a fresh browser context; default options, so IndexedDB integrity is on).
// The time is the page's performance.now() (from the navigation's time origin) when the line
// reaches the page's onOutput handler, which is where a page shows or logs it. The page reports
// it with console.log, and nothing is evaluated in the page while it starts: Playwright's
// waitForFunction/evaluate would first inject its own script (hundreds of KB, 30-70 ms of the
// page's main thread here), which delayed the worker's start-up that needs that thread. Each
// new tab waits (--settle, 1000 ms) before it navigates: Chromium opens a window's WebUI (the
// omnibox popup: a renderer that loads some hundred modules, 150-300 ms of CPU here) when the
// window is created, and on a 2-core machine that ate into the page's start-up in two loads of
// three; a user's window has long done so. One load before the samples is not counted either
// (a fresh browser's own start-up).
//   node bench/startup/browser.mjs [--runs N] [--settle MS] [--latency MS] [--runtime DIR]...
// --latency adds that many ms to each of the page's requests (DevTools network emulation): over
// localhost a request that waits for another costs next to nothing, over a network a round trip.
// With several --runtime directories (copies of runtime/: src/, worker/, std/,
// compiler_lib.wasm), the samples alternate between them, one page load each in turn (the
// machine's load drifts, so variants are only comparable measured this way), and one line is
// printed per directory.
// Needs /usr/bin/chromium (or $CHROMIUM) and playwright-core (npm ci in runtime/).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../runtime/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { startServer } = await import("../../runtime/tests/browser/server.mjs");

const argv = process.argv;
const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const runs = Number(arg("--runs", 5));
const settleMs = Number(arg("--settle", 1000));
const latencyMs = Number(arg("--latency", 0));
const dirs = argv.flatMap((a, k) => (a === "--runtime" ? [argv[k + 1].replace(/\/?$/, "/")] : []));
if (!dirs.length) dirs.push(fileURLToPath(new URL("../../runtime/", import.meta.url)));
const page = (n) => `<!doctype html><meta charset="utf-8"><title>hello</title>
<script type="module">
  import { createWorker } from "/runtime${n}/src/index.js";
  const w = await createWorker();
  let first = true;
  w.onOutput(() => {
    if (first) console.log(\`first line at \${performance.now()}\`);
    first = false;
  });
  await w.run('print("hello")');
</script>`;
const server = await startServer(Object.fromEntries(dirs.map((d, n) => [`/runtime${n || ""}/`, d])));
dirs.forEach((_, n) => server.set(`/hello${n}.html`, page(n || "")));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
/** ms from navigation start to the first printed line of a fresh context's page `n`. */
async function sample(n) {
  const ctx = await browser.newContext();
  try {
    const tab = await ctx.newPage();
    const line = new Promise((resolve, reject) => {
      const problems = [];
      const timer = setTimeout(() => reject(new Error(`no output within 30 s: ${problems.join("; ") || "no page error"}`)), 30000).unref();
      tab.on("pageerror", (e) => problems.push(e.message));
      tab.on("console", (m) => {
        const match = /^first line at ([\d.]+)$/.exec(m.text());
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        } else if (m.type() === "error") problems.push(m.text());
      });
    });
    if (latencyMs) {
      const cdp = await ctx.newCDPSession(tab);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    await tab.goto(`${server.origin}/hello${n}.html`);
    return await line;
  } finally {
    await ctx.close();
  }
}
const samples = dirs.map(() => []);
try {
  await sample(0); // not counted (see above)
  for (let r = 0; r < runs; r++) {
    // Alternate the order too, so no variant always follows the same one.
    const order = dirs.map((_, n) => n);
    if (r % 2) order.reverse();
    for (const n of order) samples[n].push(await sample(n));
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [n, s] of samples.entries()) {
  s.sort((a, b) => a - b);
  const result = { best: s[0], median: s[s.length >> 1], runs };
  console.log(dirs.length > 1 ? `${dirs[n]} ${JSON.stringify(result)}` : JSON.stringify(result));
}

#!/usr/bin/env node
// Cold start in headless Chromium: navigation → first printed line of `print("hello")` through
// createWorker (runtime JS + worker + compiler_lib.wasm fetched from a local server, nothing
// cached: each sample is a fresh browser context; default options, so IndexedDB integrity is on).
//   node bench/startup/browser.mjs [--runs N]
// Needs /usr/bin/chromium (or $CHROMIUM) and playwright-core (npm ci in runtime/).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../runtime/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { startServer } = await import("../../runtime/tests/browser/server.mjs");

const i = process.argv.indexOf("--runs");
const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
const page = `<!doctype html><meta charset="utf-8"><title>hello</title>
<script type="module">
  import { createWorker } from "/runtime/src/index.js";
  const w = await createWorker();
  w.onOutput(() => { window.firstLineMs ??= performance.now(); });
  await w.run('print("hello")');
</script>`;
const server = await startServer({ "/runtime/": fileURLToPath(new URL("../../runtime/", import.meta.url)) });
server.set("/hello.html", page);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const samples = [];
try {
  for (let n = 0; n < runs; n++) {
    const ctx = await browser.newContext();
    const tab = await ctx.newPage();
    const problems = [];
    tab.on("pageerror", (e) => problems.push(e.message));
    tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await tab.goto(server.origin + "/hello.html");
    // performance.now() counts from the navigation's time origin.
    const first = await tab.waitForFunction(() => window.firstLineMs, null, { timeout: 30000 }).catch(() => null);
    if (!first) throw new Error(`no output within 30 s: ${problems.join("; ") || "no page error"}`);
    samples.push(await first.jsonValue());
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
samples.sort((a, b) => a - b);
console.log(JSON.stringify({ best: samples[0], median: samples[samples.length >> 1], runs }));

// Shared setup for the browser tests: two static servers on 127.0.0.1 (server.mjs; two
// origins for the cross-origin case) and one headless Chromium, started by `setup()` in each
// test file's before/after hooks, plus helpers that drive createWorker inside a page.

import { readFileSync } from "node:fs";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { startServer } from "./server.mjs";

const RUNTIME = fileURLToPath(new URL("../../", import.meta.url));
const MOUNTS = {
  "/runtime/": RUNTIME,
  "/fixtures/": fileURLToPath(new URL("fixtures/", import.meta.url)),
  "/build/": fileURLToPath(new URL("../build/", import.meta.url)),
};
export const GUEST = readFileSync(new URL("../build/guest.wasm", import.meta.url));
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export let browser;
export let A; // page + runtime origin
export let B; // a second origin (cross-origin runtime)

before(async () => {
  [A, B] = await Promise.all([startServer(MOUNTS), startServer(MOUNTS)]);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await Promise.all([A?.close(), B?.close()]);
});

/** A fresh browser context (its own IndexedDB) with a page on `path`; console lines collected. */
export async function openPage(path = "/fixtures/blank.html", { context, server = A } = {}) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const consoleLines = [];
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
  await page.goto(server.origin + path);
  return { page, ctx, consoleLines, close: () => (context ? page.close() : ctx.close()) };
}

/** Runs `fn(arg)` in the page with `createWorker` imported from `runtimeOrigin`. */
export const inPage = (page, fn, arg = null) =>
  page.evaluate(
    async ([src, arg]) => {
      // eslint-disable-next-line no-new-func
      const f = new Function(`return (${src})`)();
      return f(arg);
    },
    [fn.toString(), arg],
  );

/** createWorker(options) in the page, stored as window.w; returns {integrityActive, loadMs}. */
export const spawn = (page, options = {}, runtime = "/runtime/src/index.js") =>
  inPage(
    page,
    async ({ options, runtime }) => {
      const { createWorker } = await import(runtime);
      window.lines = [];
      window.w = await createWorker(options);
      window.w.onOutput((line, stream) => window.lines.push(stream === "stderr" ? `[err] ${line}` : line));
      return { integrityActive: window.w.integrityActive, loadMs: window.w.loadMs };
    },
    { options, runtime },
  );

/** window.w.run(src, opts): {ok, out, ms, exitCode} or {ok: false, message, pyType, traceback}. */
export const run = (page, src, opts = {}) =>
  inPage(
    page,
    async ({ src, opts }) => {
      try {
        const r = await window.w.run(src, opts);
        return { ok: true, ...r };
      } catch (e) {
        return { ok: false, message: e.message, pyType: e.pyType, traceback: e.traceback, name: e.name };
      }
    },
    { src, opts },
  );

export const APP = { entryDir: "/fixtures/app/" };

// Headless Debian Chromium driven by playwright-core (no browser download), plus the local
// server: shared by the host-library tests.

import { chromium } from "playwright-core";

import { startServer } from "./server.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium and the server; `close()` ends both. */
export async function openBrowser() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const context = await browser.newContext();
  return {
    origin: server.origin,
    browser,
    context,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens fixture.html and returns helpers: `call(lib, fn, ...args)` resolves to the handler's
 * value or rejects with an Error carrying `pyType`; `events()` is what pushEvent recorded.
 */
export async function openFixture(env, contextOptions) {
  // A context of its own when the test needs other settings (time zone, locale, ...).
  const context = contextOptions ? await env.browser.newContext(contextOptions) : env.context;
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e));
  await page.goto(`${env.origin}/tests/host/fixture.html`);
  await page.waitForFunction(() => window.fixtureReady === true);
  const call = async (lib, fn, ...args) => {
    const r = await page.evaluate(([l, f, a]) => window.hostCall(l, f, a), [lib, fn, args]);
    if (r.error) throw Object.assign(new Error(r.error.message), { pyType: r.error.pyType });
    return r.value;
  };
  return {
    page,
    call,
    pageErrors,
    /** Calls `fn` expecting it to throw; resolves to {pyType, message}. */
    async fails(lib, fn, ...args) {
      try {
        const v = await call(lib, fn, ...args);
        throw new Error(`${lib}.${fn}(${JSON.stringify(args)}) returned ${JSON.stringify(v)} instead of raising`);
      } catch (err) {
        if (err.pyType === undefined) throw err;
        return { pyType: err.pyType, message: err.message };
      }
    },
    events: () => page.evaluate(() => window.events),
    /** Events parsed as JSON (the dom and network libraries send JSON). */
    jsonEvents: async () => (await page.evaluate(() => window.events)).map((e) => JSON.parse(e)),
    reset: () => page.evaluate(() => window.resetFixture()),
  };
}

// A small static server for the browser tests: serves directories under URL prefixes, logs
// every request (the tests assert on the log for laziness and caching), and lets a test
// override any path with fixed bytes, a content type or a status. Every answer allows any
// origin (the cross-origin runtime case) and forbids HTTP caching, so a request missing from
// the log means the runtime's own cache answered.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".py": "text/x-python; charset=utf-8",
  ".css": "text/css",
};

/**
 * @param {Record<string, string>} mounts URL prefix ("/runtime/") → directory
 * @returns {Promise<{origin, port, log: string[], set(path, body, opts?), unset(path), clearLog(), close()}>}
 */
export async function startServer(mounts, { host = "127.0.0.1", port = 0 } = {}) {
  const log = [];
  const overrides = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    log.push(path);
    const headers = { "access-control-allow-origin": "*", "cache-control": "no-store" };
    const o = overrides.get(path);
    if (o) {
      if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
      res.writeHead(o.status ?? 200, { ...headers, "content-type": o.type ?? TYPES[extname(path)] ?? "application/octet-stream", ...o.headers });
      return res.end(o.body);
    }
    const prefix = Object.keys(mounts)
      .filter((p) => path.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) {
      const rel = path.slice(prefix.length);
      const file = normalize(join(mounts[prefix], rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel));
      if (file.startsWith(normalize(mounts[prefix]))) {
        try {
          if ((await stat(file)).isFile()) {
            res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
            return res.end(await readFile(file));
          }
        } catch {
          // not found below
        }
      }
    }
    res.writeHead(404, { ...headers, "content-type": "text/plain" });
    res.end(`not found: ${path}\n`);
  });
  await new Promise((r) => server.listen(port, host, r));
  const actual = server.address().port;
  return {
    origin: `http://${host}:${actual}`,
    port: actual,
    log,
    /** Serves `body` at `path` (before any mount); opts: {type, status, headers, delayMs}. */
    set(path, body, opts = {}) {
      overrides.set(path, { body, ...opts });
    },
    unset(path) {
      overrides.delete(path);
    },
    clearLog() {
      log.length = 0;
    },
    /** How many times `path` was requested. */
    count(path) {
      return log.filter((p) => p === path).length;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

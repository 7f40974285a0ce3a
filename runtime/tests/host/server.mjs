// A static file server on 127.0.0.1 for the browser tests: serves runtime/ (so pages import
// /host/dom.js, /src/index.js, ...) plus a few /api/ endpoints the network library is tested
// against, and a WebSocket echo at /api/ws (RFC 6455, text and binary frames, no extensions).

import { createHash } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".py": "text/x-python; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

/** The /api/ endpoints; returns false for an unknown path. */
async function api(req, res, url) {
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { "content-type": type, "access-control-allow-origin": "*", ...headers });
    res.end(body);
  };
  const path = url.pathname;
  if (path === "/api/echo") {
    // What the server saw, so tests can check method, headers and body.
    const body = await readBody(req);
    send(200, "application/json", JSON.stringify({ method: req.method, headers: req.headers, body: body.toString("utf8"), query: url.search }), {
      "x-echo": "yes",
    });
  } else if (path.startsWith("/api/status/")) {
    send(Number(path.slice("/api/status/".length)), "text/plain", `status ${path.slice(12)}`);
  } else if (path === "/api/json") {
    send(200, "application/json", JSON.stringify({ name: "edge", list: [1, 2.5, "x", null, true], nested: { a: {} } }));
  } else if (path === "/api/badjson") {
    send(200, "application/json", "{not json");
  } else if (path === "/api/bytes") {
    send(200, "application/octet-stream", Buffer.from([0, 1, 2, 254, 255]));
  } else if (path === "/api/text") {
    send(200, "text/plain; charset=utf-8", "héllo\nwörld");
  } else if (path === "/api/slow") {
    const ms = Number(url.searchParams.get("ms") ?? 2000);
    const timer = setTimeout(() => send(200, "text/plain", "late"), ms);
    req.on("close", () => clearTimeout(timer));
  } else {
    return false;
  }
  return true;
}

function serveFile(req, res, url) {
  const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(ROOT, rel);
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end(`not found: ${url.pathname}`);
    return;
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    // Sandboxed (opaque-origin) frames import the host libraries too.
    "access-control-allow-origin": "*",
    "cache-control": "no-store",
  });
  createReadStream(file).pipe(res);
}

// ---- WebSocket echo ---------------------------------------------------------------------

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function wsFrame(opcode, payload) {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Echoes every text/binary message; "close-me" makes the server close with code 4000. */
function wsEcho(req, socket) {
  const key = req.headers["sec-websocket-key"];
  const accept = createHash("sha1").update(key + WS_GUID).digest("base64");
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let buf = Buffer.alloc(0);
  socket.on("data", (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) return;
      const opcode = buf[0] & 0x0f;
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) {
        if (buf.length < 4) return;
        len = buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (buf.length < 10) return;
        len = Number(buf.readBigUInt64BE(2));
        off = 10;
      }
      // Client frames are always masked.
      if (buf.length < off + 4 + len) return;
      const mask = buf.subarray(off, off + 4);
      const payload = Buffer.from(buf.subarray(off + 4, off + 4 + len));
      for (let i = 0; i < len; i++) payload[i] ^= mask[i % 4];
      buf = buf.subarray(off + 4 + len);
      if (opcode === 0x8) {
        // Echo the client's code and reason, completing the closing handshake.
        socket.end(wsFrame(0x8, payload));
        return;
      }
      if (opcode === 0x9) socket.write(wsFrame(0xa, payload));
      else if (opcode === 0x1 && payload.toString() === "close-me") {
        const code = Buffer.alloc(2);
        code.writeUInt16BE(4000);
        socket.end(wsFrame(0x8, Buffer.concat([code, Buffer.from("asked to")])));
      } else if (opcode === 0x1 || opcode === 0x2) socket.write(wsFrame(opcode, payload));
    }
  });
  socket.on("error", () => socket.destroy());
}

/** Starts the server on a free 127.0.0.1 port; resolves to {origin, close()}. */
export function startServer() {
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    try {
      if (!(await api(req, res, url))) serveFile(req, res, url);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  server.on("upgrade", (req, socket) => {
    if (new URL(req.url, "http://127.0.0.1").pathname === "/api/ws") wsEcho(req, socket);
    else socket.destroy();
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(done);
          }),
      });
    });
  });
}

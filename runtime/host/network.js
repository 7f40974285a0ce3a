// The official `network` host library: HTTP through the page's fetch (Python waits for the
// returned Promise) and WebSockets whose traffic reaches Python's receive() as JSON through
// pushEvent. Python signatures and examples: README.md beside this file.

import { checked, pyError, pyTypeName, DISPOSE } from "./args.js";

const FETCH_OPTIONS = ["method", "headers", "body", "json", "timeout", "check", "credentials", "redirect", "cache"];
const WS_STATES = ["connecting", "open", "closing", "closed"];

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** `url` resolved against the page, or a ValueError; `schemes` maps what a WebSocket needs. */
function resolveUrl(where, url, schemes) {
  let u;
  try {
    u = new URL(url, document.baseURI);
  } catch {
    throw pyError("ValueError", `${where}: invalid URL '${url}'`);
  }
  if (schemes) u.protocol = schemes[u.protocol] ?? u.protocol;
  return u.href;
}

/** The RequestInit for fetch from Python's options dict, checked key by key. */
function requestInit(where, opts) {
  for (const k of Object.keys(opts)) {
    if (!FETCH_OPTIONS.includes(k)) throw pyError("ValueError", `${where}: unknown option '${k}' (known: ${FETCH_OPTIONS.join(", ")})`);
  }
  const str = (k) => {
    if (opts[k] !== undefined && opts[k] !== null && typeof opts[k] !== "string") {
      throw pyError("TypeError", `${where}: option '${k}' must be str, not ${pyTypeName(opts[k])}`);
    }
    return opts[k] ?? undefined;
  };
  if (opts.body != null && opts.json !== undefined) throw pyError("ValueError", `${where}: give either option 'body' or 'json', not both`);
  if (opts.body != null && typeof opts.body !== "string" && !(opts.body instanceof Uint8Array)) {
    throw pyError("TypeError", `${where}: option 'body' must be str or bytes, not ${pyTypeName(opts.body)}`);
  }
  const hasBody = opts.body != null || opts.json !== undefined;
  const method = (str("method") ?? (hasBody ? "POST" : "GET")).toUpperCase();
  if (hasBody && (method === "GET" || method === "HEAD")) throw pyError("ValueError", `${where}: a ${method} request cannot have a body`);
  const headers = new Headers();
  const given = opts.headers ?? {};
  if (typeof given !== "object" || Array.isArray(given) || given instanceof Uint8Array) {
    throw pyError("TypeError", `${where}: option 'headers' must be a dict of str, not ${pyTypeName(given)}`);
  }
  for (const [k, v] of Object.entries(given)) {
    if (typeof v !== "string") throw pyError("TypeError", `${where}: header '${k}' must be str, not ${pyTypeName(v)}`);
    try {
      headers.set(k, v);
    } catch {
      throw pyError("ValueError", `${where}: invalid header '${k}: ${v}'`);
    }
  }
  let body = opts.body ?? undefined;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  if (opts.timeout != null && !(typeof opts.timeout === "number" && opts.timeout > 0)) {
    throw pyError("ValueError", `${where}: option 'timeout' must be a number of milliseconds > 0, not ${opts.timeout}`);
  }
  if (opts.check != null && typeof opts.check !== "boolean") throw pyError("TypeError", `${where}: option 'check' must be bool`);
  return {
    init: { method, headers, body, credentials: str("credentials"), redirect: str("redirect"), cache: str("cache") },
    timeout: opts.timeout ?? undefined,
    check: opts.check ?? false,
  };
}

/**
 * One request: resolves to {status, ok, status_text, url, headers, body} with `read(response)`
 * as the body. HTTP error statuses are answers, not errors, unless options.check is set.
 */
async function request(where, url, options, read) {
  const href = resolveUrl(where, url);
  const { init, timeout, check } = requestInit(where, options ?? {});
  const what = `${init.method} ${href}`;
  const abort = new AbortController();
  let timedOut = false;
  const timer = timeout && setTimeout(() => ((timedOut = true), abort.abort()), timeout);
  const failed = (err) =>
    timedOut
      ? pyError("TimeoutError", `${where}: ${what} timed out after ${timeout} ms`)
      : pyError("OSError", `${where}: ${what} failed: ${err?.message ?? err} (network error, refused connection or a CORS refusal)`);
  try {
    let res;
    try {
      res = await fetch(href, { ...init, signal: abort.signal });
    } catch (err) {
      if (err instanceof TypeError && /Failed to execute|Invalid|is not a valid/.test(err.message)) {
        throw pyError("ValueError", `${where}: ${what}: ${err.message}`);
      }
      throw failed(err);
    }
    if (check && !res.ok) throw pyError("OSError", `${where}: ${what} returned ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    let body;
    try {
      body = await read(res, what);
    } catch (err) {
      if (err.pyType) throw err;
      throw failed(err);
    }
    return { status: res.status, ok: res.ok, status_text: res.statusText, url: res.url, headers: Object.fromEntries(res.headers), body };
  } finally {
    clearTimeout(timer);
  }
}

const readJson = (where) => async (res, what) => {
  const text = await res.text();
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch (err) {
    const start = text.length > 40 ? `${text.slice(0, 40)}...` : text;
    throw pyError("ValueError", `${where}: ${what} answered ${res.status} with a body that is not JSON (${err.message}): ${JSON.stringify(start)}`);
  }
};

export const network = ({ pushEvent }) => {
  // socket id → {ws, queue}; removed once Python has been told it closed.
  const sockets = new Map();
  let nextSocket = 1;
  const socket = (where, id) => {
    const s = sockets.get(id);
    if (s) return s;
    const why = id > 0 && id < nextSocket ? " (it is closed)" : "";
    throw pyError("ValueError", `${where}: no socket with id ${id}${why}`);
  };

  const handlers = {
    fetch_text: (url, options) => request("network.fetch_text", url, options, (res) => res.text()),
    fetch_json: (url, options) => request("network.fetch_json", url, options, readJson("network.fetch_json")),
    fetch_bytes: (url, options) => request("network.fetch_bytes", url, options, async (res) => new Uint8Array(await res.arrayBuffer())),

    ws_open: (url, msg) => {
      const ws = new WebSocket(resolveUrl("network.ws_open", url, { "http:": "ws:", "https:": "wss:" }));
      ws.binaryType = "arraybuffer";
      const id = nextSocket++;
      const entry = { ws, queue: [] };
      sockets.set(id, entry);
      const send = (fields) => pushEvent(JSON.stringify({ msg, socket: id, ...fields }));
      ws.onopen = () => {
        for (const data of entry.queue) ws.send(data);
        entry.queue = [];
        send({ type: "open" });
      };
      ws.onmessage = (e) =>
        send(typeof e.data === "string" ? { type: "message", data: e.data, binary: false } : { type: "message", data: hex(new Uint8Array(e.data)), binary: true });
      ws.onerror = () => send({ type: "error" });
      ws.onclose = (e) => {
        sockets.delete(id);
        send({ type: "close", code: e.code, reason: e.reason, clean: e.wasClean });
      };
      return id;
    },
    // Sends made while connecting wait for "open", so Python need not wait for it first.
    ws_send: (id, data) => {
      const { ws, queue } = socket("network.ws_send", id);
      if (ws.readyState === WebSocket.CONNECTING) queue.push(data);
      else if (ws.readyState === WebSocket.OPEN) ws.send(data);
      else throw pyError("OSError", `network.ws_send: socket ${id} is ${WS_STATES[ws.readyState]}`);
    },
    ws_close: (id, code, reason) => {
      if (code !== undefined && code !== 1000 && (code < 3000 || code > 4999)) {
        throw pyError("ValueError", `network.ws_close: code must be 1000 or in 3000-4999, not ${code}`);
      }
      socket("network.ws_close", id).ws.close(code ?? 1000, reason ?? "");
    },
    ws_state: (id) => {
      if (!sockets.has(id) && id > 0 && id < nextSocket) return "closed";
      return WS_STATES[socket("network.ws_state", id).ws.readyState];
    },
  };

  const signatures = {
    fetch_text: "url: str, options?: dict",
    fetch_json: "url: str, options?: dict",
    fetch_bytes: "url: str, options?: dict",
    ws_open: "url: str, msg?: str",
    ws_send: "socket: id, data: strbytes",
    ws_close: "socket: id, code?: int, reason?: str",
    ws_state: "socket: id",
  };
  const out = {};
  for (const [name, fn] of Object.entries(handlers)) out[name] = checked(`network.${name}`, signatures[name], fn);
  out[DISPOSE] = () => {
    for (const { ws } of sockets.values()) {
      ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
      ws.close();
    }
    sockets.clear();
  };
  return out;
};

export default network;

// The official `time` host library: the page's clocks, dates in the user's locale and time
// zone, and timers whose ticks reach Python's receive() as plain message strings. Its names
// never collide with Python's built-in `time` module (no time(), sleep(), timezone, ...), so
// both can be offered under one name. Python signatures and examples: README.md beside this file.

import { checked, checkDelay, pyError, DISPOSE } from "./args.js";

/** A Date for epoch seconds `ts` (now when omitted); a clear error when out of range. */
function dateAt(where, ts) {
  const d = ts === undefined ? new Date() : new Date(ts * 1000);
  if (Number.isNaN(d.getTime())) throw pyError("ValueError", `${where}: timestamp ${ts} is out of range`);
  return d;
}

/** Intl options from Python: snake_case keys (`date_style`) become camelCase (`dateStyle`). */
const intlOptions = (opts) =>
  Object.fromEntries(Object.entries(opts ?? {}).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), v]));

export const time = ({ pushEvent }) => {
  // Our own ids (timeouts, intervals and animation frames share them): id → {kind, handle}.
  const timers = new Map();
  let nextTimer = 1;

  const stop = ({ kind, handle }) => {
    if (kind === "frame") cancelAnimationFrame(handle);
    else if (kind === "interval") clearInterval(handle);
    else clearTimeout(handle);
  };

  const handlers = {
    now: () => (performance.timeOrigin + performance.now()) / 1000,
    monotonic_ms: () => performance.now(),
    iso: (ts) => dateAt("time.iso", ts).toISOString(),
    format_date: (ts, locale, options) => new Intl.DateTimeFormat(locale, intlOptions(options)).format(dateAt("time.format_date", ts)),
    timezone_name: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    // JS's getTimezoneOffset counts minutes west of UTC; east-positive matches ISO "+02:00".
    utc_offset_minutes: (ts) => -dateAt("time.utc_offset_minutes", ts).getTimezoneOffset() || 0,

    set_timeout: (ms, msg) => {
      const id = nextTimer++;
      const handle = setTimeout(() => {
        timers.delete(id);
        pushEvent(msg);
      }, checkDelay("time.set_timeout", "ms", ms));
      timers.set(id, { kind: "timeout", handle });
      return id;
    },
    set_interval: (ms, msg) => {
      const id = nextTimer++;
      const handle = setInterval(() => pushEvent(msg), checkDelay("time.set_interval", "ms", ms));
      timers.set(id, { kind: "interval", handle });
      return id;
    },
    request_frame: (msg) => {
      const id = nextTimer++;
      const handle = requestAnimationFrame(() => {
        timers.delete(id);
        pushEvent(msg);
      });
      timers.set(id, { kind: "frame", handle });
      return id;
    },
    // Like clearTimeout, clearing a timer that already fired is fine: the result says whether
    // one was still pending.
    clear_timer: (id) => {
      const t = timers.get(id);
      if (!t) return false;
      stop(t);
      timers.delete(id);
      return true;
    },
    active_timers: () => [...timers.keys()],
  };

  const signatures = {
    now: "",
    monotonic_ms: "",
    iso: "ts?: num",
    format_date: "ts?: num, locale?: str, options?: dict",
    timezone_name: "",
    utc_offset_minutes: "ts?: num",
    set_timeout: "ms: num, msg: str",
    set_interval: "ms: num, msg: str",
    request_frame: "msg: str",
    clear_timer: "timer: id",
    active_timers: "",
  };
  const out = {};
  for (const [name, fn] of Object.entries(handlers)) out[name] = checked(`time.${name}`, signatures[name], fn);
  out[DISPOSE] = () => {
    for (const t of timers.values()) stop(t);
    timers.clear();
  };
  return out;
};

export default time;

// The official `dom` host library: Python in the worker reads and changes the page's DOM.
// Nodes cross to Python as integer ids from a registry kept here on the main thread; the same
// node always has the same id until Python releases it. Events reach Python's receive() as
// JSON strings through pushEvent. Python signatures and examples: README.md beside this file.

import { checked, pyError, pyTypeName, DISPOSE } from "./args.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const INSERT_POSITIONS = ["beforebegin", "afterbegin", "beforeend", "afterend"];

/** `backgroundColor` → `background-color`; custom properties (`--x`) and kebab names pass. */
const cssName = (name) => (name.startsWith("--") ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/** A value a property getter may hand to Python (JSON-like scalars only). */
const isPlain = (v) => v === null || ["string", "number", "boolean"].includes(typeof v);

export const dom = ({ pushEvent }) => {
  // id → Node, and Node → id so that a node found twice gets the same id.
  const nodes = new Map();
  let ids = new WeakMap();
  let nextId = 1;
  // listener id → {target, type, fn, capture}
  const listeners = new Map();
  let nextListener = 1;

  const idOf = (n) => {
    if (!n) return null;
    let id = ids.get(n);
    if (id === undefined || nodes.get(id) !== n) {
      id = nextId++;
      nodes.set(id, n);
      ids.set(n, id);
    }
    return id;
  };
  const node = (where, id) => {
    const n = nodes.get(id);
    if (n) return n;
    const why = id > 0 && id < nextId ? " (it was released)" : "";
    throw pyError("ValueError", `${where}: no node with id ${id}${why}`);
  };
  const describe = (n) => (n.nodeType === 1 ? `<${n.localName}>` : n.nodeName);
  const element = (where, id) => {
    const n = node(where, id);
    if (n.nodeType !== 1) throw pyError("TypeError", `${where}: node ${id} (${describe(n)}) is not an element`);
    return n;
  };
  /** A node that can have children: an element, the document or a fragment. */
  const container = (where, id) => {
    const n = node(where, id);
    if (![1, 9, 11].includes(n.nodeType)) throw pyError("TypeError", `${where}: node ${id} (${describe(n)}) cannot have children`);
    return n;
  };
  const scope = (where, root) => (root === undefined ? document : container(where, root));

  /** The event target named by Python: a node id, "document" or "window". */
  const eventTarget = (where, target) => {
    if (target === "document") return document;
    if (target === "window") return window;
    if (Number.isSafeInteger(target)) return node(where, target);
    if (target === null || target === undefined) {
      throw pyError("TypeError", `${where}: target is None, not a node id (did query() find nothing?)`);
    }
    throw pyError("TypeError", `${where}: target must be a node id, "document" or "window", not ${JSON.stringify(target)}`);
  };
  const targetName = (t) => (t === window ? "window" : t === document ? "document" : t instanceof Node ? idOf(t) : null);

  /** What Python receives for one event: JSON with the fields that apply to it. */
  const eventMessage = (e, msg, listener, current) => {
    const t = e.target;
    const info = { msg, type: e.type, listener, current, target: targetName(t) };
    if (t && typeof t.value === "string" && ["INPUT", "SELECT", "TEXTAREA", "BUTTON", "OPTION"].includes(t.tagName)) {
      info.value = t.value;
    }
    if (t && t.tagName === "INPUT" && (t.type === "checkbox" || t.type === "radio")) info.checked = t.checked;
    if (typeof e.key === "string") Object.assign(info, { key: e.key, code: e.code, repeat: e.repeat });
    if (typeof e.clientX === "number") Object.assign(info, { x: e.clientX, y: e.clientY, button: e.button });
    if (typeof e.deltaY === "number") Object.assign(info, { delta_x: e.deltaX, delta_y: e.deltaY });
    if (typeof e.ctrlKey === "boolean") Object.assign(info, { alt: e.altKey, ctrl: e.ctrlKey, shift: e.shiftKey, meta: e.metaKey });
    if (e.type === "submit" && t instanceof HTMLFormElement) {
      // Text fields only: a file input's File cannot cross to Python.
      info.form = Object.fromEntries([...new FormData(t)].filter(([, v]) => typeof v === "string"));
    }
    return JSON.stringify(info);
  };

  const setPropOn = (where, n, id, name, value) => {
    if (!(name in n)) throw pyError("AttributeError", `${where}: node ${id} (${describe(n)}) has no property '${name}'`);
    if (!isPlain(value)) throw pyError("TypeError", `${where}: value must be str, int, float, bool or None, not ${pyTypeName(value)}`);
    try {
      n[name] = value;
    } catch (err) {
      if (err instanceof TypeError) throw pyError("AttributeError", `${where}: property '${name}' of node ${id} is read-only`);
      throw err;
    }
  };

  const handlers = {
    // Finding nodes.
    query: (sel, root) => idOf(scope("dom.query", root).querySelector(sel)),
    query_all: (sel, root) => [...scope("dom.query_all", root).querySelectorAll(sel)].map(idOf),
    parent: (id) => idOf(node("dom.parent", id).parentNode),
    children: (id) => [...container("dom.children", id).children].map(idOf),
    closest: (id, sel) => idOf(element("dom.closest", id).closest(sel)),
    matches: (id, sel) => element("dom.matches", id).matches(sel),
    tag_name: (id) => {
      const n = node("dom.tag_name", id);
      return n.nodeType === 1 ? n.localName : n.nodeName.toLowerCase();
    },

    // Creating and moving nodes.
    create: (tag, attrs, text) => {
      const el = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
      for (const [k, v] of Object.entries(attrs ?? {})) {
        if (typeof v !== "string") throw pyError("TypeError", `dom.create: attribute '${k}' must be str, not ${pyTypeName(v)}`);
        el.setAttribute(k, v);
      }
      if (text !== undefined) el.textContent = text;
      return idOf(el);
    },
    append: (parent, ...children) => {
      const p = container("dom.append", parent);
      p.append(...children.map((c) => node("dom.append", c)));
    },
    prepend: (parent, ...children) => {
      const p = container("dom.prepend", parent);
      p.prepend(...children.map((c) => node("dom.prepend", c)));
    },
    insert_before: (parent, child, ref) => {
      const p = container("dom.insert_before", parent);
      const r = ref === undefined ? null : node("dom.insert_before", ref);
      if (r && r.parentNode !== p) throw pyError("ValueError", `dom.insert_before: node ${ref} is not a child of node ${parent}`);
      p.insertBefore(node("dom.insert_before", child), r);
    },
    replace: (old, replacement) => {
      const o = node("dom.replace", old);
      const r = node("dom.replace", replacement);
      if (!o.parentNode) throw pyError("ValueError", `dom.replace: node ${old} is not in the document tree (it has no parent)`);
      o.replaceWith(r);
    },
    remove: (id) => node("dom.remove", id).remove(),
    clone: (id, deep) => idOf(node("dom.clone", id).cloneNode(deep ?? true)),

    // Content.
    get_text: (id) => node("dom.get_text", id).textContent ?? "",
    set_text: (id, text) => {
      node("dom.set_text", id).textContent = text;
    },
    get_html: (id) => element("dom.get_html", id).innerHTML,
    set_html: (id, html) => {
      element("dom.set_html", id).innerHTML = html;
    },
    insert_html: (id, position, html) => {
      if (!INSERT_POSITIONS.includes(position)) {
        throw pyError("ValueError", `dom.insert_html: position must be one of ${INSERT_POSITIONS.map((p) => `'${p}'`).join(", ")}, not '${position}'`);
      }
      element("dom.insert_html", id).insertAdjacentHTML(position, html);
    },

    // Attributes and properties.
    get_attr: (id, name) => element("dom.get_attr", id).getAttribute(name),
    set_attr: (id, name, value) => element("dom.set_attr", id).setAttribute(name, value),
    remove_attr: (id, name) => element("dom.remove_attr", id).removeAttribute(name),
    attrs: (id) => Object.fromEntries([...element("dom.attrs", id).attributes].map((a) => [a.name, a.value])),
    get_prop: (id, name) => {
      const n = node("dom.get_prop", id);
      if (!(name in n)) throw pyError("AttributeError", `dom.get_prop: node ${id} (${describe(n)}) has no property '${name}'`);
      const v = n[name];
      if (isPlain(v)) return v;
      if (v === undefined) return null;
      const kind = v?.constructor?.name ?? typeof v;
      throw pyError("TypeError", `dom.get_prop: property '${name}' of node ${id} is a ${kind}, which cannot cross to Python (only str, int, float, bool, None)`);
    },
    set_prop: (id, name, value) => setPropOn("dom.set_prop", node("dom.set_prop", id), id, name, value),
    get_value: (id) => {
      const n = element("dom.get_value", id);
      if (typeof n.value !== "string") throw pyError("TypeError", `dom.get_value: node ${id} (${describe(n)}) has no value`);
      return n.value;
    },
    set_value: (id, value) => {
      const n = element("dom.set_value", id);
      if (typeof n.value !== "string") throw pyError("TypeError", `dom.set_value: node ${id} (${describe(n)}) has no value`);
      n.value = value;
    },

    // Classes and styles.
    add_class: (id, ...names) => element("dom.add_class", id).classList.add(...names),
    remove_class: (id, ...names) => element("dom.remove_class", id).classList.remove(...names),
    toggle_class: (id, name, force) => element("dom.toggle_class", id).classList.toggle(name, force),
    has_class: (id, name) => element("dom.has_class", id).classList.contains(name),
    get_style: (id, name) => element("dom.get_style", id).style.getPropertyValue(cssName(name)),
    set_style: (id, name, value) => {
      const style = element("dom.set_style", id).style;
      const prop = cssName(name);
      if (value === undefined || value === "") return style.removeProperty(prop), undefined;
      const important = /\s*!important\s*$/i;
      style.setProperty(prop, value.replace(important, ""), important.test(value) ? "important" : "");
      // The browser silently ignores a value it cannot parse; Python hears about it instead.
      if (style.getPropertyValue(prop) === "") {
        throw pyError("ValueError", `dom.set_style: the browser rejected '${value}' for '${prop}' (unknown property or invalid value)`);
      }
    },
    computed_style: (id, name) => getComputedStyle(element("dom.computed_style", id)).getPropertyValue(cssName(name)),
    rect: (id) => {
      const r = element("dom.rect", id).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, top: r.top, right: r.right, bottom: r.bottom, left: r.left };
    },

    // Events.
    bind_event: (target, type, msg, options = {}) => {
      const t = eventTarget("dom.bind_event", target);
      const known = ["prevent_default", "stop_propagation", "once", "passive", "capture", "plain"];
      for (const [k, v] of Object.entries(options)) {
        if (!known.includes(k)) throw pyError("ValueError", `dom.bind_event: unknown option '${k}' (known: ${known.join(", ")})`);
        if (typeof v !== "boolean") throw pyError("TypeError", `dom.bind_event: option '${k}' must be bool`);
      }
      if (options.passive && options.prevent_default) {
        throw pyError("ValueError", "dom.bind_event: a passive listener cannot prevent_default");
      }
      const lid = nextListener++;
      const fn = (e) => {
        // Python answers later, so default actions must be cancelled here, synchronously.
        if (options.prevent_default) e.preventDefault();
        if (options.stop_propagation) e.stopPropagation();
        if (options.once) listeners.delete(lid);
        // The bound node's id is looked up now: Python may have released it since.
        pushEvent(options.plain ? (msg ?? e.type) : eventMessage(e, msg ?? null, lid, targetName(t)));
      };
      t.addEventListener(type, fn, { capture: !!options.capture, once: !!options.once, passive: !!options.passive });
      listeners.set(lid, { t, type, fn, capture: !!options.capture });
      return lid;
    },
    unbind: (lid) => {
      const l = listeners.get(lid);
      if (!l) throw pyError("ValueError", `dom.unbind: no listener with id ${lid} (already unbound, or a once listener that fired)`);
      l.t.removeEventListener(l.type, l.fn, { capture: l.capture });
      listeners.delete(lid);
    },
    focus: (id) => element("dom.focus", id).focus(),
    blur: (id) => element("dom.blur", id).blur(),
    click: (id) => element("dom.click", id).click(),
    scroll_into_view: (id) => element("dom.scroll_into_view", id).scrollIntoView(),

    // Registry and document.
    release: (...released) => {
      for (const id of released) {
        const n = node("dom.release", id);
        nodes.delete(id);
        ids.delete(n);
      }
    },
    live_count: () => nodes.size,
    title: () => document.title,
    set_title: (text) => {
      document.title = text;
    },
  };

  // Python-facing signatures; `checked` validates each call against them (see args.js).
  const signatures = {
    query: "selector: str, root?: id",
    query_all: "selector: str, root?: id",
    parent: "node: id",
    children: "node: id",
    closest: "node: id, selector: str",
    matches: "node: id, selector: str",
    tag_name: "node: id",
    create: "tag: str, attrs?: dict, text?: str",
    append: "parent: id, *child: id",
    prepend: "parent: id, *child: id",
    insert_before: "parent: id, child: id, ref?: id",
    replace: "old: id, new: id",
    remove: "node: id",
    clone: "node: id, deep?: bool",
    get_text: "node: id",
    set_text: "node: id, text: str",
    get_html: "node: id",
    set_html: "node: id, html: str",
    insert_html: "node: id, position: str, html: str",
    get_attr: "node: id, name: str",
    set_attr: "node: id, name: str, value: str",
    remove_attr: "node: id, name: str",
    attrs: "node: id",
    get_prop: "node: id, name: str",
    set_prop: "node: id, name: str, value: any",
    get_value: "node: id",
    set_value: "node: id, value: str",
    add_class: "node: id, *name: str",
    remove_class: "node: id, *name: str",
    toggle_class: "node: id, name: str, force?: bool",
    has_class: "node: id, name: str",
    get_style: "node: id, name: str",
    set_style: "node: id, name: str, value?: str",
    computed_style: "node: id, name: str",
    rect: "node: id",
    bind_event: "target: any, type: str, msg?: str, options?: dict",
    unbind: "listener: id",
    focus: "node: id",
    blur: "node: id",
    click: "node: id",
    scroll_into_view: "node: id",
    release: "*node: id",
    live_count: "",
    title: "",
    set_title: "title: str",
  };
  const out = {};
  for (const [name, fn] of Object.entries(handlers)) out[name] = checked(`dom.${name}`, signatures[name], fn);
  out[DISPOSE] = () => {
    for (const l of listeners.values()) l.t.removeEventListener(l.type, l.fn, { capture: l.capture });
    listeners.clear();
    nodes.clear();
    ids = new WeakMap();
  };
  return out;
};

export default dom;

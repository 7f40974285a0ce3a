// The dom host library, handler by handler, in headless Chromium (see browser.mjs).

import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";

import { openBrowser, openFixture } from "./browser.mjs";

let env;
let fx;
before(async () => {
  env = await openBrowser();
  fx = await openFixture(env);
});
after(async () => {
  assert.deepEqual(fx.pageErrors, []);
  await env.close();
});
beforeEach(() => fx.reset());

const dom = (fn, ...args) => fx.call("dom", fn, ...args);
const fails = (fn, ...args) => fx.fails("dom", fn, ...args);
const read = (js) => fx.page.evaluate(js);

test("query returns a stable id per node, None when absent", async () => {
  const h = await dom("query", "#title");
  assert.ok(Number.isInteger(h) && h > 0);
  assert.equal(await dom("query", "h1.big"), h);
  assert.equal(await dom("query", "#nope"), null);
  assert.equal(await dom("get_text", h), "Hello");
});

test("query_all and scoped queries", async () => {
  const items = await dom("query_all", "li.item");
  assert.equal(items.length, 3);
  assert.deepEqual(await Promise.all(items.map((i) => dom("get_text", i))), ["one", "two", "three"]);
  const list = await dom("query", "#list");
  assert.deepEqual(await dom("query_all", "li", list), items);
  assert.equal(await dom("query", "li", list), items[0]);
  assert.deepEqual(await dom("query_all", ".none"), []);
  assert.deepEqual(await dom("children", list), items);
  assert.equal(await dom("parent", items[1]), list);
  assert.equal(await dom("closest", items[2], "#fixture"), await dom("query", "#fixture"));
  assert.equal(await dom("closest", items[2], "table"), null);
  assert.equal(await dom("matches", items[0], "li:first-child"), true);
  assert.equal(await dom("tag_name", list), "ul");
});

test("a bad selector is a ValueError naming the function", async () => {
  const e = await fails("query", "div[");
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /^dom\.query: .*'div\[' is not a valid selector/);
});

test("create, append, prepend, insert_before, replace, remove, clone", async () => {
  const list = await dom("query", "#list");
  const li = await dom("create", "li", { class: "item new", "data-n": "4" }, "four");
  assert.equal(await read(() => document.querySelectorAll("li").length), 3, "not attached yet");
  await dom("append", list, li);
  assert.equal(await read(() => document.querySelector("#list").lastChild.outerHTML), '<li class="item new" data-n="4">four</li>');
  const a = await dom("create", "li", null, "zero");
  const b = await dom("create", "li", null, "half");
  await dom("prepend", list, a);
  const [, one] = await dom("children", list);
  await dom("insert_before", list, b, one);
  assert.equal(await read(() => document.querySelector("#list").textContent), "zerohalfonetwothreefour");
  await dom("insert_before", list, await dom("create", "li", null, "end"));
  assert.equal(await read(() => document.querySelector("#list").lastChild.textContent), "end");
  await dom("remove", b);
  assert.equal(await dom("parent", b), null);
  assert.equal(await dom("get_text", b), "half", "a removed node keeps its id");
  const copy = await dom("clone", li);
  assert.notEqual(copy, li);
  assert.equal(await dom("get_text", copy), "four");
  const shallow = await dom("clone", li, false);
  assert.equal(await dom("get_text", shallow), "");
  await dom("replace", a, copy);
  assert.equal(await read(() => document.querySelector("#list").firstChild.textContent), "four");
  await dom("append", list, a, b);
  assert.equal(await read(() => document.querySelector("#list").textContent), "fouronetwothreefourendzerohalf");
  const e = await fails("replace", await dom("create", "p"), li);
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /no parent/);
  const e2 = await fails("insert_before", list, b, await dom("query", "#title"));
  assert.match(e2.message, /^dom\.insert_before: node \d+ is not a child of node \d+$/);
});

test("svg elements get the SVG namespace", async () => {
  const svg = await dom("create", "svg:svg", { width: "10", height: "10" });
  const rect = await dom("create", "svg:rect", { width: "5", height: "5" });
  await dom("append", svg, rect);
  await dom("append", await dom("query", "#box"), svg);
  assert.equal(await read(() => document.querySelector("#box rect").namespaceURI), "http://www.w3.org/2000/svg");
  assert.equal(await dom("tag_name", rect), "rect");
});

test("text and html", async () => {
  const box = await dom("query", "#box");
  await dom("set_text", box, "<b>not bold</b>");
  assert.equal(await read(() => document.querySelector("#box").innerHTML), "&lt;b&gt;not bold&lt;/b&gt;");
  await dom("set_html", box, "<b>bold</b> text");
  assert.equal(await dom("get_html", box), "<b>bold</b> text");
  assert.equal(await dom("get_text", box), "bold text");
  await dom("insert_html", box, "beforeend", "<i>!</i>");
  await dom("insert_html", box, "afterbegin", "&gt; ");
  assert.equal(await dom("get_text", box), "> bold text!");
  const e = await fails("insert_html", box, "inside", "x");
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /position must be one of 'beforebegin', 'afterbegin', 'beforeend', 'afterend', not 'inside'/);
});

test("attributes", async () => {
  const box = await dom("query", "#box");
  assert.equal(await dom("get_attr", box, "data-x"), "1");
  assert.equal(await dom("get_attr", box, "data-y"), null);
  await dom("set_attr", box, "data-y", "two");
  await dom("set_attr", box, "aria-label", "Box");
  assert.equal(await read(() => document.querySelector("#box").dataset.y), "two");
  await dom("remove_attr", box, "data-x");
  assert.deepEqual(await dom("attrs", box), { id: "box", class: "box", style: "margin: 2px", "data-y": "two", "aria-label": "Box" });
  const e = await fails("set_attr", box, "data-n", 3);
  assert.equal(e.pyType, "TypeError");
  assert.equal(e.message, "dom.set_attr: argument 'value' must be str, not int");
  const e2 = await fails("set_attr", box, "bad name", "x");
  assert.equal(e2.pyType, "ValueError");
  assert.match(e2.message, /^dom\.set_attr: .*'bad name'/);
  const e3 = await fails("create", "p", { n: 1.5 });
  assert.equal(e3.message, "dom.create: attribute 'n' must be str, not float");
});

test("properties, value and checked", async () => {
  const name = await dom("query", "#name");
  const agree = await dom("query", "#agree");
  const pick = await dom("query", "#pick");
  assert.equal(await dom("get_value", name), "Ada");
  await dom("set_value", name, "Grace");
  assert.equal(await read(() => document.querySelector("#name").value), "Grace");
  assert.equal(await dom("get_prop", agree, "checked"), false);
  await dom("set_prop", agree, "checked", true);
  assert.equal(await read(() => document.querySelector("#agree").checked), true);
  assert.equal(await dom("get_value", pick), "b");
  assert.equal(await dom("get_prop", pick, "selectedIndex"), 1);
  await dom("set_prop", pick, "selectedIndex", 0);
  assert.equal(await dom("get_value", pick), "a");
  await dom("set_prop", name, "disabled", true);
  assert.equal(await read(() => document.querySelector("#name").disabled), true);
  let e = await fails("get_prop", name, "valu");
  assert.equal(e.pyType, "AttributeError");
  assert.equal(e.message, `dom.get_prop: node ${name} (<input>) has no property 'valu'`);
  e = await fails("set_prop", name, "tagName", "p");
  assert.equal(e.pyType, "AttributeError");
  assert.match(e.message, /property 'tagName' of node \d+ is read-only/);
  e = await fails("get_prop", name, "style");
  assert.equal(e.pyType, "TypeError");
  assert.match(e.message, /property 'style' of node \d+ is a CSSStyleDeclaration, which cannot cross to Python/);
  e = await fails("set_prop", name, "value", [1]);
  assert.equal(e.pyType, "TypeError");
  e = await fails("get_value", await dom("query", "#box"));
  assert.equal(e.message, `dom.get_value: node ${await dom("query", "#box")} (<div>) has no value`);
});

test("classes", async () => {
  const t = await dom("query", "#title");
  await dom("add_class", t, "a", "b");
  assert.equal(await dom("get_attr", t, "class"), "big a b");
  await dom("remove_class", t, "big", "a");
  assert.equal(await dom("has_class", t, "b"), true);
  assert.equal(await dom("has_class", t, "big"), false);
  assert.equal(await dom("toggle_class", t, "on"), true);
  assert.equal(await dom("toggle_class", t, "on"), false);
  assert.equal(await dom("toggle_class", t, "on", true), true);
  assert.equal(await dom("toggle_class", t, "on", true), true);
  assert.equal(await dom("get_attr", t, "class"), "b on");
  const e = await fails("add_class", t, "has space");
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /^dom\.add_class: /);
});

test("styles: inline, computed, rejected values, rect", async () => {
  const box = await dom("query", "#box");
  await dom("set_style", box, "backgroundColor", "red");
  await dom("set_style", box, "border-top-width", "3px");
  await dom("set_style", box, "--accent", "blue");
  await dom("set_style", box, "outline-color", "green !important");
  assert.equal(await read(() => document.querySelector("#box").style.getPropertyPriority("outline-color")), "important");
  assert.equal(await dom("get_style", box, "background-color"), "red");
  assert.equal(await dom("get_style", box, "--accent"), "blue");
  assert.equal(await dom("computed_style", box, "color"), "rgb(10, 20, 30)");
  assert.equal(await dom("computed_style", box, "width"), "120px");
  await dom("set_style", box, "margin", null);
  assert.equal(await dom("get_style", box, "margin"), "");
  const e = await fails("set_style", box, "color", "reddish");
  assert.equal(e.pyType, "ValueError");
  assert.equal(e.message, "dom.set_style: the browser rejected 'reddish' for 'color' (unknown property or invalid value)");
  const r = await dom("rect", box);
  assert.equal(r.width, 130);
  assert.equal(r.height, 40);
  assert.equal(r.right - r.left, 130);
});

test("click events reach pushEvent as JSON", async () => {
  const btn = await dom("query", "#link");
  const lid = await dom("bind_event", btn, "click", "clicked");
  await fx.page.click("#link");
  const [ev] = await fx.jsonEvents();
  assert.equal(ev.msg, "clicked");
  assert.equal(ev.type, "click");
  assert.equal(ev.target, btn);
  assert.equal(ev.current, btn);
  assert.equal(ev.listener, lid);
  assert.equal(typeof ev.x, "number");
  assert.equal(ev.button, 0);
  assert.equal(ev.ctrl, false);
  await dom("unbind", lid);
  await fx.page.click("#link");
  assert.equal((await fx.events()).length, 1, "no event after unbind");
  const e = await fails("unbind", lid);
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /^dom\.unbind: no listener with id \d+/);
});

test("input, keyboard, checkbox and submit events carry their fields", async () => {
  const name = await dom("query", "#name");
  const agree = await dom("query", "#agree");
  const form = await dom("query", "#form");
  await dom("bind_event", name, "input", "typed");
  await dom("bind_event", name, "keydown", "key");
  await dom("bind_event", agree, "change", "agree");
  await dom("bind_event", form, "submit", "sent", { prevent_default: true });
  await fx.page.fill("#name", "Bo");
  await fx.page.focus("#name");
  await fx.page.keyboard.press("Shift+KeyZ");
  await fx.page.check("#agree");
  await fx.page.click("#send");
  const evs = await fx.jsonEvents();
  const typed = evs.filter((e) => e.msg === "typed");
  assert.equal(typed.at(-1).value, "BoZ");
  const key = evs.find((e) => e.msg === "key" && e.code === "KeyZ");
  assert.equal(key.key, "Z");
  assert.equal(key.shift, true);
  assert.equal(key.target, name);
  const change = evs.find((e) => e.msg === "agree");
  assert.equal(change.checked, true);
  assert.equal(change.value, "yes");
  const sent = evs.find((e) => e.msg === "sent");
  assert.deepEqual(sent.form, { name: "BoZ", agree: "yes", pick: "b" });
  // prevent_default kept the page from navigating away, so the fixture is still here.
  assert.equal(await read(() => window.fixtureReady), true);
});

test("bubbling, document and window targets, once, stop_propagation", async () => {
  const list = await dom("query", "#list");
  const [, two] = await dom("query_all", "li");
  await dom("bind_event", list, "click", "list");
  await dom("bind_event", "document", "click", "doc");
  await dom("bind_event", "window", "resize", "resized");
  const once = await dom("bind_event", two, "click", "once", { once: true });
  await dom("click", two);
  await dom("click", two);
  let evs = await fx.jsonEvents();
  assert.deepEqual(evs.map((e) => e.msg), ["once", "list", "doc", "list", "doc"]);
  assert.equal(evs[1].target, two);
  assert.equal(evs[1].current, list);
  assert.equal(evs[2].current, "document");
  assert.match((await fails("unbind", once)).message, /already unbound, or a once listener that fired/);
  await fx.page.evaluate(() => (window.events = []));
  await dom("bind_event", two, "click", "stop", { stop_propagation: true });
  await dom("click", two);
  assert.deepEqual((await fx.jsonEvents()).map((e) => e.msg), ["stop"]);
  await fx.page.setViewportSize({ width: 500, height: 400 });
  await fx.page.waitForFunction(() => window.events.some((e) => e.includes("resized")));
  const resized = (await fx.jsonEvents()).find((e) => e.msg === "resized");
  assert.equal(resized.target, "window");
});

test("plain listeners send just the message (or the event type)", async () => {
  const t = await dom("query", "#title");
  await dom("bind_event", t, "click", "hit", { plain: true });
  await dom("bind_event", t, "click", null, { plain: true });
  await fx.page.click("#title");
  assert.deepEqual(await fx.events(), ["hit", "click"]);
});

test("bind_event rejects bad targets and options", async () => {
  let e = await fails("bind_event", null, "click", "x");
  assert.equal(e.pyType, "TypeError");
  assert.equal(e.message, "dom.bind_event: target is None, not a node id (did query() find nothing?)");
  e = await fails("bind_event", "body", "click", "x");
  assert.match(e.message, /target must be a node id, "document" or "window", not "body"/);
  const t = await dom("query", "#title");
  e = await fails("bind_event", t, "click", "x", { prevent: true });
  assert.equal(e.pyType, "ValueError");
  assert.match(e.message, /unknown option 'prevent' \(known: prevent_default/);
  e = await fails("bind_event", t, "click", "x", { passive: true, prevent_default: true });
  assert.match(e.message, /passive listener cannot prevent_default/);
  e = await fails("bind_event", t, "click", "x", { once: 1 });
  assert.equal(e.message, "dom.bind_event: option 'once' must be bool");
});

test("focus, blur, click", async () => {
  const name = await dom("query", "#name");
  await dom("focus", name);
  assert.equal(await read(() => document.activeElement.id), "name");
  await dom("blur", name);
  assert.equal(await read(() => document.activeElement.tagName), "BODY");
  const agree = await dom("query", "#agree");
  await dom("click", agree);
  assert.equal(await dom("get_prop", agree, "checked"), true);
});

test("release frees ids; a released id is a clear error; live_count counts", async () => {
  const before = await dom("live_count");
  const items = await dom("query_all", "li");
  assert.equal(await dom("live_count"), before + 3);
  await dom("release", ...items);
  assert.equal(await dom("live_count"), before);
  const e = await fails("set_text", items[0], "x");
  assert.equal(e.pyType, "ValueError");
  assert.equal(e.message, `dom.set_text: no node with id ${items[0]} (it was released)`);
  const again = await dom("query", "li");
  assert.ok(again > items[2], "a released node gets a fresh id");
  assert.equal((await fails("get_text", 99999)).message, "dom.get_text: no node with id 99999");
  assert.equal((await fails("release", items[0])).pyType, "ValueError");
  // Creating and releasing in a loop does not grow the registry.
  for (let i = 0; i < 5; i++) await dom("release", await dom("create", "p"));
  assert.equal(await dom("live_count"), before + 1);
});

test("title", async () => {
  assert.equal(await dom("title"), "host fixture");
  await dom("set_title", "Edge Python");
  assert.equal(await read(() => document.title), "Edge Python");
});

test("argument errors say which argument and what was passed", async () => {
  let e = await fails("set_text", null, "x");
  assert.equal(e.pyType, "TypeError");
  assert.equal(e.message, "dom.set_text: argument 'node' is None, not an id (did a lookup find nothing?)");
  const t = await dom("query", "#title");
  e = await fails("set_text", t);
  assert.equal(e.message, "dom.set_text: missing argument 'text'");
  e = await fails("set_text");
  assert.equal(e.message, "dom.set_text: missing arguments 'node', 'text'");
  e = await fails("set_text", t, "a", "b");
  assert.equal(e.message, "dom.set_text: takes at most 2 arguments (3 given)");
  e = await fails("set_text", t, 5);
  assert.equal(e.message, "dom.set_text: argument 'text' must be str, not int");
  e = await fails("set_text", "#title", "x");
  assert.equal(e.message, "dom.set_text: argument 'node' must be an id (int), not str");
  e = await fails("query", "li", "#list");
  assert.equal(e.message, "dom.query: argument 'root' must be an id (int) or None, not str");
  const docId = await dom("parent", await dom("query", "html"));
  e = await fails("add_class", docId, "x");
  assert.equal(e.message, `dom.add_class: node ${docId} (#document) is not an element`);
  // Python ints beyond 2**53 arrive as BigInt; floats that are not whole stay floats.
  const big = await fx.page.evaluate(async () => {
    const lib = await window.hostLib("dom");
    const out = [];
    for (const arg of [2n ** 60n, 1.5]) {
      try {
        lib.get_text(arg);
      } catch (err) {
        out.push([err.pyType, err.message]);
      }
    }
    return out;
  });
  assert.deepEqual(big, [
    ["OverflowError", "dom.get_text: argument 'node' is out of range: 1152921504606846976"],
    ["TypeError", "dom.get_text: argument 'node' must be an id (int), not float"],
  ]);
  e = await fails("append", t, await dom("create", "p"), "x");
  assert.equal(e.message, "dom.append: argument 'child' must be an id (int), not str");
});

test("dispose removes every listener and forgets every id", async () => {
  const t = await dom("query", "#title");
  await dom("bind_event", t, "click", "x");
  await fx.page.evaluate(async () => (await window.hostLib("dom"))[Symbol.for("edge-python.dispose")]());
  await fx.page.click("#title");
  assert.deepEqual(await fx.events(), []);
  assert.equal(await dom("live_count"), 0);
  assert.equal((await fails("get_text", t)).pyType, "ValueError");
  assert.equal(await dom("get_text", await dom("query", "#title")), "Hello");
});

//! `_xmltok`: the tokenizer under `xml.etree.ElementTree`'s parser. The Python scanner
//! (`runtime/std/xml.etree._xmlscan.py`) reads XML one token at a time with regular
//! expressions, which made parsing some 100x slower than CPython's expat. It now hands the
//! buffered text to `scan`, which reads every well-formed token it can in one call and
//! stops before the first one it leaves to the Python scanner (see `scan.rs`): errors, DTDs,
//! the XML declaration, namespaces, user-defined entities, tokens cut by the end of a chunk.
//!
//! Tokens become either a list of events for the Python scanner to pass to its target, or,
//! for the stock `TreeBuilder` (`plan` below), the elements themselves, built here as
//! `TreeBuilder.start`/`end`/`data` would build them.

mod scan;
mod tree;

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use scan::{Scanner, Sink};
use tree::TreeSink;

/// Event kinds in the list `scan` returns: `(kind, a, b)` tuples.
const START: i64 = 0;
const END: i64 = 1;
const DATA: i64 = 2;
const COMMENT: i64 = 3;
const PI: i64 = 4;

/// Tokens as `(kind, a, b)` events for an arbitrary target.
struct EventSink {
    events: Vec<Value>,
}

impl EventSink {
    fn push(&mut self, vm: &mut Vm, kind: i64, a: Value, b: Value) {
        let t = vm.new_tuple(vec![Value::Int(kind), a, b]);
        self.events.push(t);
    }
}

impl Sink for EventSink {
    fn start(&mut self, vm: &mut Vm, tag: Value, attrib: Value) {
        self.push(vm, START, tag, attrib);
    }

    fn end(&mut self, vm: &mut Vm, tag: Value) {
        self.push(vm, END, tag, Value::None);
    }

    fn data(&mut self, vm: &mut Vm, text: Value) {
        self.push(vm, DATA, text, Value::None);
    }

    fn comment(&mut self, vm: &mut Vm, text: &str) -> Option<()> {
        let text = vm.new_str(text);
        self.push(vm, COMMENT, text, Value::None);
        Some(())
    }

    fn pi(&mut self, vm: &mut Vm, target: &str, text: &str) -> Option<()> {
        let (target, text) = (vm.new_str(target), vm.new_str(text));
        self.push(vm, PI, target, text);
        Some(())
    }
}

pub(crate) fn list_items(vm: &Vm, v: Value) -> Option<&[Value]> {
    match vm.heap.get(v.as_obj()?) {
        Obj::List(items) => Some(items),
        _ => None,
    }
}

/// The (prefix, URI) pairs of a scope dict.
fn scope_pairs(vm: &Vm, scope: Value) -> Option<Vec<(String, String)>> {
    let Obj::Dict(d) = vm.heap.get(scope.as_obj()?) else { return None };
    d.iter().map(|e| Some((vm.heap.str_of(e.key)?.to_owned(), vm.heap.str_of(e.value)?.to_owned()))).collect()
}

pub(crate) fn set_list(vm: &mut Vm, v: Value, items: Vec<Value>) {
    if let Some(r) = v.as_obj()
        && let Obj::List(list) = vm.heap.get_mut(r)
    {
        *list = items;
    }
}

/// Longest piece of the buffer one call reads: a scan copies what it reads (see below), and
/// a call that stops at its first token must not copy a whole large document. A token cut
/// at the end of a piece goes to the Python scanner like any other stop.
const WINDOW: usize = 16 * 1024;

/// `scan(buf, pos, names, seen_root, scope, frame_depth, plan)`: reads `buf` (a str) from
/// the character index `pos`. `names` (a list of str) are the raw tags of the open elements
/// and is updated in place; `scope` is the dict of namespace prefixes in scope and
/// `frame_depth` the depth of the innermost element declaring one (-1 for none). `plan` is None (events
/// for any target) or `(builder, element_class, sink, want_start, want_end, skip_singles)`
/// for a TreeBuilder whose elements are built here (`tree.rs`). Returns
/// `(stop, seen_root, events)`: the character index of the first token not read (the end of
/// `buf` when all were), and the events (None with a plan).
fn scan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("scan", &a, 7, 7)?;
    let [buf, pos, names_list, seen_root, scope, frame_depth, plan] = a.pos[..] else { unreachable!() };
    let (Some(text), Value::Int(pos)) = (vm.heap.pystr(buf), pos) else {
        return Err(PyErr::type_error("scan() needs a str and an int position"));
    };
    let pos = pos.max(0) as usize;
    let from = text.byte_offset(pos);
    let ascii = text.is_ascii();
    // A copy: strs are allocated while the text is read, and the heap may move a short
    // str's inline bytes when it grows.
    let rest = &text.as_str()[from..];
    let mut end = rest.len().min(WINDOW);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let text = rest[..end].to_owned();
    let Some(scope) = scope_pairs(vm, scope) else {
        return Err(PyErr::type_error("scan() needs a dict of str namespaces"));
    };
    let frame_depth = match frame_depth {
        Value::Int(d) if d >= 0 => Some(d as usize),
        _ => None,
    };
    let Some(names) = list_items(vm, names_list).map(<[Value]>::to_vec) else {
        return Err(PyErr::type_error("scan() needs a list of names"));
    };
    let mut scanner = Scanner::new(&text, names, vm.truthy(seen_root)?, scope, frame_depth);
    let (stop, events) = if matches!(plan, Value::None) {
        let mut sink = EventSink { events: Vec::new() };
        let stop = scanner.run(vm, &mut sink, 0);
        (stop, vm.new_list(sink.events))
    } else {
        let Some(mut sink) = TreeSink::from_plan(vm, plan)? else {
            // Not a builder this module can follow: leave every token to Python.
            return Ok(vm.new_tuple(vec![Value::Int(pos as i64), seen_root, Value::None]));
        };
        let stop = scanner.run(vm, &mut sink, 0);
        sink.store(vm);
        (stop, Value::None)
    };
    let chars = if ascii { stop } else { text[..stop].chars().count() };
    let seen_root = Value::Bool(scanner.seen_root);
    set_list(vm, names_list, scanner.names);
    Ok(vm.new_tuple(vec![Value::Int((pos + chars) as i64), seen_root, events]))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_xmltok");
    vm.module_add_fn(m, "scan", scan);
    Ok(m)
}

//! Elements built in place for the stock `TreeBuilder` (and the `_EventBuilder` of
//! `XMLPullParser`/`iterparse`): what its `start`, `end` and `data` methods do, without a
//! Python call per token. The builder's state (`_elem`, `_data`, `_last`, `_tail`, `_root`)
//! is read at the start of a scan and stored back at the end, so the Python scanner's own
//! calls into the builder (for the tokens it handles) see it as if every token had gone
//! through the methods. Elements are instances of the `Element` class with the attributes
//! its `__init__` stores (`tag`, `attrib`, `_children`), in that order, so they share the
//! layout of elements made in Python.

use super::scan::Sink;
use super::{list_items, set_list};
use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

pub struct TreeSink {
    builder: ObjRef,
    class: ObjRef,
    /// Open elements (innermost last) and their `_children` lists.
    open: Vec<(Value, ObjRef)>,
    /// Text not yet stored as the last element's text or tail.
    data: Vec<Value>,
    last: Value,
    /// `data` is the tail of `last` (it was closed), not its text.
    tail: bool,
    root: Value,
    /// The event list of an `XMLPullParser`, and which of ("start", elem) and ("end",
    /// elem) it wants.
    events: Option<(ObjRef, bool, bool)>,
    /// Comments and processing instructions have no effect on the tree (so they are skipped
    /// here rather than passed to Python).
    skip_singles: bool,
    keys: Keys,
}

/// Interned attribute names.
struct Keys {
    tag: Value,
    attrib: Value,
    children: Value,
    text: Value,
    tail: Value,
    start: Value,
    end: Value,
}

fn builder_attr(vm: &Vm, builder: Value, name: &str) -> Option<Value> {
    vm.instance_attr(builder, name)
}

impl TreeSink {
    /// The sink for `plan` = `(builder, element_class, sink, want_start, want_end,
    /// skip_singles)`, or None when the builder's state is not what `TreeBuilder` keeps.
    pub fn from_plan(vm: &mut Vm, plan: Value) -> PyResult<Option<TreeSink>> {
        let items = match plan.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Tuple(items)) if items.len() == 6 => items.clone(),
            _ => return Ok(None),
        };
        let [builder, class, events, want_start, want_end, skip_singles] = items[..] else { return Ok(None) };
        let (Some(builder_ref), Some(class)) = (builder.as_obj(), class.as_obj()) else { return Ok(None) };
        if !matches!(vm.heap.get(class), Obj::Class(_)) {
            return Ok(None);
        }
        let state = ["_elem", "_data", "_last", "_tail", "_root"].map(|k| builder_attr(vm, builder, k));
        let [Some(elems), Some(data), Some(last), Some(tail), Some(root)] = state else { return Ok(None) };
        let (Some(elems), Some(data)) = (list_items(vm, elems).map(<[Value]>::to_vec), list_items(vm, data)) else {
            return Ok(None);
        };
        let data = data.to_vec();
        let mut open = Vec::with_capacity(elems.len());
        for e in elems {
            let Some(children) = vm.instance_attr(e, "_children").and_then(|c| c.as_obj()) else { return Ok(None) };
            if !matches!(vm.heap.get(children), Obj::List(_)) {
                return Ok(None);
            }
            open.push((e, children));
        }
        let events = match events.as_obj() {
            Some(r) if matches!(vm.heap.get(r), Obj::List(_)) => {
                Some((r, vm.truthy(want_start)?, vm.truthy(want_end)?))
            }
            _ => None,
        };
        let keys = Keys {
            tag: vm.intern("tag"),
            attrib: vm.intern("attrib"),
            children: vm.intern("_children"),
            text: vm.intern("text"),
            tail: vm.intern("tail"),
            start: vm.intern("start"),
            end: vm.intern("end"),
        };
        Ok(Some(TreeSink {
            builder: builder_ref,
            class,
            open,
            data,
            last,
            tail: vm.truthy(tail)?,
            root,
            events,
            skip_singles: vm.truthy(skip_singles)?,
            keys,
        }))
    }

    /// Stores the builder's state back.
    pub fn store(self, vm: &mut Vm) {
        let b = Value::Obj(self.builder);
        if let Some(elems) = builder_attr(vm, b, "_elem") {
            set_list(vm, elems, self.open.iter().map(|&(e, _)| e).collect());
        }
        if let Some(data) = builder_attr(vm, b, "_data") {
            set_list(vm, data, self.data);
        }
        vm.inst_set_str(self.builder, "_last", self.last);
        vm.inst_set_str(self.builder, "_tail", Value::Int(self.tail as i64));
        vm.inst_set_str(self.builder, "_root", self.root);
    }

    /// `TreeBuilder._flush`: pending text becomes the last element's text or tail.
    fn flush(&mut self, vm: &mut Vm) {
        if self.data.is_empty() {
            return;
        }
        if let Some(last) = self.last.as_obj() {
            let text = if self.data.len() == 1 {
                self.data[0]
            } else {
                let joined: String = self.data.iter().filter_map(|&v| vm.heap.str_of(v)).collect();
                vm.new_str(joined)
            };
            let key = if self.tail { self.keys.tail } else { self.keys.text };
            vm.inst_set(last, key, text);
        }
        self.data.clear();
    }

    fn event(&mut self, vm: &mut Vm, start: bool, elem: Value) {
        let Some((list, want_start, want_end)) = self.events else { return };
        if (start && want_start) || (!start && want_end) {
            let name = if start { self.keys.start } else { self.keys.end };
            let ev = vm.new_tuple(vec![name, elem]);
            if let Obj::List(items) = vm.heap.get_mut(list) {
                items.push(ev);
            }
        }
    }
}

impl Sink for TreeSink {
    fn start(&mut self, vm: &mut Vm, tag: Value, attrib: Value) {
        self.flush(vm);
        let Value::Obj(elem) = vm.new_object(self.class) else { return };
        let children = vm.heap.alloc(Obj::List(Vec::new()));
        vm.inst_set(elem, self.keys.tag, tag);
        vm.inst_set(elem, self.keys.attrib, attrib);
        vm.inst_set(elem, self.keys.children, Value::Obj(children));
        let elem = Value::Obj(elem);
        match self.open.last() {
            Some(&(_, parent)) => {
                if let Obj::List(items) = vm.heap.get_mut(parent) {
                    items.push(elem);
                }
            }
            None if matches!(self.root, Value::None) => self.root = elem,
            None => {}
        }
        self.open.push((elem, children));
        self.last = elem;
        self.tail = false;
        self.event(vm, true, elem);
    }

    fn end(&mut self, vm: &mut Vm, _tag: Value) {
        self.flush(vm);
        if let Some((elem, _)) = self.open.pop() {
            self.last = elem;
        }
        self.tail = true;
        self.event(vm, false, self.last);
    }

    fn data(&mut self, _vm: &mut Vm, text: Value) {
        self.data.push(text);
    }

    fn comment(&mut self, _vm: &mut Vm, _text: &str) -> Option<()> {
        self.skip_singles.then_some(())
    }

    fn pi(&mut self, _vm: &mut Vm, _target: &str, _text: &str) -> Option<()> {
        self.skip_singles.then_some(())
    }
}

//! Code objects: the compiled form of a module, class body, function or comprehension.

use std::cell::Cell;
use std::rc::Rc;

use super::opcode::Op;
use crate::value::Value;

/// Where an instruction came from, for tracebacks: its first line, how many more lines it
/// spans, and the character columns where it starts (on the first line) and ends (on the
/// last); 0,0 on one line when unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub more_lines: u16,
    pub col: u16,
    pub end_col: u16,
}

impl Pos {
    pub fn end_line(self) -> u32 {
        self.line + self.more_lines as u32
    }

    /// Whether the columns say anything (CPython draws no carets without them).
    pub fn has_cols(self) -> bool {
        self.more_lines > 0 || self.end_col > self.col
    }
}

/// Flags describing how a code object is called and what its frame needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub async_generator: bool,
    /// Module or class body: names resolve through a namespace dict, not fast locals.
    pub uses_namespace: bool,
    /// Class body (enables `__class__` cell for zero-argument `super()`).
    pub class_body: bool,
    /// The folding variant of a generator expression (compile/fold.rs): a plain frame, but
    /// `StopIteration` escaping it is the generator's `RuntimeError`.
    pub fold: bool,
    /// A generator function marked by `types.coroutine` (CO_ITERABLE_COROUTINE): its
    /// generators can be awaited.
    pub iterable_coroutine: bool,
}

/// An attribute-lookup inline cache: what looking `name` up on class `cls` found, valid
/// while the VM's class epoch is unchanged (any class mutation bumps it); and where `name`
/// sits among the attributes of instances of shape `shape` (valid forever: a shape's keys
/// never change).
#[derive(Clone, Copy, Debug)]
pub struct AttrCache {
    pub cls: u32,
    pub epoch: u32,
    /// `None`: not found along the MRO.
    pub found: Option<Value>,
    /// How `found` takes part in instance attribute access (`AttrCache::FOUND_*`).
    pub found_kind: u8,
    pub shape: u32,
    /// Index of `name` in the values of `shape`'s instances, or `AttrCache::ABSENT`.
    pub slot: u32,
    /// For stores: the shape after adding `name` to `shape` (when absent), or `u32::MAX`.
    pub next: u32,
    /// For loads that have seen several classes or shapes: the index of the site's block of
    /// further entries in the VM's polymorphic table (`vm::fastattr`), or `AttrCache::NO_POLY`.
    pub poly: u16,
    /// The class defines `__setattr__`: stores take the general path (loads do not care).
    pub store_hook: bool,
}

// One per instruction: the polymorphic index and the store-hook flag sit in what was padding.
const _: () = assert!(std::mem::size_of::<AttrCache>() == 40);

impl AttrCache {
    pub const ABSENT: u32 = u32::MAX;
    /// No polymorphic block.
    pub const NO_POLY: u16 = u16::MAX;
    /// Nothing found along the MRO.
    pub const FOUND_NONE: u8 = 0;
    /// A Python function (binds the instance).
    pub const FOUND_FUNCTION: u8 = 1;
    /// A plain class attribute (returned as is).
    pub const FOUND_PLAIN: u8 = 2;
    /// Something that may be a descriptor: the general path decides.
    pub const FOUND_DESCRIPTOR: u8 = 3;
    /// A native method of a built-in container class (`LoadMethod` on a list, dict, str...).
    pub const FOUND_NATIVE_METHOD: u8 = 4;
    /// `args` of an exception instance: neither its class nor the instance has an `args`
    /// of its own (`vm::fastattr`, `exception_args_cached`).
    pub const FOUND_EXC_ARGS: u8 = 5;
    /// An attribute of a class object that the lookup returns as it is (`vm::classattr`);
    /// such an entry holds the complement of the class epoch.
    pub const FOUND_CLASS_ATTR: u8 = 6;
    /// The Python function a `super()` object finds for a method call (`vm::supermethod`);
    /// such an entry holds the complement of the class epoch.
    pub const FOUND_SUPER_METHOD: u8 = 7;
    /// A namedtuple field of a tuple subclass's instances, `slot` its index
    /// (`vm::tuplesub`); such an entry holds the complement of the class epoch.
    pub const FOUND_TUPLE_FIELD: u8 = 8;
    /// The Python function of a `classmethod` that `LoadMethod` on a class object finds: it
    /// is called with the class as its first argument (`vm::classattr`); such an entry
    /// holds the complement of the class epoch.
    pub const FOUND_CLASS_METHOD: u8 = 9;
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            cls: u32::MAX,
            epoch: u32::MAX,
            found: None,
            found_kind: AttrCache::FOUND_NONE,
            shape: u32::MAX,
            slot: AttrCache::ABSENT,
            next: u32::MAX,
            poly: AttrCache::NO_POLY,
            store_hook: false,
        }
    }
}

/// `LoadGlobal`'s inline cache for one name: where the name was found last time, checked
/// on use (the entry at `pos` must still hold the same interned key), so no value is kept.
/// `StoreGlobal` (and module-level `StoreName`) replace the value at `pos` through it too.
#[derive(Clone, Copy, Debug)]
pub struct GlobalCache {
    /// The globals dict the entry was found for (`u32::MAX`: empty cache).
    pub globals: u32,
    /// Entry position in globals, or `u32::MAX` when the name came from builtins.
    pub pos: u32,
    /// Entry position in builtins (when `pos` is `u32::MAX`).
    pub builtin_pos: u32,
    /// Globals' key-set version when the entry was cached (for a builtins hit, the name was
    /// absent from globals then).
    pub globals_version: u64,
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache { globals: u32::MAX, pos: u32::MAX, builtin_pos: u32::MAX, globals_version: 0 }
    }
}

#[derive(Clone, Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub ops: Vec<Op>,
    /// One entry per op.
    pub positions: Vec<Pos>,
    /// Constants, already materialised as heap values of the VM that compiled this code.
    pub consts: Vec<Value>,
    /// Interned `str` values for attribute, global and namespace names.
    pub names: Vec<Value>,
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then others.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions; they live in cells in slots after `varnames`.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing functions; cells follow the `cellvars`.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: the parameter's varnames index.
    pub cell_params: Vec<(usize, usize)>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: CodeFlags,
    /// Maximum operand-stack depth (computed by the compiler, so frames size the stack once).
    pub stacksize: usize,
    pub docstring: Option<Value>,
    /// One inline cache per instruction (used by attribute instructions).
    pub attr_cache: Vec<Cell<AttrCache>>,
    /// One global-name cache per entry of `names` (loads and stores of that name share it).
    pub global_cache: Vec<Cell<GlobalCache>>,
    /// How calls enter this code, decided once (`Code::with_call_shape`) so the call
    /// instructions test one number instead of the flags.
    pub call_shape: CallShape,
}

/// What a call needs to know about a code object before entering it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallShape {
    /// The number of positional arguments that bind by copying them into the first locals
    /// (no defaults, `*args`, `**kwargs` or keyword-only parameters, and the body runs now:
    /// not a generator or coroutine); `u32::MAX` when no call binds that simply.
    pub plain_argc: u32,
    /// The frame has cells (captured locals or free variables) to set up on entry.
    pub has_cells: bool,
    /// Slots the frame needs: `nslots()`.
    pub nslots: u32,
}

impl Code {
    /// CPython's `co_flags` bits for this code object (what `inspect` and
    /// `asyncio.iscoroutinefunction` test): OPTIMIZED|NEWLOCALS for function bodies,
    /// VARARGS, VARKEYWORDS, NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR.
    pub fn co_flags(&self) -> i64 {
        let f = &self.flags;
        let bit = |on: bool, b: i64| if on { b } else { 0 };
        bit(!f.uses_namespace, 0x1 | 0x2)
            | bit(f.varargs, 0x4)
            | bit(f.varkeywords, 0x8)
            | bit(self.qualname.contains("<locals>"), 0x10)
            | bit(f.generator, 0x20)
            | bit(f.coroutine, 0x80)
            | bit(f.iterable_coroutine, 0x100)
            | bit(f.async_generator, 0x200)
    }

    /// A code object with no instructions.
    pub fn empty() -> Code {
        Code {
            name: "".into(),
            qualname: "".into(),
            filename: "".into(),
            firstlineno: 0,
            ops: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_params: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags::default(),
            stacksize: 0,
            docstring: None,
            attr_cache: Vec::new(),
            global_cache: Vec::new(),
            // Not plain until `with_call_shape` looks at the final fields: calls of code
            // built from this take the general path, which checks everything.
            call_shape: CallShape { plain_argc: u32::MAX, has_cells: false, nslots: 0 },
        }
    }

    /// `self` with `call_shape` computed from the other fields (which never change after).
    pub fn with_call_shape(mut self) -> Code {
        let plain = !self.is_generator_like() && self.binds_positionally(self.argcount);
        self.call_shape = CallShape {
            plain_argc: if plain { u32::try_from(self.argcount).unwrap_or(u32::MAX) } else { u32::MAX },
            has_cells: !self.cellvars.is_empty() || !self.freevars.is_empty(),
            nslots: u32::try_from(self.nslots()).unwrap_or(u32::MAX),
        };
        self
    }

    /// True for a generator, coroutine or async generator: calling it makes an object
    /// instead of running the body.
    pub fn is_generator_like(&self) -> bool {
        self.flags.generator || self.flags.coroutine || self.flags.async_generator
    }

    /// True when `n` positional arguments (and no keywords) bind straight to the first `n`
    /// locals: no defaults needed, no `*args`, `**kwargs` or keyword-only parameters.
    pub fn binds_positionally(&self, n: usize) -> bool {
        n == self.argcount && !self.flags.varargs && !self.flags.varkeywords && self.kwonlyargcount == 0
    }

    /// Total local slots a frame needs: fast locals, then cells, then free-variable cells.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.positions.get(pc).map(|p| p.line).unwrap_or(self.firstlineno)
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.attr_cache.iter().filter_map(|c| c.get().found));
        out.extend_from_slice(&self.consts);
        out.extend_from_slice(&self.names);
        out.extend(self.docstring);
    }

    /// Number of parameters that occupy slots (including `*args`/`**kwargs`).
    pub fn total_params(&self) -> usize {
        self.argcount + self.kwonlyargcount + self.flags.varargs as usize + self.flags.varkeywords as usize
    }
}

//! Heap object payloads. One enum variant per built-in kind of object; user classes and their
//! instances are `Class` and `Instance`.

use std::rc::Rc;

use num_bigint::BigInt;

use super::{Dict, PyStr, Value};
use crate::bytecode::Code;
use crate::error::PyResult;
use crate::value::set::Set;
use crate::vm::{Frame, Vm};

pub use super::ObjRef;

/// Arguments of a call into a native (Rust) function. For methods, `pos[0]` is `self`.
#[derive(Debug, Default)]
pub struct Args {
    pub pos: Vec<Value>,
    /// Keyword arguments in call order. Names are plain Rust strings.
    pub kw: Vec<(Rc<str>, Value)>,
}

// Argument buffers of finished calls, kept for the next ones: a call into a native costs no
// allocation (malloc + free were about a third of a `len(x)`). Only emptied buffers are kept,
// so the pool holds no values the GC would have to see.
thread_local! {
    static SPARE_ARGS: std::cell::RefCell<Vec<Vec<Value>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The same for keyword lists, which a native given keywords (`x.quantize(q, rounding=r)`)
    /// would otherwise allocate per call.
    static SPARE_KW: std::cell::RefCell<Vec<KwList>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Keyword names made into `Rc<str>`, by the str object each came from (see `kw_name`).
    static KW_NAMES: std::cell::RefCell<[Option<KwName>; KW_NAME_SLOTS]> =
        const { std::cell::RefCell::new([const { None }; KW_NAME_SLOTS]) };
}

/// Keyword arguments as `Args` holds them.
type KwList = Vec<(Rc<str>, Value)>;
/// A keyword name made into an `Rc<str>`, with the str object it was read from.
type KwName = (ObjRef, Rc<str>);

/// Buffers larger than this are freed rather than kept.
const SPARE_ARGS_CAPACITY: usize = 16;
const SPARE_ARGS_COUNT: usize = 32;
const SPARE_KW_CAPACITY: usize = 8;
const KW_NAME_SLOTS: usize = 64;

/// The keyword name `text`, read from the str object `from`, as `Args` holds it. A call's
/// keyword names are its code's constant strs, so the `Rc<str>` made for one is kept and
/// shared by the next calls naming it: no allocation per keyword per call. A hit is checked
/// against the text, since a collected str's slot can come back as another str.
pub fn kw_name(from: ObjRef, text: &str) -> Rc<str> {
    KW_NAMES.with(|names| {
        let mut names = names.borrow_mut();
        let slot = &mut names[from.0 as usize % KW_NAME_SLOTS];
        if let Some((at, name)) = slot
            && *at == from
            && **name == *text
        {
            return name.clone();
        }
        let name: Rc<str> = text.into();
        *slot = Some((from, name.clone()));
        name
    })
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args { pos, kw: Vec::new() }
    }

    /// Positional arguments copied from `pos`, in a recycled buffer when there is one.
    #[inline]
    pub fn from_slice(pos: &[Value]) -> Args {
        let mut buf = SPARE_ARGS.with(|s| s.borrow_mut().pop()).unwrap_or_default();
        buf.extend_from_slice(pos);
        Args { pos: buf, kw: Vec::new() }
    }
    /// Adds keyword argument `name=v`, into a recycled list when this is the first.
    pub fn push_kw(&mut self, name: Rc<str>, v: Value) {
        if self.kw.capacity() == 0
            && let Some(buf) = SPARE_KW.with(|s| s.borrow_mut().pop())
        {
            self.kw = buf;
        }
        self.kw.push((name, v));
    }

    /// Removes and returns keyword `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

impl Drop for Args {
    #[inline]
    fn drop(&mut self) {
        let cap = self.pos.capacity();
        if cap != 0 && cap <= SPARE_ARGS_CAPACITY {
            let mut buf = std::mem::take(&mut self.pos);
            buf.clear();
            SPARE_ARGS.with(|s| {
                let mut s = s.borrow_mut();
                if s.len() < SPARE_ARGS_COUNT {
                    s.push(buf);
                }
            });
        }
        let cap = self.kw.capacity();
        if cap != 0 && cap <= SPARE_KW_CAPACITY {
            let mut buf = std::mem::take(&mut self.kw);
            buf.clear();
            SPARE_KW.with(|s| {
                let mut s = s.borrow_mut();
                if s.len() < SPARE_ARGS_COUNT {
                    s.push(buf);
                }
            });
        }
    }
}

/// Signature of every built-in function and method.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// How a native function binds when looked up through a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (a module-level builtin like `len`): never binds.
    Function,
    /// An instance method: `obj.m` binds `obj` as `pos[0]`.
    Method,
    /// `cls.m` / `obj.m` binds the class as `pos[0]` (e.g. `dict.fromkeys`, `int.from_bytes`).
    ClassMethod,
    /// Looked up through a class but never binds (e.g. `str.maketrans`).
    StaticMethod,
}

#[derive(Debug)]
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// Bound state for natives that close over a value (e.g. a module's function bound to
    /// its module, `functools.partial`). Passed as `pos[0]` when present.
    pub bound: Option<Value>,
}

/// A Python function defined with `def` or `lambda`.
#[derive(Debug)]
pub struct Function {
    pub code: Rc<Code>,
    /// The defining module's globals dict.
    pub globals: ObjRef,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Positional defaults, aligned with the last parameters.
    pub defaults: Vec<Value>,
    /// Keyword-only defaults by parameter name.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Cells for the code's free variables, in `code.freevars` order.
    pub closure: Vec<ObjRef>,
    /// `__dict__`, created on first attribute store.
    pub dict: Option<ObjRef>,
    pub doc: Value,
    pub module: Value,
    pub annotations: Option<ObjRef>,
}

/// Which built-in payload the instances of a class carry. Built-in classes have one; a user
/// class inherits it from its base (so `class MyList(list)` instances hold a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    NoneType,
    Other,
}

#[derive(Debug)]
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Value,
    pub bases: Vec<ObjRef>,
    /// C3 linearisation, starting with the class itself.
    pub mro: Vec<ObjRef>,
    /// The class namespace (`__dict__`), a `Dict` object.
    pub dict: ObjRef,
    pub metaclass: Option<ObjRef>,
    pub builtin: BuiltinKind,
    /// Bumped whenever this class or a base changes, for attribute inline caches.
    pub version: u32,
    /// Which attribute hooks the class (or a base) overrides, computed when it is created.
    pub hooks: ClassHooks,
    /// Attribute names allowed by `__slots__` when no class in the MRO provides a `__dict__`.
    pub slots: Option<Vec<std::rc::Rc<str>>>,
    /// Defined natively by a module other than builtins (`collections.deque`, `array.array`):
    /// CPython names such a type `module.name` in error messages (its `tp_name`).
    pub module_native: bool,
}

/// Special methods whose presence changes how attribute access works, cached per class so
/// the common case (none of them) costs one flag test.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassHooks {
    pub getattr: bool,
    pub getattribute: bool,
    pub setattr: bool,
    pub delattr: bool,
}

/// Extra state some instances carry besides their attribute dict.
#[derive(Debug)]
pub enum Payload {
    None,
    /// Instances of `BaseException` and subclasses.
    Exception(Box<ExcData>),
    /// Instances of user subclasses of built-ins (`class MyList(list)`) keep the built-in value
    /// they wrap here.
    Builtin(Value),
}

#[derive(Debug, Default)]
pub struct ExcData {
    /// `args` tuple.
    pub args: Option<ObjRef>,
    /// Frames the exception passed through, innermost last: (code, line).
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// For `BaseExceptionGroup` instances: `(message, exceptions tuple)`.
    pub group: Option<(Value, ObjRef)>,
    /// What a failed name or attribute lookup recorded for the traceback's suggestion.
    pub miss: Option<Miss>,
    /// `__traceback__` as built for `traceback.len()` entries (vm/tbobject.rs).
    pub tb_cache: Option<(usize, ObjRef)>,
}

/// A failed lookup, as the interpreter raised it: the exception's `name` (and `obj`), and
/// what CPython's traceback looks at to suggest a close name (vm/suggest.rs).
#[derive(Clone, Debug)]
pub enum Miss {
    /// `obj.name` failed; `own`: in a method of `obj` (the innermost frame's `self`).
    Attr { name: Box<str>, obj: Value, own: bool },
    /// `name` is not defined in the frame running `code`, which had bound the locals whose
    /// bits are set in `bound` (the first 128) and `me` (its `self`), and looked in
    /// `namespace` (a class body's) and `globals`.
    /// `name` is the str object the code looked up.
    Name { name: Value, code: Rc<Code>, bound: u128, me: Option<Value>, namespace: Option<ObjRef>, globals: ObjRef },
}

impl Miss {
    pub fn kind(&self) -> crate::error::ExcKind {
        match self {
            Miss::Attr { .. } => crate::error::ExcKind::AttributeError,
            Miss::Name { .. } => crate::error::ExcKind::NameError,
        }
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        match self {
            Miss::Attr { obj, .. } => out.push(*obj),
            Miss::Name { name, me, namespace, globals, .. } => {
                out.push(*name);
                out.extend(*me);
                out.extend(namespace.map(Value::Obj));
                out.push(Value::Obj(*globals));
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// The failing expression's last line, and its character columns (from its first line
    /// to its last), when known.
    pub end_line: u32,
    pub cols: Option<(u32, u32)>,
}

#[derive(Debug)]
pub struct Instance {
    pub class: ObjRef,
    pub attrs: Attrs,
    pub payload: Payload,
}

impl Instance {
    /// An instance without attributes yet.
    pub fn new(class: ObjRef, payload: Payload) -> Instance {
        Instance { class, attrs: Attrs::Shaped { shape: super::shape::EMPTY_SHAPE, values: Vec::new() }, payload }
    }

    /// An instance whose attributes live in the dict `dict`.
    pub fn with_dict(class: ObjRef, dict: ObjRef, payload: Payload) -> Instance {
        Instance { class, attrs: Attrs::Dict(dict), payload }
    }
}

/// Where an instance keeps its attributes.
#[derive(Debug)]
pub enum Attrs {
    /// Values in the order of the shape's keys (`value::shape`): no per-instance dict.
    Shaped { shape: u32, values: Vec<Value> },
    /// A real `__dict__` (a `Dict` object), once one was asked for, an attribute was deleted
    /// or the shape table's limits were reached.
    Dict(ObjRef),
}

#[derive(Debug)]
pub struct Module {
    pub name: Rc<str>,
    /// The module namespace, a `Dict` object.
    pub dict: ObjRef,
}

#[derive(Debug, Clone)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name it was assigned to in a class body (`__set_name__`), for error
    /// messages and `__name__`; `None` until then.
    pub name: Value,
}

impl Property {
    /// A property with only a getter: what built-in types expose as read-only attributes.
    pub fn read_only(fget: Value, doc: Value) -> Property {
        Property { fget, fset: Value::None, fdel: Value::None, doc, name: Value::None }
    }
}

/// Generator, coroutine or async-generator state.
#[derive(Debug)]
pub struct Generator {
    /// The suspended frame; `None` once finished.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub started: bool,
    /// An async generator with an `asend`/`athrow` awaitable in progress (`ag_running`).
    pub async_running: bool,
    pub kind: GenKind,
    /// The generator function's code: `gi_code` outlives the frame.
    pub code: Rc<Code>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Queued once to be closed after the collector found it unreachable (vm/genfinal.rs);
    /// never again, even if closing it leaves it suspended.
    pub finalized: bool,
    /// An async generator's `sys.set_asyncgen_hooks` finalizer, taken on its first
    /// iteration: called with it instead of closing it (asyncio schedules `aclose()`).
    pub finalizer: Option<Value>,
    /// The async generator took its hooks (`Vm::init_asyncgen_hooks`).
    pub hooked: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Iterators over built-in containers, advanced by `FOR_ITER` without a call.
#[derive(Debug)]
pub enum IterState {
    /// list, tuple, bytes, bytearray by index (re-reads the length each step, like CPython).
    Seq {
        seq: ObjRef,
        idx: usize,
        /// Made by a `for` loop's `GetIter` (`Vm::loop_iter`): only that loop's stack slot
        /// holds it, so the loop may free it when it ends.
        owned: bool,
    },
    /// `reversed(list)` and friends: yields `seq[idx-1]` down to `seq[0]`.
    Reversed {
        seq: ObjRef,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
        /// As for `Seq`.
        owned: bool,
    },
    /// Iterates a `str` by byte position.
    Str {
        s: ObjRef,
        pos: usize,
    },
    DictKeys {
        dict: ObjRef,
        pos: usize,
        len: usize,
    },
    DictValues {
        dict: ObjRef,
        pos: usize,
        len: usize,
    },
    DictItems {
        dict: ObjRef,
        pos: usize,
        len: usize,
    },
    Set {
        set: ObjRef,
        pos: usize,
        len: usize,
    },
    /// The old `__getitem__` sequence protocol.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

/// The bounds of a `range` too big for `Obj::Range`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// An iterator implemented in Rust outside the VM core (`zip`, `map`, `enumerate`, itertools…).
pub trait NativeIter: std::fmt::Debug {
    /// Python type name, e.g. `"zip"`.
    fn type_name(&self) -> &'static str;
    /// Next item, `Ok(None)` when exhausted.
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>>;
    /// Pushes every `Value` this iterator holds (for the garbage collector).
    fn trace(&self, out: &mut Vec<Value>);
    /// Items left, for the `__length_hint__` of the iterator types that have one in CPython.
    fn length_hint(&self, vm: &Vm) -> Option<i64> {
        let _ = vm;
        None
    }
    /// For iterators whose `repr()` is `name(arg, ...)` (e.g. `count(5)`): the values to
    /// `repr` between the parentheses. `None`: the default `<name object at ...>`.
    fn repr_args(&self) -> Option<Vec<Value>> {
        None
    }
    /// The Python class of this iterator, if not the generic `native_iterator` (e.g.
    /// `itertools.count`). The class should provide `__iter__`/`__next__`.
    fn class(&self) -> Option<ObjRef> {
        None
    }
    /// For iterators that make a fresh tuple of the same length for every item (`zip`,
    /// `enumerate`): that
    /// length, so a `for a, b in ...` may take the fields with `next_fields` instead.
    fn item_width(&self) -> Option<usize> {
        None
    }
    /// The next item's fields written to `out` (as long as `item_width`) instead of a tuple
    /// nobody else sees: `Ok(false)` when exhausted. Only called when `item_width` matches.
    fn next_fields(&mut self, vm: &mut Vm, out: &mut [Value]) -> PyResult<bool> {
        let _ = (vm, out);
        Ok(false)
    }
    /// For `enumerate` whose next index is an int below `i64::MAX`: its inner iterator and
    /// that index. A `for i, x in enumerate(seq)` over a built-in list, tuple or range
    /// iterator then steps the inner one itself and `set_next_index`es, with no call
    /// through `next_fields` (the general path keeps the collector's rooting).
    fn counted_source(&self) -> Option<(Value, i64)> {
        None
    }
    /// After `counted_source`: the next index.
    fn set_next_index(&mut self, next: i64) {
        let _ = next;
    }
    /// For iterators whose methods need their concrete state (the async-generator
    /// awaitables' `send`/`throw`): `Some(self)`.
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        None
    }
}

#[derive(Debug)]
pub enum Obj {
    Str(PyStr),
    /// Always outside the i64 range.
    BigInt(BigInt),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Box<Dict>),
    Set(Box<Set>),
    FrozenSet(Box<Set>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A `range` whose start, stop or step does not fit an i64 (builtins/functions/bigrange.rs).
    BigRange(Box<BigRange>),
    Slice(Box<[Value; 3]>),
    Complex(f64, f64),
    Function(Box<Function>),
    Native(Box<NativeFunction>),
    BoundMethod {
        receiver: Value,
        func: Value,
    },
    Class(Box<Class>),
    Instance(Box<Instance>),
    Module(Box<Module>),
    /// A closure cell; `None` while unbound.
    Cell(Option<Value>),
    Generator(Box<Generator>),
    Iter(Box<IterState>),
    NativeIter(Box<dyn NativeIter>),
    Property(Box<Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        this_class: ObjRef,
        obj: Value,
    },
    Code(Rc<Code>),
    NotImplemented,
    Ellipsis,
    /// A `NativeIter` or generator temporarily moved out while it runs.
    Busy,
    /// A free heap slot; holds the next free slot index (u32::MAX ends the list).
    Free(u32),
}

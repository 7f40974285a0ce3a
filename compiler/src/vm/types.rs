//! The built-in classes, created once per VM at start-up.

use std::rc::Rc;

use super::Vm;
use crate::error::ExcKind;
use crate::value::{BuiltinKind, Class, Dict, Obj, ObjRef, Value};

macro_rules! builtin_types {
    ($( $field:ident = $name:literal : $kind:ident ),* $(,)?) => {
        /// Class objects for the built-in types. `exceptions` is indexed by `ExcKind as usize`.
        #[derive(Clone, Debug)]
        pub struct Types {
            $( pub $field: ObjRef, )*
            pub exceptions: Vec<ObjRef>,
        }

        impl Types {
            /// Every class object, for the garbage collector.
            pub(crate) fn trace(&self, out: &mut Vec<Value>) {
                $( out.push(Value::Obj(self.$field)); )*
                out.extend(self.exceptions.iter().map(|r| Value::Obj(*r)));
            }

            /// Python-visible built-in names (for the `builtins` module). The names are one
            /// static table (data), not a vector built by code: `Vm::new` walks them on every
            /// start, and the wasm engine compiles code before it runs it.
            pub(crate) fn named(&self) -> impl Iterator<Item = (&'static str, ObjRef)> {
                const NAMES: &[&str] = &[ $( $name ),* ];
                NAMES.iter().copied().zip([ $( self.$field ),* ])
            }

            /// All-zero refs, replaced by `create_types` during `Vm::new`.
            pub(crate) fn placeholder() -> Types {
                Types { $( $field: ObjRef(0), )* exceptions: Vec::new() }
            }

            fn create(heap_alloc: &mut dyn FnMut(&str, BuiltinKind, Option<ObjRef>) -> ObjRef, object: ObjRef) -> Types {
                Types {
                    $( $field: if $name == "object" { object } else { heap_alloc($name, BuiltinKind::$kind, Some(object)) }, )*
                    exceptions: Vec::new(),
                }
            }
        }
    };
}

builtin_types! {
    object = "object": Object,
    type_ = "type": Type,
    int = "int": Int,
    bool_ = "bool": Bool,
    float = "float": Float,
    complex = "complex": Complex,
    str = "str": Str,
    bytes = "bytes": Bytes,
    bytearray = "bytearray": ByteArray,
    list = "list": List,
    tuple = "tuple": Tuple,
    dict = "dict": Dict,
    set = "set": Set,
    frozenset = "frozenset": FrozenSet,
    range = "range": Other,
    slice = "slice": Other,
    none = "NoneType": NoneType,
    not_implemented = "NotImplementedType": Other,
    ellipsis = "ellipsis": Other,
    function = "function": Other,
    builtin_function = "builtin_function_or_method": Other,
    method = "method": Other,
    module = "module": Other,
    cell = "cell": Other,
    generator = "generator": Other,
    coroutine = "coroutine": Other,
    async_generator = "async_generator": Other,
    async_generator_asend = "async_generator_asend": Other,
    async_generator_athrow = "async_generator_athrow": Other,
    anext_awaitable = "anext_awaitable": Other,
    property = "property": Other,
    staticmethod = "staticmethod": Other,
    classmethod = "classmethod": Other,
    super_ = "super": Other,
    code = "code": Other,
    iterator = "iterator": Other,
    list_iterator = "list_iterator": Other,
    tuple_iterator = "tuple_iterator": Other,
    range_iterator = "range_iterator": Other,
    str_iterator = "str_ascii_iterator": Other,
    str_unicode_iterator = "str_iterator": Other,
    bytes_iterator = "bytes_iterator": Other,
    bytearray_iterator = "bytearray_iterator": Other,
    list_reverseiterator = "list_reverseiterator": Other,
    dict_keyiterator = "dict_keyiterator": Other,
    dict_valueiterator = "dict_valueiterator": Other,
    dict_itemiterator = "dict_itemiterator": Other,
    dict_reversekeyiterator = "dict_reversekeyiterator": Other,
    dict_reversevalueiterator = "dict_reversevalueiterator": Other,
    dict_reverseitemiterator = "dict_reverseitemiterator": Other,
    odict_iterator = "odict_iterator": Other,
    set_iterator = "set_iterator": Other,
    callable_iterator = "callable_iterator": Other,
    reversed = "reversed": Other,
    zip_iterator = "zip": Other,
    map_iterator = "map": Other,
    filter_iterator = "filter": Other,
    enumerate_iterator = "enumerate": Other,
    deque_iterator = "_deque_iterator": Other,
    deque_reverse_iterator = "_deque_reverse_iterator": Other,
    native_iterator = "native_iterator": Other,
    longrange_iterator = "longrange_iterator": Other,
    itertools_grouper = "_grouper": Other,
    itertools_tee = "_tee": Other,
    traceback = "traceback": Object,
    frame = "frame": Object,
}

impl Vm {
    /// Creates `object`, `type`, the other built-in classes and the exception hierarchy.
    pub(crate) fn create_types(&mut self) {
        let object = self.raw_class("object", BuiltinKind::Object, None);
        // `object()` instances have no `__dict__`: no attribute can be set on them.
        if let Obj::Class(c) = self.heap.get_mut(object) {
            c.slots = Some(Vec::new());
        }
        let heap = &mut self.heap;
        let mut make = |name: &str, kind: BuiltinKind, base: Option<ObjRef>| raw_class_in(heap, name, kind, base);
        let mut types = Types::create(&mut make, object);
        // bool derives from int.
        if let Obj::Class(c) = self.heap.get_mut(types.bool_) {
            c.bases = vec![types.int];
            c.mro = vec![types.bool_, types.int, object];
        }
        for &kind in ExcKind::ALL {
            let base = if kind == ExcKind::BaseException { object } else { types.exceptions[kind.base() as usize] };
            let cls = raw_class_in(&mut self.heap, kind.name(), BuiltinKind::Exception, Some(base));
            types.exceptions.push(cls);
        }
        // ExceptionGroup(BaseExceptionGroup, Exception).
        let ex = |k: ExcKind| types.exceptions[k as usize];
        let (eg, beg, e, be) = (
            ex(ExcKind::ExceptionGroup),
            ex(ExcKind::BaseExceptionGroup),
            ex(ExcKind::Exception),
            ex(ExcKind::BaseException),
        );
        if let Obj::Class(c) = self.heap.get_mut(eg) {
            c.bases = vec![beg, e];
            c.mro = vec![eg, beg, e, be, object];
        }
        self.types = types;
    }

    fn raw_class(&mut self, name: &str, kind: BuiltinKind, base: Option<ObjRef>) -> ObjRef {
        raw_class_in(&mut self.heap, name, kind, base)
    }

    /// The class object of a built-in exception kind.
    #[inline]
    pub fn exc_class(&self, kind: ExcKind) -> ObjRef {
        self.types.exceptions[kind as usize]
    }
}

/// Allocates a built-in class with single inheritance from `base`.
fn raw_class_in(heap: &mut crate::value::Heap, name: &str, kind: BuiltinKind, base: Option<ObjRef>) -> ObjRef {
    let dict = heap.alloc(Obj::Dict(Box::new(Dict::new())));
    let mut mro = Vec::new();
    if let Some(b) = base
        && let Obj::Class(bc) = heap.get(b)
    {
        mro = bc.mro.clone();
    }
    let name: Rc<str> = name.into();
    let cls = heap.alloc(Obj::Class(Box::new(Class {
        name: name.clone(),
        qualname: name,
        module: Value::None,
        bases: base.into_iter().collect(),
        mro: Vec::new(),
        dict,
        metaclass: None,
        builtin: kind,
        version: 0,
        hooks: Default::default(),
        slots: None,
        module_native: false,
    })));
    mro.insert(0, cls);
    if let Obj::Class(c) = heap.get_mut(cls) {
        c.mro = mro;
    }
    cls
}

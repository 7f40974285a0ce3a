//! Python exceptions as seen from Rust.
//!
//! Most errors are raised by Rust code that has no exception object at hand (and often
//! none is ever needed, e.g. a `KeyError` caught by `dict.get`), so `PyErr` can describe an
//! exception lazily by kind and message; the VM turns it into a real instance only when
//! Python code can observe it.

use crate::value::{ObjRef, Value};

macro_rules! exc_kinds {
    ($( $kind:ident : $base:ident ),* $(,)?) => {
        /// Built-in exception classes. Each has exactly one base listed here.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $( $kind ),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[ $( ExcKind::$kind ),* ];

            pub fn name(self) -> &'static str {
                match self { $( ExcKind::$kind => stringify!($kind) ),* }
            }

            /// The base class (`BaseException` is its own base).
            pub fn base(self) -> ExcKind {
                match self { $( ExcKind::$kind => ExcKind::$base ),* }
            }
        }
    };
}

// Order matters: a base always comes before its subclasses.
exc_kinds! {
    BaseException: BaseException,
    BaseExceptionGroup: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    PythonFinalizationError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    // Raised when a run exceeds its instruction budget (a sandbox limit). Not a subclass of
    // `Exception`, so a broad `except Exception:` cannot swallow it.
    ResourceLimitError: BaseException,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// An exception on its way up the Rust stack.
///
/// One pointer: `PyResult<()>` is then a single word that wasm returns in a register,
/// `PyResult<Value>` no larger than a `Value` (16 bytes, the pointer in its padding), and a `?`
/// moves one word. Errors are rare, so the box each costs is cheap. compiler_lib.wasm with the
/// former 16-byte enum (24-byte `PyResult<Value>`): 1,327,008 bytes raw, 525,307 gzip; with
/// this: 1,223,687 and 493,980 (half of that came from boxing instances too).
#[derive(Debug, Clone)]
pub struct PyErr(Box<Raised>);

/// What a `PyErr` carries.
#[derive(Debug, Clone)]
pub enum Raised {
    /// An exception instance (any class derived from `BaseException`).
    Obj(ObjRef),
    /// A built-in exception with a single string argument (the common case), not made into
    /// an instance yet.
    Msg(ExcKind, String),
    /// A built-in exception with arbitrary arguments (`KeyError(key)`, `StopIteration(value)`,
    /// `SystemExit(code)`), not made into an instance yet.
    Args(ExcKind, Vec<Value>),
    /// An `AttributeError` or `NameError` for a failed lookup (with the message), not made
    /// into an instance yet.
    Miss(String, crate::value::Miss),
    /// A `UnicodeDecodeError` or `UnicodeEncodeError` of a codec, not made into an instance
    /// yet (the codec has no VM to allocate its five arguments).
    Codec(Box<CodecFailure>),
}

/// What a codec could not decode or encode: the five arguments of the exception, and its
/// `str()` worked out once (tests and `message()` read it without a VM).
#[derive(Debug, Clone)]
pub struct CodecFailure {
    pub encoding: &'static str,
    pub object: CodecInput,
    pub start: usize,
    pub end: usize,
    pub reason: String,
    pub msg: String,
}

/// The `object` of a codec error: the bytes being decoded or the text being encoded.
#[derive(Debug, Clone)]
pub enum CodecInput {
    Bytes(Vec<u8>),
    Text(String),
}

/// CPython's escape for one character in a `UnicodeEncodeError`/`UnicodeTranslateError`
/// message: `\xe9`, `\u20ac`, `\U0001f600` (printable ASCII too: `\x62`).
pub fn unicode_error_escape(u: u32) -> String {
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

impl CodecFailure {
    /// A decoder's failure on `object[start..end]`.
    pub fn decode(encoding: &'static str, object: &[u8], start: usize, end: usize, reason: &str) -> CodecFailure {
        let what = match object.get(start) {
            Some(b) if end == start + 1 => format!("byte 0x{b:02x} in position {start}"),
            _ => format!("bytes in position {start}-{}", end as i64 - 1),
        };
        let msg = format!("'{encoding}' codec can't decode {what}: {reason}");
        CodecFailure { encoding, object: CodecInput::Bytes(object.to_vec()), start, end, reason: reason.into(), msg }
    }

    /// An encoder's failure on the characters `start..end` of `object` (counted in code points).
    pub fn encode(encoding: &'static str, object: &str, start: usize, end: usize, reason: &str) -> CodecFailure {
        let what = match object.chars().nth(start) {
            Some(c) if end == start + 1 => {
                format!("character '{}' in position {start}", unicode_error_escape(c as u32))
            }
            _ => format!("characters in position {start}-{}", end as i64 - 1),
        };
        let msg = format!("'{encoding}' codec can't encode {what}: {reason}");
        CodecFailure { encoding, object: CodecInput::Text(object.into()), start, end, reason: reason.into(), msg }
    }

    pub fn kind(&self) -> ExcKind {
        match self.object {
            CodecInput::Bytes(_) => ExcKind::UnicodeDecodeError,
            CodecInput::Text(_) => ExcKind::UnicodeEncodeError,
        }
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// Sizes from this many bytes up are probed before they are allocated.
const PROBE_FROM_BYTES: usize = 1 << 24;

/// `MemoryError` unless a block of `bytes` can be allocated now. Rust aborts the process (on
/// wasm: traps) when an allocation fails or exceeds the address space (`bytearray(2**31)` on
/// wasm32, `[0] * 2**29` there, `"x".ljust(2**62)` anywhere), so code that allocates a size
/// the program chose asks here first. Large sizes are probed with a fallible reservation
/// that is freed at once (an untouched block costs the allocator only address space).
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    if bytes > isize::MAX as usize {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    if bytes >= PROBE_FROM_BYTES && Vec::<u8>::new().try_reserve_exact(bytes).is_err() {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(())
}

impl PyErr {
    #[cold]
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::msg(kind, msg.into())
    }
    /// A built-in exception with one string argument (not generic, unlike `new`).
    #[cold]
    pub fn msg(kind: ExcKind, msg: String) -> PyErr {
        PyErr(Box::new(Raised::Msg(kind, msg)))
    }
    /// A built-in exception with arbitrary arguments.
    #[cold]
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(Raised::Args(kind, args)))
    }
    /// A codec's `UnicodeDecodeError`/`UnicodeEncodeError`.
    #[cold]
    pub fn codec(failure: CodecFailure) -> PyErr {
        PyErr(Box::new(Raised::Codec(Box::new(failure))))
    }
    /// An exception instance.
    #[cold]
    pub fn obj(exc: ObjRef) -> PyErr {
        PyErr(Box::new(Raised::Obj(exc)))
    }

    pub fn raised(&self) -> &Raised {
        &self.0
    }

    #[cold]
    pub fn from_raised(r: Raised) -> PyErr {
        PyErr(Box::new(r))
    }

    pub fn into_raised(self) -> Raised {
        *self.0
    }

    /// The exception instance, when the error is one.
    pub fn as_obj(&self) -> Option<ObjRef> {
        match *self.0 {
            Raised::Obj(r) => Some(r),
            _ => None,
        }
    }
    #[cold]
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::TypeError, msg.into())
    }
    #[cold]
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::ValueError, msg.into())
    }
    #[cold]
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::IndexError, msg.into())
    }
    #[cold]
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::AttributeError, msg.into())
    }
    #[cold]
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::OverflowError, msg.into())
    }
    #[cold]
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::ZeroDivisionError, msg.into())
    }
    #[cold]
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::RuntimeError, msg.into())
    }
    #[cold]
    pub fn not_implemented(msg: impl Into<String>) -> PyErr {
        PyErr::msg(ExcKind::NotImplementedError, msg.into())
    }
    /// `KeyError(key)`: its `str()` is the key's `repr()`, so it carries the key itself.
    #[cold]
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(ExcKind::KeyError, vec![key])
    }
    /// `StopIteration(value)`, as raised by a generator's `return value`.
    #[cold]
    pub fn stop_iteration(value: Value) -> PyErr {
        if value.is_none() {
            PyErr::with_args(ExcKind::StopIteration, vec![])
        } else {
            PyErr::with_args(ExcKind::StopIteration, vec![value])
        }
    }

    /// The built-in kind, when this error was raised lazily (not as an instance).
    pub fn kind(&self) -> Option<ExcKind> {
        match *self.0 {
            Raised::Msg(k, _) | Raised::Args(k, _) => Some(k),
            Raised::Miss(_, ref m) => Some(m.kind()),
            Raised::Codec(ref c) => Some(c.kind()),
            Raised::Obj(_) => None,
        }
    }

    /// Kind and message of a lazily raised built-in exception with one string argument.
    pub fn message(&self) -> Option<(ExcKind, &str)> {
        match &*self.0 {
            Raised::Msg(k, m) => Some((*k, m)),
            Raised::Miss(msg, m) => Some((m.kind(), msg)),
            Raised::Codec(c) => Some((c.kind(), &c.msg)),
            _ => None,
        }
    }
}

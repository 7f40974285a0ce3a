//! The virtual machine: state, start-up, and the public entry points. The dispatch loop is in
//! `interp.rs`; protocols (attributes, calls, operators, iteration) each have their own file.

mod alloc;
mod asyncgen;
mod attr;
mod call;
mod carets;
mod class;
mod classattr;
mod ctor;
mod exc;
mod excgroup;
mod fastattr;
mod fastcall;
mod frame;
mod gcsafe;
mod genfinal;
mod hoststack;
mod import;
mod instattr;
mod intern;
mod interp;
mod items;
mod iter;
mod keys;
mod kwcall;
pub(crate) mod natives;
#[cfg(test)]
pub(crate) mod null_host;
mod ops;
mod repr;
mod slicing;
pub(crate) mod suggest;
pub(crate) use suggest::closest as closest_name;
mod supermethod;
mod suspend;
mod tbobject;
mod tuplesub;
mod types;
mod unicodeexc;

pub(crate) use asyncgen::{builtin_aiter, builtin_anext};
pub use frame::{Block, BlockKind, Frame};
pub use hoststack::ENGINE_STACK_SHARE_PERCENT;
pub use suspend::{RunState, SuspendState, WaitReason};
pub use types::Types;

use crate::compile::fasthash::Map as HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::{Heap, IterState, ObjRef, Value};

/// What the VM needs from whoever embeds it: output, the clock, and module sources.
pub trait Host {
    /// Text written to `sys.stdout` (`print`) or `sys.stderr`.
    fn write(&mut self, stream: Stream, text: &str);
    /// Pushes what was written to `stream` out to its destination (`flush()`, `print(flush=True)`),
    /// for hosts that buffer it.
    fn flush(&mut self, stream: Stream) {
        let _ = stream;
    }
    /// Nanoseconds since the Unix epoch.
    fn now_ns(&mut self) -> u64;
    /// Monotonic nanoseconds (for `time.perf_counter`/`monotonic`).
    fn monotonic_ns(&mut self) -> u64;
    /// CPU nanoseconds used so far by the process (`time.process_time`) or, with `thread`,
    /// by the thread running the VM (`time.thread_time`); `None` when the host cannot tell
    /// (the browser), and the monotonic clock stands in.
    fn cpu_ns(&mut self, thread: bool) -> Option<u64> {
        let _ = thread;
        None
    }
    /// Blocks for `seconds` (native hosts); the wasm host suspends instead.
    fn sleep(&mut self, seconds: f64);
    /// Source of the module with this dotted name, and its file name for tracebacks,
    /// or `None` if the host has no such module. `is_package` marks `pkg/__init__.py`.
    fn load_module(&mut self, dotted_name: &str) -> Option<ModuleSource>;
    /// The program's own module of this name if the host has it at hand (no fetching): it
    /// shadows a library module the VM provides natively (`heapq.py` next to the script
    /// wins over the built-in `heapq`, as the script's directory comes first in CPython).
    fn local_module(&mut self, dotted_name: &str) -> Option<ModuleSource> {
        let _ = dotted_name;
        None
    }
    /// 64 bits from the system's entropy source (`os.urandom`), or `None` if there is none.
    fn random_u64(&mut self) -> Option<u64> {
        None
    }
    /// Reads one line from standard input (for `input()`); `None` at end of file.
    fn read_line(&mut self) -> Option<String> {
        None
    }

    // ---- the file system behind `open()` and `os` (the defaults: there is none) ----
    // Paths are as the program gave them; errors are errnos (Linux numbering, `fs_errno`).

    /// The whole content of a file.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        let _ = path;
        Err(fs_errno::ENOSYS)
    }
    /// Creates or truncates a file with `data`, or (`append`) adds `data` at its end.
    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), i32> {
        let _ = (path, data, append);
        Err(fs_errno::ENOSYS)
    }
    /// What is at `path`, if anything.
    fn file_kind(&mut self, path: &str) -> Option<FileKind> {
        let _ = path;
        None
    }
    /// What `os.stat` reports of `path` (of a symbolic link itself when `follow` is false).
    /// The default tells the kind and the size, with times 0.
    fn file_stat(&mut self, path: &str, follow: bool) -> Result<FileStat, i32> {
        let _ = follow;
        let (mode, nlink, size) = match self.file_kind(path) {
            None => return Err(fs_errno::ENOENT),
            Some(FileKind::Dir) => (0o040755, 2, 4096),
            Some(FileKind::File) => (0o100644, 1, self.read_file(path)?.len() as u64),
        };
        Ok(FileStat { mode, nlink, size, ..FileStat::default() })
    }
    /// `os.utime`: sets the access and modification times (nanoseconds since the epoch), or
    /// both to now when `times` is `None`.
    fn set_file_times(&mut self, path: &str, times: Option<(i64, i64)>, follow: bool) -> Result<(), i32> {
        let _ = (path, times, follow);
        Err(fs_errno::ENOSYS)
    }
    /// `os.chmod`: sets the permission bits.
    fn set_file_mode(&mut self, path: &str, mode: u32) -> Result<(), i32> {
        let _ = (path, mode);
        Err(fs_errno::ENOSYS)
    }
    /// `os.readlink`: where a symbolic link points (EINVAL: `path` is not one).
    fn read_link(&mut self, path: &str) -> Result<String, i32> {
        match self.file_kind(path) {
            Some(_) => Err(fs_errno::EINVAL),
            None => Err(fs_errno::ENOENT),
        }
    }
    /// `os.symlink`: makes `path` a symbolic link to `target`.
    fn make_symlink(&mut self, target: &str, path: &str) -> Result<(), i32> {
        let _ = (target, path);
        Err(fs_errno::ENOSYS)
    }
    /// The names in a directory (any order).
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        let _ = path;
        Err(fs_errno::ENOSYS)
    }
    /// Removes a file.
    fn remove_file(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(fs_errno::ENOSYS)
    }
    /// Creates one directory (its parent must exist).
    fn make_dir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(fs_errno::ENOSYS)
    }
    /// Removes an empty directory.
    fn remove_dir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(fs_errno::ENOSYS)
    }
    /// The current directory (`os.getcwd()`), absolute.
    fn current_dir(&mut self) -> String {
        "/".to_string()
    }
    /// `os.chdir`.
    fn set_current_dir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(fs_errno::ENOSYS)
    }
    /// `os.access`: whether `path` exists (`mode` 0) and allows reading (4), writing (2) and
    /// running (1) as `mode` asks. The default answers as for the superuser.
    fn access(&mut self, path: &str, mode: u32) -> bool {
        match self.file_stat(path, true) {
            Ok(st) => mode & 1 == 0 || st.mode & 0o111 != 0,
            Err(_) => false,
        }
    }
    /// `os.umask`: sets the mask for new files' permissions, returning the previous one.
    fn set_umask(&mut self, mask: u32) -> u32 {
        let _ = mask;
        0o022
    }
    /// `os.getpid`, `getppid`, `getuid`, `geteuid`, `getgid`, `getegid`. A host without
    /// processes is process 1 of the superuser.
    fn process_ids(&mut self) -> ProcessIds {
        ProcessIds { pid: 1, ppid: 0, uid: 0, euid: 0, gid: 0, egid: 0 }
    }
    /// `os.get_terminal_size(fd)`: (columns, lines), or an errno (ENOTTY: not a terminal).
    fn terminal_size(&mut self, fd: i32) -> Result<(u32, u32), i32> {
        let _ = fd;
        Err(fs_errno::ENOTTY)
    }
    /// `os.isatty(fd)`.
    fn is_terminal(&mut self, fd: i32) -> bool {
        let _ = fd;
        false
    }
    /// The environment variables (`os.environ`).
    fn env_vars(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }

    /// True once after `load_module` returned `None` because the host is fetching the module
    /// asynchronously (the run then waits with `WaitReason::Fetch`).
    fn take_fetch_pending(&mut self) -> bool {
        false
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    File,
    Dir,
}

/// The ids `os.getpid()` and friends report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcessIds {
    pub pid: i64,
    pub ppid: i64,
    pub uid: i64,
    pub euid: i64,
    pub gid: i64,
    pub egid: i64,
}

/// `os.stat`'s fields, as `struct stat` has them; times in nanoseconds since the epoch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileStat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime_ns: i64,
    pub mtime_ns: i64,
    pub ctime_ns: i64,
    pub blksize: u64,
    pub blocks: u64,
    pub rdev: u64,
}

/// The errnos a host reports, and CPython's text for them.
pub mod fs_errno {
    pub const EPERM: i32 = 1;
    pub const ENOENT: i32 = 2;
    pub const EIO: i32 = 5;
    pub const EACCES: i32 = 13;
    pub const EEXIST: i32 = 17;
    pub const ENOTDIR: i32 = 20;
    pub const ENOTTY: i32 = 25;
    pub const EISDIR: i32 = 21;
    pub const EINVAL: i32 = 22;
    pub const ENOSYS: i32 = 38;
    pub const ENOTEMPTY: i32 = 39;
    pub const ELOOP: i32 = 40;

    pub fn strerror(errno: i32) -> &'static str {
        match errno {
            EPERM => "Operation not permitted",
            ENOENT => "No such file or directory",
            EACCES => "Permission denied",
            EEXIST => "File exists",
            ENOTDIR => "Not a directory",
            ENOTTY => "Inappropriate ioctl for device",
            EISDIR => "Is a directory",
            EINVAL => "Invalid argument",
            ENOSYS => "Function not implemented (this host has no file system)",
            ENOTEMPTY => "Directory not empty",
            ELOOP => "Too many levels of symbolic links",
            _ => "Input/output error",
        }
    }
}

pub struct ModuleSource {
    pub source: String,
    pub filename: String,
    pub is_package: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Sandbox limits. Exceeding one raises a Python exception, never a host crash.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Maximum instructions executed (`None`: unlimited). Raises `ResourceLimitError`.
    pub max_ops: Option<u64>,
    /// Approximate heap bytes (`None`: unlimited). Raises `MemoryError`.
    pub max_heap_bytes: Option<usize>,
    /// Maximum Python call depth, like `sys.setrecursionlimit`. Raises `RecursionError`.
    pub max_recursion: usize,
    /// Engine stack (bytes) the wasm VM lets native re-entries use before it raises
    /// `RecursionError` (see `hoststack.rs`); the embedder raises it on a thread it knows to
    /// be bigger. Unused natively, where the VM measures its own stack.
    pub engine_stack: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_ops: None,
            max_heap_bytes: None,
            max_recursion: 1000,
            engine_stack: hoststack::ENGINE_STACK_BUDGET,
        }
    }
}

/// A built-in module's constructor: fills and returns the module object.
pub type ModuleInit = fn(&mut Vm) -> PyResult<ObjRef>;

/// A module constructor carrying data (an extension's function table, a Python shim), run on
/// first import like a `ModuleInit`.
pub type LazyModuleInit = Rc<dyn Fn(&mut Vm) -> PyResult<ObjRef>>;

/// One `special_cache` entry: class index, the static name's address, class epoch, result.
pub(crate) type SpecialLookup = (u32, usize, u32, Option<Value>);

pub struct Vm {
    pub heap: Heap,
    pub types: Types,
    /// The `builtins` module's namespace dict.
    pub builtins: ObjRef,
    /// `sys.modules`: a dict object.
    pub modules: ObjRef,
    /// Built-in (Rust) modules by name, instantiated on first import.
    pub(crate) native_modules: HashMap<&'static str, ModuleInit>,
    /// Modules registered by embedders at run time (`ext::register_native_module`).
    pub(crate) lazy_modules: HashMap<String, LazyModuleInit>,
    pub host: Box<dyn Host>,
    pub limits: Limits,
    /// `sys.argv`
    pub argv: Vec<String>,
    /// Instructions executed so far.
    pub ops_executed: u64,
    /// The running frame, and its callers below it.
    pub(crate) frame: Box<Frame>,
    /// Boxed so that calls, returns, the pool and generators move frames by pointer.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    /// Nesting of Rust-level re-entries into the interpreter (`vm.call` from a builtin).
    pub(crate) native_depth: usize,
    /// How many of those natives are inside a call that keeps their values rooted, letting
    /// the collector run (see `gcsafe.rs`).
    pub(crate) gc_safe_natives: usize,
    /// Address near the bottom of the Rust stack at the outermost `run_frame` (0: not yet run);
    /// deeper re-entries raise `RecursionError` before the host stack can overflow.
    pub(crate) stack_base: usize,
    /// Levels of Rust recursion over nested data in progress (see `hoststack.rs`).
    pub(crate) rust_nesting: usize,
    /// Exceptions currently being handled (`sys.exc_info()`), innermost last.
    pub(crate) handled: Vec<Value>,
    /// Interned strings: identifiers and short constants share one object.
    pub(crate) interned: intern::InternTable,
    pub(crate) singletons: Singletons,
    /// Finished frames kept for reuse, so calls don't allocate (see `take_frame`).
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// The state box of the last loop iterator freed (`Vm::free_loop_iter`), for the next.
    pub(crate) spare_iter: Option<Box<IterState>>,
    /// Containers whose repr is in progress (to print `[...]` for self-references).
    pub(crate) repr_guard: Vec<ObjRef>,
    /// Source text by file name, for traceback lines.
    pub(crate) sources: HashMap<Rc<str>, Rc<str>>,
    /// SyntaxWarnings (line, message) of the code being compiled, printed once it compiled.
    pub(crate) syntax_warnings: Vec<(u32, String)>,
    /// Set by a re-raise so unwinding doesn't add the frame to the traceback twice.
    pub(crate) reraising: bool,
    /// Values Rust code needs kept alive across calls into Python (extra GC roots).
    pub temp_roots: Vec<Value>,
    /// Bumped on every change to any class namespace; attribute inline caches compare it.
    pub(crate) class_epoch: u32,
    /// `(class, epoch, answer)` of `has_default_eq`, direct-mapped by class index (its own
    /// table: answering through `lookup_special`'s four lookups cost async_tree +23%).
    pub(crate) default_eq_cache: [(u32, u32, bool); 16],
    /// What `lookup_special` found: `(class, name's address, epoch, found)`, direct-mapped.
    pub(crate) special_cache: [std::cell::Cell<SpecialLookup>; 64],
    /// Layouts of instance attributes (`value::shape`).
    pub(crate) shapes: crate::value::shape::Shapes,
    pub(crate) attr_caches: fastattr::AttrCaches,
    /// The one-character ASCII strings, shared as CPython shares its one-character strings
    /// (interned, so they are GC roots); filled at start.
    pub(crate) ascii_strs: Vec<Value>,
    /// Byte ranges of the pieces `str.split` and friends found, reused from call to call
    /// (builtins/str_methods.rs, `list_of_pieces`).
    pub(crate) str_pieces: Vec<(usize, usize)>,
    /// The `dict_keys`, `dict_values` and `dict_items` classes (`ViewKind` order), set when
    /// `dict` is installed: views are recognised by class on every iteration.
    pub(crate) dict_view_classes: [Option<ObjRef>; 3],
    /// `types.GenericAlias` (modules/generic_alias.rs), what `list[int]` makes.
    pub(crate) generic_alias_class: Option<ObjRef>,
    /// `functools._lru_cache_wrapper`, whose calls the interpreter runs in its loop.
    pub(crate) lru_wrapper_class: Option<ObjRef>,
    /// The shapes of `re.Match` and `re.Pattern` instances whose layout `_rematch` checked.
    pub(crate) rematch_shapes: crate::modules::rematch::KnownShapes,
    /// What calling a class runs, per class (`ctor.rs`).
    pub(crate) ctor_cache: [ctor::CtorCache; ctor::CTOR_CACHE_SIZE],
    /// Write each compiled module's disassembly to stderr (a debugging aid).
    pub dump_bytecode: bool,
    /// Suspension support (`suspend.rs`).
    pub suspend: SuspendState,
    /// Weak references (`modules/weakref.rs`).
    pub(crate) weak: crate::modules::weakref::WeakTable,
    /// Generators to close when dropped (`genfinal.rs`).
    pub(crate) fin: genfinal::Finalizers,
}

/// Objects that exist exactly once per VM.
#[derive(Clone, Copy, Debug)]
pub struct Singletons {
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
}

impl Vm {
    /// A fresh interpreter with all built-in types, functions and modules installed.
    pub fn new(host: Box<dyn Host>) -> Vm {
        let placeholder = ObjRef(0);
        let mut vm = Vm {
            heap: Heap::new(),
            types: Types::placeholder(),
            builtins: placeholder,
            modules: placeholder,
            native_modules: HashMap::default(),
            lazy_modules: HashMap::default(),
            host,
            limits: Limits::default(),
            argv: Vec::new(),
            ops_executed: 0,
            frame: Box::new(Frame::empty()),
            frames: Vec::new(),
            native_depth: 0,
            gc_safe_natives: 0,
            stack_base: 0,
            rust_nesting: 0,
            handled: Vec::new(),
            interned: intern::InternTable::default(),
            singletons: Singletons {
                not_implemented: Value::None,
                ellipsis: Value::None,
                empty_tuple: Value::None,
                empty_str: Value::None,
            },
            frame_pool: Vec::new(),
            spare_iter: None,
            repr_guard: Vec::new(),
            sources: HashMap::default(),
            syntax_warnings: Vec::new(),
            reraising: false,
            temp_roots: Vec::new(),
            weak: Default::default(),
            class_epoch: 0,
            default_eq_cache: [(u32::MAX, 0, false); 16],
            special_cache: std::array::from_fn(|_| std::cell::Cell::new((u32::MAX, 0, 0, None))),
            shapes: Default::default(),
            attr_caches: Default::default(),
            ascii_strs: Vec::new(),
            str_pieces: Vec::new(),
            dict_view_classes: [None; 3],
            generic_alias_class: None,
            lru_wrapper_class: None,
            rematch_shapes: Default::default(),
            ctor_cache: Default::default(),
            dump_bytecode: false,
            suspend: SuspendState::default(),
            fin: Default::default(),
        };
        vm.singletons = Singletons {
            not_implemented: vm.alloc(crate::value::Obj::NotImplemented),
            ellipsis: vm.alloc(crate::value::Obj::Ellipsis),
            empty_tuple: vm.alloc(crate::value::Obj::Tuple(Vec::new())),
            empty_str: vm.alloc(crate::value::Obj::Str(crate::value::PyStr::new(""))),
        };
        vm.ascii_strs = (0u8..128).map(|b| vm.intern(std::str::from_utf8(&[b]).unwrap_or("?"))).collect();
        vm.create_types();
        let builtins = vm.new_module("builtins");
        vm.builtins = vm.module_dict(builtins);
        vm.modules = vm.new_dict().as_obj().expect("dict");
        // `import builtins` (and sys.modules["builtins"]) is the namespace names fall back to.
        vm.dict_set_str(vm.modules, "builtins", Value::Obj(builtins));
        vm.install_core_natives();
        crate::builtins::init(&mut vm);
        crate::modules::register(&mut vm);
        vm
    }

    /// Runs `source` as the `__main__` module. Uncaught exceptions come back as `Err`
    /// (format them with `format_exception`).
    pub fn run_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let dict = self.main_dict(filename)?;
        let code = self.compile_module(source, filename)?;
        self.run_code(code, dict)?;
        Ok(())
    }

    /// CPython's shutdown step: runs `atexit._run_exitfuncs()` if the program imported
    /// `atexit` (weakref.finalize registers there too). Call once the main program ended,
    /// after its traceback (if any) was written; the functions report their own errors.
    pub fn run_exit_functions(&mut self) {
        if let Some(m) = self.dict_get_str(self.modules, "atexit")
            && let Ok(f) = self.getattr(m, "_run_exitfuncs")
        {
            let _ = self.call_pos(f, vec![]);
        }
        self.close_all_at_exit();
    }

    /// The `__main__` module's namespace, created on first use.
    fn main_dict(&mut self, filename: &str) -> PyResult<ObjRef> {
        if let Some(Value::Obj(m)) = self.dict_get_str(self.modules, "__main__") {
            return Ok(self.module_dict(m));
        }
        let module = self.new_module("__main__");
        let dict = self.module_dict(module);
        let fname = self.new_str(filename);
        self.dict_set_str(dict, "__file__", fname);
        // The `builtins` module itself, as CPython gives `__main__` (other modules get its dict).
        let b = self.dict_get_str(self.modules, "builtins").unwrap_or(Value::Obj(self.builtins));
        self.dict_set_str(dict, "__builtins__", b);
        // A script's `__main__` as CPython makes it: no package, and an empty `__annotations__`.
        self.set_module_origin(dict, Value::None);
        let annotations = Value::Obj(self.heap.alloc(crate::value::Obj::Dict(Box::default())));
        self.dict_set_str(dict, "__annotations__", annotations);
        self.dict_set_module(module)?;
        Ok(dict)
    }

    /// Runs one interactive (REPL) input in `__main__`: like `run_main`, but the value of an
    /// expression statement is printed with `repr` (unless None) and bound to `_`.
    pub fn run_interactive(&mut self, source: &str) -> PyResult<()> {
        let dict = self.main_dict("<stdin>")?;
        self.sources.insert("<stdin>".into(), source.into());
        let code = match crate::syntax::parse_module(source) {
            Ok(module) => crate::compile::compile_interactive(self, &module, "<stdin>", source),
            Err(e) => Err(e),
        };
        let code = code.map_err(|e| self.syntax_error(e, "<stdin>"));
        self.emit_syntax_warnings("<stdin>")?;
        let code = code?;
        self.run_code(code, dict)?;
        Ok(())
    }

    /// `check_heap_limit` at a safe point: when over the limit, garbage is collected first
    /// (what was freed since the last collection still counts until then), so a program
    /// that drops what it held after a caught `MemoryError` goes on.
    pub(crate) fn enforce_heap_limit(&mut self) -> PyResult<()> {
        if self.check_heap_limit().is_err() && self.may_collect(0) {
            self.collect_garbage();
        }
        self.check_heap_limit()
    }

    /// Raises `PyErr` for a resource limit if the heap grew too large.
    pub(crate) fn check_heap_limit(&self) -> PyResult<()> {
        self.check_heap_room(0)
    }

    /// Raises `PyErr` for a resource limit if `needed` more bytes would take the heap past it.
    pub(crate) fn check_heap_room(&self, needed: usize) -> PyResult<()> {
        if let Some(max) = self.limits.max_heap_bytes
            && self.heap.bytes_held().saturating_add(needed) > max
        {
            return Err(PyErr::new(ExcKind::MemoryError, "heap limit exceeded"));
        }
        Ok(())
    }
}

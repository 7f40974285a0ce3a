//! CPython's "Did you mean" hints on `NameError`, `AttributeError` and unexpected keyword
//! arguments: the closest candidate name by an edit distance, and for an undefined name
//! that is a standard-library module, "Did you forget to import". The hint is part of the
//! traceback's last line only (`str(e)` has none), as in CPython 3.13.

use super::Vm;
use super::frame::is_unbound;
use crate::error::{PyErr, Raised};
use crate::value::*;

/// More candidates than this: no suggestion (CPython's bound on the work done).
const MAX_CANDIDATES: usize = 750;
/// Names (after trimming a common prefix and suffix) longer than this never match.
const MAX_NAME_BYTES: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// Cost of turning byte `a` into `b`: nothing, a case flip, or a substitution.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between the UTF-8 bytes of `a` and `b` (insertions and deletions cost
/// `MOVE_COST`), or anything above `max` once it is certain to exceed it.
fn edit_distance(a: &[u8], b: &[u8], max: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_NAME_BYTES || b.len() > MAX_NAME_BYTES {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the distance matrix, updated in place: row[i] = cost(b[..j], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (i, &ai) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ai);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > max {
            return max + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough: at most a third of the bytes
/// involved change, and a later candidate must be strictly closer to replace an earlier one.
pub(crate) fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&'a str, usize)> = None;
    for &cand in candidates {
        if cand == name {
            continue;
        }
        let limit = (name.len() + cand.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, d)| limit.min(d.saturating_sub(1)));
        let d = edit_distance(name.as_bytes(), cand.as_bytes(), limit);
        if d <= limit && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((cand, d));
        }
    }
    best.map(|(c, _)| c)
}

/// The modules of CPython 3.13's standard library (`sys.stdlib_module_names`), separated by
/// spaces: one string rather than a table of 289 slices (4.6 KB less in compiler_lib.wasm).
pub(crate) const STDLIB_MODULE_NAMES: &str = concat!(
    "__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bz2 ",
    "_codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw ",
    "_collections _collections_abc _colorize _compat_pickle _compression _contextvars _csv ",
    "_ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib ",
    "_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _interpchannels ",
    "_interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase ",
    "_md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support ",
    "_overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio ",
    "_pylong _pyrepl _queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket ",
    "_sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _suggestions _symtable ",
    "_sysconfig _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid ",
    "_warnings _weakref _weakrefset _winapi _wmi _zoneinfo abc antigravity argparse array ",
    "ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile calendar cmath cmd ",
    "code codecs codeop collections colorsys compileall concurrent configparser contextlib ",
    "contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis ",
    "doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput ",
    "fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib ",
    "grp gzip hashlib heapq hmac html http idlelib imaplib importlib inspect io ipaddress ",
    "itertools json keyword linecache locale logging lzma mailbox marshal math mimetypes ",
    "mmap modulefinder msvcrt multiprocessing netrc nt ntpath nturl2path numbers opcode ",
    "operator optparse os pathlib pdb pickle pickletools pkgutil platform plistlib poplib ",
    "posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data ",
    "pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched ",
    "secrets select selectors shelve shlex shutil signal site smtplib socket socketserver ",
    "sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep ",
    "struct subprocess symtable sys sysconfig syslog tabnanny tarfile tempfile termios ",
    "textwrap this threading time timeit tkinter token tokenize tomllib trace traceback ",
    "tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uuid venv ",
    "warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile ",
    "zipimport zlib zoneinfo",
);

fn is_stdlib_module(name: &str) -> bool {
    STDLIB_MODULE_NAMES.split(' ').any(|n| n == name)
}

impl Vm {
    /// `NameError` for `name`, recording what the frame that failed to find it had bound,
    /// for the traceback's suggestion (computed only if it is shown).
    pub(crate) fn name_error(&self, key: Value) -> PyErr {
        let name = self.heap.str_of(key).unwrap_or("");
        let (code, regs) = (&self.frame.code, &self.frame.regs);
        let is_bound = |i: usize| regs.get(i).is_some_and(|v| !is_unbound(*v));
        let bound = (0..code.varnames.len().min(128)).filter(|&i| is_bound(i)).fold(0u128, |m, i| m | 1 << i);
        let me = self.frame_self();
        let globals = self.frame.globals;
        let namespace = self.frame.namespace.filter(|&ns| ns != globals);
        let miss = Miss::Name { name: key, code: code.clone(), bound, me, namespace, globals };
        PyErr::from_raised(Raised::Miss(format!("name '{name}' is not defined"), miss))
    }

    /// The current frame's local `self`, when it has one bound (a method's instance).
    pub(crate) fn frame_self(&self) -> Option<Value> {
        let (code, regs) = (&self.frame.code, &self.frame.regs);
        let i = code.varnames.iter().position(|n| &**n == "self")?;
        regs.get(i).copied().filter(|v| !is_unbound(*v))
    }

    /// What CPython's traceback adds to a `NameError` or (`attr`) an `AttributeError`: "Did
    /// you mean" the closest name, and for an undefined name that is a standard-library
    /// module, "Did you forget to import" it. A `NameError`'s suggestion needs the frame the
    /// interpreter recorded, so it is shown `with_traceback` only, as in CPython. Exceptions
    /// made by Python code use their `name` (and `obj`) attributes.
    pub(crate) fn lookup_hint(&mut self, exc: ObjRef, attr: bool, with_traceback: bool) -> String {
        let recorded = self.exc_data(exc).and_then(|e| e.miss.clone());
        let (name, suggestion) = match recorded {
            Some(Miss::Attr { name, obj, own }) => (name.to_string(), self.attribute_suggestion(&name, obj, own)),
            Some(Miss::Name { name, code, bound, me, namespace, globals }) => {
                let name = self.heap.str_of(name).unwrap_or("").to_string();
                let suggestion = with_traceback.then(|| {
                    let locals: Vec<&str> = (0..code.varnames.len().min(128))
                        .filter(|&i| bound >> i & 1 == 1)
                        .map(|i| &*code.varnames[i])
                        .collect();
                    self.name_suggestion(&name, &locals, me, namespace, globals)
                });
                (name, suggestion.flatten())
            }
            None => {
                let name = self.instance_attr(Value::Obj(exc), "name");
                let Some(name) = name.and_then(|n| self.heap.str_of(n)).map(str::to_string) else {
                    return String::new();
                };
                let obj = if attr { self.instance_attr(Value::Obj(exc), "obj") } else { None };
                let suggestion = obj.and_then(|obj| self.attribute_suggestion(&name, obj, false));
                (name, suggestion)
            }
        };
        let forgot = !attr && is_stdlib_module(&name);
        match (suggestion, forgot) {
            (Some(s), false) => format!(". Did you mean: '{s}'?"),
            (Some(s), true) => format!(". Did you mean: '{s}'? Or did you forget to import '{name}'?"),
            (None, true) => format!(". Did you forget to import '{name}'?"),
            (None, false) => String::new(),
        }
    }

    /// `self.name` inside a method whose instance has it, else the closest of the frame's
    /// locals, globals and builtins.
    fn name_suggestion(
        &mut self,
        name: &str,
        locals: &[&str],
        me: Option<Value>,
        namespace: Option<ObjRef>,
        globals: ObjRef,
    ) -> Option<String> {
        if let Some(me) = me
            && matches!(self.getattr_opt(me, name), Ok(Some(_)))
        {
            return Some(format!("self.{name}"));
        }
        let mut names: Vec<String> = locals.iter().map(|n| n.to_string()).collect();
        for d in namespace.into_iter().chain([globals, self.builtins]) {
            if let Obj::Dict(d) = self.heap.get(d) {
                names.extend(d.iter().filter_map(|e| self.heap.str_of(e.key).map(str::to_string)));
            }
        }
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        closest(name, &refs).map(str::to_string)
    }

    /// The closest name in `dir(obj)`: public names only, unless the one asked for is private
    /// or the failing code was a method of `obj` itself (`own`).
    fn attribute_suggestion(&mut self, name: &str, obj: Value, own: bool) -> Option<String> {
        let dir = crate::builtins::functions::builtin_dir(self, Args { pos: vec![obj], kw: vec![] }).ok()?;
        let names: Vec<String> =
            self.heap.seq_items(dir)?.iter().filter_map(|&v| self.heap.str_of(v).map(str::to_string)).collect();
        let hide_private = !name.starts_with('_') && !own;
        let refs: Vec<&str> =
            names.iter().map(String::as_str).filter(|n| !(hide_private && n.starts_with('_'))).collect();
        closest(name, &refs).map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_weigh_case_flips_lightly() {
        assert_eq!(edit_distance(b"list", b"list", 10), 0);
        assert_eq!(edit_distance(b"List", b"list", 10), CASE_COST);
        assert_eq!(edit_distance(b"lst", b"list", 10), MOVE_COST);
        assert_eq!(edit_distance(b"lsit", b"list", 10), 2 * MOVE_COST);
        assert!(edit_distance(b"abcdef", b"uvwxyz", 3) > 3);
    }

    #[test]
    fn closest_matches_cpython_choices() {
        assert_eq!(closest("lasst", &["list", "last", "len"]), Some("last"));
        assert_eq!(closest("apend", &["append", "extend", "pop"]), Some("append"));
        assert_eq!(closest("xyz", &["append", "extend"]), None);
        assert_eq!(closest("Print", &["print", "int"]), Some("print"));
        let many: Vec<String> = (0..MAX_CANDIDATES).map(|i| format!("n{i}")).collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(closest("n1x", &refs), None);
        assert!(is_stdlib_module("math") && is_stdlib_module("__future__") && is_stdlib_module("zoneinfo"));
        assert!(!is_stdlib_module("mat") && !is_stdlib_module("") && STDLIB_MODULE_NAMES.split(' ').count() == 289);
    }
}

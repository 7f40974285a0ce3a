//! `_os`: the host's file system and environment for `os`, `os.path` (`runtime/std/os.py`,
//! `posixpath.py`) and the file objects of `open()` (`_fileio`). Every access goes through
//! the `Host`, so the VM itself touches no OS: the CLI maps it to the real file system, the
//! wasm host to an in-memory one the embedder fills.

use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::{FileKind, Vm, fs_errno};

/// A path argument: a str, or (for `PathLike` objects) what `__fspath__` returns.
fn path_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = vm.heap.str_of(v) {
        return Ok(s.to_string());
    }
    if let Some(Obj::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if matches!(v, Value::Obj(_))
        && let Some(p) = vm.call_dunder_opt(v, "__fspath__", &[])?
        && let Some(s) = vm.heap.str_of(p)
    {
        return Ok(s.to_string());
    }
    Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v))))
}

/// `OSError(errno, strerror, path)`, which picks the subclass (`FileNotFoundError`, ...).
pub(crate) fn os_error(vm: &mut Vm, errno: i32, path: &str) -> PyErr {
    os_error_of(vm, errno, &[path])
}

/// `OSError(errno, strerror)` with no path, one, or two (`OSError(e, s, path, None, path2)`,
/// shown as `'path' -> 'path2'`).
fn os_error_of(vm: &mut Vm, errno: i32, paths: &[&str]) -> PyErr {
    let cls = Value::Obj(vm.exc_class(ExcKind::OSError));
    let mut args = vec![Value::Int(errno as i64), vm.new_str(fs_errno::strerror(errno))];
    for (i, path) in paths.iter().enumerate() {
        if i == 1 {
            args.push(Value::None);
        }
        args.push(vm.new_str(*path));
    }
    match vm.call_pos(cls, args) {
        Ok(Value::Obj(e)) => PyErr::obj(e),
        Ok(_) => PyErr::new(ExcKind::OSError, fs_errno::strerror(errno)),
        Err(e) => e,
    }
}

fn one_path(vm: &mut Vm, a: &Args, name: &str) -> PyResult<String> {
    args::check(name, a, 1, 1)?;
    path_arg(vm, a.pos[0])
}

/// `_read(path)`: the file's bytes.
fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = one_path(vm, &a, "_read")?;
    match vm.host.read_file(&path) {
        Ok(data) => Ok(vm.new_bytes(data)),
        Err(e) => Err(os_error(vm, e, &path)),
    }
}

/// `_write(path, data, append)`: creates/truncates (or appends to) the file.
fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_write", &a, 3, 3)?;
    let path = path_arg(vm, a.pos[0])?;
    let Some(data) = vm.heap.bytes(a.pos[1]).map(|b| b.to_vec()) else {
        return Err(PyErr::type_error("_write() needs bytes"));
    };
    let append = vm.truthy(a.pos[2])?;
    match vm.host.write_file(&path, &data, append) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, &path)),
    }
}

/// `_kind(path)`: 0 nothing, 1 file, 2 directory.
fn kind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = one_path(vm, &a, "_kind")?;
    Ok(Value::Int(match vm.host.file_kind(&path) {
        None => 0,
        Some(FileKind::File) => 1,
        Some(FileKind::Dir) => 2,
    }))
}

/// `_stat(path, follow_symlinks)`: `struct stat`'s fields as a tuple of ints (mode, ino, dev,
/// nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev), which
/// `os.stat` makes a `stat_result` of.
fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_stat", &a, 2, 2)?;
    let path = path_arg(vm, a.pos[0])?;
    let follow = vm.truthy(a.pos[1])?;
    let st = vm.host.file_stat(&path, follow).map_err(|e| os_error(vm, e, &path))?;
    let unsigned = [st.mode as u64, st.ino, st.dev, st.nlink, st.uid as u64, st.gid as u64, st.size];
    let mut fields: Vec<Value> = unsigned.iter().map(|&n| vm.new_int_from_i128(n as i128)).collect();
    fields.extend([st.atime_ns, st.mtime_ns, st.ctime_ns].map(Value::Int));
    fields.extend([st.blksize, st.blocks, st.rdev].map(|n| vm.new_int_from_i128(n as i128)));
    Ok(vm.new_tuple(fields))
}

/// `_utime(path, times, follow_symlinks)`: `times` is (atime_ns, mtime_ns), or None for now.
fn utime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_utime", &a, 3, 3)?;
    let path = path_arg(vm, a.pos[0])?;
    let times = match a.pos[1] {
        Value::None => None,
        pair => {
            let (atime, mtime) = match vm.heap.tuple(pair).map(|t| t.as_slice()) {
                Some(&[atime, mtime]) => (atime, mtime),
                _ => return Err(PyErr::type_error("_utime() needs a pair of nanosecond times")),
            };
            Some((vm.index_i64(atime)?, vm.index_i64(mtime)?))
        }
    };
    let follow = vm.truthy(a.pos[2])?;
    vm.host.set_file_times(&path, times, follow).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

/// `_readlink(path)`: a symbolic link's target.
fn readlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = one_path(vm, &a, "_readlink")?;
    let target = vm.host.read_link(&path).map_err(|e| os_error(vm, e, &path))?;
    Ok(vm.new_str(target))
}

/// `_symlink(target, path)`.
fn symlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_symlink", &a, 2, 2)?;
    let target = path_arg(vm, a.pos[0])?;
    let path = path_arg(vm, a.pos[1])?;
    vm.host.make_symlink(&target, &path).map_err(|e| os_error_of(vm, e, &[&target, &path]))?;
    Ok(Value::None)
}

/// `_chdir(path)`.
fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = one_path(vm, &a, "_chdir")?;
    vm.host.set_current_dir(&path).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

/// `_access(path, mode)`.
fn access(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_access", &a, 2, 2)?;
    let path = path_arg(vm, a.pos[0])?;
    let mode = vm.index_i64(a.pos[1])?;
    Ok(Value::Bool(vm.host.access(&path, (mode & 7) as u32)))
}

/// `umask(mask)`: the previous mask.
fn umask(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("umask", &a, 1, 1)?;
    let mask = vm.index_i64(a.pos[0])?;
    Ok(Value::Int(vm.host.set_umask((mask & 0o777) as u32) as i64))
}

/// `_ids()`: (pid, ppid, uid, euid, gid, egid).
fn ids(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_ids", &a, 0, 0)?;
    let ids = vm.host.process_ids();
    Ok(vm.new_tuple([ids.pid, ids.ppid, ids.uid, ids.euid, ids.gid, ids.egid].map(Value::Int).to_vec()))
}

/// `_terminal_size(fd)`: (columns, lines).
fn terminal_size(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_terminal_size", &a, 1, 1)?;
    let fd = fd_arg(vm, a.pos[0])?;
    let (columns, lines) = vm.host.terminal_size(fd).map_err(|e| os_error_of(vm, e, &[]))?;
    Ok(vm.new_tuple(vec![Value::Int(columns as i64), Value::Int(lines as i64)]))
}

/// `isatty(fd)`.
fn isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("isatty", &a, 1, 1)?;
    let fd = fd_arg(vm, a.pos[0])?;
    Ok(Value::Bool(vm.host.is_terminal(fd)))
}

/// A file descriptor argument (an int that fits a C int).
fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let fd = vm.index_i64(v)?;
    i32::try_from(fd).map_err(|_| PyErr::new(ExcKind::OverflowError, "fd is greater than maximum"))
}

/// `_chmod(path, mode)`.
fn chmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_chmod", &a, 2, 2)?;
    let path = path_arg(vm, a.pos[0])?;
    let mode = vm.index_i64(a.pos[1])?;
    let mode = u32::try_from(mode).map_err(|_| PyErr::new(ExcKind::OverflowError, "mode out of range"))?;
    vm.host.set_file_mode(&path, mode).map_err(|e| os_error(vm, e, &path))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("listdir", &a, 0, 1)?;
    let path = match a.pos.first() {
        Some(&v) => path_arg(vm, v)?,
        None => ".".to_string(),
    };
    match vm.host.list_dir(&path) {
        Ok(names) => {
            let items = names.into_iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(items))
        }
        Err(e) => Err(os_error(vm, e, &path)),
    }
}

fn path_op(vm: &mut Vm, a: Args, name: &str, op: fn(&mut Vm, &str) -> Result<(), i32>) -> PyResult<Value> {
    args::check_kw(name, &a, &["mode", "dir_fd"])?;
    args::check_pos(name, a.pos.len(), 1, 2)?;
    let path = path_arg(vm, a.pos[0])?;
    match op(vm, &path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, &path)),
    }
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    path_op(vm, a, "remove", |vm, p| vm.host.remove_file(p))
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    path_op(vm, a, "mkdir", |vm, p| vm.host.make_dir(p))
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    path_op(vm, a, "rmdir", |vm, p| vm.host.remove_dir(p))
}

fn getcwd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("getcwd", &a, 0, 0)?;
    let d = vm.host.current_dir();
    Ok(vm.new_str(d))
}

/// `_environ()`: a new dict of the host's environment variables.
fn environ(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_environ", &a, 0, 0)?;
    let d = vm.new_dict();
    for (k, v) in vm.host.env_vars() {
        let (k, v) = (vm.new_str(k), vm.new_str(v));
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

/// `_os.urandom(n)`: `n` bytes from the host's entropy source. A host without one (an
/// embedder's) gets a SplitMix64 stream seeded from the clocks: unpredictable enough for ids,
/// not for secrets.
fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("urandom", &a, 1, 1)?;
    let n = vm.index_i64(a.pos[0])?;
    let n = usize::try_from(n).map_err(|_| PyErr::value_error("negative argument not allowed"))?;
    crate::error::check_alloc(n)?;
    let mut out = Vec::with_capacity(n + 8);
    let mut state = vm.host.now_ns() ^ vm.host.monotonic_ns().rotate_left(32);
    while out.len() < n {
        let word = vm.host.random_u64().unwrap_or_else(|| {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        });
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.truncate(n);
    Ok(vm.new_bytes(out))
}

/// `_machine()`: the processor architecture this build runs on, named as `uname -m` names
/// it (`platform.machine()`).
fn machine(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_machine", &a, 0, 0)?;
    let arch = match std::env::consts::ARCH {
        "aarch64" if cfg!(target_os = "macos") => "arm64",
        "x86" => "i686",
        other => other,
    };
    Ok(vm.new_str(arch))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_os");
    let fns: [(&'static str, NativeFn); 22] = [
        ("_machine", machine),
        ("_chdir", chdir),
        ("_access", access),
        ("umask", umask),
        ("_ids", ids),
        ("_terminal_size", terminal_size),
        ("isatty", isatty),
        ("_symlink", symlink),
        ("_readlink", readlink),
        ("_stat", stat),
        ("_utime", utime),
        ("_chmod", chmod),
        ("_read", read),
        ("_write", write),
        ("_kind", kind),
        ("_environ", environ),
        ("listdir", listdir),
        ("remove", remove),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("getcwd", getcwd),
        ("urandom", urandom),
    ];
    for (n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    Ok(m)
}

/// `_fileio`: the file objects of `open()`, in Python. Built into every build (wasm too),
/// since `open` is a builtin that needs no import.
pub fn init_fileio(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_fileio");
    crate::modules::operator::run_module_source(vm, m, include_str!("fileio.py"), "<_fileio>")?;
    Ok(m)
}

/// The builtin `open(...)`: `_fileio.open(...)`.
pub fn builtin_open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = vm.import_name("_fileio", Value::None, 0)?;
    let f = vm.getattr(m, "open")?;
    vm.call(f, a)
}

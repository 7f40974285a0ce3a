//! The native `Host`: buffered stdout, unbuffered stderr, the system clock, and modules
//! loaded from the script's directory.

use std::cell::RefCell;
use std::io::{BufRead, BufWriter, IsTerminal, Stdout, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use compiler_lib::{FileKind, FileStat, Host, ModuleSource, ProcessIds, Stream, fs_errno};

/// Standard output behind a large buffer, shared between the host (owned by the VM) and
/// the driver (which flushes it before exiting or printing a traceback).
pub struct Output {
    stdout: BufWriter<Stdout>,
    /// Set once a write fails (e.g. a closed pipe): later output is dropped silently.
    broken: bool,
    /// A terminal sees each line as it is written, as CPython line-buffers an interactive stdout.
    line_buffered: bool,
}

pub type SharedOutput = Rc<RefCell<Output>>;

impl Output {
    pub fn new_shared() -> SharedOutput {
        let line_buffered = std::io::stdout().is_terminal();
        let stdout = BufWriter::with_capacity(64 * 1024, std::io::stdout());
        Rc::new(RefCell::new(Output { stdout, broken: false, line_buffered }))
    }

    pub fn write_stdout(&mut self, text: &str) {
        if !self.broken && self.stdout.write_all(text.as_bytes()).is_err() {
            self.broken = true;
        }
        if self.line_buffered && text.contains('\n') {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.broken && self.stdout.flush().is_err() {
            self.broken = true;
        }
    }

    /// Flushes stdout first so the two streams interleave as the program wrote them.
    pub fn write_stderr(&mut self, text: &str) {
        self.flush();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }
}

pub struct CliHost {
    out: SharedOutput,
    /// Directory searched by `import` (the script's directory, or the current one).
    search_dir: PathBuf,
    start: Instant,
}

impl CliHost {
    pub fn new(out: SharedOutput, search_dir: PathBuf) -> CliHost {
        CliHost { out, search_dir, start: Instant::now() }
    }
}

/// Finds `a/b/__init__.py` (a package, preferred like CPython) or `a/b.py` for `a.b`.
pub fn find_module(dir: &Path, dotted_name: &str) -> Option<(PathBuf, bool)> {
    let mut base = dir.to_path_buf();
    for part in dotted_name.split('.') {
        if part.is_empty() || part.contains(['/', '\\']) || part == ".." {
            return None;
        }
        base.push(part);
    }
    let init = base.join("__init__.py");
    if init.is_file() {
        return Some((init, true));
    }
    let file = base.with_extension("py");
    if file.is_file() {
        return Some((file, false));
    }
    None
}

impl Host for CliHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let mut out = self.out.borrow_mut();
        match stream {
            Stream::Stdout => out.write_stdout(text),
            Stream::Stderr => out.write_stderr(text),
        }
    }

    fn flush(&mut self, stream: Stream) {
        if stream == Stream::Stdout {
            self.out.borrow_mut().flush();
        }
    }

    fn now_ns(&mut self) -> u64 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
    }

    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    #[cfg(unix)]
    fn cpu_ns(&mut self, thread: bool) -> Option<u64> {
        let clock = if thread { libc::CLOCK_THREAD_CPUTIME_ID } else { libc::CLOCK_PROCESS_CPUTIME_ID };
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `ts` is a valid, writable timespec for the call's duration.
        if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
            return None;
        }
        Some(ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
    }

    fn random_u64(&mut self) -> Option<u64> {
        use std::io::Read;
        let mut b = [0u8; 8];
        std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut b)).ok()?;
        Some(u64::from_le_bytes(b))
    }

    fn sleep(&mut self, seconds: f64) {
        self.out.borrow_mut().flush();
        if seconds.is_finite() && seconds > 0.0 {
            std::thread::sleep(std::time::Duration::from_secs_f64(seconds.min(1e9)));
        }
    }

    fn load_module(&mut self, dotted_name: &str) -> Option<ModuleSource> {
        let (path, is_package) = find_module(&self.search_dir, dotted_name)?;
        let bytes = std::fs::read(&path).ok()?;
        // An undecodable module still imports with replacement characters (the host has no
        // error channel here); a declared Latin-1 or ASCII file decodes as declared.
        let source = match compiler_lib::syntax::encoding::decode_source(&bytes) {
            Ok(text) => text.into_owned(),
            Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
        };
        Some(ModuleSource { source, filename: path.to_string_lossy().into_owned(), is_package })
    }

    fn local_module(&mut self, dotted_name: &str) -> Option<ModuleSource> {
        self.load_module(dotted_name)
    }

    fn read_line(&mut self) -> Option<String> {
        self.out.borrow_mut().flush();
        read_stdin_line()
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        if Path::new(path).is_dir() {
            return Err(fs_errno::EISDIR);
        }
        std::fs::read(path).map_err(errno)
    }

    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), i32> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true);
        if append {
            options.append(true)
        } else {
            options.write(true).truncate(true)
        };
        options.open(path).and_then(|mut f| f.write_all(data)).map_err(errno)
    }

    fn file_kind(&mut self, path: &str) -> Option<FileKind> {
        let meta = std::fs::metadata(path).ok()?;
        Some(if meta.is_dir() { FileKind::Dir } else { FileKind::File })
    }

    fn file_stat(&mut self, path: &str, follow: bool) -> Result<FileStat, i32> {
        use std::os::unix::fs::MetadataExt;
        let meta = if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) }.map_err(errno)?;
        let nanos = |secs: i64, nsec: i64| secs.saturating_mul(1_000_000_000).saturating_add(nsec);
        Ok(FileStat {
            mode: meta.mode(),
            ino: meta.ino(),
            dev: meta.dev(),
            nlink: meta.nlink(),
            uid: meta.uid(),
            gid: meta.gid(),
            size: meta.size(),
            atime_ns: nanos(meta.atime(), meta.atime_nsec()),
            mtime_ns: nanos(meta.mtime(), meta.mtime_nsec()),
            ctime_ns: nanos(meta.ctime(), meta.ctime_nsec()),
            blksize: meta.blksize(),
            blocks: meta.blocks(),
            rdev: meta.rdev(),
        })
    }

    fn read_link(&mut self, path: &str) -> Result<String, i32> {
        std::fs::read_link(path).map(|target| target.to_string_lossy().into_owned()).map_err(errno)
    }

    fn make_symlink(&mut self, target: &str, path: &str) -> Result<(), i32> {
        std::os::unix::fs::symlink(target, path).map_err(errno)
    }

    fn set_file_times(&mut self, path: &str, times: Option<(i64, i64)>, follow: bool) -> Result<(), i32> {
        let spec =
            |ns: i64| libc::timespec { tv_sec: ns.div_euclid(1_000_000_000), tv_nsec: ns.rem_euclid(1_000_000_000) };
        let now = libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW };
        let pair = match times {
            Some((atime, mtime)) => [spec(atime), spec(mtime)],
            None => [now, now],
        };
        let c_path = std::ffi::CString::new(path).map_err(|_| fs_errno::EINVAL)?;
        let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: `c_path` is NUL-terminated and `pair` holds the two timespecs utimensat reads.
        if unsafe { libc::utimensat(libc::AT_FDCWD, c_path.as_ptr(), pair.as_ptr(), flags) } != 0 {
            return Err(errno(std::io::Error::last_os_error()));
        }
        Ok(())
    }

    fn set_file_mode(&mut self, path: &str, mode: u32) -> Result<(), i32> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(errno)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        let entries = std::fs::read_dir(path).map_err(errno)?;
        Ok(entries.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned())).collect())
    }

    fn remove_file(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_file(path).map_err(errno)
    }

    fn make_dir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::create_dir(path).map_err(errno)
    }

    fn remove_dir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_dir(path).map_err(errno)
    }

    fn current_dir(&mut self) -> String {
        std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".to_string())
    }

    fn set_current_dir(&mut self, path: &str) -> Result<(), i32> {
        std::env::set_current_dir(path).map_err(errno)
    }

    fn access(&mut self, path: &str, mode: u32) -> bool {
        let Ok(c_path) = std::ffi::CString::new(path) else { return false };
        // SAFETY: `c_path` is NUL-terminated and outlives the call.
        unsafe { libc::access(c_path.as_ptr(), mode as libc::c_int) == 0 }
    }

    fn set_umask(&mut self, mask: u32) -> u32 {
        // SAFETY: umask only swaps the process's file mode creation mask.
        unsafe { libc::umask(mask as libc::mode_t) as u32 }
    }

    fn process_ids(&mut self) -> ProcessIds {
        // SAFETY: these calls read the process's ids and cannot fail.
        unsafe {
            ProcessIds {
                pid: libc::getpid() as i64,
                ppid: libc::getppid() as i64,
                uid: libc::getuid() as i64,
                euid: libc::geteuid() as i64,
                gid: libc::getgid() as i64,
                egid: libc::getegid() as i64,
            }
        }
    }

    fn terminal_size(&mut self, fd: i32) -> Result<(u32, u32), i32> {
        self.out.borrow_mut().flush();
        let mut size = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which is valid.
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
            return Err(errno(std::io::Error::last_os_error()));
        }
        Ok((size.ws_col as u32, size.ws_row as u32))
    }

    fn is_terminal(&mut self, fd: i32) -> bool {
        // SAFETY: isatty only inspects the descriptor.
        unsafe { libc::isatty(fd) == 1 }
    }

    fn env_vars(&mut self) -> Vec<(String, String)> {
        std::env::vars_os().map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned())).collect()
    }
}

/// The errno of an I/O error (EIO when the OS gave none).
fn errno(e: std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(fs_errno::EIO)
}

/// One line from stdin without its line ending; `None` at end of input.
pub fn read_stdin_line() -> Option<String> {
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Some(line)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_lookup() {
        let dir = std::env::temp_dir().join(format!("edge-host-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("pkg/sub")).unwrap();
        std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
        std::fs::write(dir.join("pkg/mod.py"), "x = 1\n").unwrap();
        std::fs::write(dir.join("pkg/sub/__init__.py"), "").unwrap();
        std::fs::write(dir.join("top.py"), "").unwrap();
        assert_eq!(find_module(&dir, "pkg"), Some((dir.join("pkg/__init__.py"), true)));
        assert_eq!(find_module(&dir, "pkg.mod"), Some((dir.join("pkg/mod.py"), false)));
        assert_eq!(find_module(&dir, "pkg.sub"), Some((dir.join("pkg/sub/__init__.py"), true)));
        assert_eq!(find_module(&dir, "top"), Some((dir.join("top.py"), false)));
        assert_eq!(find_module(&dir, "nope"), None);
        assert_eq!(find_module(&dir, "pkg..mod"), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

//! The in-memory file system behind `open()` and `os` on wasm: the embedder fills it before
//! a run (`edge_fs_write`) and reads back what the program wrote (`edge_fs_read`). Paths are
//! absolute after normalisation; the current directory is `/`. A directory exists when it
//! was made (`os.mkdir`) or when a file lies below it.
//!
//! Every file and directory has `os.stat`'s metadata (`Meta`): an inode number, permission
//! bits and times, which changes stamp with the clock the caller passes (`now`, nanoseconds
//! since the epoch), so `os.path.getmtime`, `ZipFile.write` and `shutil.copy2` work as on disk.
//!
//! Hash maps rather than ordered ones: a `BTreeMap` and two `BTreeSet`s cost ~13 KB of the wasm
//! module; `below` counts the files under each directory so `is_dir` stays one lookup.

use crate::compile::fasthash::{Map as HashMap, Set as HashSet};

use crate::vm::fs_errno::*;
use crate::vm::{FileKind, FileStat};

pub struct MemFs {
    files: HashMap<String, Vec<u8>>,
    dirs: HashSet<String>,
    /// Number of files anywhere below each directory that has one (not `/`).
    below: HashMap<String, usize>,
    /// Metadata of every file and directory but `/` (made on first sight, dropped with it).
    meta: HashMap<String, Meta>,
    /// The last inode number given out (`/` is 1).
    last_ino: u64,
    /// The current directory (`os.chdir`), absolute and normalised.
    cwd: String,
    /// The file mode creation mask (`os.umask`).
    umask: u32,
}

impl Default for MemFs {
    fn default() -> Self {
        MemFs {
            files: HashMap::default(),
            dirs: HashSet::default(),
            below: HashMap::default(),
            meta: HashMap::default(),
            last_ino: ROOT_INO,
            cwd: "/".to_string(),
            umask: 0o022,
        }
    }
}

/// What `os.stat` reports of an entry besides its kind and size.
#[derive(Clone, Copy)]
struct Meta {
    ino: u64,
    /// Permission bits (`os.chmod`).
    perm: u32,
    atime_ns: i64,
    mtime_ns: i64,
    ctime_ns: i64,
}

const ROOT_INO: u64 = 1;
const S_IFDIR: u32 = 0o040000;
const S_IFREG: u32 = 0o100000;
/// The permissions `open()` and `mkdir` ask for, before the umask.
const FILE_PERM: u32 = 0o666;
const DIR_PERM: u32 = 0o777;

/// `path` (absolute) with `.`, `..` and repeated slashes resolved.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The directories above `path` (an absolute normalised path), innermost first, without `/`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/').filter(|&(i, _)| i > 0).map(|(i, _)| &path[..i])
}

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

impl MemFs {
    /// `path` made absolute against the current directory and normalised.
    fn abs(&self, path: &str) -> String {
        if path.starts_with('/') { normalize(path) } else { normalize(&format!("{}/{path}", self.cwd)) }
    }

    /// `os.getcwd()`.
    pub fn cwd(&self) -> &str {
        &self.cwd
    }

    /// `os.chdir`.
    pub fn chdir(&mut self, path: &str) -> Result<(), i32> {
        let p = self.abs(path);
        match self.kind(&p) {
            Some(FileKind::Dir) => {
                self.cwd = p;
                Ok(())
            }
            Some(FileKind::File) => Err(ENOTDIR),
            None => Err(ENOENT),
        }
    }

    /// `os.umask`: the previous mask.
    pub fn set_umask(&mut self, mask: u32) -> u32 {
        std::mem::replace(&mut self.umask, mask & 0o777)
    }
    fn is_dir(&self, p: &str) -> bool {
        p == "/" || self.dirs.contains(p) || self.below.contains_key(p)
    }

    /// Stores a file's content, counting it under its directories when it is new, and stamps
    /// its times (and its directory's when it is new).
    fn store(&mut self, path: String, now: i64) -> &mut Vec<u8> {
        if !self.files.contains_key(&path) {
            for dir in ancestors(&path) {
                *self.below.entry(dir.to_string()).or_default() += 1;
                self.meta_of(dir, DIR_PERM & !self.umask, now);
            }
            self.touch_dir(parent(&path), now);
        }
        let meta = self.meta_of(&path, FILE_PERM & !self.umask, now);
        meta.mtime_ns = now;
        meta.ctime_ns = now;
        self.files.entry(path).or_default()
    }

    /// `path`'s metadata, made with `perm` and the time `now` if it has none yet.
    fn meta_of(&mut self, path: &str, perm: u32, now: i64) -> &mut Meta {
        if !self.meta.contains_key(path) {
            self.last_ino += 1;
            let meta = Meta { ino: self.last_ino, perm, atime_ns: now, mtime_ns: now, ctime_ns: now };
            self.meta.insert(path.to_string(), meta);
        }
        self.meta.get_mut(path).expect("inserted above")
    }

    /// A directory's entries changed.
    fn touch_dir(&mut self, dir: &str, now: i64) {
        if let Some(meta) = self.meta.get_mut(dir) {
            meta.mtime_ns = now;
            meta.ctime_ns = now;
        }
    }

    /// What `os.stat` reports of `path`.
    pub fn stat(&self, path: &str) -> Result<FileStat, i32> {
        let p = self.abs(path);
        let (kind, size, nlink) = match self.files.get(&p) {
            Some(data) => (S_IFREG, data.len() as u64, 1),
            None if self.is_dir(&p) => (S_IFDIR, 4096, 2),
            None => return Err(ENOENT),
        };
        let root = Meta { ino: ROOT_INO, perm: 0o755, atime_ns: 0, mtime_ns: 0, ctime_ns: 0 };
        let meta = self.meta.get(&p).copied().unwrap_or(root);
        Ok(FileStat {
            mode: kind | meta.perm,
            ino: meta.ino,
            dev: 1,
            nlink,
            size,
            atime_ns: meta.atime_ns,
            mtime_ns: meta.mtime_ns,
            ctime_ns: meta.ctime_ns,
            blksize: 4096,
            blocks: size.div_ceil(512),
            ..FileStat::default()
        })
    }

    /// `os.utime`: `times` (access, modification) or, with `None`, `now` for both.
    pub fn set_times(&mut self, path: &str, times: Option<(i64, i64)>, now: i64) -> Result<(), i32> {
        let meta = self.existing_meta(path)?;
        (meta.atime_ns, meta.mtime_ns) = times.unwrap_or((now, now));
        meta.ctime_ns = now;
        Ok(())
    }

    /// `os.chmod`: the permission bits of `mode`.
    pub fn set_mode(&mut self, path: &str, mode: u32, now: i64) -> Result<(), i32> {
        let meta = self.existing_meta(path)?;
        meta.perm = mode & 0o7777;
        meta.ctime_ns = now;
        Ok(())
    }

    fn existing_meta(&mut self, path: &str) -> Result<&mut Meta, i32> {
        let p = self.abs(path);
        if p == "/" {
            return Err(EPERM);
        }
        let perm = match self.kind(&p) {
            Some(FileKind::File) => FILE_PERM & !self.umask,
            Some(FileKind::Dir) => DIR_PERM & !self.umask,
            None => return Err(ENOENT),
        };
        Ok(self.meta_of(&p, perm, 0))
    }

    pub fn kind(&self, path: &str) -> Option<FileKind> {
        let p = self.abs(path);
        if self.files.contains_key(&p) {
            Some(FileKind::File)
        } else if self.is_dir(&p) {
            Some(FileKind::Dir)
        } else {
            None
        }
    }

    pub fn read(&self, path: &str) -> Result<Vec<u8>, i32> {
        let p = self.abs(path);
        match self.files.get(&p) {
            Some(d) => Ok(d.clone()),
            None if self.is_dir(&p) => Err(EISDIR),
            None => Err(ENOENT),
        }
    }

    /// The embedder's write: parent directories come into being.
    pub fn put(&mut self, path: &str, data: &[u8], now: i64) {
        *self.store(self.abs(path), now) = data.to_vec();
    }

    /// The program's write: the parent directory must exist.
    pub fn write(&mut self, path: &str, data: &[u8], append: bool, now: i64) -> Result<(), i32> {
        let p = self.abs(path);
        if self.is_dir(&p) {
            return Err(EISDIR);
        }
        if self.files.contains_key(parent(&p)) {
            return Err(ENOTDIR);
        }
        if !self.is_dir(parent(&p)) {
            return Err(ENOENT);
        }
        let file = self.store(p, now);
        if !append {
            file.clear();
        }
        file.extend_from_slice(data);
        Ok(())
    }

    pub fn list(&self, path: &str) -> Result<Vec<String>, i32> {
        let p = self.abs(path);
        if self.files.contains_key(&p) {
            return Err(ENOTDIR);
        }
        if !self.is_dir(&p) {
            return Err(ENOENT);
        }
        let prefix = if p == "/" { p.clone() } else { format!("{p}/") };
        let mut names = Vec::new();
        for key in self.files.keys().chain(self.dirs.iter()) {
            if let Some(rest) = key.strip_prefix(&prefix)
                && !rest.is_empty()
            {
                names.push(rest.split('/').next().unwrap_or(rest).to_string());
            }
        }
        names.sort_unstable();
        names.dedup();
        Ok(names)
    }

    pub fn remove(&mut self, path: &str, now: i64) -> Result<(), i32> {
        let p = self.abs(path);
        if self.files.remove(&p).is_some() {
            self.meta.remove(&p);
            for dir in ancestors(&p) {
                if let Some(n) = self.below.get_mut(dir) {
                    *n -= 1;
                    if *n == 0 {
                        self.below.remove(dir);
                        if !self.dirs.contains(dir) {
                            self.meta.remove(dir);
                        }
                    }
                }
            }
            self.touch_dir(parent(&p), now);
            return Ok(());
        }
        Err(if self.is_dir(&p) { EISDIR } else { ENOENT })
    }

    pub fn mkdir(&mut self, path: &str, now: i64) -> Result<(), i32> {
        let p = self.abs(path);
        if self.kind(&p).is_some() {
            return Err(EEXIST);
        }
        if !self.is_dir(parent(&p)) {
            return Err(ENOENT);
        }
        self.meta_of(&p, DIR_PERM & !self.umask, now);
        self.touch_dir(parent(&p), now);
        self.dirs.insert(p);
        Ok(())
    }

    pub fn rmdir(&mut self, path: &str, now: i64) -> Result<(), i32> {
        let p = self.abs(path);
        if self.files.contains_key(&p) {
            return Err(ENOTDIR);
        }
        if !self.is_dir(&p) {
            return Err(ENOENT);
        }
        if !self.list(&p)?.is_empty() {
            return Err(ENOTEMPTY);
        }
        self.dirs.remove(&p);
        self.meta.remove(&p);
        self.touch_dir(parent(&p), now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_directories() {
        let mut fs = MemFs::default();
        fs.put("data/a.txt", b"hi", 0);
        assert_eq!(fs.read("/data/./a.txt"), Ok(b"hi".to_vec()));
        assert_eq!(fs.kind("data"), Some(FileKind::Dir));
        assert_eq!(fs.read("data"), Err(EISDIR));
        assert_eq!(fs.write("nodir/x", b"", false, 0), Err(ENOENT));
        assert_eq!(fs.write("data/b", b"1", false, 0), Ok(()));
        assert_eq!(fs.write("data/b", b"2", true, 0), Ok(()));
        assert_eq!(fs.read("data/b"), Ok(b"12".to_vec()));
        assert_eq!(fs.list("/"), Ok(vec!["data".to_string()]));
        assert_eq!(fs.mkdir("data/sub", 0), Ok(()));
        assert_eq!(fs.mkdir("data/sub", 0), Err(EEXIST));
        assert_eq!(fs.list("data"), Ok(vec!["a.txt".into(), "b".into(), "sub".into()]));
        assert_eq!(fs.rmdir("data", 0), Err(ENOTEMPTY));
        assert_eq!(fs.remove("data/b", 0), Ok(()));
        assert_eq!(fs.remove("data/b", 0), Err(ENOENT));
        assert_eq!(normalize("a/../../b//c/"), "/b/c");
        // A directory that only held files goes away with its last file.
        fs.put("x/y/z", b"", 0);
        assert_eq!(fs.kind("x/y"), Some(FileKind::Dir));
        assert_eq!(fs.remove("x/y/z", 0), Ok(()));
        assert_eq!(fs.kind("x"), None);
        assert_eq!(fs.list("/"), Ok(vec!["data".to_string()]));
    }

    #[test]
    fn stat_times_and_modes() {
        let mut fs = MemFs::default();
        fs.put("d/a", b"abc", 10);
        let a = fs.stat("d/a").unwrap();
        assert_eq!((a.mode, a.size, a.mtime_ns, a.nlink), (0o100644, 3, 10, 1));
        let d = fs.stat("/d").unwrap();
        assert_eq!((d.mode, d.mtime_ns), (0o040755, 10));
        assert_ne!(a.ino, d.ino);
        assert_eq!(fs.stat("/").unwrap().ino, ROOT_INO);
        // Writing stamps the file; a new entry stamps its directory.
        fs.write("d/a", b"x", true, 20).unwrap();
        fs.write("d/b", b"", false, 30).unwrap();
        assert_eq!(fs.stat("d/a").unwrap().mtime_ns, 20);
        assert_eq!(fs.stat("d").unwrap().mtime_ns, 30);
        assert_eq!(fs.stat("d/a").unwrap().ino, a.ino);
        fs.set_times("d/a", Some((5, 6)), 40).unwrap();
        let a = fs.stat("d/a").unwrap();
        assert_eq!((a.atime_ns, a.mtime_ns, a.ctime_ns), (5, 6, 40));
        fs.set_times("d/a", None, 50).unwrap();
        assert_eq!(fs.stat("d/a").unwrap().mtime_ns, 50);
        fs.set_mode("d/a", 0o100400, 60).unwrap();
        assert_eq!(fs.stat("d/a").unwrap().mode, 0o100400);
        assert_eq!(fs.set_times("nope", None, 0), Err(ENOENT));
        assert_eq!(fs.stat("nope"), Err(ENOENT));
        // An implied directory's metadata goes with its last file.
        fs.remove("d/a", 70).unwrap();
        fs.remove("d/b", 70).unwrap();
        assert_eq!(fs.stat("d"), Err(ENOENT));
        fs.mkdir("e", 80).unwrap();
        assert_eq!(fs.stat("e").unwrap().mtime_ns, 80);
        // Relative paths follow the current directory; new entries' modes the umask.
        assert_eq!(fs.chdir("e"), Ok(()));
        assert_eq!(fs.cwd(), "/e");
        assert_eq!(fs.set_umask(0o077), 0o022);
        fs.write("f", b"", false, 90).unwrap();
        assert_eq!(fs.stat("/e/f").unwrap().mode, 0o100600);
        assert_eq!(fs.chdir("f"), Err(ENOTDIR));
        assert_eq!(fs.chdir("../nope"), Err(ENOENT));
        assert_eq!(fs.chdir(".."), Ok(()));
        assert_eq!(fs.cwd(), "/");
    }
}

//! The in-memory file system behind `open()` and `os` on wasm: the embedder fills it before
//! a run (`edge_fs_write`) and reads back what the program wrote (`edge_fs_read`). Paths are
//! absolute after normalisation; the current directory is `/`. A directory exists when it
//! was made (`os.mkdir`) or when a file lies below it.
//!
//! Hash maps rather than ordered ones: a `BTreeMap` and two `BTreeSet`s cost ~13 KB of the wasm
//! module; `below` counts the files under each directory so `is_dir` stays one lookup.

use crate::compile::fasthash::{Map as HashMap, Set as HashSet};

use crate::vm::FileKind;
use crate::vm::fs_errno::*;

#[derive(Default)]
pub struct MemFs {
    files: HashMap<String, Vec<u8>>,
    dirs: HashSet<String>,
    /// Number of files anywhere below each directory that has one (not `/`).
    below: HashMap<String, usize>,
}

/// `path` made absolute against `/`, with `.`, `..` and repeated slashes resolved.
pub fn normalize(path: &str) -> String {
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
    fn is_dir(&self, p: &str) -> bool {
        p == "/" || self.dirs.contains(p) || self.below.contains_key(p)
    }

    /// Stores a file's content, counting it under its directories when it is new.
    fn store(&mut self, path: String) -> &mut Vec<u8> {
        if !self.files.contains_key(&path) {
            for dir in ancestors(&path) {
                *self.below.entry(dir.to_string()).or_default() += 1;
            }
        }
        self.files.entry(path).or_default()
    }

    pub fn kind(&self, path: &str) -> Option<FileKind> {
        let p = normalize(path);
        if self.files.contains_key(&p) {
            Some(FileKind::File)
        } else if self.is_dir(&p) {
            Some(FileKind::Dir)
        } else {
            None
        }
    }

    pub fn read(&self, path: &str) -> Result<Vec<u8>, i32> {
        let p = normalize(path);
        match self.files.get(&p) {
            Some(d) => Ok(d.clone()),
            None if self.is_dir(&p) => Err(EISDIR),
            None => Err(ENOENT),
        }
    }

    /// The embedder's write: parent directories come into being.
    pub fn put(&mut self, path: &str, data: &[u8]) {
        *self.store(normalize(path)) = data.to_vec();
    }

    /// The program's write: the parent directory must exist.
    pub fn write(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), i32> {
        let p = normalize(path);
        if self.is_dir(&p) {
            return Err(EISDIR);
        }
        if self.files.contains_key(parent(&p)) {
            return Err(ENOTDIR);
        }
        if !self.is_dir(parent(&p)) {
            return Err(ENOENT);
        }
        let file = self.store(p);
        if !append {
            file.clear();
        }
        file.extend_from_slice(data);
        Ok(())
    }

    pub fn list(&self, path: &str) -> Result<Vec<String>, i32> {
        let p = normalize(path);
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

    pub fn remove(&mut self, path: &str) -> Result<(), i32> {
        let p = normalize(path);
        if self.files.remove(&p).is_some() {
            for dir in ancestors(&p) {
                if let Some(n) = self.below.get_mut(dir) {
                    *n -= 1;
                    if *n == 0 {
                        self.below.remove(dir);
                    }
                }
            }
            return Ok(());
        }
        Err(if self.is_dir(&p) { EISDIR } else { ENOENT })
    }

    pub fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        let p = normalize(path);
        if self.kind(&p).is_some() {
            return Err(EEXIST);
        }
        if !self.is_dir(parent(&p)) {
            return Err(ENOENT);
        }
        self.dirs.insert(p);
        Ok(())
    }

    pub fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        let p = normalize(path);
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
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_directories() {
        let mut fs = MemFs::default();
        fs.put("data/a.txt", b"hi");
        assert_eq!(fs.read("/data/./a.txt"), Ok(b"hi".to_vec()));
        assert_eq!(fs.kind("data"), Some(FileKind::Dir));
        assert_eq!(fs.read("data"), Err(EISDIR));
        assert_eq!(fs.write("nodir/x", b"", false), Err(ENOENT));
        assert_eq!(fs.write("data/b", b"1", false), Ok(()));
        assert_eq!(fs.write("data/b", b"2", true), Ok(()));
        assert_eq!(fs.read("data/b"), Ok(b"12".to_vec()));
        assert_eq!(fs.list("/"), Ok(vec!["data".to_string()]));
        assert_eq!(fs.mkdir("data/sub"), Ok(()));
        assert_eq!(fs.mkdir("data/sub"), Err(EEXIST));
        assert_eq!(fs.list("data"), Ok(vec!["a.txt".into(), "b".into(), "sub".into()]));
        assert_eq!(fs.rmdir("data"), Err(ENOTEMPTY));
        assert_eq!(fs.remove("data/b"), Ok(()));
        assert_eq!(fs.remove("data/b"), Err(ENOENT));
        assert_eq!(normalize("a/../../b//c/"), "/b/c");
        // A directory that only held files goes away with its last file.
        fs.put("x/y/z", b"");
        assert_eq!(fs.kind("x/y"), Some(FileKind::Dir));
        assert_eq!(fs.remove("x/y/z"), Ok(()));
        assert_eq!(fs.kind("x"), None);
        assert_eq!(fs.list("/"), Ok(vec!["data".to_string()]));
    }
}

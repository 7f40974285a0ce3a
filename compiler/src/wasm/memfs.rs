//! The in-memory file system behind `open()` and `os` on wasm: the embedder fills it before
//! a run (`edge_fs_write`) and reads back what the program wrote (`edge_fs_read`). Paths are
//! absolute after normalisation; the current directory is `/`. A directory exists when it
//! was made (`os.mkdir`) or when a file lies below it.

use std::collections::{BTreeMap, BTreeSet};

use crate::vm::FileKind;
use crate::vm::fs_errno::*;

#[derive(Default)]
pub struct MemFs {
    files: BTreeMap<String, Vec<u8>>,
    dirs: BTreeSet<String>,
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

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

impl MemFs {
    fn is_dir(&self, p: &str) -> bool {
        p == "/" || self.dirs.contains(p) || {
            let prefix = format!("{p}/");
            self.files.range(prefix.clone()..).next().is_some_and(|(k, _)| k.starts_with(&prefix))
        }
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
        self.files.insert(normalize(path), data.to_vec());
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
        let file = self.files.entry(p).or_default();
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
        let mut names = BTreeSet::new();
        for key in self.files.keys().chain(self.dirs.iter()) {
            if let Some(rest) = key.strip_prefix(&prefix)
                && !rest.is_empty()
            {
                names.insert(rest.split('/').next().unwrap_or(rest).to_string());
            }
        }
        Ok(names.into_iter().collect())
    }

    pub fn remove(&mut self, path: &str) -> Result<(), i32> {
        let p = normalize(path);
        if self.files.remove(&p).is_some() {
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
    }
}

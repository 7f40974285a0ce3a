//! The pure-Python standard library (`runtime/std/*.py`), compiled into the crate when the
//! `embed-std` feature is on (the native CLI). The wasm build leaves it out: its host
//! registers the files a program imports, so a page downloads only what it uses.

include!(concat!(env!("OUT_DIR"), "/std_sources.rs"));

/// Source of the embedded standard-library module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    let i = STD_SOURCES.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    Some(STD_SOURCES[i].1)
}

/// Whether some embedded module is named `name.<something>`.
pub fn has_submodules(name: &str) -> bool {
    let i = STD_SOURCES.partition_point(|(n, _)| *n <= name);
    STD_SOURCES.get(i).is_some_and(|(n, _)| n.strip_prefix(name).is_some_and(|rest| rest.starts_with('.')))
}

#[cfg(all(test, feature = "embed-std"))]
mod tests {
    #[test]
    fn finds_embedded_modules() {
        assert!(super::source("collections").is_some_and(|s| s.contains("class Counter")));
        assert!(super::source("_collections_abc").is_some());
        assert!(super::source("no_such_module").is_none());
        assert!(super::has_submodules("xml.etree") && super::has_submodules("urllib"));
        assert!(!super::has_submodules("xml.etree.ElementTree") && !super::has_submodules("collections"));
    }
}

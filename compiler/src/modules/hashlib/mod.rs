//! `_hashlib`: the digests behind `hashlib` (`runtime/std/hashlib.py`). Written here rather
//! than taken from a crate: each is a page of code, and the wasm module stays free of the
//! generic-array/digest trait machinery.

mod md5;
mod sha1;
pub(crate) mod sha2;

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

/// The digest of `data` with the algorithm `name`, or `None` for an unknown name.
pub fn digest(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match name {
        "md5" => md5::md5(data),
        "sha1" => sha1::sha1(data),
        "sha224" => sha2::sha224(data),
        "sha256" => sha2::sha256(data),
        "sha384" => sha2::sha384(data),
        "sha512" => sha2::sha512(data),
        _ => return None,
    })
}

/// `_digest(name, data)`: bytes.
fn py_digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_digest", &a, 2, 2)?;
    let name = vm.str_arg(a.pos[0], "_digest() argument 1")?;
    let Some(data) = vm.heap.bytes(a.pos[1]).map(|b| b.to_vec()) else {
        return Err(PyErr::type_error("_digest() needs bytes"));
    };
    match digest(&name, &data) {
        Some(d) => Ok(vm.new_bytes(d)),
        None => Err(PyErr::value_error(format!("unsupported hash type {name}"))),
    }
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_hashlib");
    vm.module_add_fn(m, "_digest", py_digest);
    Ok(m)
}

#[cfg(test)]
mod tests {
    fn hex(name: &str, data: &[u8]) -> String {
        super::digest(name, data).unwrap().iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        assert_eq!(hex("md5", b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex("md5", b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hex("sha1", b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hex("sha256", b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hex("sha224", b"abc"), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
        assert_eq!(
            hex("sha384", b"abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(&hex("sha512", b"abc")[..16], "ddaf35a193617aba");
        assert!(super::digest("sha3", b"").is_none());
    }
}

//! `_hashlib`: the digests behind `hashlib` (`runtime/std/hashlib.py`). Written here rather
//! than taken from a crate: each is a page of code, and the wasm module stays free of the
//! generic-array/digest trait machinery.

mod blake2;
mod md5;
mod sha1;
pub(crate) mod sha2;
mod sha3;

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
        "sha3_224" => sha3::sha3(data, 28),
        "sha3_256" => sha3::sha3(data, 32),
        "sha3_384" => sha3::sha3(data, 48),
        "sha3_512" => sha3::sha3(data, 64),
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

fn bytes_arg(vm: &Vm, v: Value, what: &str) -> PyResult<Vec<u8>> {
    vm.heap.bytes(v).map(|b| b.to_vec()).ok_or_else(|| PyErr::type_error(format!("{what} needs bytes")))
}

/// `_shake(name, data, length)`: `length` bytes of SHAKE128 or SHAKE256.
fn py_shake(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_shake", &a, 3, 3)?;
    let name = vm.str_arg(a.pos[0], "_shake() argument 1")?;
    let data = bytes_arg(vm, a.pos[1], "_shake()")?;
    let security = match &*name {
        "shake_128" => 16,
        "shake_256" => 32,
        _ => return Err(PyErr::value_error(format!("unsupported hash type {name}"))),
    };
    let length = match a.pos[2] {
        Value::Int(n) if (0..=1 << 30).contains(&n) => n as usize,
        _ => return Err(PyErr::value_error("length is too large")),
    };
    Ok(vm.new_bytes(sha3::shake(&data, security, length)))
}

/// `_blake2(is_b, data, digest_size, key, salt, person, fanout, depth, leaf_size,
/// node_offset, node_depth, inner_size, last_node)`: the shim has checked the arguments
/// with CPython's messages; anything out of range here is a plain ValueError.
fn py_blake2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_blake2", &a, 13, 13)?;
    let is_b = matches!(a.pos[0], Value::Bool(true));
    let data = bytes_arg(vm, a.pos[1], "_blake2()")?;
    let (key, salt, person) = (
        bytes_arg(vm, a.pos[3], "_blake2()")?,
        bytes_arg(vm, a.pos[4], "_blake2()")?,
        bytes_arg(vm, a.pos[5], "_blake2()")?,
    );
    let int = |i: usize, max: i64| match a.pos[i] {
        Value::Int(n) if (0..=max).contains(&n) => Ok(n),
        _ => Err(PyErr::value_error("blake2 parameter out of range")),
    };
    let word = if is_b { 8 } else { 4 };
    let max_offset = if is_b { i64::MAX } else { (1 << 48) - 1 };
    let digest_size = int(2, 8 * word)?;
    let fits = |b: &[u8], max: usize| b.len() <= max;
    if digest_size == 0
        || !fits(&key, 8 * word as usize)
        || !fits(&salt, 2 * word as usize)
        || !fits(&person, 2 * word as usize)
    {
        return Err(PyErr::value_error("blake2 parameter out of range"));
    }
    let p = blake2::Params {
        digest_size: digest_size as u8,
        key: &key,
        salt: &salt,
        person: &person,
        fanout: int(6, 255)? as u8,
        depth: int(7, 255)? as u8,
        leaf_size: int(8, u32::MAX as i64)? as u32,
        node_offset: int(9, max_offset)? as u64,
        node_depth: int(10, 255)? as u8,
        inner_size: int(11, 8 * word)? as u8,
        last_node: matches!(a.pos[12], Value::Bool(true)),
    };
    let out = if is_b { blake2::blake2b(&p, &data) } else { blake2::blake2s(&p, &data) };
    Ok(vm.new_bytes(out))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_hashlib");
    vm.module_add_fn(m, "_digest", py_digest);
    vm.module_add_fn(m, "_shake", py_shake);
    vm.module_add_fn(m, "_blake2", py_blake2);
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
        // FIPS 202 and RFC 7693 test vectors.
        assert_eq!(&hex("sha3_256", b"")[..16], "a7ffc6f8bf1ed766");
        assert_eq!(&hex("sha3_512", b"abc")[..16], "b751850b1a57168a");
        let shake: String = super::sha3::shake(b"", 16, 8).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(shake, "7f9c2ba4e88f827d");
        let p = super::blake2::Params { digest_size: 64, fanout: 1, depth: 1, ..Default::default() };
        let b: String = super::blake2::blake2b(&p, b"abc").iter().take(8).map(|b| format!("{b:02x}")).collect();
        assert_eq!(b, "ba80a53f981c4d0d");
        let p = super::blake2::Params { digest_size: 32, fanout: 1, depth: 1, ..Default::default() };
        let s: String = super::blake2::blake2s(&p, b"abc").iter().take(8).map(|b| format!("{b:02x}")).collect();
        assert_eq!(s, "508c5e8c327c14e2");
    }
}

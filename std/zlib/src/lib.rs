//! `zlib`: compression and decompression natives (module `_zlib`) under the Python shim
//! `zlib.py` (CPython's signatures, `Compress`/`Decompress` objects, `zlib.error`).
//!
//! Streams live here between calls, named by integer ids the shim's objects hold: the state
//! of a compressor (a 64 KiB window and its hash chains) cannot cross the boundary each call.
//! The runtime has no finalizers, so a stream is freed when it ends (`flush()` after
//! `Z_FINISH`, the end of a compressed stream) or when the shim calls `free`.

mod check;
mod deflate;
mod inflate;
mod trees;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use deflate::{Deflater, Z_BUF_ERROR, Z_FINISH, Z_NO_FLUSH, Z_OK, Z_STREAM_END, Z_STREAM_ERROR};
use inflate::{Inflater, Stop};
use wasm_pdk::{PyErr, Value, function, module};

enum Stream {
    Deflate(Box<Deflater>),
    Inflate(Box<InflateStream>),
}

#[derive(Clone)]
struct InflateStream {
    z: Inflater,
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

thread_local! {
    static STREAMS: RefCell<BTreeMap<i64, Stream>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
}

fn add_stream(s: Stream) -> i64 {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    STREAMS.with(|m| m.borrow_mut().insert(id, s));
    id
}

fn zlib_error(error: &Value, msg: String) -> PyErr {
    match error.call(&[Value::str(&msg)]) {
        Ok(e) => PyErr::raise(e),
        Err(e) => e,
    }
}

/// CPython's text for a zlib status without a message of its own.
fn code_message(code: i32) -> Option<&'static str> {
    match code {
        Z_BUF_ERROR => Some("incomplete or truncated stream"),
        Z_STREAM_ERROR => Some("inconsistent stream state"),
        -3 => Some("invalid input data"),
        _ => None,
    }
}

fn status_error(error: &Value, code: i32, doing: &str, msg: Option<&str>) -> PyErr {
    match msg.or(code_message(code)) {
        Some(m) => zlib_error(error, format!("Error {code} {doing}: {m}")),
        None => zlib_error(error, format!("Error {code} {doing}")),
    }
}

/// CPython's output buffer: blocks of these sizes, the last one repeating.
const BLOCKS: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// Calls deflate as CPython does: again with a fresh output block while the last call
/// filled its block (the room level 0 sizes its stored blocks by).
fn run_deflate(z: &mut Deflater, data: &[u8], flush: i32) -> (Vec<u8>, i32) {
    z.avail_out = BLOCKS[0];
    let mut blocks = 1;
    let mut err = z.deflate(data, flush);
    while z.avail_out == 0 && err != Z_STREAM_ERROR {
        z.avail_out = BLOCKS[blocks.min(BLOCKS.len() - 1)];
        blocks += 1;
        err = z.deflate(&[], flush);
    }
    (z.take_output(), err)
}

#[function]
fn compress(data: Vec<u8>, level: i64, wbits: i64, error: Value) -> Result<Vec<u8>, PyErr> {
    let Some(mut z) = Deflater::new(level, 8, wbits, 8, 0) else {
        return Err(zlib_error(&error, "Bad compression level".into()));
    };
    let (out, err) = run_deflate(&mut z, &data, Z_FINISH);
    if err != Z_STREAM_END {
        return Err(status_error(&error, err, "while compressing data", None));
    }
    Ok(out)
}

/// Bytes of the stream the one-shot `decompress` reads, and CPython's error otherwise.
#[function]
fn decompress(data: Vec<u8>, wbits: i64, bufsize: i64, error: Value) -> Result<Vec<u8>, PyErr> {
    let Some(mut z) = Inflater::new(wbits) else {
        return Err(status_error(&error, Z_STREAM_ERROR, "while preparing to decompress data", None));
    };
    let mut out = Vec::new();
    let (_, r) = run_inflate(&mut z, &data, bufsize.max(1) as usize, None, &mut out);
    match r {
        Ok(_) => Ok(out),
        Err(Stop::Input | Stop::Output) => Err(status_error(&error, Z_BUF_ERROR, "while decompressing data", None)),
        Err(Stop::NeedDict) => Err(status_error(&error, 2, "while decompressing data", None)),
        Err(Stop::Error(m)) => Err(status_error(&error, -3, "while decompressing data", Some(m))),
    }
}

#[function]
fn crc32(data: Vec<u8>, start: i64) -> i64 {
    check::crc32(start as u32, &data) as i64
}

#[function]
fn adler32(data: Vec<u8>, start: i64) -> i64 {
    let start = start as u32;
    if data.is_empty() {
        // zlib still reduces the start value modulo 65521 for empty input.
        let (a, b) = (start & 0xffff, start >> 16);
        let a = if a >= 65521 { a - 65521 } else { a };
        return ((b % 65521) << 16 | a) as i64;
    }
    check::adler32(start, &data) as i64
}

/// A compressor's id (ids start at 1), `None` for options zlib refuses, 0 for a dictionary
/// it refuses (a gzip stream's).
#[function]
fn compressobj(
    level: i64,
    method: i64,
    wbits: i64,
    mem_level: i64,
    strategy: i64,
    zdict: Option<Vec<u8>>,
) -> Option<i64> {
    let mut z = Deflater::new(level, method, wbits, mem_level, strategy)?;
    if let Some(d) = zdict
        && !z.set_dictionary(&d)
    {
        return Some(0);
    }
    Some(add_stream(Stream::Deflate(Box::new(z))))
}

fn with_deflater<R>(id: i64, f: impl FnOnce(&mut Deflater) -> R) -> Option<R> {
    STREAMS.with(|m| match m.borrow_mut().get_mut(&id) {
        Some(Stream::Deflate(z)) => Some(f(z)),
        _ => None,
    })
}

fn with_inflater<R>(id: i64, f: impl FnOnce(&mut InflateStream) -> R) -> Option<R> {
    STREAMS.with(|m| match m.borrow_mut().get_mut(&id) {
        Some(Stream::Inflate(z)) => Some(f(z)),
        _ => None,
    })
}

#[function]
fn compressor_compress(id: i64, data: Vec<u8>, error: Value) -> Result<Vec<u8>, PyErr> {
    let Some((out, err)) = with_deflater(id, |z| run_deflate(z, &data, Z_NO_FLUSH)) else {
        return Err(status_error(&error, Z_STREAM_ERROR, "while compressing data", None));
    };
    if err == Z_STREAM_ERROR {
        return Err(status_error(&error, err, "while compressing data", None));
    }
    Ok(out)
}

#[function]
fn compressor_flush(id: i64, mode: i64, error: Value) -> Result<Vec<u8>, PyErr> {
    let mode = mode as i32;
    let Some((out, err)) = with_deflater(id, |z| run_deflate(z, &[], mode)) else {
        return Err(status_error(&error, Z_STREAM_ERROR, "while flushing", None));
    };
    if err == Z_STREAM_END && mode == Z_FINISH {
        free(id);
    } else if err != Z_OK && err != Z_BUF_ERROR {
        return Err(status_error(&error, err, "while flushing", None));
    }
    Ok(out)
}

/// A copy of a stream; `None` once it has ended.
#[function]
fn copy(id: i64) -> Option<i64> {
    let s = STREAMS.with(|m| match m.borrow().get(&id) {
        Some(Stream::Deflate(z)) => Some(Stream::Deflate(z.clone())),
        Some(Stream::Inflate(z)) if !z.eof => Some(Stream::Inflate(z.clone())),
        _ => None,
    })?;
    Some(add_stream(s))
}

#[function]
fn free(id: i64) {
    STREAMS.with(|m| m.borrow_mut().remove(&id));
}

/// A decompressor's id, or `None` for a `wbits` zlib refuses.
#[function]
fn decompressobj(wbits: i64, zdict: Option<Vec<u8>>, error: Value) -> Result<Option<i64>, PyErr> {
    let Some(mut z) = Inflater::new(wbits) else {
        return Ok(None);
    };
    if wbits < 0
        && let Some(d) = &zdict
        && z.set_dictionary(d).is_err()
    {
        return Err(status_error(&error, -3, "while setting zdict", None));
    }
    let s = InflateStream { z, zdict, unused_data: Vec::new(), unconsumed_tail: Vec::new(), eof: false };
    Ok(Some(add_stream(Stream::Inflate(Box::new(s)))))
}

/// Calls inflate as CPython does: a first output block of `first` bytes, then blocks of
/// CPython's sizes, up to `max_length` in all. zlib checks distances against its window plus
/// the current call's output, so where calls start shows in which streams fail.
fn run_inflate(
    z: &mut Inflater,
    data: &[u8],
    first: usize,
    max_length: Option<usize>,
    out: &mut Vec<u8>,
) -> (usize, Result<bool, Stop>) {
    let mut used = 0;
    let mut allocated = first;
    let mut room = first;
    let mut blocks = 1;
    loop {
        let before = out.len();
        let (n, r) = z.inflate(&data[used..], out, room);
        used += n;
        room -= out.len() - before;
        if !matches!(r, Err(Stop::Output)) || room > 0 {
            return (used, r);
        }
        let mut next = BLOCKS[blocks.min(BLOCKS.len() - 1)];
        blocks += 1;
        if let Some(max) = max_length {
            next = next.min(max - allocated);
            if next == 0 {
                return (used, r);
            }
        }
        allocated += next;
        room = next;
    }
}

/// Runs the decompressor over `data` and keeps the leftover input as CPython does:
/// `unused_data` after the end of the stream, `unconsumed_tail` otherwise.
fn inflate_into(
    s: &mut InflateStream,
    data: &[u8],
    first: usize,
    max_length: Option<usize>,
    out: &mut Vec<u8>,
) -> Result<bool, (i32, Option<&'static str>)> {
    let mut input = data;
    let result = loop {
        if s.eof {
            break Ok(true);
        }
        let (used, r) = run_inflate(&mut s.z, input, first, max_length.map(|m| m - out.len()), out);
        input = &input[used..];
        match r {
            Ok(_) => {
                s.eof = true;
                break Ok(true);
            }
            Err(Stop::NeedDict) => match s.zdict.clone() {
                Some(d) => {
                    if s.z.set_dictionary(&d).is_err() {
                        break Err((-3, None));
                    }
                }
                None => break Err((2, None)),
            },
            Err(Stop::Error(m)) => break Err((-3, Some(m))),
            Err(Stop::Input | Stop::Output) => break Ok(false),
        }
    };
    // CPython moves the leftover to unused_data at the end, and resets unconsumed_tail to
    // it only when the tail was not empty before.
    if s.eof {
        s.unused_data.extend_from_slice(input);
        if !s.unconsumed_tail.is_empty() {
            s.unconsumed_tail = input.to_vec();
        }
    } else if !input.is_empty() || !s.unconsumed_tail.is_empty() {
        s.unconsumed_tail = input.to_vec();
    }
    result
}

/// `(output, unconsumed_tail, unused_data, eof, error message or None)`: the shim updates
/// its attributes before raising, as CPython keeps the leftover input of a failed call.
fn inflate_result(out: Vec<u8>, s: &InflateStream, error: Option<String>) -> Value {
    let error = error.map_or_else(Value::none, |m| Value::str(&m));
    Value::tuple(&[
        Value::bytes(&out),
        Value::bytes(&s.unconsumed_tail),
        Value::bytes(&s.unused_data),
        Value::bool(s.eof),
        error,
    ])
}

fn error_text(code: i32, msg: Option<&str>) -> String {
    let doing = if msg.is_none() && code == -3 { "while setting zdict" } else { "while decompressing data" };
    match msg.or(code_message(code)) {
        Some(m) => format!("Error {code} {doing}: {m}"),
        None => format!("Error {code} {doing}"),
    }
}

#[function]
fn decompressor_decompress(id: i64, data: Vec<u8>, max_length: i64) -> Value {
    let limit = if max_length == 0 { usize::MAX } else { max_length as usize };
    with_inflater(id, |s| {
        let mut out = Vec::new();
        let r = inflate_into(s, &data, limit.min(BLOCKS[0]), (max_length > 0).then_some(limit), &mut out);
        inflate_result(out, s, r.err().map(|(code, msg)| error_text(code, msg)))
    })
    .unwrap_or_else(|| {
        let e = Some(error_text(Z_STREAM_ERROR, None));
        Value::tuple(&[
            Value::bytes(b""),
            Value::bytes(b""),
            Value::bytes(b""),
            Value::bool(false),
            e.map_or_else(Value::none, |m| Value::str(&m)),
        ])
    })
}

/// `Decompress.flush()`: the rest of `unconsumed_tail`; errors end it quietly, as in CPython.
#[function]
fn decompressor_flush(id: i64, length: i64) -> Value {
    with_inflater(id, |s| {
        let tail = s.unconsumed_tail.clone();
        let mut out = Vec::new();
        let _ = inflate_into(s, &tail, length as usize, None, &mut out);
        inflate_result(out, s, None)
    })
    .unwrap_or_else(|| {
        Value::tuple(&[Value::bytes(b""), Value::bytes(b""), Value::bytes(b""), Value::bool(true), Value::none()])
    })
}

module! {
    name: "zlib",
    functions: [
        compress,
        decompress,
        crc32,
        adler32,
        compressobj,
        compressor_compress,
        compressor_flush,
        copy,
        free,
        decompressobj,
        decompressor_decompress,
        decompressor_flush,
    ],
    shim: "src/zlib.py",
}

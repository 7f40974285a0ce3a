//! A Path A guest: every exported function has the signature
//! `(g_argv: *const u32, argc: u32, g_out: *mut u32) -> i32`, where `g_argv` holds argument
//! handles staged in this module's memory by the host. It returns 0 with the result handle
//! in `*g_out`, or non-zero with a str handle `"Kind: message"` there (raised in Python).
//! Values are read and built through the compiler's `host_edge_*` codec, imported from `env`.

#[link(wasm_import_module = "env")]
unsafe extern "C" {
    fn host_edge_tag(h: u32) -> i32;
    fn host_edge_get_int(h: u32) -> i64;
    fn host_edge_int(v: i64) -> u32;
    fn host_edge_str(ptr: *const u8, len: usize) -> u32;
    fn host_edge_buf_len(h: u32) -> i32;
    fn host_edge_buf_read(h: u32, dst: *mut u8) -> i32;
}

const TAG_INT: i32 = 2;
const TAG_STR: i32 = 5;

/// Staging memory for the host: never freed (the host reuses its blocks).
#[unsafe(no_mangle)]
pub extern "C" fn __edge_alloc(size: usize) -> *mut u8 {
    match std::alloc::Layout::from_size_align(size.max(1), 8) {
        Ok(l) => unsafe { std::alloc::alloc(l) },
        Err(_) => std::ptr::null_mut(),
    }
}

fn text_handle(s: &str) -> u32 {
    unsafe { host_edge_str(s.as_ptr(), s.len()) }
}

/// Writes `result` to `out` as the function's status.
unsafe fn finish(out: *mut u32, result: Result<u32, String>) -> i32 {
    match result {
        Ok(h) => {
            unsafe { *out = h };
            0
        }
        Err(msg) => {
            unsafe { *out = text_handle(&msg) };
            1
        }
    }
}

unsafe fn args<'a>(argv: *const u32, argc: u32) -> &'a [u32] {
    if argc == 0 { &[] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } }
}

fn int_arg(name: &str, h: u32) -> Result<i64, String> {
    if unsafe { host_edge_tag(h) } != TAG_INT {
        return Err(format!("TypeError: {name}() expects int arguments"));
    }
    Ok(unsafe { host_edge_get_int(h) })
}

/// `add(a, b)`: the sum of two ints.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn add(argv: *const u32, argc: u32, out: *mut u32) -> i32 {
    let result = match unsafe { args(argv, argc) } {
        [a, b] => int_arg("add", *a).and_then(|a| {
            let b = int_arg("add", *b)?;
            a.checked_add(b).map(|s| unsafe { host_edge_int(s) }).ok_or_else(|| "OverflowError: add() overflow".into())
        }),
        other => Err(format!("TypeError: add() takes 2 arguments ({} given)", other.len())),
    };
    unsafe { finish(out, result) }
}

/// `greet(name)`: `"hello, <name>!"`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn greet(argv: *const u32, argc: u32, out: *mut u32) -> i32 {
    let result = match unsafe { args(argv, argc) } {
        [h] if unsafe { host_edge_tag(*h) } == TAG_STR => {
            let n = unsafe { host_edge_buf_len(*h) }.max(0) as usize;
            let mut buf = vec![0u8; n];
            unsafe { host_edge_buf_read(*h, buf.as_mut_ptr()) };
            Ok(text_handle(&format!("hello, {}!", String::from_utf8_lossy(&buf))))
        }
        _ => Err("TypeError: greet() takes one str".to_string()),
    };
    unsafe { finish(out, result) }
}

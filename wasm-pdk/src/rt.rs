//! What `#[function]` expands to calls: argument checks with CPython's wording and the
//! status protocol. Not a public API.

use crate::convert::{FromPy, IntoPy, Mismatch};
use crate::err::PyErr;
use crate::value::Value;

/// Runs a function body over the call's argument handles and writes the outcome for the host.
///
/// # Safety
/// `argv` holds `argc` handles and `out` is writable, as the host guarantees.
pub unsafe fn call(
    argv: *const u32,
    argc: u32,
    out: *mut u32,
    body: impl FnOnce(&[u32]) -> Result<Value, PyErr>,
) -> i32 {
    let args = if argc == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } };
    #[cfg(not(target_arch = "wasm32"))]
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(args)))
        .unwrap_or_else(|_| Err(PyErr::new("SystemError", "a native function panicked")));
    // On wasm a panic traps (panic=abort); the runtime reports the trap.
    #[cfg(target_arch = "wasm32")]
    let result = body(args);
    match result {
        Ok(v) => {
            unsafe { *out = v.into_raw() };
            0
        }
        Err(e) => e.into_status(out),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    let mut s = n.to_string();
    s.push(' ');
    s.push_str(if n == 1 { one } else { many });
    s
}

/// Checks the argument count: `required` leading parameters, `params.len()` in all.
pub fn arity(name: &str, given: usize, required: usize, params: &[&str]) -> Result<(), PyErr> {
    let max = params.len();
    if given > max {
        let takes = if required == max {
            count(max, "positional argument", "positional arguments")
        } else {
            let mut s = String::from("from ");
            s.push_str(&required.to_string());
            s.push_str(" to ");
            s.push_str(&count(max, "positional argument", "positional arguments"));
            s
        };
        let mut m = String::from(name);
        m.push_str("() takes ");
        m.push_str(&takes);
        m.push_str(" but ");
        m.push_str(&given.to_string());
        m.push_str(if given == 1 { " was given" } else { " were given" });
        return Err(PyErr::type_error(m));
    }
    if given < required {
        let missing = &params[given..required];
        let mut m = String::from(name);
        m.push_str("() missing ");
        m.push_str(&count(missing.len(), "required positional argument", "required positional arguments"));
        m.push_str(": ");
        for (i, p) in missing.iter().enumerate() {
            if i > 0 {
                m.push_str(if i + 1 == missing.len() {
                    if missing.len() > 2 { ", and " } else { " and " }
                } else {
                    ", "
                });
            }
            m.push('\'');
            m.push_str(p);
            m.push('\'');
        }
        return Err(PyErr::type_error(m));
    }
    Ok(())
}

/// Converts argument `i` (0-based) to the parameter's type.
pub fn arg<T: FromPy>(name: &str, args: &[u32], i: usize) -> Result<T, PyErr> {
    let Some(&h) = args.get(i) else {
        return T::missing().ok_or_else(|| PyErr::type_error("missing argument"));
    };
    T::from_handle(h).map_err(|m| match m {
        Mismatch::Expected(what, v) => {
            let mut s = String::from(name);
            s.push_str("() argument ");
            s.push_str(&(i + 1).to_string());
            s.push_str(" must be ");
            s.push_str(what);
            s.push_str(", not ");
            s.push_str(&v.type_name());
            PyErr::type_error(s)
        }
        Mismatch::Err(e) => e,
    })
}

/// The function's return value as a handle.
pub fn ret<T: IntoPy>(v: T) -> Result<Value, PyErr> {
    v.into_py()
}

/// `__edge_alloc`: staging memory for the host (never freed; the host reuses its block).
pub fn alloc(size: usize) -> *mut u8 {
    match std::alloc::Layout::from_size_align(size.max(1), 8) {
        Ok(l) => unsafe { std::alloc::alloc(l) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// `[u8; N]` from a byte string, for the `edge.py` custom section `module!` emits.
pub const fn bytes_array<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    let mut i = 0;
    while i < N {
        a[i] = b[i];
        i += 1;
    }
    a
}

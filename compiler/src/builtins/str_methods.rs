//! The methods of `str`, with CPython's semantics and messages. Lengths and indices are in
//! code points; ASCII strings (the common case) take byte-indexed fast paths.

pub mod codecs;
pub mod common;
pub mod format;

use crate::builtins::args::{check_method, check_method_fmt};
use crate::error::{PyErr, PyResult};
use crate::format::repr::str_repr;
use crate::format::spec::format_str;
use crate::format::unicode_tables as ut;
use crate::value::{Args, IterState, NativeKind, Obj, PyStr, Value};
use crate::vm::Vm;

use common::{adjust, bind, check_ac, check_dunder, opt_index};

pub fn register(vm: &mut Vm) {
    let t = vm.types.str;
    let m = NativeKind::Method;
    let methods: &[(&'static str, crate::value::NativeFn)] = &[
        ("capitalize", str_capitalize),
        ("casefold", str_casefold),
        ("center", str_center),
        ("count", str_count),
        ("encode", str_encode),
        ("endswith", str_endswith),
        ("expandtabs", str_expandtabs),
        ("find", str_find),
        ("format", str_format),
        ("format_map", str_format_map),
        ("index", str_index),
        ("isalnum", str_isalnum),
        ("isalpha", str_isalpha),
        ("isascii", str_isascii),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isnumeric", str_isnumeric),
        ("isprintable", str_isprintable),
        ("isspace", str_isspace),
        ("istitle", str_istitle),
        ("isupper", str_isupper),
        ("join", str_join),
        ("ljust", str_ljust),
        ("lower", str_lower),
        ("lstrip", str_lstrip),
        ("partition", str_partition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("replace", str_replace),
        ("rfind", str_rfind),
        ("rindex", str_rindex),
        ("rjust", str_rjust),
        ("rpartition", str_rpartition),
        ("rsplit", str_rsplit),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("splitlines", str_splitlines),
        ("startswith", str_startswith),
        ("strip", str_strip),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("translate", str_translate),
        ("upper", str_upper),
        ("zfill", str_zfill),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__iter__", str_iter),
        ("__repr__", str_repr_m),
        ("__str__", str_str),
        ("__format__", str_format_m),
        ("__getnewargs__", str_getnewargs),
        ("__sizeof__", str_sizeof),
    ];
    for &(name, f) in methods {
        vm.add_method(t, name, f, m);
    }
    vm.add_method(t, "maketrans", str_maketrans, NativeKind::StaticMethod);
}

// ---- receivers and argument helpers ----

/// The `str` value inside `v` (itself, or the payload of a `str` subclass instance).
pub fn as_str_value(vm: &Vm, v: Value) -> Option<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => Some(v),
            Obj::Instance(_) if vm.is_instance(v, vm.types.str) => {
                let b = vm.builtin_value(v);
                vm.heap.pystr(b).map(|_| b)
            }
            _ => None,
        },
        _ => None,
    }
}

/// `self` of a str method, unwrapped to the str value.
fn recv(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let Some(&v) = args.pos.first() else {
        return Err(PyErr::type_error(format!("unbound method str.{name}() needs an argument")));
    };
    as_str_value(vm, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

#[inline]
fn ps(vm: &Vm, v: Value) -> &PyStr {
    vm.heap.pystr(v).expect("str value")
}

/// A `str` argument, with CPython's "`name`() argument `n` must be str, not int" message.
fn str_param(vm: &Vm, v: Value, fname: &str, argn: usize) -> PyResult<Value> {
    as_str_value(vm, v).ok_or_else(|| {
        let which = if argn == 0 { "argument".to_string() } else { format!("argument {argn}") };
        PyErr::type_error(format!("{fname}() {which} must be str, not {}", vm.type_name(v)))
    })
}

fn noargs(name: &str, args: &Args) -> PyResult<()> {
    check_method(name, args, 0, 0)
}

// ---- case mapping ----

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.upper", &args)?;
    let s = recv(vm, &args, "upper")?;
    let p = ps(vm, s);
    let out = if p.is_ascii() {
        if !p.as_str().bytes().any(|b| b.is_ascii_lowercase()) {
            return Ok(s);
        }
        return Ok(vm.new_str_known(p.as_str().to_ascii_uppercase(), true));
    } else {
        upper_str(p.as_str())
    };
    Ok(vm.new_str(out))
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.lower", &args)?;
    let s = recv(vm, &args, "lower")?;
    let p = ps(vm, s);
    let out = if p.is_ascii() {
        if !p.as_str().bytes().any(|b| b.is_ascii_uppercase()) {
            return Ok(s);
        }
        return Ok(vm.new_str_known(p.as_str().to_ascii_lowercase(), true));
    } else {
        p.as_str().to_lowercase()
    };
    Ok(vm.new_str(out))
}

pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        ut::push_casefold(&mut out, c);
    }
    out
}

fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.casefold", &args)?;
    let s = recv(vm, &args, "casefold")?;
    let p = ps(vm, s);
    let out = if p.is_ascii() { p.as_str().to_ascii_lowercase() } else { casefold(p.as_str()) };
    Ok(vm.new_str(out))
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || ut::is_titlecase(c)
}

fn case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}' | '\u{300}'..='\u{36f}')
}

/// Whether the 'Σ' at `chars[i]` ends a word (so lowercases to 'ς'), per Unicode's
/// Final_Sigma condition.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !case_ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !case_ignorable(c));
    before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c))
}

/// Appends the lowercase of `chars[i]`, honouring the final-sigma rule.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// `str.capitalize()` on a Rust string.
pub fn capitalize_str(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    if p.is_ascii() {
        let mut it = p.chars();
        if let Some(first) = it.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(&it.as_str().to_ascii_lowercase());
        }
        return out;
    }
    let chars: Vec<char> = p.chars().collect();
    for i in 0..chars.len() {
        if i == 0 {
            ut::push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.capitalize", &args)?;
    let s = recv(vm, &args, "capitalize")?;
    let out = capitalize_str(ps(vm, s).as_str());
    Ok(vm.new_str(out))
}

/// `str.title()` on a Rust string.
pub fn title_str(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut prev_cased = false;
    let chars: Vec<char> = p.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
            prev_cased = c.is_ascii_alphabetic();
            continue;
        }
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            ut::push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.title", &args)?;
    let s = recv(vm, &args, "title")?;
    let out = title_str(ps(vm, s).as_str());
    Ok(vm.new_str(out))
}

/// `str.upper()` on a Rust string.
pub fn upper_str(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for c in p.chars() {
        ut::push_upper(&mut out, c);
    }
    out
}

/// `str.swapcase()` on a Rust string.
pub fn swapcase_str(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let chars: Vec<char> = p.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            ut::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.swapcase", &args)?;
    let s = recv(vm, &args, "swapcase")?;
    let out = swapcase_str(ps(vm, s).as_str());
    Ok(vm.new_str(out))
}

// ---- predicates ----

fn pred(vm: &mut Vm, args: Args, name: &str, ascii: fn(u8) -> bool, uni: fn(char) -> bool) -> PyResult<Value> {
    check_method_fmt(format_args!("str.{name}"), &args, 0, 0)?;
    let s = recv(vm, &args, name)?;
    let p = ps(vm, s);
    let st = p.as_str();
    let r = !st.is_empty() && if p.is_ascii() { st.bytes().all(ascii) } else { st.chars().all(uni) };
    Ok(Value::Bool(r))
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |b| b.is_ascii_alphanumeric(), ut::is_alnum)
}
fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |b| b.is_ascii_alphabetic(), ut::is_alpha)
}
fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdecimal", |b| b.is_ascii_digit(), ut::is_decimal)
}
fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |b| b.is_ascii_digit(), ut::is_digit)
}
fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |b| b.is_ascii_digit(), ut::is_numeric)
}
fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isspace", |b| ut::is_space(b as char), ut::is_space)
}

fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.isascii", &args)?;
    let s = recv(vm, &args, "isascii")?;
    Ok(Value::Bool(ps(vm, s).is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.isprintable", &args)?;
    let s = recv(vm, &args, "isprintable")?;
    Ok(Value::Bool(ps(vm, s).as_str().chars().all(crate::format::repr::is_printable)))
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.isidentifier", &args)?;
    let s = recv(vm, &args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(ps(vm, s).as_str())))
}

/// `str.isidentifier()` on a Rust string.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) => ut::is_id_start(c) && it.all(ut::is_id_continue),
        None => false,
    }
}

/// `str.islower()` on a Rust string.
pub fn islower_str(p: &str) -> bool {
    let mut cased = false;
    for c in p.chars() {
        if c.is_uppercase() || ut::is_titlecase(c) {
            return false;
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    cased
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.islower", &args)?;
    let s = recv(vm, &args, "islower")?;
    Ok(Value::Bool(islower_str(ps(vm, s).as_str())))
}

/// `str.isupper()` on a Rust string.
pub fn isupper_str(p: &str) -> bool {
    let mut cased = false;
    for c in p.chars() {
        if c.is_lowercase() || ut::is_titlecase(c) {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.isupper", &args)?;
    let s = recv(vm, &args, "isupper")?;
    Ok(Value::Bool(isupper_str(ps(vm, s).as_str())))
}

/// `str.istitle()` on a Rust string.
pub fn istitle_str(p: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in p.chars() {
        if c.is_uppercase() || ut::is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs("str.istitle", &args)?;
    let s = recv(vm, &args, "istitle")?;
    Ok(Value::Bool(istitle_str(ps(vm, s).as_str())))
}

// ---- padding ----

fn fill_arg(vm: &Vm, v: Option<Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    match as_str_value(vm, v) {
        Some(s) => {
            let p = ps(vm, s);
            if p.char_len() != 1 {
                return Err(PyErr::type_error("The fill character must be exactly one character long"));
            }
            Ok(p.as_str().chars().next().unwrap_or(' '))
        }
        None => {
            Err(PyErr::type_error(format!("The fill character must be a unicode character, not {}", vm.type_name(v))))
        }
    }
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, which: u8) -> PyResult<Value> {
    check_ac("str", name, &args, 1, 2)?;
    let s = recv(vm, &args, name)?;
    let width = common::width_arg(vm, args.pos[1])?;
    let fill = fill_arg(vm, args.pos.get(2).copied())?;
    let p = ps(vm, s);
    let len = p.char_len();
    if len >= width {
        return Ok(s);
    }
    let marg = width - len;
    let (left, right) = match which {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut out = String::with_capacity(p.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(p.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", b'c')
}
fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", b'l')
}
fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", b'r')
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.zfill", &args, 1, 1)?;
    let s = recv(vm, &args, "zfill")?;
    let width = common::width_arg(vm, args.pos[1])?;
    let p = ps(vm, s);
    let len = p.char_len();
    if len >= width {
        return Ok(s);
    }
    let st = p.as_str();
    let mut out = String::with_capacity(width + st.len());
    let (sign, rest) = match st.as_bytes().first() {
        Some(b'+') | Some(b'-') => st.split_at(1),
        _ => ("", st),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

fn str_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("expandtabs", &mut args, &["tabsize"], 0)?;
    let s = recv(vm, &args, "expandtabs")?;
    let tab = common::tabsize_arg(vm, a[0])?;
    let p = ps(vm, s).as_str();
    if !p.contains('\t') {
        return Ok(s);
    }
    let mut out = String::with_capacity(p.len() + 16);
    let mut col: i64 = 0;
    for c in p.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    crate::error::check_alloc(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ---- searching ----

/// Finds `needle` in `hay[start:end]` (code-point indices), returning a code-point index.
pub fn find_in(hay: &PyStr, needle: &PyStr, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (s, e) = adjust(start, end, hay.char_len());
    if e - s < needle.char_len() as i64 {
        return -1;
    }
    let (s, e) = (s as usize, e as usize);
    let ascii = hay.is_ascii();
    let (b0, b1) = if ascii { (s, e) } else { (hay.byte_offset(s), hay.byte_offset(e)) };
    let sub = &hay.as_str()[b0..b1];
    let n = needle.as_str();
    let found = if rev { sub.rfind(n) } else { sub.find(n) };
    match found {
        Some(pos) => (if ascii { s + pos } else { hay.char_index(b0 + pos) }) as i64,
        None => -1,
    }
}

fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value, Option<i64>, Option<i64>)> {
    check_ac("str", name, args, 1, 3)?;
    let s = recv(vm, args, name)?;
    let sub = str_param(vm, args.pos[1], name, 1)?;
    let start = opt_index(vm, args.pos.get(2).copied())?;
    let end = opt_index(vm, args.pos.get(3).copied())?;
    Ok((s, sub, start, end))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(ps(vm, s), ps(vm, sub), a, b, false)))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(ps(vm, s), ps(vm, sub), a, b, true)))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "index")?;
    match find_in(ps(vm, s), ps(vm, sub), a, b, false) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "rindex")?;
    match find_in(ps(vm, s), ps(vm, sub), a, b, true) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "count")?;
    let hay = ps(vm, s);
    let needle = ps(vm, sub);
    let (st, en) = adjust(a, b, hay.char_len());
    if en < st {
        return Ok(Value::Int(0));
    }
    if needle.char_len() == 0 {
        return Ok(Value::Int(en - st + 1));
    }
    let (st, en) = (st as usize, en as usize);
    let (b0, b1) = if hay.is_ascii() { (st, en) } else { (hay.byte_offset(st), hay.byte_offset(en)) };
    let sub = &hay.as_str()[b0..b1];
    let n = needle.as_str();
    let count = if n.len() == 1 { count_byte(sub.as_bytes(), n.as_bytes()[0]) } else { sub.matches(n).count() };
    Ok(Value::Int(count as i64))
}

/// Occurrences of `c` in `hay`. Byte-wide counters over chunks of at most 255 bytes let the
/// compiler compare a whole vector register of bytes per step.
#[cfg(not(target_arch = "wasm32"))]
fn count_byte(hay: &[u8], c: u8) -> usize {
    hay.chunks(255).map(|chunk| chunk.iter().fold(0u8, |n, &b| n + (b == c) as u8) as usize).sum()
}

/// `count_byte` for wasm32, which is built without SIMD: eight bytes per step in a u64, the
/// bytes equal to `c` marked exactly (no carries between bytes) and counted with a popcount.
#[cfg(target_arch = "wasm32")]
#[cfg_attr(edge_speed, optimize(speed))]
fn count_byte(hay: &[u8], c: u8) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let pattern = u64::from_le_bytes([c; 8]);
    let mut words = hay.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]) ^ pattern;
        // High bit of each byte set iff that byte of x is zero.
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        n += zero.count_ones() as usize;
    }
    n + words.remainder().iter().filter(|&&b| b == c).count()
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = recv(vm, &args, "__contains__")?;
    let Some(sub) = as_str_value(vm, args.pos[1]) else {
        return Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(args.pos[1])
        )));
    };
    Ok(Value::Bool(ps(vm, s).as_str().contains(ps(vm, sub).as_str())))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    check_ac("str", name, &args, 1, 3)?;
    let s = recv(vm, &args, name)?;
    let start = opt_index(vm, args.pos.get(2).copied())?;
    let end = opt_index(vm, args.pos.get(3).copied())?;
    let arg = args.pos[1];
    let candidates: Vec<Value> = if let Some(t) = vm.heap.tuple(arg) {
        let t = t.clone();
        for &x in &t {
            if as_str_value(vm, x).is_none() {
                return Err(PyErr::type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(x)
                )));
            }
        }
        t
    } else if as_str_value(vm, arg).is_some() {
        vec![arg]
    } else {
        return Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(arg)
        )));
    };
    let hay = ps(vm, s);
    let (st, en) = adjust(start, end, hay.char_len());
    for c in candidates {
        let c = as_str_value(vm, c).unwrap_or(c);
        let needle = ps(vm, c);
        let nl = needle.char_len() as i64;
        if en - st < nl || st > hay.char_len() as i64 {
            continue;
        }
        let (su, eu) = (st as usize, en as usize);
        let (b0, b1) = if hay.is_ascii() { (su, eu) } else { (hay.byte_offset(su), hay.byte_offset(eu)) };
        let sub = &hay.as_str()[b0..b1];
        let ok = if suffix { sub.ends_with(needle.as_str()) } else { sub.starts_with(needle.as_str()) };
        if ok {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

// ---- building ----

pub(crate) fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.join", &args, 1, 1)?;
    let sep = recv(vm, &args, "join")?;
    let it = args.pos[1];
    if let Some(v) = join_strs(vm, sep, it) {
        return Ok(v);
    }
    let items: Vec<Value> = match vm.heap.seq_items(it) {
        Some(items) => items.to_vec(),
        None => {
            let iter = vm.iter(it).map_err(|e| match e {
                e if e.message().is_some_and(|(k, _)| k == crate::ExcKind::TypeError) => {
                    PyErr::type_error("can only join an iterable")
                }
                e => e,
            })?;
            vm.collect_for_native(iter, &[sep])?
        }
    };
    let sep_s = ps(vm, sep).as_str();
    let mut total = sep_s.len() * items.len().saturating_sub(1);
    for (i, &x) in items.iter().enumerate() {
        match vm.heap.str_of(x) {
            Some(t) => total += t.len(),
            None => match as_str_value(vm, x) {
                Some(v) => total += ps(vm, v).as_str().len(),
                None => {
                    return Err(PyErr::type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(x)
                    )));
                }
            },
        }
    }
    if items.len() == 1
        && let Some(v) = vm.heap.pystr(items[0]).map(|_| items[0])
    {
        return Ok(v);
    }
    let mut out = String::with_capacity(total);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep_s);
        }
        let v = if vm.heap.str_of(x).is_some() { x } else { as_str_value(vm, x).unwrap_or(x) };
        out.push_str(ps(vm, v).as_str());
    }
    Ok(vm.new_str(out))
}

/// `sep.join(it)` for a list or tuple of exact strs (the common case), read in place: no copy
/// of the items, one lookup of each, and ASCII pieces make an ASCII result without a scan.
/// `None`: anything else, for the general path.
#[cfg_attr(edge_speed, optimize(speed))]
fn join_strs(vm: &mut Vm, sep: Value, it: Value) -> Option<Value> {
    let items = vm.heap.seq_items(it)?;
    let sep_p = ps(vm, sep);
    let mut ascii = sep_p.is_ascii();
    let mut total = sep_p.as_str().len() * items.len().saturating_sub(1);
    for &x in items {
        let p = vm.heap.pystr(x)?;
        total += p.as_str().len();
        ascii &= p.is_ascii();
    }
    match items {
        [] => return Some(vm.singletons.empty_str),
        [one] => return Some(*one),
        _ => {}
    }
    let sep_s = sep_p.as_str();
    let mut out = String::with_capacity(total);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep_s);
        }
        out.push_str(vm.heap.pystr(x).map_or("", PyStr::as_str));
    }
    Some(vm.new_str_known(out, ascii))
}

/// Longest `old` that `replace_short` takes: its scan may compare up to this many bytes at
/// every position, so a bound keeps it linear.
const SHORT_NEEDLE: usize = 8;

/// `hay.replacen(old, new, limit)` for a short nonempty `old`, or `None` when `old` does
/// not occur (one scan: no search for it first): a scan for `old`'s first byte then a
/// compare, cheaper per byte than the general two-way search. Matching bytes of valid UTF-8
/// against a whole UTF-8 needle only ever matches at character boundaries.
#[cfg_attr(edge_speed, optimize(speed))]
fn replace_short(hay: &str, old: &str, new: &str, limit: usize) -> Option<String> {
    let (h, o) = (hay.as_bytes(), old.as_bytes());
    let first = o[0];
    let mut out = String::new();
    let (mut last, mut i, mut done) = (0, 0, 0);
    while done < limit {
        let Some(p) = h[i..].iter().position(|&b| b == first) else { break };
        let at = i + p;
        if h[at..].starts_with(o) {
            if done == 0 {
                out.reserve(hay.len());
            }
            out.push_str(&hay[last..at]);
            out.push_str(new);
            last = at + o.len();
            i = last;
            done += 1;
        } else {
            i = at + 1;
        }
    }
    if done == 0 {
        return None;
    }
    out.push_str(&hay[last..]);
    Some(out)
}

fn str_replace(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("replace", &mut args, &["old", "new", "count"], 2)?;
    let s = recv(vm, &args, "replace")?;
    let old = str_param(vm, a[0].unwrap_or(Value::None), "replace", 1)?;
    let new = str_param(vm, a[1].unwrap_or(Value::None), "replace", 2)?;
    let count = match a[2] {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let (hay, new_s) = (ps(vm, s), ps(vm, new));
    // Replacing within ASCII text by ASCII text leaves it ASCII.
    let ascii = hay.is_ascii() && new_s.is_ascii();
    let (hay, o, n) = (hay.as_str(), ps(vm, old).as_str(), new_s.as_str());
    if count == 0 {
        return Ok(s);
    }
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let out = if (1..=SHORT_NEEDLE).contains(&o.len()) {
        match replace_short(hay, o, n, limit) {
            Some(out) => out,
            None => return Ok(s),
        }
    } else if !o.is_empty() && !hay.contains(o) {
        return Ok(s);
    } else if count < 0 {
        hay.replace(o, n)
    } else {
        hay.replacen(o, n, limit)
    };
    Ok(vm.new_str_known(out, ascii))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.removeprefix", &args, 1, 1)?;
    let s = recv(vm, &args, "removeprefix")?;
    let p = str_param(vm, args.pos[1], "removeprefix", 0)?;
    let (hs, pfx) = (ps(vm, s).as_str(), ps(vm, p).as_str());
    match hs.strip_prefix(pfx) {
        Some(rest) if !pfx.is_empty() => {
            let r = rest.to_string();
            Ok(vm.new_str(r))
        }
        _ => Ok(s),
    }
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.removesuffix", &args, 1, 1)?;
    let s = recv(vm, &args, "removesuffix")?;
    let p = str_param(vm, args.pos[1], "removesuffix", 0)?;
    let (hs, sfx) = (ps(vm, s).as_str(), ps(vm, p).as_str());
    match hs.strip_suffix(sfx) {
        Some(rest) if !sfx.is_empty() => {
            let r = rest.to_string();
            Ok(vm.new_str(r))
        }
        _ => Ok(s),
    }
}

// ---- stripping ----

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_ac("str", name, &args, 0, 1)?;
    let s = recv(vm, &args, name)?;
    let chars = match args.pos.get(1).copied() {
        None | Some(Value::None) => None,
        Some(v) => match as_str_value(vm, v) {
            Some(c) => Some(c),
            None => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
        },
    };
    let st = ps(vm, s).as_str();
    let out = match chars {
        None => {
            let mut t = st;
            if left {
                t = t.trim_start_matches(ut::is_space);
            }
            if right {
                t = t.trim_end_matches(ut::is_space);
            }
            t
        }
        Some(c) => {
            let set = ps(vm, c).as_str();
            let mut t = st;
            if set.is_ascii() {
                let mut table = [false; 128];
                for b in set.bytes() {
                    table[b as usize] = true;
                }
                let f = |ch: char| (ch as u32) < 128 && table[ch as usize];
                if left {
                    t = t.trim_start_matches(f);
                }
                if right {
                    t = t.trim_end_matches(f);
                }
            } else {
                let f = |ch: char| set.contains(ch);
                if left {
                    t = t.trim_start_matches(f);
                }
                if right {
                    t = t.trim_end_matches(f);
                }
            }
            t
        }
    };
    if out.len() == st.len() {
        return Ok(s);
    }
    let out = out.to_string();
    Ok(vm.new_str(out))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

// ---- splitting ----

fn split_args(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<(Value, Option<Value>, i64)> {
    let a = bind(name, args, &["sep", "maxsplit"], 0)?;
    let s = recv(vm, args, name)?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => match as_str_value(vm, v) {
            Some(x) => {
                if ps(vm, x).as_str().is_empty() {
                    return Err(PyErr::value_error("empty separator"));
                }
                Some(x)
            }
            None => {
                return Err(PyErr::type_error(format!("must be str or None, not {}", vm.type_name(v))));
            }
        },
    };
    let maxsplit = match a[1] {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    Ok((s, sep, maxsplit))
}

/// Where a splitting function puts the pieces it finds: sub-slices of the text it was given,
/// recorded as byte ranges (the text is the str object's, which allocating the results may
/// move).
struct Pieces<'a> {
    base: usize,
    /// Whether the text is ASCII (known from its str: the splitting need not scan for it).
    ascii: bool,
    out: &'a mut Vec<(usize, usize)>,
}

impl Pieces<'_> {
    #[inline]
    fn push(&mut self, piece: &str) {
        self.out.push((piece.as_ptr() as usize - self.base, piece.len()));
    }
}

/// A list of new strs, one per piece of the str value `s` that `split` finds (given the
/// text of `s` and of the separator `sep`). The ranges go to a buffer the VM keeps from call
/// to call (a fresh vector grew by reallocation on every line split), and the strs are made
/// straight from the text.
fn list_of_pieces(
    vm: &mut Vm,
    s: Value,
    sep: Option<Value>,
    split: impl FnOnce(&str, Option<&str>, &mut Pieces),
) -> Value {
    let mut ranges = std::mem::take(&mut vm.str_pieces);
    ranges.clear();
    let src = ps(vm, s);
    let text = src.as_str();
    let sep = sep.map(|v| ps(vm, v).as_str());
    let base = text.as_ptr() as usize;
    split(text, sep, &mut Pieces { base, ascii: src.is_ascii(), out: &mut ranges });
    let list = list_of_ranges(vm, s, &ranges);
    vm.str_pieces = ranges;
    list
}

/// A list of new strs, one per byte range of the str value `s` (kept out of
/// `list_of_pieces`, which has a copy per splitting method).
#[cfg_attr(edge_speed, optimize(speed))]
fn list_of_ranges(vm: &mut Vm, s: Value, ranges: &[(usize, usize)]) -> Value {
    let mut items = Vec::with_capacity(ranges.len());
    // The str is moved out of its slot while its pieces are allocated (allocation may move
    // the slots, and with them inline text); nothing reads it meanwhile.
    if let Value::Obj(r) = s {
        let obj = vm.heap.take(r);
        if let Obj::Str(src) = &obj {
            let (text, ascii) = (src.as_str(), src.is_ascii());
            for &(a, n) in ranges {
                items.push(vm.new_str_piece(&text[a..a + n], ascii));
            }
        }
        vm.heap.put_back(r, obj);
    }
    vm.new_list(items)
}

/// Whitespace split (`str.split()` with no separator) of `s`, ASCII when `ascii` is set.
fn split_whitespace<'a>(s: &'a str, ascii: bool, maxsplit: i64, rev: bool, out: &mut impl FnMut(&'a str)) {
    if ascii && !rev {
        return split_whitespace_ascii(s, maxsplit, out);
    }
    let mut left = maxsplit;
    if !rev {
        let mut rest = s.trim_start_matches(ut::is_space);
        while !rest.is_empty() {
            if left == 0 {
                out(rest);
                break;
            }
            match rest.find(ut::is_space) {
                Some(i) => {
                    out(&rest[..i]);
                    rest = rest[i..].trim_start_matches(ut::is_space);
                    left -= 1;
                }
                None => {
                    out(rest);
                    break;
                }
            }
        }
    } else {
        // Found last to first; the caller reverses them.
        let mut rest = s.trim_end_matches(ut::is_space);
        while !rest.is_empty() {
            if left == 0 {
                out(rest);
                break;
            }
            match rest.rfind(ut::is_space) {
                Some(i) => {
                    let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                    out(&rest[i + w..]);
                    rest = rest[..i].trim_end_matches(ut::is_space);
                    left -= 1;
                }
                None => {
                    out(rest);
                    break;
                }
            }
        }
    }
}

/// Which bytes are ASCII whitespace for `str.split()` (space, `\t`..`\r`, `\x1c`..`\x1f`).
static ASCII_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = matches!(c as u8, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
        c += 1;
    }
    t
};

/// `split_whitespace` for ASCII text, scanning bytes.
#[cfg_attr(edge_speed, optimize(speed))]
fn split_whitespace_ascii<'a>(s: &'a str, maxsplit: i64, out: &mut impl FnMut(&'a str)) {
    let b = s.as_bytes();
    // One table load per byte: the range tests cost several compares on every byte.
    let ws = |c: u8| ASCII_SPACE[c as usize];
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let n = b.len();
    let mut i = 0;
    while i < n && ws(b[i]) {
        i += 1;
    }
    while i < n {
        if left == 0 {
            out(&s[i..]);
            break;
        }
        let st = i;
        while i < n && !ws(b[i]) {
            i += 1;
        }
        out(&s[st..i]);
        left -= 1;
        while i < n && ws(b[i]) {
            i += 1;
        }
    }
}

fn str_split(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &mut args, "split")?;
    Ok(list_of_pieces(vm, s, sep, |st, sep, out| match sep {
        None => split_whitespace(st, out.ascii, maxsplit, false, &mut |p| out.push(p)),
        Some(sep) if maxsplit < 0 => st.split(sep).for_each(|p| out.push(p)),
        Some(sep) => st.splitn(maxsplit as usize + 1, sep).for_each(|p| out.push(p)),
    }))
}

fn str_rsplit(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &mut args, "rsplit")?;
    Ok(list_of_pieces(vm, s, sep, |st, sep, out| {
        match sep {
            None => split_whitespace(st, out.ascii, maxsplit, true, &mut |p| out.push(p)),
            Some(sep) if maxsplit < 0 => st.rsplit(sep).for_each(|p| out.push(p)),
            Some(sep) => st.rsplitn(maxsplit as usize + 1, sep).for_each(|p| out.push(p)),
        }
        out.out.reverse();
    }))
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `str.splitlines(keepends)` of `s`, ASCII when `ascii` is set.
fn split_lines<'a>(s: &'a str, ascii: bool, keepends: bool, out: &mut impl FnMut(&'a str)) {
    if ascii {
        return split_lines_ascii(s, keepends, out);
    }
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r'
            && let Some(&(_, '\n')) = it.peek()
        {
            it.next();
            end += 1;
        }
        out(if keepends { &s[start..end] } else { &s[start..i] });
        start = end;
    }
    if start < s.len() {
        out(&s[start..]);
    }
}

/// `split_lines` for ASCII text: a byte scan (the non-ASCII breaks cannot occur).
#[cfg_attr(edge_speed, optimize(speed))]
fn split_lines_ascii<'a>(s: &'a str, keepends: bool, out: &mut impl FnMut(&'a str)) {
    let b = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        // Skip 8 bytes at a time while none is below 0x1f (every line break is): lines are
        // usually long and breaks rare.
        while let Some(w) = b.get(i..i + 8) {
            let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            // Nonzero iff some byte is below 0x1f (exact for ASCII bytes).
            if x.wrapping_sub(0x1f1f_1f1f_1f1f_1f1f) & !x & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        let Some(&c) = b.get(i) else { break };
        if !matches!(c, b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e) {
            i += 1;
            continue;
        }
        let end = if c == b'\r' && b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
        out(if keepends { &s[start..end] } else { &s[start..i] });
        start = end;
        i = end;
    }
    if start < s.len() {
        out(&s[start..]);
    }
}

fn str_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("splitlines", &mut args, &["keepends"], 0)?;
    let s = recv(vm, &args, "splitlines")?;
    let keepends = match a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(list_of_pieces(vm, s, None, |st, _, out| split_lines(st, out.ascii, keepends, &mut |p| out.push(p))))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    check_method_fmt(format_args!("str.{name}"), &args, 1, 1)?;
    let s = recv(vm, &args, name)?;
    let Some(sep) = as_str_value(vm, args.pos[1]) else {
        return Err(PyErr::type_error(format!("must be str, not {}", vm.type_name(args.pos[1]))));
    };
    let st = ps(vm, s).as_str();
    let sp = ps(vm, sep).as_str();
    if sp.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { st.rfind(sp) } else { find_in_short(st, sp) };
    let (a, b) = match found {
        Some(i) => (st[..i].to_string(), st[i + sp.len()..].to_string()),
        None => {
            let e = vm.singletons.empty_str;
            return Ok(if rev { vm.new_tuple(vec![e, e, s]) } else { vm.new_tuple(vec![s, e, e]) });
        }
    };
    let a = vm.new_str(a);
    let b = vm.new_str(b);
    Ok(vm.new_tuple(vec![a, sep, b]))
}

/// `st.find(sp)`; a short subject (a field name, a token) by a scan for the separator's
/// first byte, as the general searcher's set-up costs more than such a search. A UTF-8
/// needle's bytes can only match at a char boundary of UTF-8 text.
fn find_in_short(st: &str, sp: &str) -> Option<usize> {
    if st.len() <= 64 {
        return crate::builtins::bytes_methods::find_bytes(st.as_bytes(), sp.as_bytes());
    }
    st.find(sp)
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---- translate / maketrans ----

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.translate", &args, 1, 1)?;
    let s = recv(vm, &args, "translate")?;
    let table = args.pos[1];
    let is_dict = vm.heap.dict(table).is_some();
    let src: Vec<char> = ps(vm, s).as_str().chars().collect();
    let mut out = String::with_capacity(src.len());
    // Small cache so repeated characters don't look the table up again.
    let mut cache: Vec<(char, Option<Value>)> = Vec::new();
    for c in src {
        let mapped = match cache.iter().find(|(k, _)| *k == c) {
            Some((_, m)) => *m,
            None => {
                let key = Value::Int(c as i64);
                let m = if is_dict {
                    vm.dict_get(table, key)?
                } else {
                    match vm.getitem(table, key) {
                        Ok(v) => Some(v),
                        Err(e) if common::is_lookup_error(vm, &e) => None,
                        Err(e) => return Err(e),
                    }
                };
                if cache.len() < 64 {
                    cache.push((c, m));
                }
                m
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(i)) => match u32::try_from(i).ok().filter(|&u| u < 0x110000) {
                Some(u) => out.push(char::from_u32(u).unwrap_or('\u{fffd}')),
                None => {
                    return Err(PyErr::value_error("character mapping must be in range(0x110000)"));
                }
            },
            Some(v) => match as_str_value(vm, v) {
                Some(t) => out.push_str(ps(vm, t).as_str()),
                None => {
                    return Err(PyErr::type_error("character mapping must return integer, None or str"));
                }
            },
        }
    }
    Ok(vm.new_str(out))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("str.maketrans() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if !(1..=3).contains(&n) {
        let msg = if n == 0 {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {n}")
        };
        return Err(PyErr::type_error(msg));
    }
    let d = vm.new_dict();
    if n == 1 {
        let x = args.pos[0];
        let Some(src) = vm.heap.dict(x) else {
            return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let entries: Vec<(Value, Value)> = src.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            let key = match k {
                Value::Int(_) => k,
                Value::Bool(b) => Value::Int(b as i64),
                _ => match as_str_value(vm, k) {
                    Some(sv) => {
                        let p = ps(vm, sv);
                        if p.char_len() != 1 {
                            return Err(PyErr::value_error("string keys in translate table must be of length 1"));
                        }
                        Value::Int(p.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
                    }
                    None => {
                        if vm.to_bigint(k).is_some() {
                            k
                        } else {
                            return Err(PyErr::type_error("keys in translate table must be strings or integers"));
                        }
                    }
                },
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(d);
    }
    let Some(x) = as_str_value(vm, args.pos[0]) else {
        return Err(PyErr::type_error(format!(
            "maketrans() argument 1 must be str, not {}",
            vm.type_name(args.pos[0])
        )));
    };
    let Some(y) = as_str_value(vm, args.pos[1]) else {
        return Err(PyErr::type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            vm.type_name(args.pos[1])
        )));
    };
    let z = match args.pos.get(2) {
        Some(&zv) => match as_str_value(vm, zv) {
            Some(z) => Some(z),
            None => {
                return Err(PyErr::type_error(format!("maketrans() argument 3 must be str, not {}", vm.type_name(zv))));
            }
        },
        None => None,
    };
    if ps(vm, x).char_len() != ps(vm, y).char_len() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    let pairs: Vec<(char, char)> = ps(vm, x).as_str().chars().zip(ps(vm, y).as_str().chars()).collect();
    for (a, b) in pairs {
        vm.dict_set(d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        let zs: Vec<char> = ps(vm, z).as_str().chars().collect();
        for c in zs {
            vm.dict_set(d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

// ---- encode / format ----

fn str_encode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("encode", &mut args, &["encoding", "errors"], 0)?;
    let s = recv(vm, &args, "encode")?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = a[i] {
            match as_str_value(vm, v) {
                Some(x) => names[i] = ps(vm, x).as_str().to_string(),
                None => {
                    return Err(PyErr::type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        vm.type_name(v)
                    )));
                }
            }
        }
    }
    let out = if codecs::is_native_handler(&names[1], true) {
        codecs::encode(ps(vm, s).as_str(), codecs::Codec::lookup(&names[0])?, &names[1])?
    } else {
        let text = ps(vm, s).as_str().to_string();
        codecs::encode_any(vm, &text, &names[0], &names[1])?
    };
    Ok(vm.new_bytes(out))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "format")?;
    let fmt = ps(vm, s).as_str().to_string();
    let out = format::format(vm, &fmt, format::FieldSource::Args { pos: &args.pos[1..], kw: &args.kw })?;
    Ok(vm.new_str(out))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.format_map", &args, 1, 1)?;
    let s = recv(vm, &args, "format_map")?;
    let fmt = ps(vm, s).as_str().to_string();
    let out = format::format(vm, &fmt, format::FieldSource::Mapping(args.pos[1]))?;
    Ok(vm.new_str(out))
}

fn str_format_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("str.__format__", &args, 1, 1)?;
    let s = recv(vm, &args, "__format__")?;
    let Some(spec) = as_str_value(vm, args.pos[1]) else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", vm.type_name(args.pos[1]))));
    };
    let spec_s = ps(vm, spec).as_str();
    if spec_s.is_empty() {
        return Ok(s);
    }
    let out = format_str(ps(vm, s).as_str(), spec_s)?;
    Ok(vm.new_str(out))
}

// ---- dunders ----

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let s = recv(vm, &args, "__len__")?;
    Ok(Value::Int(ps(vm, s).char_len() as i64))
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = recv(vm, &args, "__getitem__")?;
    str_subscript(vm, s, args.pos[1])
}

/// `s[key]` for a str value `s` (int index or slice).
pub fn str_subscript(vm: &mut Vm, s: Value, key: Value) -> PyResult<Value> {
    let len = ps(vm, s).char_len();
    let idx = match key {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    };
    let idx = match idx {
        Some(i) => Some(i),
        None if common::is_slice(vm, key) => None,
        None => match key {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_) | Obj::Instance(_)) => Some(
                vm.index_i64(key).map_err(|_| PyErr::index_error("cannot fit 'int' into an index-sized integer"))?,
            ),
            _ => {
                return Err(PyErr::type_error(format!("string indices must be integers, not '{}'", vm.type_name(key))));
            }
        },
    };
    if let Some(i) = idx {
        let i = if i < 0 { i + len as i64 } else { i };
        if i < 0 || i >= len as i64 {
            return Err(PyErr::index_error("string index out of range"));
        }
        let p = ps(vm, s);
        if p.is_ascii() {
            let b = p.as_str().as_bytes()[i as usize];
            let mut buf = [0u8; 4];
            let t = (b as char).encode_utf8(&mut buf);
            return Ok(vm.intern(t));
        }
        let c = p.char_at(i as usize).unwrap_or('\0');
        return Ok(vm.new_str(c.to_string()));
    }
    let (start, _stop, step, n) = common::slice_indices(vm, key, len)?;
    let p = ps(vm, s);
    if step == 1 {
        if n == len {
            return Ok(s);
        }
        let t = p.slice_chars(start as usize, start as usize + n).to_string();
        return Ok(vm.new_str(t));
    }
    let mut out = String::with_capacity(n);
    if p.is_ascii() {
        let b = p.as_str().as_bytes();
        let mut i = start;
        for _ in 0..n {
            out.push(b[i as usize] as char);
            i += step;
        }
    } else {
        let chars: Vec<char> = p.as_str().chars().collect();
        let mut i = start;
        for _ in 0..n {
            out.push(chars[i as usize]);
            i += step;
        }
    }
    Ok(vm.new_str(out))
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = recv(vm, &args, "__add__")?;
    let other = args.pos[1];
    let Some(o) = as_str_value(vm, other) else {
        if matches!(other, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
            return Ok(vm.not_implemented());
        }
        return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", vm.type_name(other))));
    };
    let (a, b) = (ps(vm, s).as_str(), ps(vm, o).as_str());
    if b.is_empty() {
        return Ok(s);
    }
    if a.is_empty() {
        return Ok(o);
    }
    let mut out = String::with_capacity(a.len() + b.len());
    out.push_str(a);
    out.push_str(b);
    Ok(vm.new_str(out))
}

/// `s * n` (also used for `n * s`).
fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = recv(vm, &args, "__mul__")?;
    let other = args.pos[1];
    let n = match other {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => {
            if ps(vm, s).as_str().is_empty() || vm.to_bigint(other).is_some_and(|b| b.sign() != num_bigint::Sign::Plus)
            {
                return Ok(vm.singletons.empty_str);
            }
            return Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => {
            match vm.call_dunder_opt(other, "__index__", &[])? {
                Some(Value::Int(i)) => i,
                _ => return Ok(vm.not_implemented()),
            }
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )));
        }
    };
    let st = ps(vm, s).as_str();
    if n <= 0 || st.is_empty() {
        return Ok(vm.singletons.empty_str);
    }
    if n == 1 {
        return Ok(s);
    }
    let total = (st.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(PyErr::new(crate::ExcKind::MemoryError, ""));
    }
    if let Some(max) = vm.limits.max_heap_bytes
        && total as usize > max
    {
        return Err(PyErr::new(crate::ExcKind::MemoryError, "heap limit exceeded"));
    }
    let ascii = ps(vm, s).is_ascii();
    let out = st.repeat(n as usize);
    Ok(vm.new_str_known(out, ascii))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = recv(vm, &args, "__mod__")?;
    let fmt = ps(vm, s).as_str().to_string();
    let out = crate::format::percent::percent_format(vm, &fmt, args.pos[1])?;
    Ok(vm.new_str(out))
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    recv(vm, &args, "__rmod__")?;
    Ok(vm.not_implemented())
}

fn cmp_impl(vm: &mut Vm, args: Args, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = recv(vm, &args, name)?;
    let Some(o) = as_str_value(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let ord = ps(vm, s).as_str().cmp(ps(vm, o).as_str());
    Ok(Value::Bool(f(ord)))
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__eq__", |o| o.is_eq())
}
fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__ne__", |o| o.is_ne())
}
fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__lt__", |o| o.is_lt())
}
fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__le__", |o| o.is_le())
}
fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__gt__", |o| o.is_gt())
}
fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__ge__", |o| o.is_ge())
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let s = recv(vm, &args, "__hash__")?;
    Ok(Value::Int(ps(vm, s).hash()))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let s = recv(vm, &args, "__iter__")?;
    let r = s.as_obj().expect("str object");
    Ok(vm.new_iter(IterState::Str { s: r, pos: 0 }))
}

fn str_repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let s = recv(vm, &args, "__repr__")?;
    let r = str_repr(ps(vm, s).as_str());
    Ok(vm.new_str(r))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    recv(vm, &args, "__str__")
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let s = recv(vm, &args, "__getnewargs__")?;
    let t = ps(vm, s).as_str().to_string();
    let c = vm.new_str(t);
    Ok(vm.new_tuple(vec![c]))
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let s = recv(vm, &args, "__sizeof__")?;
    let p = ps(vm, s);
    let base = if p.is_ascii() { 41 } else { 57 };
    Ok(Value::Int((base + p.as_str().len()) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `split_whitespace` collected, in text order.
    fn words(s: &str, maxsplit: i64, rev: bool) -> Vec<&str> {
        let mut out = Vec::new();
        split_whitespace(s, s.is_ascii(), maxsplit, rev, &mut |p| out.push(p));
        if rev {
            out.reverse();
        }
        out
    }

    fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
        let mut out = Vec::new();
        super::split_lines(s, s.is_ascii(), keepends, &mut |p| out.push(p));
        out
    }

    #[test]
    fn whitespace_split() {
        assert_eq!(words("  a b\t c  ", -1, false), vec!["a", "b", "c"]);
        assert_eq!(words("  a b\t c  ", 1, false), vec!["a", "b\t c  "]);
        assert_eq!(words("  a b\t c  ", 1, true), vec!["  a b", "c"]);
        assert_eq!(words("", -1, false), Vec::<&str>::new());
        assert_eq!(words("a\u{3000}b", -1, false), vec!["a", "b"]);
        // The ASCII scan and the general one agree.
        let mut general = Vec::new();
        split_whitespace(" x\x1fy\x0b z ", false, -1, false, &mut |p| general.push(p));
        assert_eq!(general, words(" x\x1fy\x0b z ", -1, false));
    }

    #[test]
    fn lines() {
        assert_eq!(split_lines("a\nb\r\nc\rd\x0be", false), vec!["a", "b", "c", "d", "e"]);
        assert_eq!(split_lines("a\nb\r\n", true), vec!["a\n", "b\r\n"]);
        assert_eq!(split_lines("", true), Vec::<&str>::new());
        assert_eq!(split_lines("x\r\r\ny\x1cz\x1e\r", false), vec!["x", "", "y", "z", ""]);
        assert_eq!(split_lines("x\r\r\ny\x1cz\x1e\r", true), vec!["x\r", "\r\n", "y\x1c", "z\x1e", "\r"]);
        // The same breaks with a non-ASCII character take the general path.
        assert_eq!(split_lines("é\r\r\ny\x1cz\x1e\r", true), vec!["é\r", "\r\n", "y\x1c", "z\x1e", "\r"]);
    }

    #[test]
    fn byte_count_past_the_chunk_size() {
        let hay = "ab".repeat(1000);
        assert_eq!(count_byte(hay.as_bytes(), b'a'), 1000);
        assert_eq!(count_byte(&[b'z'; 600], b'z'), 600);
        assert_eq!(count_byte(b"", b'z'), 0);
    }

    #[test]
    fn find_by_code_point() {
        let h = PyStr::new("héllo wörld");
        assert_eq!(find_in(&h, &PyStr::new("wö"), None, None, false), 6);
        assert_eq!(find_in(&h, &PyStr::new("l"), None, None, true), 9);
        assert_eq!(find_in(&h, &PyStr::new("l"), Some(4), None, false), 9);
        assert_eq!(find_in(&h, &PyStr::new(""), Some(11), None, false), 11);
        assert_eq!(find_in(&h, &PyStr::new(""), Some(12), None, false), -1);
    }
}

#[cfg(test)]
mod case_tests;

#[cfg(test)]
mod vm_bytes_cases;
#[cfg(test)]
mod vm_cases;
#[cfg(test)]
pub(crate) mod vm_tests;

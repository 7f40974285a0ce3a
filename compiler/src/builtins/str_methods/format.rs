//! `str.format` and `str.format_map`: CPython's `MarkupIterator` / `parse_field` /
//! `FieldNameIterator` rules and messages.

use crate::error::{PyErr, PyResult};
use crate::format::repr::ascii_escape;
use crate::value::Value;
use crate::vm::Vm;

/// Where replacement fields get their values.
pub enum FieldSource<'a> {
    /// `str.format(*pos, **kw)`.
    Args { pos: &'a [Value], kw: &'a [(std::rc::Rc<str>, Value)] },
    /// `str.format_map(mapping)`.
    Mapping(Value),
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Ctx<'a> {
    src: FieldSource<'a>,
    auto: AutoState,
    next_index: usize,
}

fn parse_int(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(*c as usize - '0' as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Formats `fmt` with values from `src`.
pub fn format(vm: &mut Vm, fmt: &str, src: FieldSource) -> PyResult<String> {
    let mut ctx = Ctx { src, auto: AutoState::Init, next_index: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    render(vm, &chars, &mut ctx, 2, &mut out)?;
    Ok(out)
}

fn render(vm: &mut Vm, s: &[char], ctx: &mut Ctx, depth: i32, out: &mut String) -> PyResult<()> {
    if depth <= 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut pos = 0;
    while pos < s.len() {
        // Literal text up to '{' or '}'.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= s.len();
        let mut len = pos - start;
        if markup && c == '}' && (at_end || s[pos] != '}') {
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && c == '{' {
            return Err(PyErr::value_error("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if s[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        // parse_field
        let name_start = pos;
        let mut c = '\0';
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            match c {
                '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
                '[' => {
                    while pos < s.len() && s[pos] != ']' {
                        pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name_end = if matches!(c, '}' | ':' | '!') { pos - 1 } else { pos };
        let mut conversion: Option<char> = None;
        let mut spec: &[char] = &[];
        let mut spec_needs_expanding = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if pos >= s.len() {
                    return Err(PyErr::value_error("end of string while looking for conversion specifier"));
                }
                conversion = Some(s[pos]);
                pos += 1;
                if pos < s.len() {
                    let c2 = s[pos];
                    pos += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err(PyErr::value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let spec_start = pos;
                let mut count = 1;
                let mut closed = false;
                while pos < s.len() {
                    let c3 = s[pos];
                    pos += 1;
                    if c3 == '{' {
                        spec_needs_expanding = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &s[spec_start..pos - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(PyErr::value_error("unmatched '{' in format spec"));
                }
            }
        } else if c != '}' {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        let obj = get_field(vm, &s[name_start..name_end], ctx)?;
        let obj = match conversion {
            None => obj,
            Some('r') => {
                let r = vm.repr(obj)?;
                vm.new_str(r)
            }
            Some('s') => {
                if vm.heap.str_of(obj).is_some() {
                    obj
                } else {
                    let r = vm.to_str(obj)?;
                    vm.new_str(r)
                }
            }
            Some('a') => {
                let r = vm.repr(obj)?;
                let r = ascii_escape(&r);
                vm.new_str(r)
            }
            Some(c) => {
                let u = c as u32;
                let shown = if u > 32 && u < 128 { c.to_string() } else { format!("\\x{u:x}") };
                return Err(PyErr::value_error(format!("Unknown conversion specifier {shown}")));
            }
        };
        let spec_str: String = if spec_needs_expanding {
            let mut expanded = String::new();
            render(vm, spec, ctx, depth - 1, &mut expanded)?;
            expanded
        } else {
            spec.iter().collect()
        };
        if spec_str.is_empty() {
            if let Some(t) = vm.heap.str_of(obj) {
                out.push_str(t);
                continue;
            }
            if let Value::Int(i) = obj {
                out.push_str(&i.to_string());
                continue;
            }
        }
        let text = vm.format(obj, &spec_str)?;
        out.push_str(&text);
    }
    Ok(())
}

/// Resolves a field name (`0`, `name`, ``, `0.attr[key]`) to its object.
fn get_field(vm: &mut Vm, name: &[char], ctx: &mut Ctx) -> PyResult<Value> {
    let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let first = &name[..first_end];
    let index = parse_int(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.auto == AutoState::Init {
            ctx.auto = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if ctx.auto == AutoState::Manual && empty {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.auto == AutoState::Auto && !empty {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    let index = if empty {
        let i = ctx.next_index;
        ctx.next_index += 1;
        Some(i)
    } else {
        index
    };
    let mut obj = match index {
        Some(i) => match &ctx.src {
            FieldSource::Args { pos, .. } => match pos.get(i) {
                Some(v) => *v,
                None => {
                    return Err(PyErr::index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )));
                }
            },
            FieldSource::Mapping(_) => return Err(PyErr::value_error("Format string contains positional fields")),
        },
        None => {
            let key: String = first.iter().collect();
            match &ctx.src {
                FieldSource::Args { kw, .. } => match kw.iter().find(|(k, _)| **k == *key) {
                    Some((_, v)) => *v,
                    None => {
                        let k = vm.new_str(key);
                        return Err(PyErr::key_error(k));
                    }
                },
                FieldSource::Mapping(m) => {
                    let m = *m;
                    let k = vm.new_str(key);
                    vm.getitem(m, k)?
                }
            }
        }
    };
    // The rest: `.attr` and `[key]` accessors.
    let mut pos = first_end;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        if c == '.' {
            let start = pos;
            while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                pos += 1;
            }
            if pos == start {
                return Err(PyErr::value_error("Empty attribute in format string"));
            }
            let attr: String = name[start..pos].iter().collect();
            obj = vm.getattr(obj, &attr)?;
        } else if c == '[' {
            let start = pos;
            while pos < name.len() && name[pos] != ']' {
                pos += 1;
            }
            if pos >= name.len() {
                return Err(PyErr::value_error("Missing ']' in format string"));
            }
            if pos == start {
                return Err(PyErr::value_error("Empty attribute in format string"));
            }
            let key_chars = &name[start..pos];
            pos += 1;
            if pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
            let key = match parse_int(key_chars)? {
                Some(i) => Value::Int(i as i64),
                None => {
                    let k: String = key_chars.iter().collect();
                    vm.new_str(k)
                }
            };
            obj = vm.getitem(obj, key)?;
        } else {
            return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

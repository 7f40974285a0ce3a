//! Argument checking for native functions, with CPython's wording.

use crate::error::{PyErr, PyResult};
use crate::value::{Args, Value};

/// Checks the positional count of `args` for function `name` (include the `type.` prefix for
/// methods where CPython does, e.g. `"list.append"`). Keywords are rejected.
pub fn check(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    check_pos(name, args.pos.len(), min, max)
}

/// Checks a positional count only.
pub fn check_pos(name: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    if given >= min && given <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({given} given)"),
            1 => format!("{name}() takes exactly one argument ({given} given)"),
            n => format!("{name}() takes exactly {n} arguments ({given} given)"),
        }
    } else if given < min {
        let s = if min == 1 { "" } else { "s" };
        format!("{name}() takes at least {min} argument{s} ({given} given)")
    } else {
        let s = if max == 1 { "" } else { "s" };
        format!("{name}() takes at most {max} argument{s} ({given} given)")
    };
    Err(PyErr::type_error(msg))
}

/// Method form: `args.pos[0]` is `self` and is not counted in messages.
pub fn check_method(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    check_pos(name, args.pos.len().saturating_sub(1), min, max)
}

/// `check_method` for a name made of parts (`format_args!("str.{name}")`), formatted only
/// when the check fails: a hot method (`str.partition`) paid an allocation and a `format!`
/// per call for a name it never showed.
pub fn check_method_fmt(name: std::fmt::Arguments<'_>, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(1);
    if args.kw.is_empty() && (min..=max).contains(&given) {
        return Ok(());
    }
    check_method(&name.to_string(), args, min, max)
}

/// Rejects any keyword not in `allowed`.
pub fn check_kw(name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in &args.kw {
        if !allowed.contains(&&**k) {
            return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

/// Positional argument `i`, or keyword `name`, or `None` if neither was given.
pub fn arg_or_kw(args: &mut Args, i: usize, name: &str) -> Option<Value> {
    if let Some(v) = args.pos.get(i) {
        return Some(*v);
    }
    args.take_kw(name)
}

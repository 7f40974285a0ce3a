//! Calls the str methods through a real `Vm` and compares with CPython's results. Calls
//! that reach VM protocols not implemented yet (they panic with `todo!`) are skipped.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::format::float_repr::float_repr;
use crate::format::repr::{bytes_repr, str_repr};
use crate::value::{Args, Obj, Value};
use crate::vm::Vm;
use crate::vm::null_host::NullHost;

/// A test argument.
#[derive(Debug)]
pub enum A {
    S(&'static str),
    I(i64),
    F(f64),
    B(bool),
    N,
    T(Vec<A>),
    L(Vec<A>),
    Y(&'static [u8]),
    Big(&'static str),
    Ba(&'static [u8]),
}

fn val(vm: &mut Vm, a: &A) -> Value {
    match a {
        A::S(s) => vm.new_str(*s),
        A::I(i) => Value::Int(*i),
        A::F(f) => Value::Float(*f),
        A::B(b) => Value::Bool(*b),
        A::N => Value::None,
        A::Big(d) => vm.new_bigint(d.parse().expect("decimal")),
        A::Y(b) => vm.new_bytes(b.to_vec()),
        A::Ba(b) => vm.new_bytearray(b.to_vec()),
        A::T(items) => {
            let v = items.iter().map(|x| val(vm, x)).collect();
            vm.new_tuple(v)
        }
        A::L(items) => {
            let v = items.iter().map(|x| val(vm, x)).collect();
            vm.new_list(v)
        }
    }
}

fn show(vm: &Vm, v: Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_repr(f),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => str_repr(s.as_str()),
            Obj::Bytes(b) => bytes_repr(b, "b"),
            Obj::ByteArray(b) => crate::format::repr::bytearray_repr(b),
            Obj::List(items) => format!("[{}]", items.iter().map(|&x| show(vm, x)).collect::<Vec<_>>().join(", ")),
            Obj::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|&x| show(vm, x)).collect();
                if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
            }
            other => format!("<{other:?}>"),
        },
    }
}

/// A fresh VM, or `None` (the test is skipped) if start-up cannot run in this build.
pub(crate) fn new_vm() -> Option<Vm> {
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let vm = catch_unwind(|| Vm::new(Box::new(NullHost))).ok();
    std::panic::set_hook(prev);
    if vm.is_none() {
        eprintln!("Vm::new panicked; skipping VM-level method tests");
    }
    vm
}

/// Looks a native method up in a built-in class's namespace.
pub(crate) fn method(vm: &Vm, cls: crate::value::ObjRef, name: &str) -> crate::value::NativeFn {
    let dict = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict,
        _ => panic!("not a class"),
    };
    let f = vm.dict_get_str(dict, name).unwrap_or_else(|| panic!("no method {name}"));
    match vm.heap.get(f.as_obj().expect("method")) {
        Obj::Native(n) => n.func,
        _ => panic!("not native"),
    }
}

#[test]
fn str_methods_match_cpython() {
    let Some(mut vm) = new_vm() else { return };
    let cases = super::vm_cases::cases();
    let total = cases.len();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut bad = Vec::new();
    let mut skipped = 0;
    for (name, this, pos, kw, want) in cases {
        let f = method(&vm, vm.types.str, name);
        let s = vm.new_str(this);
        let mut args = Args::new(vec![s]);
        for a in &pos {
            let v = val(&mut vm, a);
            args.pos.push(v);
        }
        for (k, a) in &kw {
            let v = val(&mut vm, a);
            args.kw.push(((*k).into(), v));
        }
        let got = catch_unwind(AssertUnwindSafe(|| {
            let r = f(&mut vm, args);
            match r {
                Ok(v) => Ok(show(&vm, v)),
                Err(e) => Err(match e.message() {
                    Some((k, m)) => format!("{}: {m}", k.name()),
                    None => format!("{e:?}"),
                }),
            }
        }));
        match got {
            Err(_) => skipped += 1,
            Ok(got) => {
                if got.as_deref().map_err(|e| e.as_str()) != want {
                    bad.push(format!("{this:?}.{name}{pos:?}{kw:?}: got {got:?} want {want:?}"));
                }
            }
        }
    }
    std::panic::set_hook(prev);
    eprintln!("{skipped} of {total} cases skipped (VM protocol not available)");
    assert!(skipped * 4 < total, "too many skipped: {skipped} of {total}");
    assert!(bad.is_empty(), "{} mismatches ({skipped} skipped):\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn bytes_methods_match_cpython() {
    let Some(mut vm) = new_vm() else { return };
    let cases = super::vm_bytes_cases::cases();
    let total = cases.len();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut bad = Vec::new();
    let mut skipped = 0;
    for (name, this, pos, kw, want) in cases {
        let cls = if matches!(this, A::Ba(_)) { vm.types.bytearray } else { vm.types.bytes };
        let f = method(&vm, cls, name);
        let s = val(&mut vm, &this);
        let mut args = Args::new(vec![s]);
        for a in &pos {
            let v = val(&mut vm, a);
            args.pos.push(v);
        }
        for (k, a) in &kw {
            let v = val(&mut vm, a);
            args.kw.push(((*k).into(), v));
        }
        let got = catch_unwind(AssertUnwindSafe(|| {
            let r = f(&mut vm, args);
            match r {
                Ok(Value::None) if matches!(this, A::Ba(_)) => Ok(show(&vm, s)),
                Ok(v) => Ok(show(&vm, v)),
                Err(e) => Err(match e.message() {
                    Some((k, m)) => format!("{}: {m}", k.name()),
                    None => format!("{e:?}"),
                }),
            }
        }));
        match got {
            Err(_) => skipped += 1,
            Ok(got) => {
                if got.as_deref().map_err(|e| e.as_str()) != want {
                    bad.push(format!("{this:?}.{name}{pos:?}{kw:?}: got {got:?} want {want:?}"));
                }
            }
        }
    }
    std::panic::set_hook(prev);
    eprintln!("{skipped} of {total} cases skipped (VM protocol not available)");
    assert!(skipped * 4 < total, "too many skipped: {skipped} of {total}");
    assert!(bad.is_empty(), "{} mismatches ({skipped} skipped):\n{}", bad.len(), bad.join("\n"));
}

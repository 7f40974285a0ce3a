//! A human-readable listing of a code object, for debugging and golden tests.
//!
//! One line per instruction: `line  index  Op(operand)  ; resolved operand`.
//! Nested code objects found in the constants are listed after their parent.

use std::fmt::Write;

use super::{Code, Op};
use crate::value::{Obj, Value};
use crate::vm::Vm;

/// A short repr of a constant (strings quoted, containers summarised).
pub fn const_repr(vm: &Vm, v: Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => {
            if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                format!("{f}")
            }
        }
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => format!("{:?}", s.as_str())
                .replacen('"', "'", 1)
                .chars()
                .rev()
                .collect::<String>()
                .replacen('"', "'", 1)
                .chars()
                .rev()
                .collect(),
            Obj::BigInt(b) => b.to_string(),
            Obj::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Obj::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|&x| const_repr(vm, x)).collect();
                if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
            }
            Obj::Complex(re, im) => format!("({re}+{im}j)"),
            Obj::Ellipsis => "Ellipsis".into(),
            Obj::Code(c) => format!("<code {}>", c.qualname),
            _ => "<object>".into(),
        },
    }
}

fn name_at(vm: &Vm, code: &Code, i: u32) -> String {
    code.names.get(i as usize).and_then(|&v| vm.heap.str_of(v)).unwrap_or("?").to_string()
}

fn deref_name(code: &Code, i: u32) -> String {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].to_string()
    } else {
        code.freevars.get(i - code.cellvars.len()).map(|s| s.to_string()).unwrap_or_else(|| "?".into())
    }
}

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(vm: &Vm, code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(vm, code, &mut out);
    out
}

fn disassemble_into(vm: &Vm, code: &Code, out: &mut String) {
    let _ = writeln!(out, "Disassembly of {}:", code.qualname);
    let mut last_line = u32::MAX;
    for (i, op) in code.ops.iter().enumerate() {
        let op = &crate::bytecode::fuse::unfused(*op);
        let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
        let line_s = if line != last_line { line.to_string() } else { String::new() };
        last_line = line;
        let detail = match *op {
            Op::LoadConst(c) => code.consts.get(c as usize).map(|&v| const_repr(vm, v)).unwrap_or_default(),
            Op::LoadFast(n) | Op::StoreFast(n) | Op::DeleteFast(n) | Op::ClearFast(n) => {
                code.varnames.get(n as usize).map(|s| s.to_string()).unwrap_or_default()
            }
            Op::LoadDeref(n) | Op::StoreDeref(n) | Op::DeleteDeref(n) | Op::LoadClosure(n) | Op::LoadClassDeref(n) => {
                deref_name(code, n)
            }
            Op::LoadGlobal(n)
            | Op::StoreGlobal(n)
            | Op::DeleteGlobal(n)
            | Op::LoadName(n)
            | Op::StoreName(n)
            | Op::DeleteName(n)
            | Op::LoadAttr(n)
            | Op::StoreAttr(n)
            | Op::DeleteAttr(n)
            | Op::LoadMethod(n)
            | Op::ImportName(n)
            | Op::ImportFrom(n) => name_at(vm, code, n),
            _ => String::new(),
        };
        let op_s = format!("{op:?}");
        if detail.is_empty() {
            let _ = writeln!(out, "{line_s:>4} {i:>4} {op_s}");
        } else {
            let _ = writeln!(out, "{line_s:>4} {i:>4} {op_s:<24} ({detail})");
        }
    }
    for &c in &code.consts {
        if let Value::Obj(r) = c
            && let Obj::Code(inner) = vm.heap.get(r)
        {
            out.push('\n');
            disassemble_into(vm, inner, out);
        }
    }
}

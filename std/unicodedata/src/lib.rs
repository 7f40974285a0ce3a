//! `unicodedata` for Unicode 15.1.0: natives (module `_unicodedata`) under the Python shim
//! `unicodedata.py`, which checks arguments and raises CPython's errors. Every native takes
//! code points and an `old` flag that selects the Unicode 3.2.0 answers (`ucd_3_2_0`).
//!
//! The data lives in `tables.rs`, generated from CPython 3.13's unicodedata by
//! scripts/gen-unicodedata.py (layout described there).

mod names;
mod normalize;
#[rustfmt::skip]
#[allow(clippy::type_complexity)]
mod tables;

use std::sync::OnceLock;

use tables::*;
use wasm_pdk::{PyErr, function, module};

/// The answers of the per-character functions for one code point.
struct Props {
    category: u8,
    bidi: u8,
    combining: u8,
    east_asian_width: u8,
    mirrored: u8,
}

fn current_props(cp: u32) -> Props {
    let cp = cp.min(0x10FFFF);
    let block = PROP_INDEX[(cp >> PROP_SHIFT) as usize] as usize;
    let r = PROP_BLOCKS[(block << PROP_SHIFT) + (cp & ((1 << PROP_SHIFT) - 1)) as usize];
    let (category, bidi, combining, east_asian_width, mirrored) = RECORDS[r as usize];
    Props { category, bidi, combining, east_asian_width, mirrored }
}

/// 3.2.0's answers for a code point where they differ from 15.1.0's.
type OldRow = (u8, u8, u8, u8, u8, u8, u8, u8, &'static str);

fn old_row(cp: u32) -> Option<&'static OldRow> {
    let i = OLD_RANGES.partition_point(|r| r.0 <= cp).checked_sub(1)?;
    let (first, more, row) = OLD_RANGES[i];
    (cp - first <= more as u32).then(|| &OLD_ROWS[row as usize])
}

fn props(cp: u32, old: bool) -> Props {
    match old.then(|| old_row(cp)).flatten() {
        Some(&(category, bidi, combining, east_asian_width, mirrored, ..)) => {
            Props { category, bidi, combining, east_asian_width, mirrored }
        }
        None => current_props(cp),
    }
}

/// Whether 3.2.0 had no character at `cp` (CPython then refuses names and decompositions).
pub(crate) fn unassigned_in_3_2(cp: u32) -> bool {
    old_row(cp).is_some_and(|r| r.0 == 0)
}

pub(crate) fn combining_class(cp: u32) -> u8 {
    current_props(cp).combining
}

fn code_point(cp: i64) -> u32 {
    cp.clamp(0, 0x10FFFF) as u32
}

#[function]
fn category(cp: i64, old: bool) -> String {
    CATEGORY_NAMES[props(code_point(cp), old).category as usize].to_string()
}

#[function]
fn bidirectional(cp: i64, old: bool) -> String {
    BIDI_NAMES[props(code_point(cp), old).bidi as usize].to_string()
}

#[function]
fn combining(cp: i64, old: bool) -> i64 {
    props(code_point(cp), old).combining as i64
}

#[function]
fn east_asian_width(cp: i64, old: bool) -> String {
    EAW_NAMES[props(code_point(cp), old).east_asian_width as usize].to_string()
}

#[function]
fn mirrored(cp: i64, old: bool) -> i64 {
    props(code_point(cp), old).mirrored as i64
}

/// The decimal (`kind` 2), digit (1) or numeric (0) value of a character, if it has one.
#[function]
fn numeric(cp: i64, kind: i64, old: bool) -> Option<f64> {
    let cp = code_point(cp);
    if old && let Some(&(.., decimal, digit, value, _)) = old_row(cp) {
        // 3.2.0 keeps the three values apart (a digit there need not be numeric).
        return match kind {
            2 => (decimal != 255).then_some(decimal as f64),
            1 => (digit != 255).then_some(digit as f64),
            _ => (value != 255).then(|| NUMERIC_VALUES[value as usize]),
        };
    }
    let i = NUMERIC.binary_search_by_key(&cp, |e| e.0).ok()?;
    (NUMERIC[i].2 as i64 >= kind).then(|| NUMERIC_VALUES[NUMERIC[i].1 as usize])
}

/// (code point, offset of its tag in DECOMP) of every decomposable code point, built on
/// first use from the delta-coded table.
fn decomposition_index() -> &'static [(u32, u32)] {
    static INDEX: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Vec::with_capacity(6000);
        let (mut at, mut cp) = (0, 0u32);
        while at < DECOMP.len() {
            let mut shift = 0;
            loop {
                let b = DECOMP[at];
                at += 1;
                cp += ((b & 0x7F) as u32) << shift;
                shift += 7;
                if b < 0x80 {
                    break;
                }
            }
            index.push((cp, at as u32));
            at += 2 + 3 * DECOMP[at + 1] as usize;
        }
        index
    })
}

/// One level of decomposition from the 15.1.0 table: the tag's index and the code points.
pub(crate) fn decomposition_of(cp: u32) -> Option<(u8, impl Iterator<Item = u32>)> {
    let index = decomposition_index();
    let at = index[index.binary_search_by_key(&cp, |e| e.0).ok()?].1 as usize;
    let parts = &DECOMP[at + 2..at + 2 + 3 * DECOMP[at + 1] as usize];
    Some((DECOMP[at], parts.chunks_exact(3).map(|b| b[0] as u32 | (b[1] as u32) << 8 | (b[2] as u32) << 16)))
}

fn push_hex(out: &mut String, cp: u32) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let digits = if cp > 0xFFFFF {
        6
    } else if cp > 0xFFFF {
        5
    } else {
        4
    };
    for i in (0..digits).rev() {
        out.push(HEX[(cp >> (4 * i) & 15) as usize] as char);
    }
}

#[function]
fn decomposition(cp: i64, old: bool) -> String {
    let cp = code_point(cp);
    if old && let Some(row) = old_row(cp) {
        return row.8.to_string();
    }
    let mut out = String::new();
    if let Some((tag, cps)) = decomposition_of(cp) {
        out.push_str(DECOMP_TAGS[tag as usize]);
        for c in cps {
            if !out.is_empty() {
                out.push(' ');
            }
            push_hex(&mut out, c);
        }
    }
    out
}

#[function]
fn name(cp: i64, old: bool) -> Option<String> {
    let cp = code_point(cp);
    if old && unassigned_in_3_2(cp) {
        return None;
    }
    names::name(cp)
}

/// The character (or named sequence) called `name`; `KeyError` otherwise.
#[function]
fn lookup(name: &str, old: bool) -> Result<String, PyErr> {
    if name.len() > 256 {
        return Err(PyErr::new("KeyError", "name too long"));
    }
    names::lookup(name, old).ok_or_else(|| {
        let shown = name.split('\0').next().unwrap_or("");
        PyErr::new("KeyError", ["undefined character name '", shown, "'"].concat())
    })
}

/// `form` is 0 NFC, 1 NFKC, 2 NFD, 3 NFKD.
#[function]
fn normalize(form: i64, text: &str, old: bool) -> String {
    normalize::normalize(text, form & 1 == 1, form < 2, old)
}

module! {
    name: "unicodedata",
    functions: [category, bidirectional, combining, east_asian_width, mirrored, numeric, decomposition, name, lookup, normalize],
    shim: "src/unicodedata.py"
}

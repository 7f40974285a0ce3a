//! NFC, NFD, NFKC and NFKD (UAX #15): full decomposition, canonical ordering, and canonical
//! composition of primary composites (the generator keeps exclusions out of COMPOSE).

use crate::tables::{COMPOSE, OLD_DECOMPOSE};
use crate::{combining_class, decomposition_of, unassigned_in_3_2};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose_char(cp: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + s % N_COUNT / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    match decomposition_of(cp) {
        Some((tag, parts)) if tag == 0 || compat => {
            for p in parts {
                decompose_char(p, compat, out);
            }
        }
        _ => out.push(cp),
    }
}

/// 3.2.0's decomposition of `cp` where it differs from 15.1.0's (CPython's corrections).
fn old_decomposition(cp: u32, compat: bool) -> Option<&'static str> {
    let kind = compat as u8;
    OLD_DECOMPOSE.iter().find(|e| e.0 == cp && e.1 == kind).map(|e| e.2)
}

fn decompose(text: &str, compat: bool, old: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let cp = c as u32;
        // Below U+00A0 nothing decomposes; 3.2.0 decomposes none of its unassigned code points.
        if cp < 0xA0 || (old && unassigned_in_3_2(cp)) {
            out.push(cp);
        } else if let Some(d) = old.then(|| old_decomposition(cp, compat)).flatten() {
            out.extend(d.chars().map(|c| c as u32));
        } else {
            decompose_char(cp, compat, &mut out);
        }
    }
    reorder(&mut out);
    out
}

/// Canonical ordering: a stable sort of each run of non-starters by combining class.
fn reorder(cps: &mut [u32]) {
    let mut classes: Vec<u8> = cps.iter().map(|&c| if c < 0x300 { 0 } else { combining_class(c) }).collect();
    for i in 1..cps.len() {
        let mut j = i;
        while j > 0 && classes[j] != 0 && classes[j - 1] > classes[j] {
            classes.swap(j, j - 1);
            cps.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn compose_pair(first: u32, second: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&first) && (V_BASE..V_BASE + V_COUNT).contains(&second) {
        return Some(S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&first)
        && (first - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&second)
    {
        return Some(first + (second - T_BASE));
    }
    let i = COMPOSE.binary_search_by_key(&(first, second), |e| (e.0, e.1)).ok()?;
    Some(COMPOSE[i].2)
}

fn compose(cps: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    let mut starter: Option<usize> = None;
    // Class of the last character kept after the starter (0: none, or a starter).
    let mut last_class = 0u8;
    for &cp in cps {
        let class = if cp < 0x300 { 0 } else { combining_class(cp) };
        if let Some(s) = starter {
            let adjacent = out.len() == s + 1;
            if (adjacent || (last_class != 0 && last_class < class))
                && let Some(composite) = compose_pair(out[s], cp)
            {
                out[s] = composite;
                continue;
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        last_class = class;
        out.push(cp);
    }
    out
}

/// Below this code point every character is a starter that `form` leaves as it is and that
/// composes with nothing before it (the generator checks), so the text between two of them
/// normalizes on its own.
fn inert_below(compat: bool, compose: bool) -> u32 {
    match (compat, compose) {
        (true, _) => 0xA0,
        (false, true) => 0x300,
        (false, false) => 0xC0,
    }
}

fn normalize_segment(text: &str, compat: bool, compose_after: bool, old: bool, out: &mut String) {
    let mut cps = decompose(text, compat, old);
    if compose_after {
        cps = compose(&cps);
    }
    out.extend(cps.into_iter().filter_map(char::from_u32));
}

/// Copies inert characters and normalizes the segments between them (each starting at the
/// inert character before it, which may compose with what follows).
pub fn normalize(text: &str, compat: bool, compose_after: bool, old: bool) -> String {
    let limit = inert_below(compat, compose_after);
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut segment: Option<usize> = None;
    let mut previous = None;
    for (i, c) in text.char_indices() {
        if (c as u32) < limit {
            if let Some(start) = segment.take() {
                normalize_segment(&text[start..i], compat, compose_after, old, &mut out);
            }
            out.push(c);
            previous = Some(i);
        } else if segment.is_none() {
            // Every character so far was inert: the segment takes back the last one.
            segment = Some(match previous {
                Some(p) => {
                    out.pop();
                    p
                }
                None => i,
            });
        }
    }
    if let Some(start) = segment {
        normalize_segment(&text[start..], compat, compose_after, old, &mut out);
    }
    out
}

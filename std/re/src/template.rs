//! Replacement templates for `sub`/`subn`/`Match.expand`: `\1`, `\g<name>`, `\g<0>`, escapes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::chars::CharProps;
use crate::error::{Error, ErrorKind};
use crate::flags::MAXGROUPS;
use crate::parse::{Source, py_repr};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateItem {
    Literal(Vec<u32>),
    Group(u32),
}

pub type Template = Vec<TemplateItem>;

/// Parses a replacement template against a pattern with `groups` groups and named groups
/// `names`, with CPython's errors (`re.error`, or `IndexError` for an unknown group name).
pub fn parse_template(src: &[u32], is_text: bool, groups: u32, names: &[(String, u32)]) -> Result<Template, Error> {
    let props = CharProps::CORE;
    let mut s = Source::new(src, is_text, &props)?;
    let mut out: Template = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let add_group = |s: &Source, out: &mut Template, lit: &mut Vec<u32>, index: u64, offset: usize| {
        if index > groups as u64 {
            return Err(s.error(format!("invalid group reference {index}"), offset));
        }
        if !lit.is_empty() {
            out.push(TemplateItem::Literal(core::mem::take(lit)));
        }
        out.push(TemplateItem::Group(index as u32));
        Ok(())
    };
    let oct = |c: u32| (0x30..=0x37).contains(&c);
    let dig = |c: u32| (0x30..=0x39).contains(&c);
    while let Some(t) = s.get()? {
        let (c, escaped) = (t.c, t.len() == 2);
        if !escaped {
            lit.push(c);
            continue;
        }
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        if ch == 'g' {
            if !s.peek().is_some_and(|n| n.len() == 1 && n.c == '<' as u32) {
                return Err(s.error("missing <", 0));
            }
            s.get()?;
            let name = s.get_until('>', "group name")?;
            let off = name.chars().count() + 1;
            let index = if name.bytes().all(|b| b.is_ascii_digit()) {
                let v = name.bytes().fold(0u64, |a, b| a.saturating_mul(10).saturating_add((b - b'0') as u64));
                if v >= MAXGROUPS {
                    return Err(s.error(format!("invalid group reference {v}"), off));
                }
                v
            } else {
                s.check_group_name(&name, 1)?;
                match names.iter().find(|(n, _)| *n == name) {
                    Some(&(_, g)) => g as u64,
                    None => {
                        return Err(Error::other(ErrorKind::Index, format!("unknown group name {}", py_repr(&name))));
                    }
                }
            };
            add_group(&s, &mut out, &mut lit, index, off)?;
        } else if ch == '0' {
            let mut v = 0u32;
            for _ in 0..2 {
                match s.peek() {
                    Some(n) if n.len() == 1 && oct(n.c) => {
                        v = v * 8 + (n.c - 0x30);
                        s.get()?;
                    }
                    _ => break,
                }
            }
            lit.push(v & 0xff);
        } else if dig(c) {
            let mut text = String::from(ch);
            let mut octal = false;
            if let Some(n) = s.peek()
                && n.len() == 1
                && dig(n.c)
            {
                s.get()?;
                text.push(char::from_u32(n.c).unwrap_or('0'));
                if let Some(n3) = s.peek()
                    && oct(c)
                    && oct(n.c)
                    && n3.len() == 1
                    && oct(n3.c)
                {
                    s.get()?;
                    text.push(char::from_u32(n3.c).unwrap_or('0'));
                    octal = true;
                    let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(
                            s.error(format!("octal escape value \\{text} outside of range 0-0o377"), text.len() + 1)
                        );
                    }
                    lit.push(v);
                }
            }
            if !octal {
                let index: u64 = text.parse().unwrap_or(0);
                add_group(&s, &mut out, &mut lit, index, text.len())?;
            }
        } else {
            let v = match ch {
                'a' => 7,
                'b' => 8,
                'f' => 12,
                'n' => 10,
                'r' => 13,
                't' => 9,
                'v' => 11,
                '\\' => 92,
                _ if ch.is_ascii_alphabetic() => return Err(s.error(format!("bad escape \\{ch}"), 2)),
                _ => {
                    lit.push('\\' as u32);
                    c
                }
            };
            lit.push(v);
        }
    }
    if !lit.is_empty() {
        out.push(TemplateItem::Literal(lit));
    }
    Ok(out)
}

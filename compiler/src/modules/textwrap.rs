//! `_textwrap`: the chunking of `textwrap.TextWrapper._split` in Rust.
//!
//! CPython splits with `wordsep_re` (or `wordsep_simple_re` without `break_on_hyphens`);
//! `runtime/std/textwrap.py` follows those expressions character by character, which costs
//! ~30 VM instructions per character as Python. `split(text, break_on_hyphens)` gives the
//! same chunks (the non-empty pieces of `wordsep_re.split(text)`) in one call.

use crate::error::{PyErr, PyResult};
use crate::format::unicode_tables as ut;
use crate::value::*;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_textwrap");
    vm.module_add_fn(m, "split", split);
    Ok(m)
}

/// textwrap's `_whitespace`: only these six count, not every `str.isspace()` character.
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// `\w` of a str pattern.
fn is_word(c: char) -> bool {
    c == '_' || ut::is_alnum(c)
}

/// `[^\d\W]`: a word character that is not a decimal digit.
fn is_letter(c: char) -> bool {
    is_word(c) && !ut::is_decimal(c)
}

/// `[\w!"'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// The text as characters, with lookups that answer None outside it.
struct Chars<'a>(&'a [char]);

impl Chars<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.0.get(i).copied()
    }
    /// The character `back` places before `i`, if any.
    fn before(&self, i: usize, back: usize) -> Option<char> {
        i.checked_sub(back).and_then(|j| self.at(j))
    }
    fn letter_before(&self, i: usize, back: usize) -> bool {
        self.before(i, back).is_some_and(is_letter)
    }
    fn letter_at(&self, i: usize) -> bool {
        self.at(i).is_some_and(is_letter)
    }
    /// The end of the run of `-` starting at `i`.
    fn dashes_end(&self, i: usize) -> usize {
        let mut k = i;
        while self.at(k) == Some('-') {
            k += 1;
        }
        k
    }
    /// `-{2,}\w` at `j`.
    fn dashes_then_word(&self, j: usize) -> bool {
        let k = self.dashes_end(j);
        k - j >= 2 && self.at(k).is_some_and(is_word)
    }
    /// `-(?:(?<=lt{2}-)|(?<=lt-lt-))(?=lt-?lt)` at the `-` at `k`.
    fn hyphen_breaks(&self, k: usize) -> bool {
        let behind = (self.letter_before(k, 2) && self.letter_before(k, 1))
            || (self.letter_before(k, 3) && self.before(k, 2) == Some('-') && self.letter_before(k, 1));
        behind
            && self.letter_at(k + 1)
            && (self.letter_at(k + 2) || (self.at(k + 2) == Some('-') && self.letter_at(k + 3)))
    }
    /// The end of the word chunk starting at `i` (`nws+?` and what may follow it).
    fn word_end(&self, i: usize) -> usize {
        let mut k = i + 1;
        loop {
            let next = self.at(k);
            if next == Some('-') && self.hyphen_breaks(k) {
                return k + 1;
            }
            match next {
                None => return k,
                Some(c) if is_ws(c) => return k,
                _ => {}
            }
            if is_word_punct(self.0[k - 1]) && self.dashes_then_word(k) {
                return k;
            }
            k += 1;
        }
    }
    /// The end of the run of characters starting at `i` whose whitespace-ness is `ws`.
    fn run_end(&self, i: usize, ws: bool) -> usize {
        let mut j = i;
        while self.at(j).is_some_and(|c| is_ws(c) == ws) {
            j += 1;
        }
        j
    }
}

/// The chunks of `wordsep_re`, as (start, end) character ranges.
fn hyphen_chunks(t: &Chars) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = t.at(i) {
        let end = if is_ws(c) {
            t.run_end(i, true)
        } else if c == '-' && t.before(i, 1).is_some_and(is_word_punct) && t.dashes_then_word(i) {
            t.dashes_end(i)
        } else {
            t.word_end(i)
        };
        out.push((i, end));
        i = end;
    }
    out
}

/// The chunks of `wordsep_simple_re`: runs of whitespace and of everything else.
fn simple_chunks(t: &Chars) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = t.at(i) {
        let end = t.run_end(i, is_ws(c));
        out.push((i, end));
        i = end;
    }
    out
}

/// `split(text, break_on_hyphens)` → the list of chunks.
fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [text, hyphens] = a.pos[..] else {
        return Err(PyErr::type_error("split() takes exactly 2 arguments"));
    };
    let hyphens = vm.truthy(hyphens)?;
    let Some(s) = vm.heap.pystr(text) else {
        return Err(PyErr::type_error(format!("split() argument must be str, not {}", vm.type_name(text))));
    };
    let s = s.as_str().to_owned();
    let chars: Vec<char> = s.chars().collect();
    let t = Chars(&chars);
    let ranges = if hyphens { hyphen_chunks(&t) } else { simple_chunks(&t) };
    // Byte offsets of the chunk boundaries: the text's own slices, without re-encoding.
    let mut offsets: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
    offsets.push(s.len());
    let mut out = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        out.push(vm.new_str(&s[offsets[start]..offsets[end]]));
    }
    Ok(vm.new_list(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(text: &str, hyphens: bool) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let t = Chars(&chars);
        let ranges = if hyphens { hyphen_chunks(&t) } else { simple_chunks(&t) };
        ranges.iter().map(|&(s, e)| chars[s..e].iter().collect()).collect()
    }

    #[test]
    fn splits_like_wordsep_re() {
        // Expected values from CPython 3.13's `TextWrapper()._split`.
        assert_eq!(
            chunks("Hello there, how-are you?", true),
            ["Hello", " ", "there,", " ", "how-", "are", " ", "you?"]
        );
        assert_eq!(chunks("a--b  well--done x-y", true), ["a", "--", "b", "  ", "well", "--", "done", " ", "x-y"]);
        assert_eq!(chunks("", true), Vec::<String>::new());
        assert_eq!(chunks(" a-b-c \t", false), [" ", "a-b-c", " \t"]);
    }
}

//! Character-class membership. Classes are tested once per subject character, often many
//! times per match, so code points below 256 are answered from a bitmap filled at compile
//! time; the rest go through the class items (Unicode categories, case folding).

use crate::ast::{Category, Class, ClassItem};
use crate::chars::{Chars, equivalents};

pub(crate) struct CharSet {
    class: Class,
    /// Membership of code points 0..256.
    low: [u64; 4],
}

impl CharSet {
    pub fn new(class: Class, ch: &Chars) -> CharSet {
        let mut low = [0u64; 4];
        for c in 0..256u32 {
            if contains(&class, ch, c) {
                low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        CharSet { class, low }
    }

    #[inline(always)]
    pub fn contains(&self, ch: &Chars, c: u32) -> bool {
        if c < 256 { self.low[(c >> 6) as usize] >> (c & 63) & 1 != 0 } else { contains(&self.class, ch, c) }
    }
}

fn contains(class: &Class, ch: &Chars, c: u32) -> bool {
    let u = class.unicode;
    let has = |c: u32| {
        class.items.iter().any(|item| match *item {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Cat { cat, negated } => {
                let hit = match cat {
                    Category::Digit => ch.is_digit(c, u),
                    Category::Word => ch.is_word(c, u),
                    Category::Space => ch.is_space(c, u),
                };
                hit != negated
            }
        })
    };
    let mut hit = has(c);
    if !hit && class.icase {
        let l = ch.lower(c, u);
        hit = has(l) || has(ch.upper(c, u)) || (u && equivalents(l).iter().any(|&e| has(e)));
    }
    hit != class.negated
}

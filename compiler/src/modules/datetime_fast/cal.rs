//! The proleptic Gregorian calendar arithmetic of datetime.py (`_ymd_to_ord`, `_ord_to_ymd`,
//! `_isocalendar`) on plain integers.

pub const MAX_ORDINAL: i64 = 3_652_059;
pub const US_PER_DAY: i128 = 86_400_000_000;
pub const MAX_DELTA_DAYS: i128 = 999_999_999;

const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    if m == 2 && is_leap(y) { 29 } else { DAYS_IN_MONTH[m as usize] }
}

/// Whether (y, m, d) is a date `date(y, m, d)` accepts.
pub fn valid_date(y: i64, m: i64, d: i64) -> bool {
    (1..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

pub fn valid_time(h: i64, mi: i64, s: i64, us: i64) -> bool {
    (0..24).contains(&h) && (0..60).contains(&mi) && (0..60).contains(&s) && (0..1_000_000).contains(&us)
}

fn days_before_year(y: i64) -> i64 {
    let y = y - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

/// The ordinal of a valid date (0001-01-01 is 1).
pub fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + DAYS_BEFORE_MONTH[m as usize] + i64::from(m > 2 && is_leap(y)) + d
}

/// The date of an ordinal in 1..=MAX_ORDINAL.
pub fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    let n = n - 1;
    let (n400, n) = (n.div_euclid(146_097), n.rem_euclid(146_097));
    let (n100, n) = (n / 36_524, n % 36_524);
    let (n4, n) = (n / 1461, n % 1461);
    let (n1, mut n) = (n / 365, n % 365);
    let y = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (y - 1, 12, 31);
    }
    let mut m = 1;
    loop {
        let dim = days_in_month(y, m);
        if n < dim {
            return (y, m, n + 1);
        }
        n -= dim;
        m += 1;
    }
}

/// Monday = 0.
pub fn weekday(ordinal: i64) -> i64 {
    (ordinal + 6) % 7
}

fn week1_monday(year: i64) -> i64 {
    let first = ymd_to_ord(year, 1, 1);
    let wd = weekday(first);
    first - wd + if wd > 3 { 7 } else { 0 }
}

/// (ISO year, ISO week, ISO weekday) of a valid date.
pub fn isocalendar(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let today = ymd_to_ord(y, m, d);
    let mut year = y;
    let mut start = week1_monday(year);
    if today < start {
        year -= 1;
        start = week1_monday(year);
    } else if today >= week1_monday(year + 1) {
        year += 1;
        start = week1_monday(year);
    }
    let off = today - start;
    (year, off / 7 + 1, off % 7 + 1)
}

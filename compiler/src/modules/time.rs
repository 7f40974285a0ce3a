//! The `time` module. The host supplies the clocks; calendar functions work in UTC (the
//! sandbox has no time zone database), so `localtime` equals `gmtime`.

use crate::builtins::args;
use crate::builtins::functions::{expect_args, is_int, no_kwargs};
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::sys::{struct_seq_class, struct_seq_make};

const FIELDS: [&str; 9] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const DAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Broken-down UTC time. `wday` is 0 for Monday; `yday` is 1-based.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
}

/// (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    (y, m, d)
}

/// Days since 1970-01-01 of a civil date (month may be out of range; it is normalised).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn gmtime(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    Tm { year, mon, mday, hour: rem / 3600, min: rem % 3600 / 60, sec: rem % 60, wday: (days + 3).rem_euclid(7), yday }
}

fn tm_to_value(vm: &mut Vm, cls: ObjRef, tm: &Tm) -> Value {
    let items = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, 0].map(Value::Int).to_vec();
    struct_seq_make(vm, cls, items)
}

fn struct_time_cls(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.dict_get_str(vm.modules, "time");
    let cls = m
        .and_then(|m| m.as_obj())
        .and_then(|m| match vm.heap.get(m) {
            Obj::Module(md) => vm.dict_get_str(md.dict, "struct_time"),
            _ => None,
        })
        .and_then(|c| c.as_obj());
    cls.ok_or_else(|| PyErr::runtime_error("time module not initialised"))
}

fn secs_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok((vm.host.now_ns() / 1_000_000_000) as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f as i64)
        }
        Some(v) => {
            if is_int(vm, v) {
                let b = vm.to_bigint(v).unwrap_or_default();
                return i64::try_from(&b)
                    .map_err(|_| PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            let f = vm.to_f64(v).map_err(|_| {
                PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))
            })?;
            secs_arg(vm, Some(Value::Float(f)))
        }
    }
}

fn t_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("gmtime", &args)?;
    expect_args("gmtime", args.pos.len(), 0, 1)?;
    let s = secs_arg(vm, args.pos.first().copied())?;
    let cls = struct_time_cls(vm)?;
    Ok(tm_to_value(vm, cls, &gmtime(s)))
}

fn t_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("localtime", &args)?;
    expect_args("localtime", args.pos.len(), 0, 1)?;
    let s = secs_arg(vm, args.pos.first().copied())?;
    let cls = struct_time_cls(vm)?;
    Ok(tm_to_value(vm, cls, &gmtime(s)))
}

/// A struct_time or 9-tuple argument.
fn tm_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Tm> {
    let inner = vm.builtin_value(v);
    let Some(items) = vm.heap.tuple(inner).cloned() else {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (i, &it) in items.iter().enumerate() {
        n[i] = match it {
            Value::Int(x) => x,
            Value::Bool(b) => b as i64,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(it)
                )));
            }
        };
    }
    let mut tm = Tm { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7] };
    if fname != "mktime" {
        if tm.mon == 0 {
            tm.mon = 1;
        }
        if tm.mday == 0 {
            tm.mday = 1;
        }
        if tm.yday == 0 {
            tm.yday = 1;
        }
        if !(1..=12).contains(&tm.mon) {
            return Err(PyErr::value_error("month out of range"));
        }
        if !(1..=31).contains(&tm.mday) {
            return Err(PyErr::value_error("day of month out of range"));
        }
        if !(0..=23).contains(&tm.hour) {
            return Err(PyErr::value_error("hour out of range"));
        }
        if !(0..=59).contains(&tm.min) {
            return Err(PyErr::value_error("minute out of range"));
        }
        if !(0..=61).contains(&tm.sec) {
            return Err(PyErr::value_error("seconds out of range"));
        }
        if tm.wday < 0 {
            return Err(PyErr::value_error("day of week out of range"));
        }
        tm.wday %= 7;
        if !(1..=366).contains(&tm.yday) {
            return Err(PyErr::value_error("day of year out of range"));
        }
    }
    Ok(tm)
}

fn current_tm(vm: &mut Vm) -> Tm {
    let s = (vm.host.now_ns() / 1_000_000_000) as i64;
    gmtime(s)
}

/// Number of ISO weeks in a year (52 or 53).
fn iso_weeks_in(y: i64) -> i64 {
    let p = |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
    if p(y) == 4 || p(y - 1) == 3 { 53 } else { 52 }
}

/// ISO 8601 (year, week) of a date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let week = (tm.yday - 1 - tm.wday + 10) / 7;
    if week < 1 {
        (tm.year - 1, iso_weeks_in(tm.year - 1))
    } else if week > iso_weeks_in(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, week)
    }
}

/// `strftime` in the C locale.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    let sunday_wday = (tm.wday + 1) % 7;
    let yday0 = tm.yday - 1;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let day = DAY_NAMES[tm.wday.rem_euclid(7) as usize];
        let month = MONTH_NAMES[(tm.mon - 1).clamp(0, 11) as usize];
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let s = match d {
            'a' => day[..3].to_owned(),
            'A' => day.to_owned(),
            'b' | 'h' => month[..3].to_owned(),
            'B' => month.to_owned(),
            'c' => format!(
                "{} {} {:>2} {:02}:{:02}:{:02} {}",
                &day[..3],
                &month[..3],
                tm.mday,
                tm.hour,
                tm.min,
                tm.sec,
                tm.year
            ),
            'C' => format!("{:02}", tm.year.div_euclid(100)),
            'd' => format!("{:02}", tm.mday),
            'D' => format!("{:02}/{:02}/{:02}", tm.mon, tm.mday, tm.year.rem_euclid(100)),
            'e' => format!("{:>2}", tm.mday),
            'F' => format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'G' => format!("{}", iso_week(tm).0),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", tm.yday),
            'k' => format!("{:>2}", tm.hour),
            'l' => format!("{hour12:>2}"),
            'm' => format!("{:02}", tm.mon),
            'M' => format!("{:02}", tm.min),
            'n' => "\n".to_owned(),
            'p' => (if tm.hour < 12 { "AM" } else { "PM" }).to_owned(),
            'r' => format!("{hour12:02}:{:02}:{:02} {}", tm.min, tm.sec, if tm.hour < 12 { "AM" } else { "PM" }),
            'R' => format!("{:02}:{:02}", tm.hour, tm.min),
            's' => {
                let days = days_from_civil(tm.year, tm.mon, tm.mday);
                format!("{}", days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec)
            }
            'S' => format!("{:02}", tm.sec),
            't' => "\t".to_owned(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => format!("{}", tm.wday + 1),
            'U' => format!("{:02}", (yday0 + 7 - sunday_wday) / 7),
            'V' => format!("{:02}", iso_week(tm).1),
            'w' => format!("{sunday_wday}"),
            'W' => format!("{:02}", (yday0 + 7 - tm.wday) / 7),
            'x' => format!("{:02}/{:02}/{:02}", tm.mon, tm.mday, tm.year.rem_euclid(100)),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'Y' => format!("{}", tm.year),
            'z' => "+0000".to_owned(),
            'Z' => "UTC".to_owned(),
            '%' => "%".to_owned(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}

fn t_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("strftime", &args)?;
    expect_args("strftime", args.pos.len(), 1, 2)?;
    let fmt = vm.str_arg(args.pos[0], "strftime() argument 1")?;
    let tm = match args.pos.get(1) {
        Some(&t) => tm_arg(vm, t, "strftime")?,
        None => current_tm(vm),
    };
    Ok(vm.new_str(strftime(&fmt, &tm)))
}

fn asctime_of(tm: &Tm) -> String {
    strftime("%a %b %e %H:%M:%S %Y", tm)
}

fn t_asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("asctime", &args)?;
    expect_args("asctime", args.pos.len(), 0, 1)?;
    let tm = match args.pos.first() {
        Some(&t) => tm_arg(vm, t, "asctime")?,
        None => current_tm(vm),
    };
    Ok(vm.new_str(asctime_of(&tm)))
}

fn t_ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("ctime", &args)?;
    expect_args("ctime", args.pos.len(), 0, 1)?;
    let s = secs_arg(vm, args.pos.first().copied())?;
    Ok(vm.new_str(asctime_of(&gmtime(s))))
}

fn t_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("mktime", &args, 1, 1)?;
    let tm = tm_arg(vm, args.pos[0], "mktime")?;
    let days = days_from_civil(tm.year, tm.mon, tm.mday);
    let secs = days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    Ok(Value::Float(secs as f64))
}

fn t_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("time", &args, 0, 0)?;
    Ok(Value::Float(vm.host.now_ns() as f64 / 1e9))
}

fn t_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("time_ns", &args, 0, 0)?;
    let ns = vm.host.now_ns();
    Ok(vm.new_int_from_i128(ns as i128))
}

fn t_monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("monotonic", &args, 0, 0)?;
    Ok(Value::Float(vm.host.monotonic_ns() as f64 / 1e9))
}

fn t_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("monotonic_ns", &args, 0, 0)?;
    let ns = vm.host.monotonic_ns();
    Ok(vm.new_int_from_i128(ns as i128))
}

/// The process's (or, with `thread`, the VM thread's) CPU time in nanoseconds.
fn cpu_ns(vm: &mut Vm, thread: bool) -> u64 {
    match vm.host.cpu_ns(thread) {
        Some(ns) => ns,
        None => vm.host.monotonic_ns(),
    }
}

fn t_process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("process_time", &args, 0, 0)?;
    Ok(Value::Float(cpu_ns(vm, false) as f64 / 1e9))
}

fn t_process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("process_time_ns", &args, 0, 0)?;
    let ns = cpu_ns(vm, false);
    Ok(vm.new_int_from_i128(ns as i128))
}

fn t_thread_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("thread_time", &args, 0, 0)?;
    Ok(Value::Float(cpu_ns(vm, true) as f64 / 1e9))
}

fn t_thread_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("thread_time_ns", &args, 0, 0)?;
    let ns = cpu_ns(vm, true);
    Ok(vm.new_int_from_i128(ns as i128))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("time");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("perf_counter", t_monotonic),
        ("perf_counter_ns", t_monotonic_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("thread_time", t_thread_time),
        ("thread_time_ns", t_thread_time_ns),
        ("sleep", crate::builtins::waits::sleep),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
    ];
    for &(n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    let mut fields: Vec<&'static str> = FIELDS.to_vec();
    fields.extend(["tm_zone", "tm_gmtoff"]);
    let cls = struct_seq_class(vm, "struct_time", "time", &fields, 9);
    // Every struct_time is UTC: the two extra attributes are constants on the class.
    let utc = vm.new_str("UTC");
    vm.class_set_attr(cls, "tm_zone", utc);
    vm.class_set_attr(cls, "tm_gmtoff", Value::Int(0));
    vm.module_set(m, "struct_time", Value::Obj(cls));
    vm.module_set(m, "timezone", Value::Int(0));
    vm.module_set(m, "altzone", Value::Int(0));
    vm.module_set(m, "daylight", Value::Int(0));
    let utc2 = vm.new_str("UTC");
    let tzname = vm.new_tuple(vec![utc2, utc2]);
    vm.module_set(m, "tzname", tzname);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        let t = gmtime(0);
        assert_eq!((t.year, t.mon, t.mday, t.wday, t.yday), (1970, 1, 1, 3, 1));
        let t = gmtime(1_700_000_000);
        assert_eq!((t.year, t.mon, t.mday, t.hour, t.min, t.sec), (2023, 11, 14, 22, 13, 20));
        assert_eq!(
            strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %p %I", &t),
            "2023-11-14 22:13:20 Tue Tuesday Nov November 318 46 46 2 2 PM 10"
        );
        assert_eq!(asctime_of(&gmtime(0)), "Thu Jan  1 00:00:00 1970");
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        let t = gmtime(-1);
        assert_eq!((t.year, t.mon, t.mday, t.hour), (1969, 12, 31, 23));
        // ISO weeks
        let t = gmtime(days_from_civil(2021, 1, 3) * 86400);
        assert_eq!(strftime("%G-%V", &t), "2020-53");
        let t = gmtime(days_from_civil(2024, 12, 30) * 86400);
        assert_eq!(strftime("%G-%V", &t), "2025-01");
        let t = gmtime(days_from_civil(2026, 6, 15) * 86400);
        assert_eq!(strftime("%G-%V", &t), "2026-25");
    }
}

//! Rust port of `xtask/score.py` (a copy of `shared/eval/score.py`), the reference scorer of crosscheck's extraction.
//!
//! [`score_dirs`] scores every `NAME.gold.json` of a gold directory against `NAME.json` in a
//! prediction directory, exactly as `python3 score.py GOLD_DIR PRED_DIR` does;
//! [`ScoreResult::render_table`] is its text table and [`ScoreResult::to_json_string`] its
//! `--json` output, byte for byte (without the final newline that `print` adds).
//!
//! The rules are score.py's, including its dynamic-typing corners: every JSON value a field may
//! hold is turned into text the way Python's `str()` would (`True`, `None`, `['a', 'b']`,
//! `1e+16`), line numbers are read like `int()` (signs, `_` separators, Unicode digits,
//! 4300-digit limit), figure values like `float()`, and `==` is Python's (`1 == 1.0 == true`).
//! Text handling follows Python's Unicode tables, generated into this file by `gen_tables.py`
//! from the Python that runs score.py (see [`UNICODE_VERSION`]): punctuation is category `P*`,
//! `casefold` is full case folding (`ß` → `ss`, `ς` → `σ`, Cherokee to upper case), and
//! whitespace is `str.isspace()` (which includes `\x1c`..`\x1f`).
//!
//! Known divergences, all on input that crosscheck never writes:
//! - Prediction or gold files that Python's `json` accepts but `serde_json` rejects are
//!   reported unreadable: the literals `NaN`, `Infinity` and `-Infinity`, numbers beyond the
//!   range of `f64` (Python reads `1e400` as infinity), lone UTF-16 surrogates in `\u` escapes,
//!   and nesting deeper than [`MAX_JSON_DEPTH`] (where Python itself fails with a
//!   `RecursionError`). For those the text inside `unreadable (...)` is serde_json's; for every
//!   other unreadable file it is Python's own message.
//! - Integers beyond the 64-bit range are read as floats (Python keeps them exact), and
//!   `-0` is read as the float `-0.0` (Python: the integer `0`), which only shows when such a
//!   value is turned into text (`str(-0)` is `0`, here `-0.0`).
//! - The keys of a JSON object that stands where a string belongs (a speaker given as
//!   `{"b": 1, "a": 2}`) are listed sorted, not in file order, when it is turned into text.
//! - File names that are not valid UTF-8 are shown lossily.

#![warn(clippy::string_slice)]

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Map, Value};

#[cfg(test)]
mod differential;

/// Unicode version of the tables this crate follows: that of the Python (`unicodedata`) that
/// generated them, so that it agrees with score.py run by that Python.
pub(crate) const UNICODE_VERSION: &str = tables::UNICODE_VERSION;

/// Deepest JSON nesting [`score_dirs`] reads; Python's `json` gives up (with an uncaught
/// `RecursionError`) a little below this.
pub(crate) const MAX_JSON_DEPTH: usize = 1000;

type Obj = Map<String, Value>;

static NULL: Value = Value::Null;

/// `dict.get(key)`: a missing key reads as `None`, like a JSON `null`.
fn get<'a>(obj: &'a Obj, key: &str) -> &'a Value {
    obj.get(key).unwrap_or(&NULL)
}

/// `_list(x)`: the elements of a list, or nothing.
fn as_list(v: &Value) -> &[Value] {
    match v {
        Value::Array(items) => items,
        _ => &[],
    }
}

/// The objects in a list, in order (`[x for x in _list(v) if isinstance(x, dict)]`).
fn dicts(v: &Value) -> Vec<&Obj> {
    as_list(v).iter().filter_map(Value::as_object).collect()
}

// ---------------------------------------------------------------------------
// Python's view of Unicode

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let u = u32::from(c);
    let i = table.partition_point(|&(lo, _)| lo <= u);
    i > 0 && table.get(i - 1).is_some_and(|&(_, hi)| u <= hi)
}

/// `str.isspace()` for one character.
fn is_py_space(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' | '\x1c'..='\x1f' => true,
        _ if c.is_ascii() => false,
        _ => tables::SPACE.binary_search(&u32::from(c)).is_ok(),
    }
}

/// `unicodedata.category(c).startswith("P")`.
fn is_punct(c: char) -> bool {
    in_ranges(tables::PUNCT, c)
}

/// `str.isprintable()` for one character.
fn is_printable(c: char) -> bool {
    !in_ranges(tables::NONPRINTABLE, c)
}

/// The ASCII digit for a Unicode decimal digit (category Nd), as `int()` and `float()` read it.
fn decimal_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let u = u32::from(c);
    let i = tables::DECIMAL.partition_point(|&start| start <= u);
    let start = *tables::DECIMAL.get(i.checked_sub(1)?)?;
    let value = u - start;
    if value < 10 {
        char::from_digit(value, 10)
    } else {
        None
    }
}

/// Pushes the full case folding of `c` (Python's `str.casefold()`) onto `out`.
fn push_casefold(c: char, out: &mut impl FnMut(char)) {
    let u = u32::from(c);
    if let Ok(i) = tables::FOLD_MULTI.binary_search_by_key(&u, |&(k, _)| k)
        && let Some(&(_, folded)) = tables::FOLD_MULTI.get(i)
    {
        folded.chars().for_each(out);
        return;
    }
    let i = tables::FOLD_RUNS.partition_point(|&(start, ..)| start <= u);
    if let Some(&(start, last, stride, delta)) =
        i.checked_sub(1).and_then(|i| tables::FOLD_RUNS.get(i))
        && u <= last
        && (u - start) % stride == 0
        && let Some(folded) = u.checked_add_signed(delta).and_then(char::from_u32)
    {
        out(folded);
        return;
    }
    out(c);
}

/// Python's `s.casefold()`.
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(c, &mut |f| out.push(f));
    }
    out
}

/// Python's `s.split()` (no argument): runs of Unicode whitespace separate words.
fn py_split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_py_space).filter(|w| !w.is_empty())
}

/// `" ".join(s.split())`.
fn collapse_ws(s: &str) -> String {
    py_split(s).collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// Python's str(), repr() and == on JSON values

/// `repr()` of a Python float (shortest round-trip digits, exponent outside 1e-4..1e16).
fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<char> = mantissa.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::new();
    if mantissa.starts_with('-') {
        out.push('-');
    }
    let decpt = exp + 1; // value = 0.DIGITS * 10^decpt
    if decpt <= -4 || decpt > 16 {
        let mut it = digits.iter();
        out.extend(it.next());
        if digits.len() > 1 {
            out.push('.');
            out.extend(it);
        }
        let _ = write!(
            out,
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.unsigned_abs()
        );
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n(
            '0',
            usize::try_from(-decpt).unwrap_or(0),
        ));
        out.extend(digits.iter());
    } else {
        let point = usize::try_from(decpt).unwrap_or(0);
        if point >= digits.len() {
            out.extend(digits.iter());
            out.extend(std::iter::repeat_n('0', point - digits.len()));
            out.push_str(".0");
        } else {
            let (int_part, frac_part) = digits.split_at(point);
            out.extend(int_part.iter());
            out.push('.');
            out.extend(frac_part.iter());
        }
    }
    out
}

fn push_number_repr(n: &serde_json::Number, out: &mut String) {
    if let Some(i) = n.as_i64() {
        let _ = write!(out, "{i}");
    } else if let Some(u) = n.as_u64() {
        let _ = write!(out, "{u}");
    } else {
        out.push_str(&py_float_repr(n.as_f64().unwrap_or(f64::NAN)));
    }
}

/// `repr()` of a Python string.
fn push_str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            '\0'..='\x1f' | '\x7f' => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ => {
                let u = u32::from(c);
                let _ = if u < 0x100 {
                    write!(out, "\\x{u:02x}")
                } else if u < 0x10000 {
                    write!(out, "\\u{u:04x}")
                } else {
                    write!(out, "\\U{u:08x}")
                };
            }
        }
    }
    out.push(quote);
}

/// `str(v)` for a JSON value as Python's `json` would have loaded it.
fn py_str(v: &Value) -> String {
    if let Value::String(s) = v {
        return s.clone();
    }
    enum Task<'a> {
        Val(&'a Value),
        Key(&'a str),
        Lit(&'static str),
    }
    let mut out = String::new();
    let mut stack = vec![Task::Val(v)];
    while let Some(task) = stack.pop() {
        match task {
            Task::Lit(s) => out.push_str(s),
            Task::Key(k) => {
                push_str_repr(k, &mut out);
                out.push_str(": ");
            }
            Task::Val(Value::Null) => out.push_str("None"),
            Task::Val(Value::Bool(b)) => out.push_str(if *b { "True" } else { "False" }),
            Task::Val(Value::Number(n)) => push_number_repr(n, &mut out),
            Task::Val(Value::String(s)) => push_str_repr(s, &mut out),
            Task::Val(Value::Array(items)) => {
                out.push('[');
                stack.push(Task::Lit("]"));
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push(Task::Val(item));
                    if i > 0 {
                        stack.push(Task::Lit(", "));
                    }
                }
            }
            Task::Val(Value::Object(map)) => {
                out.push('{');
                stack.push(Task::Lit("}"));
                let entries: Vec<_> = map.iter().collect();
                for (i, (k, item)) in entries.into_iter().enumerate().rev() {
                    stack.push(Task::Val(item));
                    stack.push(Task::Key(k));
                    if i > 0 {
                        stack.push(Task::Lit(", "));
                    }
                }
            }
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
}

/// The numeric value of a bool or number (Python's `bool` is an `int`).
fn num_of(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(i128::from(*b))),
        Value::Number(n) => Some(if let Some(i) = n.as_i64() {
            Num::Int(i128::from(i))
        } else if let Some(u) = n.as_u64() {
            Num::Int(i128::from(u))
        } else {
            Num::Float(n.as_f64().unwrap_or(f64::NAN))
        }),
        _ => None,
    }
}

/// Python's exact comparison of two numbers.
fn num_eq(a: Num, b: Num) -> bool {
    const TWO_127: f64 = 1.7014118346046923e38;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
            // exact: an integral float inside i128 converts without loss
            f.is_finite() && f.fract() == 0.0 && f.abs() < TWO_127 && f as i128 == i
        }
    }
}

/// Python's `a == b` for values loaded by `json`.
fn py_eq(a: &Value, b: &Value) -> bool {
    let mut stack = vec![(a, b)];
    while let Some(pair) = stack.pop() {
        match pair {
            (Value::Null, Value::Null) => {}
            (Value::String(x), Value::String(y)) => {
                if x != y {
                    return false;
                }
            }
            (Value::Array(x), Value::Array(y)) => {
                if x.len() != y.len() {
                    return false;
                }
                stack.extend(x.iter().zip(y));
            }
            (Value::Object(x), Value::Object(y)) => {
                if x.len() != y.len() {
                    return false;
                }
                for (k, xv) in x {
                    match y.get(k) {
                        Some(yv) => stack.push((xv, yv)),
                        None => return false,
                    }
                }
            }
            (x, y) => match (num_of(x), num_of(y)) {
                (Some(m), Some(n)) if num_eq(m, n) => {}
                _ => return false,
            },
        }
    }
    true
}

/// Python's `int(s)` (after `s.strip()`) as a canonical decimal string, or `None` on
/// `ValueError`: optional sign, Unicode decimal digits with single `_` between them, at most
/// 4300 digits (`sys.get_int_max_str_digits()`).
fn py_int_from_str(s: &str) -> Option<String> {
    const MAX_STR_DIGITS: usize = 4300;
    let t = s.trim_matches(is_py_space);
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut digits = String::new();
    let mut prev_underscore = false;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore || digits.is_empty() {
                return None;
            }
            prev_underscore = true;
        } else {
            digits.push(decimal_digit(c)?);
            prev_underscore = false;
        }
    }
    if prev_underscore || digits.is_empty() || digits.len() > MAX_STR_DIGITS {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    Some(match (trimmed.is_empty(), negative) {
        (true, _) => "0".to_owned(),
        (false, true) => format!("-{trimmed}"),
        (false, false) => trimmed.to_owned(),
    })
}

/// The exact integer value of an integral float, as a canonical decimal string.
fn int_of_float(f: f64) -> String {
    if f == 0.0 {
        "0".to_owned()
    } else if f.abs() < 1e18 {
        format!("{}", f as i64)
    } else {
        format!("{f:.0}")
    }
}

/// `as_int(x)` of score.py, as a canonical decimal string (Python ints are unbounded).
fn as_int(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(i.to_string())
            } else if let Some(u) = n.as_u64() {
                Some(u.to_string())
            } else {
                let f = n.as_f64()?;
                (f.is_finite() && f.fract() == 0.0).then(|| int_of_float(f))
            }
        }
        Value::String(s) => py_int_from_str(s),
        _ => None,
    }
}

/// Python's `float(s)`, or `None` on `ValueError` or a non-finite result.
fn py_float_from_str(s: &str) -> Option<f64> {
    // _PyUnicode_TransformDecimalAndSpaceToASCII: other non-ASCII characters make it fail
    let mut buf = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            buf.push(c);
        } else if is_py_space(c) {
            buf.push(' ');
        } else {
            buf.push(decimal_digit(c)?);
        }
    }
    // _Py_string_to_number_with_underscores: `_` only between two digits
    if buf.contains('_') {
        let mut cleaned = String::with_capacity(buf.len());
        let mut prev = '\0';
        for c in buf.chars() {
            if c == '_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == '_' && !c.is_ascii_digit() {
                    return None;
                }
                cleaned.push(c);
            }
            prev = c;
        }
        if prev == '_' {
            return None;
        }
        buf = cleaned;
    }
    let t = buf.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    // the finite part of float()'s grammar; Rust's parser accepts exactly that on these characters
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// `as_float(x)` of score.py.
fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => {
            let f = if let Some(i) = n.as_i64() {
                i as f64
            } else if let Some(u) = n.as_u64() {
                u as f64
            } else {
                n.as_f64()?
            };
            f.is_finite().then_some(f)
        }
        Value::String(s) => py_float_from_str(s),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// normalisation helpers of score.py

/// `collapse_ws(s)`: `None` for null, else `str(s)` with whitespace collapsed.
fn collapse_value(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(collapse_ws(s)),
        _ => Some(collapse_ws(&py_str(v))),
    }
}

/// Case-folded words of a text, punctuation (P*, backtick, acute accent) dropped.
fn words_of(s: &str) -> Vec<String> {
    let mut buf = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(c, &mut |f| {
            buf.push(if is_punct(f) || f == '`' || f == '\u{b4}' {
                ' '
            } else {
                f
            });
        });
    }
    py_split(&buf).map(str::to_owned).collect()
}

/// `words(s)` of score.py: no words for null, else the words of `str(s)`.
fn words(v: &Value) -> Vec<String> {
    match v {
        Value::Null => Vec::new(),
        Value::String(s) => words_of(s),
        _ => words_of(&py_str(v)),
    }
}

/// A set of words as a sorted, deduplicated list.
fn word_set(v: &Value) -> Vec<String> {
    let mut w = words(v);
    w.sort_unstable();
    w.dedup();
    w
}

/// `jaccard_ok(a, b)`: (Jaccard >= 0.8 by exact integer comparison, Jaccard).
fn jaccard_ok(a: &[String], b: &[String]) -> (bool, f64) {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        return (true, 1.0);
    }
    (inter * 5 >= union * 4, inter as f64 / union as f64)
}

/// `last_word(speaker)`: the speaker's last word, `None` for null or no word.
fn last_word(v: &Value) -> Option<String> {
    words(v).pop()
}

/// `accepted_speakers(gold_quote)`: the last words that count as a correct attribution.
fn accepted_speakers(quote: &Obj) -> HashSet<Option<String>> {
    let mut out = HashSet::new();
    out.insert(last_word(get(quote, "speaker")));
    match get(quote, "speaker_alternatives") {
        alt @ Value::String(_) => {
            out.insert(last_word(alt));
        }
        Value::Array(alts) => {
            out.extend(alts.iter().map(last_word));
        }
        _ => {}
    }
    out
}

// ---------------------------------------------------------------------------
// one-to-one matching

/// `max_matching`: Kuhn's augmenting paths, gold items in order, each trying its candidate
/// list (`cands[g]`, pred indices best first). Returns (gold, pred) pairs. Iterative, with the
/// same visiting order as score.py's recursion.
fn max_matching(cands: &[Vec<usize>], n_pred: usize) -> Vec<(usize, usize)> {
    let mut pred_of: Vec<Option<usize>> = vec![None; n_pred];
    for g in 0..cands.len() {
        let mut seen = vec![false; n_pred];
        // (gold, next candidate position); `via[i]` is the pred through which frame i descended
        let mut stack: Vec<(usize, usize)> = vec![(g, 0)];
        let mut via: Vec<usize> = Vec::new();
        'search: while let Some(&(gold, pos)) = stack.last() {
            let list = cands.get(gold).map_or(&[][..], Vec::as_slice);
            let mut next = pos;
            while let Some(&p) = list.get(next) {
                next += 1;
                if seen.get(p).copied().unwrap_or(true) {
                    continue;
                }
                if let Some(s) = seen.get_mut(p) {
                    *s = true;
                }
                if let Some(top) = stack.last_mut() {
                    top.1 = next;
                }
                match pred_of.get(p).copied().flatten() {
                    None => {
                        // augmenting path found: every frame takes the pred it went through
                        if let Some(slot) = pred_of.get_mut(p) {
                            *slot = Some(gold);
                        }
                        for (&(fg, _), &fp) in stack.iter().zip(&via) {
                            if let Some(slot) = pred_of.get_mut(fp) {
                                *slot = Some(fg);
                            }
                        }
                        break 'search;
                    }
                    Some(owner) => {
                        via.push(p);
                        stack.push((owner, 0));
                        continue 'search;
                    }
                }
            }
            // candidates exhausted: this frame fails, its parent tries its next candidate
            stack.pop();
            via.pop();
        }
    }
    pred_of
        .iter()
        .enumerate()
        .filter_map(|(p, g)| g.map(|g| (g, p)))
        .collect()
}

/// A candidate's sort key: (primary key, 0 when speaker/qualifier agree else 1).
type EdgeKey = (f64, u8);

/// `match_by_line`: match gold to pred items on the same line; `edge(g, p)` gives the sort key
/// (smaller is better) or `None` when they cannot match. Returns (gold, pred) index pairs.
fn match_by_line(
    gold_lines: &[Option<String>],
    pred_lines: &[Option<String>],
    edge: impl Fn(usize, usize) -> Option<EdgeKey>,
) -> Vec<(usize, usize)> {
    let mut pred_groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, ln) in pred_lines.iter().enumerate() {
        if let Some(ln) = ln {
            pred_groups.entry(ln.as_str()).or_default().push(i);
        }
    }
    let mut gold_groups: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, ln) in gold_lines.iter().enumerate() {
        if let Some(ln) = ln {
            let slot = *index.entry(ln.as_str()).or_insert_with(|| {
                gold_groups.push((ln.as_str(), Vec::new()));
                gold_groups.len() - 1
            });
            if let Some((_, group)) = gold_groups.get_mut(slot) {
                group.push(i);
            }
        }
    }
    let mut result = Vec::new();
    for (ln, gis) in &gold_groups {
        let Some(pis) = pred_groups.get(ln) else {
            continue;
        };
        let cands: Vec<Vec<usize>> = gis
            .iter()
            .map(|&gi| {
                let mut scored: Vec<(EdgeKey, usize)> = pis
                    .iter()
                    .enumerate()
                    .filter_map(|(j, &pi)| edge(gi, pi).map(|key| (key, j)))
                    .collect();
                scored.sort_by(|(a, i), (b, j)| {
                    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(i.cmp(j))
                });
                scored.into_iter().map(|(_, j)| j).collect()
            })
            .collect();
        for (k, j) in max_matching(&cands, pis.len()) {
            if let (Some(&g), Some(&p)) = (gis.get(k), pis.get(j)) {
                result.push((g, p));
            }
        }
    }
    result
}

// ---------------------------------------------------------------------------
// per-field scoring

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Lines,
    Headline,
    Standfirst,
    Published,
    Bylines,
    Quotes,
    Figures,
    Acronyms,
}

const FIELDS: [Field; 8] = [
    Field::Lines,
    Field::Headline,
    Field::Standfirst,
    Field::Published,
    Field::Bylines,
    Field::Quotes,
    Field::Figures,
    Field::Acronyms,
];

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Lines => "lines",
            Field::Headline => "headline",
            Field::Standfirst => "standfirst",
            Field::Published => "published",
            Field::Bylines => "bylines",
            Field::Quotes => "quotes",
            Field::Figures => "figures",
            Field::Acronyms => "acronyms",
        }
    }

    fn from_name(name: &str) -> Option<Field> {
        FIELDS.into_iter().find(|f| f.name() == name)
    }

    /// The count keys of this field, in score.py's order.
    fn keys(self) -> &'static [&'static str] {
        match self {
            Field::Lines => &[
                "role_correct",
                "role_total",
                "body_tp",
                "body_fp",
                "body_fn",
            ],
            Field::Headline | Field::Standfirst | Field::Published | Field::Bylines => {
                &["correct", "total"]
            }
            Field::Quotes => &["tp", "fp", "fn", "attr_correct"],
            Field::Figures => &["tp", "fp", "fn", "qual_correct"],
            Field::Acronyms => &["tp", "fp", "fn"],
        }
    }

    /// headline, standfirst, published and bylines: one right-or-wrong answer per article.
    fn is_single(self) -> bool {
        matches!(
            self,
            Field::Headline | Field::Standfirst | Field::Published | Field::Bylines
        )
    }
}

/// Integer counts of one field, in the order of [`Field::keys`].
type Counts = [u64; 5];

fn counts_of(values: &[usize]) -> Counts {
    let mut c = [0; 5];
    for (slot, v) in c.iter_mut().zip(values) {
        *slot = *v as u64;
    }
    c
}

fn count(field: Field, c: &Counts, key: &str) -> u64 {
    field
        .keys()
        .iter()
        .position(|k| *k == key)
        .and_then(|i| c.get(i))
        .copied()
        .unwrap_or(0)
}

fn score_lines(gold: &[&Obj], pred: &Value) -> Counts {
    let mut pred_role: HashMap<String, &Value> = HashMap::new();
    for item in as_list(pred).iter().filter_map(Value::as_object) {
        if let Some(ln) = as_int(get(item, "line")) {
            pred_role.entry(ln).or_insert_with(|| get(item, "role"));
        }
    }
    let mut gold_role: HashMap<String, &Value> = HashMap::new();
    for item in gold {
        if let Some(ln) = as_int(get(item, "line")) {
            gold_role.insert(ln, get(item, "role"));
        }
    }
    let correct = gold_role
        .iter()
        .filter(|(ln, role)| pred_role.get(*ln).is_some_and(|p| py_eq(p, role)))
        .count();
    let is_body = |r: &&Value| r.as_str() == Some("body");
    let gb: HashSet<&String> = gold_role
        .iter()
        .filter(|(_, r)| is_body(r))
        .map(|(l, _)| l)
        .collect();
    let pb: HashSet<&String> = pred_role
        .iter()
        .filter(|(_, r)| is_body(r))
        .map(|(l, _)| l)
        .collect();
    let tp = gb.intersection(&pb).count();
    counts_of(&[correct, gold_role.len(), tp, pb.len() - tp, gb.len() - tp])
}

fn score_exact(gold: &Value, pred: &Value) -> Counts {
    counts_of(&[usize::from(collapse_value(gold) == collapse_value(pred)), 1])
}

/// `_name_set(x)`: bylines as a set of whitespace-collapsed names.
fn name_set(v: &Value) -> BTreeSet<String> {
    match v {
        Value::Null => BTreeSet::new(),
        Value::Array(names) => names.iter().filter_map(collapse_value).collect(),
        other => collapse_value(other).into_iter().collect(),
    }
}

fn score_bylines(gold: &Value, pred: &Value) -> Counts {
    counts_of(&[usize::from(name_set(gold) == name_set(pred)), 1])
}

fn score_quotes(gold: &[&Obj], pred: &Value) -> Counts {
    let pred = dicts(pred);
    let gw: Vec<Vec<String>> = gold.iter().map(|q| word_set(get(q, "text"))).collect();
    let pw: Vec<Option<Vec<String>>> = pred
        .iter()
        .map(|q| match get(q, "text") {
            Value::Null => None,
            text => Some(word_set(text)),
        })
        .collect();
    let gs: Vec<HashSet<Option<String>>> = gold.iter().map(|q| accepted_speakers(q)).collect();
    let ps: Vec<Option<String>> = pred.iter().map(|q| last_word(get(q, "speaker"))).collect();
    let agrees = |g: usize, p: usize| match (gs.get(g), ps.get(p)) {
        (Some(accepted), Some(speaker)) => accepted.contains(speaker),
        _ => false,
    };
    let edge = |g: usize, p: usize| -> Option<EdgeKey> {
        let pwords = pw.get(p)?.as_ref()?;
        let (ok, j) = jaccard_ok(gw.get(g)?, pwords);
        ok.then(|| (-j, u8::from(!agrees(g, p))))
    };
    let gold_lines: Vec<Option<String>> = gold.iter().map(|q| as_int(get(q, "line"))).collect();
    let pred_lines: Vec<Option<String>> = pred.iter().map(|q| as_int(get(q, "line"))).collect();
    let m = match_by_line(&gold_lines, &pred_lines, edge);
    let attr = m.iter().filter(|&&(g, p)| agrees(g, p)).count();
    let tp = m.len();
    counts_of(&[tp, pred.len() - tp, gold.len() - tp, attr])
}

/// `value_close(kind, g, p)`: within 0.05% relative, or 0.0005 absolute for proportions.
fn value_close(proportion: bool, g: f64, p: f64) -> bool {
    if proportion {
        (p - g).abs() <= 0.0005 + 1e-12
    } else {
        (p - g).abs() <= 0.0005 * g.abs() + 1e-12 * f64::max(1.0, g.abs())
    }
}

fn score_figures(gold: &[&Obj], pred: &Value) -> Counts {
    let pred = dicts(pred);
    let same_qualifier = |g: &Obj, p: &Obj| py_eq(get(g, "qualifier"), get(p, "qualifier"));
    let edge = |gi: usize, pi: usize| -> Option<EdgeKey> {
        let (g, p) = (*gold.get(gi)?, *pred.get(pi)?);
        let kind = get(g, "kind");
        if !py_eq(kind, get(p, "kind")) {
            return None;
        }
        let gv = as_float(get(g, "value"))?;
        let pv = as_float(get(p, "value"))?;
        if !value_close(kind.as_str() == Some("proportion"), gv, pv) {
            return None;
        }
        let rel = if gv != 0.0 {
            (pv - gv).abs() / gv.abs()
        } else {
            (pv - gv).abs()
        };
        Some((rel, u8::from(!same_qualifier(g, p))))
    };
    let gold_lines: Vec<Option<String>> = gold.iter().map(|f| as_int(get(f, "line"))).collect();
    let pred_lines: Vec<Option<String>> = pred.iter().map(|f| as_int(get(f, "line"))).collect();
    let m = match_by_line(&gold_lines, &pred_lines, edge);
    let qual = m
        .iter()
        .filter(|&&(g, p)| match (gold.get(g), pred.get(p)) {
            (Some(g), Some(p)) => same_qualifier(g, p),
            _ => false,
        })
        .count();
    let tp = m.len();
    counts_of(&[tp, pred.len() - tp, gold.len() - tp, qual])
}

/// `_acr_pairs(x)`: case-folded, whitespace-collapsed (short, long) pairs.
fn acronym_pairs(v: &Value) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for a in as_list(v).iter().filter_map(Value::as_object) {
        if let (Some(short), Some(long)) = (
            collapse_value(get(a, "short")),
            collapse_value(get(a, "long")),
        ) {
            out.insert((casefold(&short), casefold(&long)));
        }
    }
    out
}

fn score_acronyms(gold: &Value, pred: &Value) -> Counts {
    let (g, p) = (acronym_pairs(gold), acronym_pairs(pred));
    let tp = g.intersection(&p).count();
    counts_of(&[tp, p.len() - tp, g.len() - tp])
}

#[derive(Clone, Debug, PartialEq)]
struct FieldScore {
    field: Field,
    present: bool,
    counts: Counts,
}

#[derive(Clone, Debug, PartialEq)]
struct FieldTotal {
    field: Field,
    present: u64,
    articles: u64,
    counts: Counts,
}

/// `score_article(gold, pred)`: the counts of every field the gold key has.
fn score_article(gold: &Obj, pred: Option<&Obj>) -> Vec<FieldScore> {
    let mut out = Vec::new();
    for field in FIELDS {
        let Some(gv) = gold.get(field.name()) else {
            continue;
        };
        let pv = pred.and_then(|p| p.get(field.name()));
        let present = pv.is_some();
        let pv = pv.unwrap_or(&NULL); // an absent field scores as nothing predicted
        let counts = match field {
            Field::Lines => score_lines(&dicts(gv), pv),
            Field::Quotes => score_quotes(&dicts(gv), pv),
            Field::Figures => score_figures(&dicts(gv), pv),
            Field::Acronyms => score_acronyms(gv, pv),
            _ if !present => counts_of(&[0, 1]),
            Field::Bylines => score_bylines(gv, pv),
            Field::Headline | Field::Standfirst | Field::Published => score_exact(gv, pv),
        };
        out.push(FieldScore {
            field,
            present,
            counts,
        });
    }
    out
}

// ---------------------------------------------------------------------------
// metrics

fn ratio(num: u64, den: u64) -> Option<f64> {
    (den != 0).then(|| num as f64 / den as f64)
}

fn f1(p: Option<f64>, r: Option<f64>) -> Option<f64> {
    let (p, r) = (p?, r?);
    Some(if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    })
}

/// `metrics(field, counts)`: the derived ratios, in score.py's order.
fn metrics(field: Field, c: &Counts) -> Vec<(&'static str, Option<f64>)> {
    let k = |key| count(field, c, key);
    match field {
        Field::Lines => {
            let bp = ratio(k("body_tp"), k("body_tp") + k("body_fp"));
            let br = ratio(k("body_tp"), k("body_tp") + k("body_fn"));
            vec![
                ("role_accuracy", ratio(k("role_correct"), k("role_total"))),
                ("body_precision", bp),
                ("body_recall", br),
                ("body_f1", f1(bp, br)),
            ]
        }
        _ if field.is_single() => vec![("accuracy", ratio(k("correct"), k("total")))],
        _ => {
            let p = ratio(k("tp"), k("tp") + k("fp"));
            let r = ratio(k("tp"), k("tp") + k("fn"));
            let mut m = vec![("precision", p), ("recall", r), ("f1", f1(p, r))];
            if field == Field::Quotes {
                m.push(("attribution_accuracy", ratio(k("attr_correct"), k("tp"))));
            }
            if field == Field::Figures {
                m.push(("qualifier_accuracy", ratio(k("qual_correct"), k("tp"))));
            }
            m
        }
    }
}

fn metric(field: Field, c: &Counts, key: &str) -> Option<f64> {
    metrics(field, c)
        .into_iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v)
}

// ---------------------------------------------------------------------------
// corpus scoring

#[derive(Clone, Debug, PartialEq)]
struct Article {
    name: String,
    fields: Vec<FieldScore>,
}

/// The scores of a set of articles: per-article counts in name order, micro-averaged totals
/// and the warnings score.py prints (without its `score.py: warning: ` prefix).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ScoreResult {
    articles: Vec<Article>,
    totals: Vec<FieldTotal>,
    warnings: Vec<String>,
}

impl ScoreResult {
    /// Adds one scored article (a repeated name replaces the earlier entry in the per-article
    /// list, like a Python dict, while both count in the totals).
    fn add_article(&mut self, name: &str, fields: Vec<FieldScore>) {
        for fs in &fields {
            let pos = match self.totals.iter().position(|t| t.field == fs.field) {
                Some(pos) => pos,
                None => {
                    self.totals.push(FieldTotal {
                        field: fs.field,
                        present: 0,
                        articles: 0,
                        counts: [0; 5],
                    });
                    self.totals.len() - 1
                }
            };
            if let Some(t) = self.totals.get_mut(pos) {
                t.articles += 1;
                t.present += u64::from(fs.present);
                for (sum, c) in t.counts.iter_mut().zip(fs.counts) {
                    *sum = sum.saturating_add(c);
                }
            }
        }
        match self.articles.iter_mut().find(|a| a.name == name) {
            Some(a) => a.fields = fields,
            None => self.articles.push(Article {
                name: name.to_owned(),
                fields,
            }),
        }
    }

    /// Scores one article given its gold and prediction as loaded.
    fn score_one(&mut self, name: &str, gold: &Value, pred: Loaded<'_>) {
        let Some(gold) = gold.as_object() else {
            self.warnings
                .push(format!("{name}.gold.json: not a JSON object; skipped"));
            return;
        };
        let pred = match pred {
            Loaded::Value(Value::Object(p)) => Some(p),
            Loaded::Value(_) => {
                self.warnings.push(format!(
                    "{name}.json: prediction is not a JSON object; scored as empty"
                ));
                None
            }
            Loaded::Missing => {
                self.warnings
                    .push(format!("{name}.json: prediction missing; scored as empty"));
                None
            }
            Loaded::Unreadable(why) => {
                self.warnings.push(format!(
                    "{name}.json: prediction unreadable ({why}); scored as empty"
                ));
                None
            }
        };
        self.add_article(name, score_article(gold, pred));
    }

    /// The warnings, in score.py's order and wording (without the `score.py: warning: `
    /// prefix it prints them with).
    pub(crate) fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Number of articles scored (gold keys that could not be read are not counted).
    pub(crate) fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// Names of the scored articles, in order.
    pub(crate) fn article_names(&self) -> impl Iterator<Item = &str> {
        self.articles.iter().map(|a| a.name.as_str())
    }

    /// Total metric for a (field, metric) pair, e.g. `("lines", "role_accuracy")` or
    /// `("quotes", "attribution_accuracy")`: the value of `totals.FIELD.metrics.METRIC` in
    /// [`ScoreResult::to_json`]. `None` when the ratio has a zero denominator, no gold key has
    /// the field, or the names are unknown.
    pub(crate) fn total(&self, field: &str, metric_name: &str) -> Option<f64> {
        let field = Field::from_name(field)?;
        let t = self.totals.iter().find(|t| t.field == field)?;
        metric(field, &t.counts, metric_name)
    }

    /// Per-article metric, as in `articles.NAME.FIELD.metrics.METRIC` of
    /// [`ScoreResult::to_json`]; `None` when not computable or unknown.
    pub(crate) fn article_metric(
        &self,
        article: &str,
        field: &str,
        metric_name: &str,
    ) -> Option<f64> {
        let field = Field::from_name(field)?;
        let a = self.articles.iter().find(|a| a.name == article)?;
        let fs = a.fields.iter().find(|f| f.field == field)?;
        metric(field, &fs.counts, metric_name)
    }

    /// The text table score.py prints (its `render_table`), without a final newline.
    pub(crate) fn render_table(&self) -> String {
        const COLUMNS: [(&str, Field, &str); 15] = [
            ("roles", Field::Lines, "role_accuracy"),
            ("bodyP", Field::Lines, "body_precision"),
            ("bodyR", Field::Lines, "body_recall"),
            ("head", Field::Headline, "accuracy"),
            ("stand", Field::Standfirst, "accuracy"),
            ("pub", Field::Published, "accuracy"),
            ("byl", Field::Bylines, "accuracy"),
            ("quoP", Field::Quotes, "precision"),
            ("quoR", Field::Quotes, "recall"),
            ("attr", Field::Quotes, "attribution_accuracy"),
            ("figP", Field::Figures, "precision"),
            ("figR", Field::Figures, "recall"),
            ("qual", Field::Figures, "qualifier_accuracy"),
            ("acrP", Field::Acronyms, "precision"),
            ("acrR", Field::Acronyms, "recall"),
        ];
        const TOTAL: &str = "TOTAL (micro)";
        let name_w = self
            .articles
            .iter()
            .map(|a| a.name.chars().count())
            .chain([TOTAL.len()])
            .max()
            .unwrap_or(TOTAL.len());
        let mut lines = Vec::new();
        let mut row = vec![format!("{:<name_w$}", "article")];
        row.extend(COLUMNS.iter().map(|(h, _, _)| format!("{h:>5}")));
        lines.push(row.join("  "));
        for a in &self.articles {
            let mut row = vec![format!("{:<name_w$}", a.name)];
            for (_, field, key) in COLUMNS {
                let cell = match a.fields.iter().find(|f| f.field == field) {
                    None => String::new(),
                    Some(f) if !f.present => "n/a".to_owned(),
                    Some(f) if field.is_single() => if count(field, &f.counts, "correct") != 0 {
                        "ok"
                    } else {
                        "NO"
                    }
                    .to_owned(),
                    Some(f) => fmt2(metric(field, &f.counts, key)),
                };
                row.push(format!("{cell:>5}"));
            }
            lines.push(row.join("  "));
        }
        let mut row = vec![format!("{TOTAL:<name_w$}")];
        for (_, field, key) in COLUMNS {
            let cell = match self.totals.iter().find(|t| t.field == field) {
                None => String::new(),
                Some(t) if t.present == 0 => "n/a".to_owned(),
                Some(t) => fmt2(metric(field, &t.counts, key)),
            };
            row.push(format!("{cell:>5}"));
        }
        lines.push(row.join("  "));

        lines.push(String::new());
        lines.push(format!("totals over {} article(s):", self.articles.len()));
        for field in FIELDS {
            let Some(t) = self.totals.iter().find(|t| t.field == field) else {
                continue;
            };
            let tag = if t.present == t.articles {
                String::new()
            } else if t.present == 0 {
                "  [n/a: not predicted]".to_owned()
            } else {
                format!(
                    "  [absent in {} prediction(s), scored 0]",
                    t.articles - t.present
                )
            };
            let c = |key| count(field, &t.counts, key);
            let m = |key| fmt2(metric(field, &t.counts, key));
            let s = match field {
                Field::Lines => format!(
                    "role accuracy {} ({}/{}); body P {} R {} F1 {} (tp {} fp {} fn {})",
                    m("role_accuracy"),
                    c("role_correct"),
                    c("role_total"),
                    m("body_precision"),
                    m("body_recall"),
                    m("body_f1"),
                    c("body_tp"),
                    c("body_fp"),
                    c("body_fn"),
                ),
                _ if field.is_single() => format!("{}/{} correct", c("correct"), c("total")),
                _ => {
                    let mut s = format!(
                        "P {} R {} F1 {} (tp {} fp {} fn {})",
                        m("precision"),
                        m("recall"),
                        m("f1"),
                        c("tp"),
                        c("fp"),
                        c("fn"),
                    );
                    if field == Field::Quotes {
                        let _ = write!(
                            s,
                            "; attribution {} ({}/{})",
                            m("attribution_accuracy"),
                            c("attr_correct"),
                            c("tp")
                        );
                    }
                    if field == Field::Figures {
                        let _ = write!(
                            s,
                            "; qualifier {} ({}/{})",
                            m("qualifier_accuracy"),
                            c("qual_correct"),
                            c("tp")
                        );
                    }
                    s
                }
            };
            lines.push(format!("  {:<10} {s}{tag}", field.name()));
        }
        lines.join("\n")
    }

    /// The structure score.py's `--json` prints (`articles`, `totals`, `warnings`), as a value.
    pub(crate) fn to_json(&self) -> Value {
        self.json_tree().into_value()
    }

    /// What `score.py --json` prints, byte for byte (`json.dump(..., indent=2)`: keys in
    /// score.py's order, non-ASCII escaped, floats as Python's `repr`), without the final
    /// newline.
    pub(crate) fn to_json_string(&self) -> String {
        let mut out = String::new();
        self.json_tree().write_py(&mut out, 0);
        out
    }

    fn json_tree(&self) -> J {
        fn metrics_obj(field: Field, c: &Counts) -> J {
            J::Obj(
                metrics(field, c)
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v.map_or(J::Null, J::Float)))
                    .collect(),
            )
        }
        let counts_entries = |field: Field, c: &Counts| -> Vec<(String, J)> {
            field
                .keys()
                .iter()
                .zip(c)
                .map(|(k, v)| ((*k).to_owned(), J::Int(*v)))
                .collect()
        };
        let articles = self
            .articles
            .iter()
            .map(|a| {
                let fields = a
                    .fields
                    .iter()
                    .map(|f| {
                        let mut counts = vec![("present".to_owned(), J::Bool(f.present))];
                        counts.extend(counts_entries(f.field, &f.counts));
                        let block = vec![
                            ("counts".to_owned(), J::Obj(counts)),
                            ("metrics".to_owned(), metrics_obj(f.field, &f.counts)),
                        ];
                        (f.field.name().to_owned(), J::Obj(block))
                    })
                    .collect();
                (a.name.clone(), J::Obj(fields))
            })
            .collect();
        let totals = self
            .totals
            .iter()
            .map(|t| {
                let mut counts = vec![
                    ("present".to_owned(), J::Int(t.present)),
                    ("articles".to_owned(), J::Int(t.articles)),
                ];
                counts.extend(counts_entries(t.field, &t.counts));
                let block = vec![
                    ("counts".to_owned(), J::Obj(counts)),
                    ("metrics".to_owned(), metrics_obj(t.field, &t.counts)),
                    ("predicted_in".to_owned(), J::Int(t.present)),
                ];
                (t.field.name().to_owned(), J::Obj(block))
            })
            .collect();
        J::Obj(vec![
            ("articles".to_owned(), J::Obj(articles)),
            ("totals".to_owned(), J::Obj(totals)),
            (
                "warnings".to_owned(),
                J::Arr(self.warnings.iter().cloned().map(J::Str).collect()),
            ),
        ])
    }
}

/// `fmt(x)` of score.py: `-` for `None`, else two decimals as Python's `f"{x:.2f}"`.
fn fmt2(x: Option<f64>) -> String {
    match x {
        None => "-".to_owned(),
        Some(x) => format!("{x:.2}"),
    }
}

/// An ordered JSON tree (score.py's dicts keep insertion order).
enum J {
    Null,
    Bool(bool),
    Int(u64),
    Float(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    fn into_value(self) -> Value {
        match self {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(b),
            J::Int(i) => Value::from(i),
            J::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
            J::Str(s) => Value::String(s),
            J::Arr(items) => Value::Array(items.into_iter().map(J::into_value).collect()),
            J::Obj(entries) => Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, v.into_value()))
                    .collect(),
            ),
        }
    }

    /// `json.dump(self, indent=2)` with Python's defaults (`ensure_ascii`, `", "`/`": "`).
    fn write_py(&self, out: &mut String, level: usize) {
        let newline = |out: &mut String, level: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', 2 * level));
        };
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Int(i) => {
                let _ = write!(out, "{i}");
            }
            J::Float(f) => out.push_str(&py_float_repr(*f)),
            J::Str(s) => push_json_str(s, out),
            J::Arr(items) if items.is_empty() => out.push_str("[]"),
            J::Obj(entries) if entries.is_empty() => out.push_str("{}"),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    item.write_py(out, level + 1);
                }
                newline(out, level);
                out.push(']');
            }
            J::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    push_json_str(k, out);
                    out.push_str(": ");
                    v.write_py(out, level + 1);
                }
                newline(out, level);
                out.push('}');
            }
        }
    }
}

/// A JSON string as Python's `json` writes it with `ensure_ascii=True`.
fn push_json_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------------------
// entry points

/// A file as `load_json` of score.py sees it.
enum Loaded<'a> {
    Value(&'a Value),
    Missing,
    Unreadable(String),
}

/// Score in memory: `(name, gold, prediction or None when missing)`, like [`score_dirs`] on
/// files with these contents: articles in name order, a gold key that is not an object skipped
/// with a warning, a missing or non-object prediction scored as empty with a warning.
pub(crate) fn score_values(items: &[(String, Value, Option<Value>)]) -> ScoreResult {
    let mut order: Vec<&(String, Value, Option<Value>)> = items.iter().collect();
    order.sort_by(|a, b| a.0.cmp(&b.0));
    let mut result = ScoreResult::default();
    for (name, gold, pred) in order {
        let pred = pred.as_ref().map_or(Loaded::Missing, Loaded::Value);
        result.score_one(name, gold, pred);
    }
    result
}

/// Score every `NAME.gold.json` in `gold_dir` against `NAME.json` in `pred_dir`, exactly as
/// score.py does (including its warnings for unreadable, missing or extra files). Fails only
/// when a directory cannot be listed (score.py would stop with a traceback); a missing
/// `pred_dir` scores every article as empty.
pub(crate) fn score_dirs(gold_dir: &Path, pred_dir: &Path) -> std::io::Result<ScoreResult> {
    const GOLD_EXT: &str = ".gold.json";
    let mut names: Vec<(String, std::ffi::OsString)> = Vec::new();
    for entry in std::fs::read_dir(gold_dir)? {
        let file_name = entry?.file_name();
        let shown = file_name.to_string_lossy().into_owned();
        if let Some(name) = shown.strip_suffix(GOLD_EXT) {
            names.push((name.to_owned(), file_name.clone()));
        }
    }
    names.sort();
    let mut result = ScoreResult::default();
    for (name, file_name) in &names {
        let gold_path = gold_dir.join(file_name);
        let gold = match load_json(&gold_path) {
            Ok(v) => v,
            Err(e) => {
                let why = match e {
                    LoadError::Missing => "missing".to_owned(),
                    LoadError::Unreadable(why) => format!("unreadable ({why})"),
                };
                result
                    .warnings
                    .push(format!("{name}{GOLD_EXT}: {why}; skipped"));
                continue;
            }
        };
        let pred = load_json(&pred_dir.join(format!("{name}.json")));
        let pred = match &pred {
            Ok(v) => Loaded::Value(v),
            Err(LoadError::Missing) => Loaded::Missing,
            Err(LoadError::Unreadable(why)) => Loaded::Unreadable(why.clone()),
        };
        result.score_one(name, &gold, pred);
    }
    if pred_dir.is_dir() {
        let gold_names: HashSet<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
        let mut extra = Vec::new();
        for entry in std::fs::read_dir(pred_dir)? {
            let file_name = entry?.file_name().to_string_lossy().into_owned();
            if file_name
                .strip_suffix(".json")
                .is_some_and(|stem| !gold_names.contains(stem))
            {
                extra.push(file_name);
            }
        }
        extra.sort();
        result.warnings.extend(
            extra
                .into_iter()
                .map(|f| format!("{f}: no gold key; ignored")),
        );
    }
    Ok(result)
}

// ---------------------------------------------------------------------------
// reading JSON files as score.py's load_json does

enum LoadError {
    Missing,
    Unreadable(String),
}

fn load_json(path: &Path) -> Result<Value, LoadError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(LoadError::Missing),
        Err(e) => return Err(LoadError::Unreadable(os_error_text(&e, path))),
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(e) => return Err(LoadError::Unreadable(utf8_error_text(&bytes, &e))),
    };
    parse_json(text).map_err(LoadError::Unreadable)
}

/// `str(OSError)`: `[Errno N] strerror: 'path'`.
fn os_error_text(e: &std::io::Error, path: &Path) -> String {
    let Some(code) = e.raw_os_error() else {
        return e.to_string();
    };
    let text = e.to_string();
    let suffix = format!(" (os error {code})");
    let strerror = text.strip_suffix(&suffix).unwrap_or(&text);
    let mut out = format!("[Errno {code}] {strerror}: ");
    push_str_repr(&path.to_string_lossy(), &mut out);
    out
}

/// `str(UnicodeDecodeError)` for a file that is not UTF-8.
fn utf8_error_text(bytes: &[u8], e: &std::str::Utf8Error) -> String {
    let start = e.valid_up_to();
    let (end, reason) = match e.error_len() {
        None => (bytes.len(), "unexpected end of data"),
        Some(len) => {
            let first = bytes.get(start).copied().unwrap_or(0);
            let invalid_start = matches!(first, 0x80..=0xc1 | 0xf5..=0xff);
            let reason = if len == 1 && invalid_start {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            (start + len, reason)
        }
    };
    if end <= start + 1 {
        let byte = bytes.get(start).copied().unwrap_or(0);
        format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    }
}

/// `json.loads(text)`, with Python's error message when it fails.
fn parse_json(text: &str) -> Result<Value, String> {
    if text.starts_with('\u{feff}') {
        return Err(py_json_message(
            text,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            0,
        ));
    }
    if nesting_depth(text) > MAX_JSON_DEPTH {
        return Err(format!("nesting deeper than {MAX_JSON_DEPTH} levels"));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let mut stream = de.into_iter::<Value>();
    let parsed = match stream.next() {
        Some(Ok(v)) => {
            let rest = text.get(stream.byte_offset()..).unwrap_or("");
            if rest.trim_start_matches([' ', '\t', '\n', '\r']).is_empty() {
                Ok(v)
            } else {
                Err("trailing characters".to_owned())
            }
        }
        Some(Err(e)) => Err(e.to_string()),
        None => Err("EOF while parsing a value".to_owned()),
    };
    parsed.map_err(|serde_message| py_json_error(text).unwrap_or(serde_message))
}

/// The deepest nesting of arrays and objects (a cheap scan, before any recursion).
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// `str(JSONDecodeError(msg, doc, pos))`.
fn py_json_message(doc: &str, msg: &str, pos: usize) -> String {
    let before: Vec<char> = doc.chars().take(pos).collect();
    let line = before.iter().filter(|&&c| c == '\n').count() + 1;
    let col = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    format!("{msg}: line {line} column {col} (char {pos})")
}

/// The message of the `JSONDecodeError` that CPython 3.11's `json.load` raises on a file
/// with this text, or `None` if it would read it. Follows the C scanner of `_json`; the file
/// is read with universal newlines, so `\r\n` and `\r` count as `\n`.
fn py_json_error(text: &str) -> Option<String> {
    let doc = text.replace("\r\n", "\n").replace('\r', "\n");
    let chars: Vec<char> = doc.chars().collect();
    let (msg, pos) = py_json_scan(&chars)?;
    Some(py_json_message(&doc, msg, pos))
}

fn py_json_scan(s: &[char]) -> Option<(&'static str, usize)> {
    let at = |i: usize| s.get(i).copied();
    let ws = |mut i: usize| {
        while matches!(at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    };
    let matches_word =
        |i: usize, word: &str| word.chars().enumerate().all(|(k, c)| at(i + k) == Some(c));
    // scanstring_unicode: `i` is just past the opening quote; returns the index past the closing one
    let scan_string = |mut end: usize| -> Result<usize, (&'static str, usize)> {
        let begin = end - 1;
        loop {
            let mut next = end;
            let mut c = None;
            while let Some(ch) = at(next) {
                if ch == '"' || ch == '\\' {
                    c = Some(ch);
                    break;
                }
                if u32::from(ch) <= 0x1f {
                    return Err(("Invalid control character at", next));
                }
                next += 1;
            }
            let Some(c) = c else {
                return Err(("Unterminated string starting at", begin));
            };
            next += 1;
            if c == '"' {
                return Ok(next);
            }
            let Some(esc) = at(next) else {
                return Err(("Unterminated string starting at", begin));
            };
            if esc != 'u' {
                end = next + 1;
                if !matches!(esc, '"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') {
                    return Err(("Invalid \\escape", end - 2));
                }
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= s.len() {
                return Err(("Invalid \\uXXXX escape", next - 1));
            }
            let hex = |from: usize, to: usize| -> Option<u32> {
                (from..to).try_fold(0u32, |acc, k| Some(acc * 16 + at(k)?.to_digit(16)?))
            };
            let Some(c1) = hex(next, end) else {
                return Err(("Invalid \\uXXXX escape", end - 5));
            };
            if (0xd800..=0xdbff).contains(&c1)
                && end + 6 < s.len()
                && at(end) == Some('\\')
                && at(end + 1) == Some('u')
            {
                let end2 = end + 6;
                let Some(c2) = hex(end + 2, end2) else {
                    return Err(("Invalid \\uXXXX escape", end2 - 5));
                };
                if (0xdc00..=0xdfff).contains(&c2) {
                    end = end2;
                }
            }
        }
    };
    // match_number: the index past a number starting at `i`, or None (StopIteration)
    let match_number = |start: usize| -> Option<usize> {
        let digit = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
        let end_idx = s.len().checked_sub(1)?;
        let mut idx = start;
        if at(idx) == Some('-') {
            idx += 1;
            if idx > end_idx {
                return None;
            }
        }
        match at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return None,
        }
        if idx < end_idx && at(idx) == Some('.') && digit(idx + 1) {
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if idx < end_idx && matches!(at(idx), Some('e' | 'E')) {
            let e_start = idx;
            idx += 1;
            if idx < end_idx && matches!(at(idx), Some('-' | '+')) {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if !digit(idx - 1) {
                idx = e_start;
            }
        }
        Some(idx)
    };
    // an object key and its ':' delimiter; returns the index of the value
    let key = |idx: usize| -> Result<usize, (&'static str, usize)> {
        if at(idx) != Some('"') {
            return Err(("Expecting property name enclosed in double quotes", idx));
        }
        let idx = ws(scan_string(idx + 1)?);
        if at(idx) != Some(':') {
            return Err(("Expecting ':' delimiter", idx));
        }
        Ok(ws(idx + 1))
    };
    let run = || -> Result<(), (&'static str, usize)> {
        #[derive(PartialEq)]
        enum Open {
            Array,
            Object,
        }
        let mut stack: Vec<Open> = Vec::new();
        let mut idx = ws(0);
        'value: loop {
            // scan_once at idx
            match at(idx) {
                None => return Err(("Expecting value", idx)),
                Some('"') => idx = scan_string(idx + 1)?,
                Some('{') => {
                    idx = ws(idx + 1);
                    if at(idx) == Some('}') {
                        idx += 1;
                    } else {
                        idx = key(idx)?;
                        stack.push(Open::Object);
                        continue 'value;
                    }
                }
                Some('[') => {
                    idx = ws(idx + 1);
                    if at(idx) == Some(']') {
                        idx += 1;
                    } else {
                        stack.push(Open::Array);
                        continue 'value;
                    }
                }
                Some(c) => {
                    let word = match c {
                        'n' => Some("null"),
                        't' => Some("true"),
                        'f' => Some("false"),
                        'N' => Some("NaN"),
                        'I' => Some("Infinity"),
                        '-' => Some("-Infinity"),
                        _ => None,
                    };
                    match word.filter(|w| matches_word(idx, w)) {
                        Some(w) => idx += w.len(),
                        None => idx = match_number(idx).ok_or(("Expecting value", idx))?,
                    }
                }
            }
            // a value ended at idx: close containers or go on to the next element
            loop {
                let close = match stack.last() {
                    None => {
                        let end = ws(idx);
                        return if end == s.len() {
                            Ok(())
                        } else {
                            Err(("Extra data", end))
                        };
                    }
                    Some(Open::Array) => ']',
                    Some(Open::Object) => '}',
                };
                idx = ws(idx);
                match at(idx) {
                    Some(c) if c == close => {
                        idx += 1;
                        stack.pop();
                    }
                    Some(',') => {
                        idx = ws(idx + 1);
                        if close == '}' {
                            idx = key(idx)?;
                        }
                        continue 'value;
                    }
                    _ => return Err(("Expecting ',' delimiter", idx)),
                }
            }
        }
    };
    run().err()
}

mod tables {
    // BEGIN GENERATED TABLES (gen_tables.py)
    // Generated by `python3 gen_tables.py` with Python 3.11.7 (Unicode 14.0.0). Do not edit by hand.

    /// Unicode version of the generated tables (Python's `unicodedata.unidata_version`).
    pub(crate) const UNICODE_VERSION: &str = "14.0.0";

    /// Inclusive ranges of code points whose general category is P*.
    #[rustfmt::skip]
    pub(crate) const PUNCT: &[(u32, u32)] = &[
        (0x21, 0x23), (0x25, 0x2a), (0x2c, 0x2f), (0x3a, 0x3b), (0x3f, 0x40), (0x5b, 0x5d),
        (0x5f, 0x5f), (0x7b, 0x7b), (0x7d, 0x7d), (0xa1, 0xa1), (0xa7, 0xa7), (0xab, 0xab),
        (0xb6, 0xb7), (0xbb, 0xbb), (0xbf, 0xbf), (0x37e, 0x37e), (0x387, 0x387), (0x55a, 0x55f),
        (0x589, 0x58a), (0x5be, 0x5be), (0x5c0, 0x5c0), (0x5c3, 0x5c3), (0x5c6, 0x5c6), (0x5f3, 0x5f4),
        (0x609, 0x60a), (0x60c, 0x60d), (0x61b, 0x61b), (0x61d, 0x61f), (0x66a, 0x66d), (0x6d4, 0x6d4),
        (0x700, 0x70d), (0x7f7, 0x7f9), (0x830, 0x83e), (0x85e, 0x85e), (0x964, 0x965), (0x970, 0x970),
        (0x9fd, 0x9fd), (0xa76, 0xa76), (0xaf0, 0xaf0), (0xc77, 0xc77), (0xc84, 0xc84), (0xdf4, 0xdf4),
        (0xe4f, 0xe4f), (0xe5a, 0xe5b), (0xf04, 0xf12), (0xf14, 0xf14), (0xf3a, 0xf3d), (0xf85, 0xf85),
        (0xfd0, 0xfd4), (0xfd9, 0xfda), (0x104a, 0x104f), (0x10fb, 0x10fb), (0x1360, 0x1368), (0x1400, 0x1400),
        (0x166e, 0x166e), (0x169b, 0x169c), (0x16eb, 0x16ed), (0x1735, 0x1736), (0x17d4, 0x17d6), (0x17d8, 0x17da),
        (0x1800, 0x180a), (0x1944, 0x1945), (0x1a1e, 0x1a1f), (0x1aa0, 0x1aa6), (0x1aa8, 0x1aad), (0x1b5a, 0x1b60),
        (0x1b7d, 0x1b7e), (0x1bfc, 0x1bff), (0x1c3b, 0x1c3f), (0x1c7e, 0x1c7f), (0x1cc0, 0x1cc7), (0x1cd3, 0x1cd3),
        (0x2010, 0x2027), (0x2030, 0x2043), (0x2045, 0x2051), (0x2053, 0x205e), (0x207d, 0x207e), (0x208d, 0x208e),
        (0x2308, 0x230b), (0x2329, 0x232a), (0x2768, 0x2775), (0x27c5, 0x27c6), (0x27e6, 0x27ef), (0x2983, 0x2998),
        (0x29d8, 0x29db), (0x29fc, 0x29fd), (0x2cf9, 0x2cfc), (0x2cfe, 0x2cff), (0x2d70, 0x2d70), (0x2e00, 0x2e2e),
        (0x2e30, 0x2e4f), (0x2e52, 0x2e5d), (0x3001, 0x3003), (0x3008, 0x3011), (0x3014, 0x301f), (0x3030, 0x3030),
        (0x303d, 0x303d), (0x30a0, 0x30a0), (0x30fb, 0x30fb), (0xa4fe, 0xa4ff), (0xa60d, 0xa60f), (0xa673, 0xa673),
        (0xa67e, 0xa67e), (0xa6f2, 0xa6f7), (0xa874, 0xa877), (0xa8ce, 0xa8cf), (0xa8f8, 0xa8fa), (0xa8fc, 0xa8fc),
        (0xa92e, 0xa92f), (0xa95f, 0xa95f), (0xa9c1, 0xa9cd), (0xa9de, 0xa9df), (0xaa5c, 0xaa5f), (0xaade, 0xaadf),
        (0xaaf0, 0xaaf1), (0xabeb, 0xabeb), (0xfd3e, 0xfd3f), (0xfe10, 0xfe19), (0xfe30, 0xfe52), (0xfe54, 0xfe61),
        (0xfe63, 0xfe63), (0xfe68, 0xfe68), (0xfe6a, 0xfe6b), (0xff01, 0xff03), (0xff05, 0xff0a), (0xff0c, 0xff0f),
        (0xff1a, 0xff1b), (0xff1f, 0xff20), (0xff3b, 0xff3d), (0xff3f, 0xff3f), (0xff5b, 0xff5b), (0xff5d, 0xff5d),
        (0xff5f, 0xff65), (0x10100, 0x10102), (0x1039f, 0x1039f), (0x103d0, 0x103d0), (0x1056f, 0x1056f), (0x10857, 0x10857),
        (0x1091f, 0x1091f), (0x1093f, 0x1093f), (0x10a50, 0x10a58), (0x10a7f, 0x10a7f), (0x10af0, 0x10af6), (0x10b39, 0x10b3f),
        (0x10b99, 0x10b9c), (0x10ead, 0x10ead), (0x10f55, 0x10f59), (0x10f86, 0x10f89), (0x11047, 0x1104d), (0x110bb, 0x110bc),
        (0x110be, 0x110c1), (0x11140, 0x11143), (0x11174, 0x11175), (0x111c5, 0x111c8), (0x111cd, 0x111cd), (0x111db, 0x111db),
        (0x111dd, 0x111df), (0x11238, 0x1123d), (0x112a9, 0x112a9), (0x1144b, 0x1144f), (0x1145a, 0x1145b), (0x1145d, 0x1145d),
        (0x114c6, 0x114c6), (0x115c1, 0x115d7), (0x11641, 0x11643), (0x11660, 0x1166c), (0x116b9, 0x116b9), (0x1173c, 0x1173e),
        (0x1183b, 0x1183b), (0x11944, 0x11946), (0x119e2, 0x119e2), (0x11a3f, 0x11a46), (0x11a9a, 0x11a9c), (0x11a9e, 0x11aa2),
        (0x11c41, 0x11c45), (0x11c70, 0x11c71), (0x11ef7, 0x11ef8), (0x11fff, 0x11fff), (0x12470, 0x12474), (0x12ff1, 0x12ff2),
        (0x16a6e, 0x16a6f), (0x16af5, 0x16af5), (0x16b37, 0x16b3b), (0x16b44, 0x16b44), (0x16e97, 0x16e9a), (0x16fe2, 0x16fe2),
        (0x1bc9f, 0x1bc9f), (0x1da87, 0x1da8b), (0x1e95e, 0x1e95f),
    ];

    /// Code points for which Python's `str.isspace()` is true.
    #[rustfmt::skip]
    pub(crate) const SPACE: &[u32] = &[
        0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20,
        0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
        0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    ];

    /// Inclusive ranges of code points for which Python's `str.isprintable()` is false.
    #[rustfmt::skip]
    pub(crate) const NONPRINTABLE: &[(u32, u32)] = &[
        (0x0, 0x1f), (0x7f, 0xa0), (0xad, 0xad), (0x378, 0x379), (0x380, 0x383), (0x38b, 0x38b),
        (0x38d, 0x38d), (0x3a2, 0x3a2), (0x530, 0x530), (0x557, 0x558), (0x58b, 0x58c), (0x590, 0x590),
        (0x5c8, 0x5cf), (0x5eb, 0x5ee), (0x5f5, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70e, 0x70f),
        (0x74b, 0x74c), (0x7b2, 0x7bf), (0x7fb, 0x7fc), (0x82e, 0x82f), (0x83f, 0x83f), (0x85c, 0x85d),
        (0x85f, 0x85f), (0x86b, 0x86f), (0x88f, 0x897), (0x8e2, 0x8e2), (0x984, 0x984), (0x98d, 0x98e),
        (0x991, 0x992), (0x9a9, 0x9a9), (0x9b1, 0x9b1), (0x9b3, 0x9b5), (0x9ba, 0x9bb), (0x9c5, 0x9c6),
        (0x9c9, 0x9ca), (0x9cf, 0x9d6), (0x9d8, 0x9db), (0x9de, 0x9de), (0x9e4, 0x9e5), (0x9ff, 0xa00),
        (0xa04, 0xa04), (0xa0b, 0xa0e), (0xa11, 0xa12), (0xa29, 0xa29), (0xa31, 0xa31), (0xa34, 0xa34),
        (0xa37, 0xa37), (0xa3a, 0xa3b), (0xa3d, 0xa3d), (0xa43, 0xa46), (0xa49, 0xa4a), (0xa4e, 0xa50),
        (0xa52, 0xa58), (0xa5d, 0xa5d), (0xa5f, 0xa65), (0xa77, 0xa80), (0xa84, 0xa84), (0xa8e, 0xa8e),
        (0xa92, 0xa92), (0xaa9, 0xaa9), (0xab1, 0xab1), (0xab4, 0xab4), (0xaba, 0xabb), (0xac6, 0xac6),
        (0xaca, 0xaca), (0xace, 0xacf), (0xad1, 0xadf), (0xae4, 0xae5), (0xaf2, 0xaf8), (0xb00, 0xb00),
        (0xb04, 0xb04), (0xb0d, 0xb0e), (0xb11, 0xb12), (0xb29, 0xb29), (0xb31, 0xb31), (0xb34, 0xb34),
        (0xb3a, 0xb3b), (0xb45, 0xb46), (0xb49, 0xb4a), (0xb4e, 0xb54), (0xb58, 0xb5b), (0xb5e, 0xb5e),
        (0xb64, 0xb65), (0xb78, 0xb81), (0xb84, 0xb84), (0xb8b, 0xb8d), (0xb91, 0xb91), (0xb96, 0xb98),
        (0xb9b, 0xb9b), (0xb9d, 0xb9d), (0xba0, 0xba2), (0xba5, 0xba7), (0xbab, 0xbad), (0xbba, 0xbbd),
        (0xbc3, 0xbc5), (0xbc9, 0xbc9), (0xbce, 0xbcf), (0xbd1, 0xbd6), (0xbd8, 0xbe5), (0xbfb, 0xbff),
        (0xc0d, 0xc0d), (0xc11, 0xc11), (0xc29, 0xc29), (0xc3a, 0xc3b), (0xc45, 0xc45), (0xc49, 0xc49),
        (0xc4e, 0xc54), (0xc57, 0xc57), (0xc5b, 0xc5c), (0xc5e, 0xc5f), (0xc64, 0xc65), (0xc70, 0xc76),
        (0xc8d, 0xc8d), (0xc91, 0xc91), (0xca9, 0xca9), (0xcb4, 0xcb4), (0xcba, 0xcbb), (0xcc5, 0xcc5),
        (0xcc9, 0xcc9), (0xcce, 0xcd4), (0xcd7, 0xcdc), (0xcdf, 0xcdf), (0xce4, 0xce5), (0xcf0, 0xcf0),
        (0xcf3, 0xcff), (0xd0d, 0xd0d), (0xd11, 0xd11), (0xd45, 0xd45), (0xd49, 0xd49), (0xd50, 0xd53),
        (0xd64, 0xd65), (0xd80, 0xd80), (0xd84, 0xd84), (0xd97, 0xd99), (0xdb2, 0xdb2), (0xdbc, 0xdbc),
        (0xdbe, 0xdbf), (0xdc7, 0xdc9), (0xdcb, 0xdce), (0xdd5, 0xdd5), (0xdd7, 0xdd7), (0xde0, 0xde5),
        (0xdf0, 0xdf1), (0xdf5, 0xe00), (0xe3b, 0xe3e), (0xe5c, 0xe80), (0xe83, 0xe83), (0xe85, 0xe85),
        (0xe8b, 0xe8b), (0xea4, 0xea4), (0xea6, 0xea6), (0xebe, 0xebf), (0xec5, 0xec5), (0xec7, 0xec7),
        (0xece, 0xecf), (0xeda, 0xedb), (0xee0, 0xeff), (0xf48, 0xf48), (0xf6d, 0xf70), (0xf98, 0xf98),
        (0xfbd, 0xfbd), (0xfcd, 0xfcd), (0xfdb, 0xfff), (0x10c6, 0x10c6), (0x10c8, 0x10cc), (0x10ce, 0x10cf),
        (0x1249, 0x1249), (0x124e, 0x124f), (0x1257, 0x1257), (0x1259, 0x1259), (0x125e, 0x125f), (0x1289, 0x1289),
        (0x128e, 0x128f), (0x12b1, 0x12b1), (0x12b6, 0x12b7), (0x12bf, 0x12bf), (0x12c1, 0x12c1), (0x12c6, 0x12c7),
        (0x12d7, 0x12d7), (0x1311, 0x1311), (0x1316, 0x1317), (0x135b, 0x135c), (0x137d, 0x137f), (0x139a, 0x139f),
        (0x13f6, 0x13f7), (0x13fe, 0x13ff), (0x1680, 0x1680), (0x169d, 0x169f), (0x16f9, 0x16ff), (0x1716, 0x171e),
        (0x1737, 0x173f), (0x1754, 0x175f), (0x176d, 0x176d), (0x1771, 0x1771), (0x1774, 0x177f), (0x17de, 0x17df),
        (0x17ea, 0x17ef), (0x17fa, 0x17ff), (0x180e, 0x180e), (0x181a, 0x181f), (0x1879, 0x187f), (0x18ab, 0x18af),
        (0x18f6, 0x18ff), (0x191f, 0x191f), (0x192c, 0x192f), (0x193c, 0x193f), (0x1941, 0x1943), (0x196e, 0x196f),
        (0x1975, 0x197f), (0x19ac, 0x19af), (0x19ca, 0x19cf), (0x19db, 0x19dd), (0x1a1c, 0x1a1d), (0x1a5f, 0x1a5f),
        (0x1a7d, 0x1a7e), (0x1a8a, 0x1a8f), (0x1a9a, 0x1a9f), (0x1aae, 0x1aaf), (0x1acf, 0x1aff), (0x1b4d, 0x1b4f),
        (0x1b7f, 0x1b7f), (0x1bf4, 0x1bfb), (0x1c38, 0x1c3a), (0x1c4a, 0x1c4c), (0x1c89, 0x1c8f), (0x1cbb, 0x1cbc),
        (0x1cc8, 0x1ccf), (0x1cfb, 0x1cff), (0x1f16, 0x1f17), (0x1f1e, 0x1f1f), (0x1f46, 0x1f47), (0x1f4e, 0x1f4f),
        (0x1f58, 0x1f58), (0x1f5a, 0x1f5a), (0x1f5c, 0x1f5c), (0x1f5e, 0x1f5e), (0x1f7e, 0x1f7f), (0x1fb5, 0x1fb5),
        (0x1fc5, 0x1fc5), (0x1fd4, 0x1fd5), (0x1fdc, 0x1fdc), (0x1ff0, 0x1ff1), (0x1ff5, 0x1ff5), (0x1fff, 0x200f),
        (0x2028, 0x202f), (0x205f, 0x206f), (0x2072, 0x2073), (0x208f, 0x208f), (0x209d, 0x209f), (0x20c1, 0x20cf),
        (0x20f1, 0x20ff), (0x218c, 0x218f), (0x2427, 0x243f), (0x244b, 0x245f), (0x2b74, 0x2b75), (0x2b96, 0x2b96),
        (0x2cf4, 0x2cf8), (0x2d26, 0x2d26), (0x2d28, 0x2d2c), (0x2d2e, 0x2d2f), (0x2d68, 0x2d6e), (0x2d71, 0x2d7e),
        (0x2d97, 0x2d9f), (0x2da7, 0x2da7), (0x2daf, 0x2daf), (0x2db7, 0x2db7), (0x2dbf, 0x2dbf), (0x2dc7, 0x2dc7),
        (0x2dcf, 0x2dcf), (0x2dd7, 0x2dd7), (0x2ddf, 0x2ddf), (0x2e5e, 0x2e7f), (0x2e9a, 0x2e9a), (0x2ef4, 0x2eff),
        (0x2fd6, 0x2fef), (0x2ffc, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130),
        (0x318f, 0x318f), (0x31e4, 0x31ef), (0x321f, 0x321f), (0xa48d, 0xa48f), (0xa4c7, 0xa4cf), (0xa62c, 0xa63f),
        (0xa6f8, 0xa6ff), (0xa7cb, 0xa7cf), (0xa7d2, 0xa7d2), (0xa7d4, 0xa7d4), (0xa7da, 0xa7f1), (0xa82d, 0xa82f),
        (0xa83a, 0xa83f), (0xa878, 0xa87f), (0xa8c6, 0xa8cd), (0xa8da, 0xa8df), (0xa954, 0xa95e), (0xa97d, 0xa97f),
        (0xa9ce, 0xa9ce), (0xa9da, 0xa9dd), (0xa9ff, 0xa9ff), (0xaa37, 0xaa3f), (0xaa4e, 0xaa4f), (0xaa5a, 0xaa5b),
        (0xaac3, 0xaada), (0xaaf7, 0xab00), (0xab07, 0xab08), (0xab0f, 0xab10), (0xab17, 0xab1f), (0xab27, 0xab27),
        (0xab2f, 0xab2f), (0xab6c, 0xab6f), (0xabee, 0xabef), (0xabfa, 0xabff), (0xd7a4, 0xd7af), (0xd7c7, 0xd7ca),
        (0xd7fc, 0xf8ff), (0xfa6e, 0xfa6f), (0xfada, 0xfaff), (0xfb07, 0xfb12), (0xfb18, 0xfb1c), (0xfb37, 0xfb37),
        (0xfb3d, 0xfb3d), (0xfb3f, 0xfb3f), (0xfb42, 0xfb42), (0xfb45, 0xfb45), (0xfbc3, 0xfbd2), (0xfd90, 0xfd91),
        (0xfdc8, 0xfdce), (0xfdd0, 0xfdef), (0xfe1a, 0xfe1f), (0xfe53, 0xfe53), (0xfe67, 0xfe67), (0xfe6c, 0xfe6f),
        (0xfe75, 0xfe75), (0xfefd, 0xff00), (0xffbf, 0xffc1), (0xffc8, 0xffc9), (0xffd0, 0xffd1), (0xffd8, 0xffd9),
        (0xffdd, 0xffdf), (0xffe7, 0xffe7), (0xffef, 0xfffb), (0xfffe, 0xffff), (0x1000c, 0x1000c), (0x10027, 0x10027),
        (0x1003b, 0x1003b), (0x1003e, 0x1003e), (0x1004e, 0x1004f), (0x1005e, 0x1007f), (0x100fb, 0x100ff), (0x10103, 0x10106),
        (0x10134, 0x10136), (0x1018f, 0x1018f), (0x1019d, 0x1019f), (0x101a1, 0x101cf), (0x101fe, 0x1027f), (0x1029d, 0x1029f),
        (0x102d1, 0x102df), (0x102fc, 0x102ff), (0x10324, 0x1032c), (0x1034b, 0x1034f), (0x1037b, 0x1037f), (0x1039e, 0x1039e),
        (0x103c4, 0x103c7), (0x103d6, 0x103ff), (0x1049e, 0x1049f), (0x104aa, 0x104af), (0x104d4, 0x104d7), (0x104fc, 0x104ff),
        (0x10528, 0x1052f), (0x10564, 0x1056e), (0x1057b, 0x1057b), (0x1058b, 0x1058b), (0x10593, 0x10593), (0x10596, 0x10596),
        (0x105a2, 0x105a2), (0x105b2, 0x105b2), (0x105ba, 0x105ba), (0x105bd, 0x105ff), (0x10737, 0x1073f), (0x10756, 0x1075f),
        (0x10768, 0x1077f), (0x10786, 0x10786), (0x107b1, 0x107b1), (0x107bb, 0x107ff), (0x10806, 0x10807), (0x10809, 0x10809),
        (0x10836, 0x10836), (0x10839, 0x1083b), (0x1083d, 0x1083e), (0x10856, 0x10856), (0x1089f, 0x108a6), (0x108b0, 0x108df),
        (0x108f3, 0x108f3), (0x108f6, 0x108fa), (0x1091c, 0x1091e), (0x1093a, 0x1093e), (0x10940, 0x1097f), (0x109b8, 0x109bb),
        (0x109d0, 0x109d1), (0x10a04, 0x10a04), (0x10a07, 0x10a0b), (0x10a14, 0x10a14), (0x10a18, 0x10a18), (0x10a36, 0x10a37),
        (0x10a3b, 0x10a3e), (0x10a49, 0x10a4f), (0x10a59, 0x10a5f), (0x10aa0, 0x10abf), (0x10ae7, 0x10aea), (0x10af7, 0x10aff),
        (0x10b36, 0x10b38), (0x10b56, 0x10b57), (0x10b73, 0x10b77), (0x10b92, 0x10b98), (0x10b9d, 0x10ba8), (0x10bb0, 0x10bff),
        (0x10c49, 0x10c7f), (0x10cb3, 0x10cbf), (0x10cf3, 0x10cf9), (0x10d28, 0x10d2f), (0x10d3a, 0x10e5f), (0x10e7f, 0x10e7f),
        (0x10eaa, 0x10eaa), (0x10eae, 0x10eaf), (0x10eb2, 0x10eff), (0x10f28, 0x10f2f), (0x10f5a, 0x10f6f), (0x10f8a, 0x10faf),
        (0x10fcc, 0x10fdf), (0x10ff7, 0x10fff), (0x1104e, 0x11051), (0x11076, 0x1107e), (0x110bd, 0x110bd), (0x110c3, 0x110cf),
        (0x110e9, 0x110ef), (0x110fa, 0x110ff), (0x11135, 0x11135), (0x11148, 0x1114f), (0x11177, 0x1117f), (0x111e0, 0x111e0),
        (0x111f5, 0x111ff), (0x11212, 0x11212), (0x1123f, 0x1127f), (0x11287, 0x11287), (0x11289, 0x11289), (0x1128e, 0x1128e),
        (0x1129e, 0x1129e), (0x112aa, 0x112af), (0x112eb, 0x112ef), (0x112fa, 0x112ff), (0x11304, 0x11304), (0x1130d, 0x1130e),
        (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133a, 0x1133a), (0x11345, 0x11346),
        (0x11349, 0x1134a), (0x1134e, 0x1134f), (0x11351, 0x11356), (0x11358, 0x1135c), (0x11364, 0x11365), (0x1136d, 0x1136f),
        (0x11375, 0x113ff), (0x1145c, 0x1145c), (0x11462, 0x1147f), (0x114c8, 0x114cf), (0x114da, 0x1157f), (0x115b6, 0x115b7),
        (0x115de, 0x115ff), (0x11645, 0x1164f), (0x1165a, 0x1165f), (0x1166d, 0x1167f), (0x116ba, 0x116bf), (0x116ca, 0x116ff),
        (0x1171b, 0x1171c), (0x1172c, 0x1172f), (0x11747, 0x117ff), (0x1183c, 0x1189f), (0x118f3, 0x118fe), (0x11907, 0x11908),
        (0x1190a, 0x1190b), (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193a), (0x11947, 0x1194f),
        (0x1195a, 0x1199f), (0x119a8, 0x119a9), (0x119d8, 0x119d9), (0x119e5, 0x119ff), (0x11a48, 0x11a4f), (0x11aa3, 0x11aaf),
        (0x11af9, 0x11bff), (0x11c09, 0x11c09), (0x11c37, 0x11c37), (0x11c46, 0x11c4f), (0x11c6d, 0x11c6f), (0x11c90, 0x11c91),
        (0x11ca8, 0x11ca8), (0x11cb7, 0x11cff), (0x11d07, 0x11d07), (0x11d0a, 0x11d0a), (0x11d37, 0x11d39), (0x11d3b, 0x11d3b),
        (0x11d3e, 0x11d3e), (0x11d48, 0x11d4f), (0x11d5a, 0x11d5f), (0x11d66, 0x11d66), (0x11d69, 0x11d69), (0x11d8f, 0x11d8f),
        (0x11d92, 0x11d92), (0x11d99, 0x11d9f), (0x11daa, 0x11edf), (0x11ef9, 0x11faf), (0x11fb1, 0x11fbf), (0x11ff2, 0x11ffe),
        (0x1239a, 0x123ff), (0x1246f, 0x1246f), (0x12475, 0x1247f), (0x12544, 0x12f8f), (0x12ff3, 0x12fff), (0x1342f, 0x143ff),
        (0x14647, 0x167ff), (0x16a39, 0x16a3f), (0x16a5f, 0x16a5f), (0x16a6a, 0x16a6d), (0x16abf, 0x16abf), (0x16aca, 0x16acf),
        (0x16aee, 0x16aef), (0x16af6, 0x16aff), (0x16b46, 0x16b4f), (0x16b5a, 0x16b5a), (0x16b62, 0x16b62), (0x16b78, 0x16b7c),
        (0x16b90, 0x16e3f), (0x16e9b, 0x16eff), (0x16f4b, 0x16f4e), (0x16f88, 0x16f8e), (0x16fa0, 0x16fdf), (0x16fe5, 0x16fef),
        (0x16ff2, 0x16fff), (0x187f8, 0x187ff), (0x18cd6, 0x18cff), (0x18d09, 0x1afef), (0x1aff4, 0x1aff4), (0x1affc, 0x1affc),
        (0x1afff, 0x1afff), (0x1b123, 0x1b14f), (0x1b153, 0x1b163), (0x1b168, 0x1b16f), (0x1b2fc, 0x1bbff), (0x1bc6b, 0x1bc6f),
        (0x1bc7d, 0x1bc7f), (0x1bc89, 0x1bc8f), (0x1bc9a, 0x1bc9b), (0x1bca0, 0x1ceff), (0x1cf2e, 0x1cf2f), (0x1cf47, 0x1cf4f),
        (0x1cfc4, 0x1cfff), (0x1d0f6, 0x1d0ff), (0x1d127, 0x1d128), (0x1d173, 0x1d17a), (0x1d1eb, 0x1d1ff), (0x1d246, 0x1d2df),
        (0x1d2f4, 0x1d2ff), (0x1d357, 0x1d35f), (0x1d379, 0x1d3ff), (0x1d455, 0x1d455), (0x1d49d, 0x1d49d), (0x1d4a0, 0x1d4a1),
        (0x1d4a3, 0x1d4a4), (0x1d4a7, 0x1d4a8), (0x1d4ad, 0x1d4ad), (0x1d4ba, 0x1d4ba), (0x1d4bc, 0x1d4bc), (0x1d4c4, 0x1d4c4),
        (0x1d506, 0x1d506), (0x1d50b, 0x1d50c), (0x1d515, 0x1d515), (0x1d51d, 0x1d51d), (0x1d53a, 0x1d53a), (0x1d53f, 0x1d53f),
        (0x1d545, 0x1d545), (0x1d547, 0x1d549), (0x1d551, 0x1d551), (0x1d6a6, 0x1d6a7), (0x1d7cc, 0x1d7cd), (0x1da8c, 0x1da9a),
        (0x1daa0, 0x1daa0), (0x1dab0, 0x1deff), (0x1df1f, 0x1dfff), (0x1e007, 0x1e007), (0x1e019, 0x1e01a), (0x1e022, 0x1e022),
        (0x1e025, 0x1e025), (0x1e02b, 0x1e0ff), (0x1e12d, 0x1e12f), (0x1e13e, 0x1e13f), (0x1e14a, 0x1e14d), (0x1e150, 0x1e28f),
        (0x1e2af, 0x1e2bf), (0x1e2fa, 0x1e2fe), (0x1e300, 0x1e7df), (0x1e7e7, 0x1e7e7), (0x1e7ec, 0x1e7ec), (0x1e7ef, 0x1e7ef),
        (0x1e7ff, 0x1e7ff), (0x1e8c5, 0x1e8c6), (0x1e8d7, 0x1e8ff), (0x1e94c, 0x1e94f), (0x1e95a, 0x1e95d), (0x1e960, 0x1ec70),
        (0x1ecb5, 0x1ed00), (0x1ed3e, 0x1edff), (0x1ee04, 0x1ee04), (0x1ee20, 0x1ee20), (0x1ee23, 0x1ee23), (0x1ee25, 0x1ee26),
        (0x1ee28, 0x1ee28), (0x1ee33, 0x1ee33), (0x1ee38, 0x1ee38), (0x1ee3a, 0x1ee3a), (0x1ee3c, 0x1ee41), (0x1ee43, 0x1ee46),
        (0x1ee48, 0x1ee48), (0x1ee4a, 0x1ee4a), (0x1ee4c, 0x1ee4c), (0x1ee50, 0x1ee50), (0x1ee53, 0x1ee53), (0x1ee55, 0x1ee56),
        (0x1ee58, 0x1ee58), (0x1ee5a, 0x1ee5a), (0x1ee5c, 0x1ee5c), (0x1ee5e, 0x1ee5e), (0x1ee60, 0x1ee60), (0x1ee63, 0x1ee63),
        (0x1ee65, 0x1ee66), (0x1ee6b, 0x1ee6b), (0x1ee73, 0x1ee73), (0x1ee78, 0x1ee78), (0x1ee7d, 0x1ee7d), (0x1ee7f, 0x1ee7f),
        (0x1ee8a, 0x1ee8a), (0x1ee9c, 0x1eea0), (0x1eea4, 0x1eea4), (0x1eeaa, 0x1eeaa), (0x1eebc, 0x1eeef), (0x1eef2, 0x1efff),
        (0x1f02c, 0x1f02f), (0x1f094, 0x1f09f), (0x1f0af, 0x1f0b0), (0x1f0c0, 0x1f0c0), (0x1f0d0, 0x1f0d0), (0x1f0f6, 0x1f0ff),
        (0x1f1ae, 0x1f1e5), (0x1f203, 0x1f20f), (0x1f23c, 0x1f23f), (0x1f249, 0x1f24f), (0x1f252, 0x1f25f), (0x1f266, 0x1f2ff),
        (0x1f6d8, 0x1f6dc), (0x1f6ed, 0x1f6ef), (0x1f6fd, 0x1f6ff), (0x1f774, 0x1f77f), (0x1f7d9, 0x1f7df), (0x1f7ec, 0x1f7ef),
        (0x1f7f1, 0x1f7ff), (0x1f80c, 0x1f80f), (0x1f848, 0x1f84f), (0x1f85a, 0x1f85f), (0x1f888, 0x1f88f), (0x1f8ae, 0x1f8af),
        (0x1f8b2, 0x1f8ff), (0x1fa54, 0x1fa5f), (0x1fa6e, 0x1fa6f), (0x1fa75, 0x1fa77), (0x1fa7d, 0x1fa7f), (0x1fa87, 0x1fa8f),
        (0x1faad, 0x1faaf), (0x1fabb, 0x1fabf), (0x1fac6, 0x1facf), (0x1fada, 0x1fadf), (0x1fae8, 0x1faef), (0x1faf7, 0x1faff),
        (0x1fb93, 0x1fb93), (0x1fbcb, 0x1fbef), (0x1fbfa, 0x1ffff), (0x2a6e0, 0x2a6ff), (0x2b739, 0x2b73f), (0x2b81e, 0x2b81f),
        (0x2cea2, 0x2ceaf), (0x2ebe1, 0x2f7ff), (0x2fa1e, 0x2ffff), (0x3134b, 0xe00ff), (0xe01f0, 0x10ffff),
    ];

    /// First code point (the digit 0) of each run of ten Unicode decimal digits (Nd).
    #[rustfmt::skip]
    pub(crate) const DECIMAL: &[u32] = &[
        0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6,
        0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
        0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
        0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
        0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
        0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
        0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
    ];

    /// One-to-one case foldings: (first, last, stride, delta): every `c` in
    /// `first..=last` with `(c - first) % stride == 0` folds to `c + delta`.
    #[rustfmt::skip]
    pub(crate) const FOLD_RUNS: &[(u32, u32, u32, i32)] = &[
        (0x41, 0x5a, 1, 32), (0xb5, 0xb5, 1, 775), (0xc0, 0xd6, 1, 32), (0xd8, 0xde, 1, 32),
        (0x100, 0x12e, 2, 1), (0x132, 0x136, 2, 1), (0x139, 0x147, 2, 1), (0x14a, 0x176, 2, 1),
        (0x178, 0x178, 1, -121), (0x179, 0x17d, 2, 1), (0x17f, 0x17f, 1, -268), (0x181, 0x181, 1, 210),
        (0x182, 0x184, 2, 1), (0x186, 0x186, 1, 206), (0x187, 0x187, 1, 1), (0x189, 0x18a, 1, 205),
        (0x18b, 0x18b, 1, 1), (0x18e, 0x18e, 1, 79), (0x18f, 0x18f, 1, 202), (0x190, 0x190, 1, 203),
        (0x191, 0x191, 1, 1), (0x193, 0x193, 1, 205), (0x194, 0x194, 1, 207), (0x196, 0x196, 1, 211),
        (0x197, 0x197, 1, 209), (0x198, 0x198, 1, 1), (0x19c, 0x19c, 1, 211), (0x19d, 0x19d, 1, 213),
        (0x19f, 0x19f, 1, 214), (0x1a0, 0x1a4, 2, 1), (0x1a6, 0x1a6, 1, 218), (0x1a7, 0x1a7, 1, 1),
        (0x1a9, 0x1a9, 1, 218), (0x1ac, 0x1ac, 1, 1), (0x1ae, 0x1ae, 1, 218), (0x1af, 0x1af, 1, 1),
        (0x1b1, 0x1b2, 1, 217), (0x1b3, 0x1b5, 2, 1), (0x1b7, 0x1b7, 1, 219), (0x1b8, 0x1b8, 1, 1),
        (0x1bc, 0x1bc, 1, 1), (0x1c4, 0x1c4, 1, 2), (0x1c5, 0x1c5, 1, 1), (0x1c7, 0x1c7, 1, 2),
        (0x1c8, 0x1c8, 1, 1), (0x1ca, 0x1ca, 1, 2), (0x1cb, 0x1db, 2, 1), (0x1de, 0x1ee, 2, 1),
        (0x1f1, 0x1f1, 1, 2), (0x1f2, 0x1f4, 2, 1), (0x1f6, 0x1f6, 1, -97), (0x1f7, 0x1f7, 1, -56),
        (0x1f8, 0x21e, 2, 1), (0x220, 0x220, 1, -130), (0x222, 0x232, 2, 1), (0x23a, 0x23a, 1, 10795),
        (0x23b, 0x23b, 1, 1), (0x23d, 0x23d, 1, -163), (0x23e, 0x23e, 1, 10792), (0x241, 0x241, 1, 1),
        (0x243, 0x243, 1, -195), (0x244, 0x244, 1, 69), (0x245, 0x245, 1, 71), (0x246, 0x24e, 2, 1),
        (0x345, 0x345, 1, 116), (0x370, 0x372, 2, 1), (0x376, 0x376, 1, 1), (0x37f, 0x37f, 1, 116),
        (0x386, 0x386, 1, 38), (0x388, 0x38a, 1, 37), (0x38c, 0x38c, 1, 64), (0x38e, 0x38f, 1, 63),
        (0x391, 0x3a1, 1, 32), (0x3a3, 0x3ab, 1, 32), (0x3c2, 0x3c2, 1, 1), (0x3cf, 0x3cf, 1, 8),
        (0x3d0, 0x3d0, 1, -30), (0x3d1, 0x3d1, 1, -25), (0x3d5, 0x3d5, 1, -15), (0x3d6, 0x3d6, 1, -22),
        (0x3d8, 0x3ee, 2, 1), (0x3f0, 0x3f0, 1, -54), (0x3f1, 0x3f1, 1, -48), (0x3f4, 0x3f4, 1, -60),
        (0x3f5, 0x3f5, 1, -64), (0x3f7, 0x3f7, 1, 1), (0x3f9, 0x3f9, 1, -7), (0x3fa, 0x3fa, 1, 1),
        (0x3fd, 0x3ff, 1, -130), (0x400, 0x40f, 1, 80), (0x410, 0x42f, 1, 32), (0x460, 0x480, 2, 1),
        (0x48a, 0x4be, 2, 1), (0x4c0, 0x4c0, 1, 15), (0x4c1, 0x4cd, 2, 1), (0x4d0, 0x52e, 2, 1),
        (0x531, 0x556, 1, 48), (0x10a0, 0x10c5, 1, 7264), (0x10c7, 0x10c7, 1, 7264), (0x10cd, 0x10cd, 1, 7264),
        (0x13f8, 0x13fd, 1, -8), (0x1c80, 0x1c80, 1, -6222), (0x1c81, 0x1c81, 1, -6221), (0x1c82, 0x1c82, 1, -6212),
        (0x1c83, 0x1c84, 1, -6210), (0x1c85, 0x1c85, 1, -6211), (0x1c86, 0x1c86, 1, -6204), (0x1c87, 0x1c87, 1, -6180),
        (0x1c88, 0x1c88, 1, 35267), (0x1c90, 0x1cba, 1, -3008), (0x1cbd, 0x1cbf, 1, -3008), (0x1e00, 0x1e94, 2, 1),
        (0x1e9b, 0x1e9b, 1, -58), (0x1ea0, 0x1efe, 2, 1), (0x1f08, 0x1f0f, 1, -8), (0x1f18, 0x1f1d, 1, -8),
        (0x1f28, 0x1f2f, 1, -8), (0x1f38, 0x1f3f, 1, -8), (0x1f48, 0x1f4d, 1, -8), (0x1f59, 0x1f5f, 2, -8),
        (0x1f68, 0x1f6f, 1, -8), (0x1fb8, 0x1fb9, 1, -8), (0x1fba, 0x1fbb, 1, -74), (0x1fbe, 0x1fbe, 1, -7173),
        (0x1fc8, 0x1fcb, 1, -86), (0x1fd8, 0x1fd9, 1, -8), (0x1fda, 0x1fdb, 1, -100), (0x1fe8, 0x1fe9, 1, -8),
        (0x1fea, 0x1feb, 1, -112), (0x1fec, 0x1fec, 1, -7), (0x1ff8, 0x1ff9, 1, -128), (0x1ffa, 0x1ffb, 1, -126),
        (0x2126, 0x2126, 1, -7517), (0x212a, 0x212a, 1, -8383), (0x212b, 0x212b, 1, -8262), (0x2132, 0x2132, 1, 28),
        (0x2160, 0x216f, 1, 16), (0x2183, 0x2183, 1, 1), (0x24b6, 0x24cf, 1, 26), (0x2c00, 0x2c2f, 1, 48),
        (0x2c60, 0x2c60, 1, 1), (0x2c62, 0x2c62, 1, -10743), (0x2c63, 0x2c63, 1, -3814), (0x2c64, 0x2c64, 1, -10727),
        (0x2c67, 0x2c6b, 2, 1), (0x2c6d, 0x2c6d, 1, -10780), (0x2c6e, 0x2c6e, 1, -10749), (0x2c6f, 0x2c6f, 1, -10783),
        (0x2c70, 0x2c70, 1, -10782), (0x2c72, 0x2c72, 1, 1), (0x2c75, 0x2c75, 1, 1), (0x2c7e, 0x2c7f, 1, -10815),
        (0x2c80, 0x2ce2, 2, 1), (0x2ceb, 0x2ced, 2, 1), (0x2cf2, 0x2cf2, 1, 1), (0xa640, 0xa66c, 2, 1),
        (0xa680, 0xa69a, 2, 1), (0xa722, 0xa72e, 2, 1), (0xa732, 0xa76e, 2, 1), (0xa779, 0xa77b, 2, 1),
        (0xa77d, 0xa77d, 1, -35332), (0xa77e, 0xa786, 2, 1), (0xa78b, 0xa78b, 1, 1), (0xa78d, 0xa78d, 1, -42280),
        (0xa790, 0xa792, 2, 1), (0xa796, 0xa7a8, 2, 1), (0xa7aa, 0xa7aa, 1, -42308), (0xa7ab, 0xa7ab, 1, -42319),
        (0xa7ac, 0xa7ac, 1, -42315), (0xa7ad, 0xa7ad, 1, -42305), (0xa7ae, 0xa7ae, 1, -42308), (0xa7b0, 0xa7b0, 1, -42258),
        (0xa7b1, 0xa7b1, 1, -42282), (0xa7b2, 0xa7b2, 1, -42261), (0xa7b3, 0xa7b3, 1, 928), (0xa7b4, 0xa7c2, 2, 1),
        (0xa7c4, 0xa7c4, 1, -48), (0xa7c5, 0xa7c5, 1, -42307), (0xa7c6, 0xa7c6, 1, -35384), (0xa7c7, 0xa7c9, 2, 1),
        (0xa7d0, 0xa7d0, 1, 1), (0xa7d6, 0xa7d8, 2, 1), (0xa7f5, 0xa7f5, 1, 1), (0xab70, 0xabbf, 1, -38864),
        (0xff21, 0xff3a, 1, 32), (0x10400, 0x10427, 1, 40), (0x104b0, 0x104d3, 1, 40), (0x10570, 0x1057a, 1, 39),
        (0x1057c, 0x1058a, 1, 39), (0x1058c, 0x10592, 1, 39), (0x10594, 0x10595, 1, 39), (0x10c80, 0x10cb2, 1, 64),
        (0x118a0, 0x118bf, 1, 32), (0x16e40, 0x16e5f, 1, 32), (0x1e900, 0x1e921, 1, 34),
    ];

    /// One-to-many case foldings (full case folding), sorted by code point.
    #[rustfmt::skip]
    pub(crate) const FOLD_MULTI: &[(u32, &str)] = &[
        (0xdf, "\u{73}\u{73}"), (0x130, "\u{69}\u{307}"), (0x149, "\u{2bc}\u{6e}"),
        (0x1f0, "\u{6a}\u{30c}"), (0x390, "\u{3b9}\u{308}\u{301}"), (0x3b0, "\u{3c5}\u{308}\u{301}"),
        (0x587, "\u{565}\u{582}"), (0x1e96, "\u{68}\u{331}"), (0x1e97, "\u{74}\u{308}"),
        (0x1e98, "\u{77}\u{30a}"), (0x1e99, "\u{79}\u{30a}"), (0x1e9a, "\u{61}\u{2be}"),
        (0x1e9e, "\u{73}\u{73}"), (0x1f50, "\u{3c5}\u{313}"), (0x1f52, "\u{3c5}\u{313}\u{300}"),
        (0x1f54, "\u{3c5}\u{313}\u{301}"), (0x1f56, "\u{3c5}\u{313}\u{342}"), (0x1f80, "\u{1f00}\u{3b9}"),
        (0x1f81, "\u{1f01}\u{3b9}"), (0x1f82, "\u{1f02}\u{3b9}"), (0x1f83, "\u{1f03}\u{3b9}"),
        (0x1f84, "\u{1f04}\u{3b9}"), (0x1f85, "\u{1f05}\u{3b9}"), (0x1f86, "\u{1f06}\u{3b9}"),
        (0x1f87, "\u{1f07}\u{3b9}"), (0x1f88, "\u{1f00}\u{3b9}"), (0x1f89, "\u{1f01}\u{3b9}"),
        (0x1f8a, "\u{1f02}\u{3b9}"), (0x1f8b, "\u{1f03}\u{3b9}"), (0x1f8c, "\u{1f04}\u{3b9}"),
        (0x1f8d, "\u{1f05}\u{3b9}"), (0x1f8e, "\u{1f06}\u{3b9}"), (0x1f8f, "\u{1f07}\u{3b9}"),
        (0x1f90, "\u{1f20}\u{3b9}"), (0x1f91, "\u{1f21}\u{3b9}"), (0x1f92, "\u{1f22}\u{3b9}"),
        (0x1f93, "\u{1f23}\u{3b9}"), (0x1f94, "\u{1f24}\u{3b9}"), (0x1f95, "\u{1f25}\u{3b9}"),
        (0x1f96, "\u{1f26}\u{3b9}"), (0x1f97, "\u{1f27}\u{3b9}"), (0x1f98, "\u{1f20}\u{3b9}"),
        (0x1f99, "\u{1f21}\u{3b9}"), (0x1f9a, "\u{1f22}\u{3b9}"), (0x1f9b, "\u{1f23}\u{3b9}"),
        (0x1f9c, "\u{1f24}\u{3b9}"), (0x1f9d, "\u{1f25}\u{3b9}"), (0x1f9e, "\u{1f26}\u{3b9}"),
        (0x1f9f, "\u{1f27}\u{3b9}"), (0x1fa0, "\u{1f60}\u{3b9}"), (0x1fa1, "\u{1f61}\u{3b9}"),
        (0x1fa2, "\u{1f62}\u{3b9}"), (0x1fa3, "\u{1f63}\u{3b9}"), (0x1fa4, "\u{1f64}\u{3b9}"),
        (0x1fa5, "\u{1f65}\u{3b9}"), (0x1fa6, "\u{1f66}\u{3b9}"), (0x1fa7, "\u{1f67}\u{3b9}"),
        (0x1fa8, "\u{1f60}\u{3b9}"), (0x1fa9, "\u{1f61}\u{3b9}"), (0x1faa, "\u{1f62}\u{3b9}"),
        (0x1fab, "\u{1f63}\u{3b9}"), (0x1fac, "\u{1f64}\u{3b9}"), (0x1fad, "\u{1f65}\u{3b9}"),
        (0x1fae, "\u{1f66}\u{3b9}"), (0x1faf, "\u{1f67}\u{3b9}"), (0x1fb2, "\u{1f70}\u{3b9}"),
        (0x1fb3, "\u{3b1}\u{3b9}"), (0x1fb4, "\u{3ac}\u{3b9}"), (0x1fb6, "\u{3b1}\u{342}"),
        (0x1fb7, "\u{3b1}\u{342}\u{3b9}"), (0x1fbc, "\u{3b1}\u{3b9}"), (0x1fc2, "\u{1f74}\u{3b9}"),
        (0x1fc3, "\u{3b7}\u{3b9}"), (0x1fc4, "\u{3ae}\u{3b9}"), (0x1fc6, "\u{3b7}\u{342}"),
        (0x1fc7, "\u{3b7}\u{342}\u{3b9}"), (0x1fcc, "\u{3b7}\u{3b9}"), (0x1fd2, "\u{3b9}\u{308}\u{300}"),
        (0x1fd3, "\u{3b9}\u{308}\u{301}"), (0x1fd6, "\u{3b9}\u{342}"), (0x1fd7, "\u{3b9}\u{308}\u{342}"),
        (0x1fe2, "\u{3c5}\u{308}\u{300}"), (0x1fe3, "\u{3c5}\u{308}\u{301}"), (0x1fe4, "\u{3c1}\u{313}"),
        (0x1fe6, "\u{3c5}\u{342}"), (0x1fe7, "\u{3c5}\u{308}\u{342}"), (0x1ff2, "\u{1f7c}\u{3b9}"),
        (0x1ff3, "\u{3c9}\u{3b9}"), (0x1ff4, "\u{3ce}\u{3b9}"), (0x1ff6, "\u{3c9}\u{342}"),
        (0x1ff7, "\u{3c9}\u{342}\u{3b9}"), (0x1ffc, "\u{3c9}\u{3b9}"), (0xfb00, "\u{66}\u{66}"),
        (0xfb01, "\u{66}\u{69}"), (0xfb02, "\u{66}\u{6c}"), (0xfb03, "\u{66}\u{66}\u{69}"),
        (0xfb04, "\u{66}\u{66}\u{6c}"), (0xfb05, "\u{73}\u{74}"), (0xfb06, "\u{73}\u{74}"),
        (0xfb13, "\u{574}\u{576}"), (0xfb14, "\u{574}\u{565}"), (0xfb15, "\u{574}\u{56b}"),
        (0xfb16, "\u{57e}\u{576}"), (0xfb17, "\u{574}\u{56d}"),
    ];
    // END GENERATED TABLES
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    mod words {
        use super::*;

        fn check(input: &str, expected: &[&str]) {
            assert_eq!(words_of(input), expected, "words of {input:?}");
        }

        #[test]
        fn plain() {
            check("Waiting lists grew", &["waiting", "lists", "grew"]);
        }
        #[test]
        fn ascii_punctuation() {
            check(
                "well-run, (mostly) \"fine\"!",
                &["well", "run", "mostly", "fine"],
            );
        }
        #[test]
        fn curly_quotes_and_dashes() {
            check("“Yes” — she said…", &["yes", "she", "said"]);
        }
        #[test]
        fn apostrophe_splits() {
            check("the board’s plan", &["the", "board", "s", "plan"]);
        }
        #[test]
        fn backtick_and_acute() {
            check("a`b´c", &["a", "b", "c"]);
        }
        #[test]
        fn symbols_are_kept() {
            check("£5 + 10% = x", &["£5", "+", "10", "=", "x"]);
        }
        #[test]
        fn fullwidth_and_cjk_punctuation() {
            check("甲，乙。丙", &["甲", "乙", "丙"]);
        }
        #[test]
        fn guillemets_and_inverted() {
            check("«¿Qué?»", &["qué"]);
        }
        #[test]
        fn separators_1c_to_1f() {
            check("a\u{1c}b\u{1f}c", &["a", "b", "c"]);
        }
        #[test]
        fn nbsp_and_line_separator() {
            check("a\u{a0}b\u{2028}c\u{85}d", &["a", "b", "c", "d"]);
        }
        #[test]
        fn zero_width_space_is_not_space() {
            check("a\u{200b}b", &["a\u{200b}b"]);
        }
        #[test]
        fn casefolded() {
            check("GROSSE Straße", &["grosse", "strasse"]);
        }
        #[test]
        fn only_punctuation() {
            check("?!…", &[]);
        }
        #[test]
        fn null_has_no_words() {
            assert!(super::super::words(&Value::Null).is_empty());
        }
        #[test]
        fn list_is_its_repr() {
            assert_eq!(super::super::words(&json!(["Ann Lee"])), ["ann", "lee"]);
        }
    }

    mod casefolding {
        use super::*;

        fn check(input: &str, expected: &str) {
            assert_eq!(casefold(input), expected, "casefold of {input:?}");
        }

        #[test]
        fn ascii() {
            check("NHS Trust", "nhs trust");
        }
        #[test]
        fn sharp_s() {
            check("ß", "ss");
        }
        #[test]
        fn capital_sharp_s() {
            check("ẞ", "ss");
        }
        #[test]
        fn final_sigma() {
            check("ΣΟΦΟΣ σοφος", "σοφοσ σοφοσ");
        }
        #[test]
        fn ligatures() {
            check("ﬁ ﬂ ﬀ", "fi fl ff");
        }
        #[test]
        fn long_s_and_micro() {
            check("ſµ", "sμ");
        }
        #[test]
        fn kelvin_sign() {
            check("\u{212a}", "k");
        }
        #[test]
        fn dotted_capital_i() {
            check("İ", "i\u{307}");
        }
        #[test]
        fn cherokee_folds_to_upper() {
            check("ꭰ Ꭰ", "Ꭰ Ꭰ");
        }
        #[test]
        fn greek_iota_subscript() {
            check("ᾼ", "αι");
        }
        #[test]
        fn latin_extended_alternating() {
            check("ĀāĂă", "āāăă");
        }
        #[test]
        fn deseret() {
            check("\u{10400}", "\u{10428}");
        }
        #[test]
        fn no_case() {
            check("日本 123 ½", "日本 123 ½");
        }
    }

    mod whitespace {
        use super::*;

        fn check(input: &str, expected: &str) {
            assert_eq!(collapse_ws(input), expected, "collapse of {input:?}");
        }

        #[test]
        fn trims_and_joins() {
            check("  a \t b\n", "a b");
        }
        #[test]
        fn unicode_spaces() {
            check("a\u{3000}b\u{2009}c\u{202f}d", "a b c d");
        }
        #[test]
        fn info_separators() {
            check("\u{1d}a\u{1e}", "a");
        }
        #[test]
        fn empty() {
            check(" \u{a0} ", "");
        }
        #[test]
        fn zero_width_kept() {
            check("\u{200b}", "\u{200b}");
        }
    }

    mod punctuation {
        use super::*;

        fn check(c: char, expected: bool) {
            assert_eq!(is_punct(c), expected, "is_punct({c:?})");
        }

        #[test]
        fn full_stop() {
            check('.', true);
        }
        #[test]
        fn underscore_is_connector() {
            check('_', true);
        }
        #[test]
        fn hyphen() {
            check('-', true);
        }
        #[test]
        fn em_dash() {
            check('—', true);
        }
        #[test]
        fn right_single_quote() {
            check('’', true);
        }
        #[test]
        fn section_sign() {
            check('§', true);
        }
        #[test]
        fn pound_is_symbol() {
            check('£', false);
        }
        #[test]
        fn plus_is_symbol() {
            check('+', false);
        }
        #[test]
        fn backtick_is_symbol() {
            check('`', false);
        }
        #[test]
        fn letter() {
            check('a', false);
        }
        #[test]
        fn last_code_point() {
            check('\u{10ffff}', false);
        }
    }

    mod jaccard {
        use super::*;

        fn check(a: &str, b: &str, ok: bool, j: f64) {
            let (wa, wb) = (word_set(&json!(a)), word_set(&json!(b)));
            assert_eq!(jaccard_ok(&wa, &wb), (ok, j), "{a:?} vs {b:?}");
        }

        #[test]
        fn identical() {
            check("a b c", "c b a", true, 1.0);
        }
        #[test]
        fn both_empty() {
            check("", "...", true, 1.0);
        }
        #[test]
        fn one_empty() {
            check("", "a", false, 0.0);
        }
        #[test]
        fn four_of_five_is_enough() {
            check("a b c d e", "a b c d", true, 0.8);
        }
        #[test]
        fn eight_of_ten_is_enough() {
            check("a b c d e f g h i j", "a b c d e f g h", true, 0.8);
        }
        #[test]
        fn just_under() {
            check("a b c d e f", "a b c d e g", false, 5.0 / 7.0);
        }
        #[test]
        fn duplicates_count_once() {
            check("a a a b", "a b b", true, 1.0);
        }
        #[test]
        fn case_and_punctuation_ignored() {
            check("It's fine.", "its FINE", false, 1.0 / 4.0);
        }
    }

    mod matching {
        use super::*;

        fn check(cands: &[&[usize]], n_pred: usize, expected: &[(usize, usize)]) {
            let cands: Vec<Vec<usize>> = cands.iter().map(|c| c.to_vec()).collect();
            let mut got = max_matching(&cands, n_pred);
            got.sort_unstable();
            assert_eq!(got, expected);
        }

        #[test]
        fn empty() {
            check(&[], 0, &[]);
        }
        #[test]
        fn no_candidates() {
            check(&[&[], &[]], 2, &[]);
        }
        #[test]
        fn first_choice_wins() {
            check(&[&[0, 1], &[1, 0]], 2, &[(0, 0), (1, 1)]);
        }
        #[test]
        fn augmenting_path_moves_earlier_gold() {
            check(&[&[0, 1], &[0]], 2, &[(0, 1), (1, 0)]);
        }
        #[test]
        fn long_chain() {
            check(
                &[&[0, 1], &[1, 2], &[2, 3], &[0]],
                4,
                &[(0, 1), (1, 2), (2, 3), (3, 0)],
            );
        }
        #[test]
        fn contention_leaves_one_out() {
            check(&[&[0], &[0], &[0]], 1, &[(0, 0)]);
        }
        #[test]
        fn failed_branch_then_success() {
            check(&[&[0], &[0, 1], &[1]], 2, &[(0, 0), (1, 1)]);
        }
        #[test]
        fn order_decides_between_maximum_matchings() {
            check(&[&[1, 0], &[0, 1]], 2, &[(0, 1), (1, 0)]);
        }
    }

    mod closeness {
        use super::*;

        fn check(proportion: bool, g: f64, p: f64, expected: bool) {
            assert_eq!(
                value_close(proportion, g, p),
                expected,
                "{g} vs {p} (proportion: {proportion})"
            );
        }

        #[test]
        fn exact() {
            check(false, 12.0, 12.0, true);
        }
        #[test]
        fn relative_edge_with_rounding() {
            check(false, 48.0, 48.024, true);
        }
        #[test]
        fn relative_just_outside() {
            check(false, 48.0, 48.0241, false);
        }
        #[test]
        fn relative_below() {
            check(false, 40.0, 39.98, true);
        }
        #[test]
        fn zero_gold_needs_near_zero() {
            check(false, 0.0, 1e-12, true);
        }
        #[test]
        fn zero_gold_rejects_small() {
            check(false, 0.0, 1e-9, false);
        }
        #[test]
        fn proportion_absolute_edge() {
            check(true, 0.1, 0.1005, true);
        }
        #[test]
        fn proportion_outside() {
            check(true, 0.1, 0.1006, false);
        }
        #[test]
        fn proportion_is_not_relative() {
            check(true, 1000.0, 1000.3, false);
        }
        #[test]
        fn negative_gold() {
            check(false, -2.0, -2.001, true);
        }
    }

    mod ints {
        use super::*;

        fn check(input: Value, expected: Option<&str>) {
            assert_eq!(as_int(&input).as_deref(), expected, "as_int({input})");
        }

        #[test]
        fn integer() {
            check(json!(17), Some("17"));
        }
        #[test]
        fn integral_float() {
            check(json!(17.0), Some("17"));
        }
        #[test]
        fn fractional_float() {
            check(json!(17.5), None);
        }
        #[test]
        fn boolean() {
            check(json!(true), None);
        }
        #[test]
        fn null() {
            check(Value::Null, None);
        }
        #[test]
        fn list() {
            check(json!([1]), None);
        }
        #[test]
        fn string() {
            check(json!(" 17 "), Some("17"));
        }
        #[test]
        fn signed_string() {
            check(json!("+17"), Some("17"));
        }
        #[test]
        fn negative_zero_string() {
            check(json!("-0"), Some("0"));
        }
        #[test]
        fn leading_zeros() {
            check(json!("0017"), Some("17"));
        }
        #[test]
        fn underscores() {
            check(json!("1_7"), Some("17"));
        }
        #[test]
        fn double_underscore() {
            check(json!("1__7"), None);
        }
        #[test]
        fn leading_underscore() {
            check(json!("_17"), None);
        }
        #[test]
        fn trailing_underscore() {
            check(json!("17_"), None);
        }
        #[test]
        fn arabic_indic_digits() {
            check(json!("١٧"), Some("17"));
        }
        #[test]
        fn fullwidth_digits() {
            check(json!("１７"), Some("17"));
        }
        #[test]
        fn superscript_is_not_decimal() {
            check(json!("¹"), None);
        }
        #[test]
        fn decimal_point() {
            check(json!("17.0"), None);
        }
        #[test]
        fn inner_space() {
            check(json!("- 17"), None);
        }
        #[test]
        fn separator_chars_strip() {
            check(json!("\u{1c}17\u{85}"), Some("17"));
        }
        #[test]
        fn empty() {
            check(json!(""), None);
        }
        #[test]
        fn u64_max() {
            check(json!(u64::MAX), Some("18446744073709551615"));
        }
        #[test]
        fn huge_float_is_exact() {
            check(json!(1e20), Some("100000000000000000000"));
        }
        #[test]
        fn digit_limit() {
            check(json!("9".repeat(4300)), Some("9".repeat(4300).as_str()));
        }
        #[test]
        fn over_digit_limit() {
            check(json!("9".repeat(4301)), None);
        }
        #[test]
        fn leading_zeros_count_to_limit() {
            check(json!(format!("0{}", "9".repeat(4300))), None);
        }
    }

    mod floats {
        use super::*;

        fn check(input: Value, expected: Option<f64>) {
            assert_eq!(as_float(&input), expected, "as_float({input})");
        }

        #[test]
        fn number() {
            check(json!(2.5), Some(2.5));
        }
        #[test]
        fn integer() {
            check(json!(3), Some(3.0));
        }
        #[test]
        fn boolean() {
            check(json!(false), None);
        }
        #[test]
        fn string() {
            check(json!(" 2.5\n"), Some(2.5));
        }
        #[test]
        fn exponent() {
            check(json!("1e3"), Some(1000.0));
        }
        #[test]
        fn leading_point() {
            check(json!("-.5"), Some(-0.5));
        }
        #[test]
        fn trailing_point() {
            check(json!("5."), Some(5.0));
        }
        #[test]
        fn underscores_between_digits() {
            check(json!("1_000.2_5"), Some(1000.25));
        }
        #[test]
        fn underscore_before_point() {
            check(json!("1_.5"), None);
        }
        #[test]
        fn underscore_in_exponent() {
            check(json!("1e1_0"), Some(1e10));
        }
        #[test]
        fn unicode_digits() {
            check(json!("٣.٥"), Some(3.5));
        }
        #[test]
        fn arabic_decimal_separator() {
            check(json!("٣٫٥"), None);
        }
        #[test]
        fn ideographic_space_strips() {
            check(json!("\u{3000}7\u{3000}"), Some(7.0));
        }
        #[test]
        fn info_separator_does_not_strip() {
            check(json!("\u{1c}7"), None);
        }
        #[test]
        fn nan_string() {
            check(json!("nan"), None);
        }
        #[test]
        fn infinity_string() {
            check(json!("-Infinity"), None);
        }
        #[test]
        fn overflow() {
            check(json!("1e400"), None);
        }
        #[test]
        fn underflow() {
            check(json!("1e-400"), Some(0.0));
        }
        #[test]
        fn hex() {
            check(json!("0x10"), None);
        }
        #[test]
        fn bare_exponent() {
            check(json!("1e"), None);
        }
        #[test]
        fn list() {
            check(json!([1.0]), None);
        }
    }

    mod python_str {
        use super::*;

        fn check(input: Value, expected: &str) {
            assert_eq!(py_str(&input), expected, "str({input})");
        }

        #[test]
        fn string_is_itself() {
            check(json!("it's"), "it's");
        }
        #[test]
        fn booleans() {
            check(json!([true, false, null]), "[True, False, None]");
        }
        #[test]
        fn int() {
            check(json!(-12), "-12");
        }
        #[test]
        fn float_integral() {
            check(json!(12.0), "12.0");
        }
        #[test]
        fn float_big() {
            check(json!(1e16), "1e+16");
        }
        #[test]
        fn float_below_1e16() {
            check(json!(1234567890123456.0), "1234567890123456.0");
        }
        #[test]
        fn float_small() {
            check(json!(0.00001), "1e-05");
        }
        #[test]
        fn float_ten_thousandth() {
            check(json!(0.0001), "0.0001");
        }
        #[test]
        fn float_long() {
            check(json!(1.0 / 3.0), "0.3333333333333333");
        }
        #[test]
        fn float_tiny() {
            check(json!(5e-324), "5e-324");
        }
        #[test]
        fn quote_choice_single() {
            check(json!(["a\"b"]), "['a\"b']");
        }
        #[test]
        fn quote_choice_double() {
            check(json!(["a'b"]), "[\"a'b\"]");
        }
        #[test]
        fn quote_both() {
            check(json!(["a'\"b"]), "['a\\'\"b']");
        }
        #[test]
        fn escapes() {
            check(
                json!(["\t\n\r\\\u{1}\u{7f}"]),
                "['\\t\\n\\r\\\\\\x01\\x7f']",
            );
        }
        #[test]
        fn non_printable_unicode() {
            check(
                json!(["\u{85}\u{a0}\u{2028}\u{d7ff}\u{e000}"]),
                "['\\x85\\xa0\\u2028\\ud7ff\\ue000']",
            );
        }
        #[test]
        fn printable_unicode() {
            check(json!(["é日😀"]), "['é日😀']");
        }
        #[test]
        fn astral_unassigned() {
            check(json!(["\u{10ffff}"]), "['\\U0010ffff']");
        }
        #[test]
        fn object() {
            check(json!({"a": [1, {"b": null}]}), "{'a': [1, {'b': None}]}");
        }
        #[test]
        fn empty_containers() {
            check(json!([[], {}]), "[[], {}]");
        }
    }

    mod equality {
        use super::*;

        fn check(a: Value, b: Value, expected: bool) {
            assert_eq!(py_eq(&a, &b), expected, "{a} == {b}");
            assert_eq!(py_eq(&b, &a), expected, "{b} == {a}");
        }

        #[test]
        fn strings() {
            check(json!("body"), json!("body"), true);
        }
        #[test]
        fn case_matters() {
            check(json!("body"), json!("Body"), false);
        }
        #[test]
        fn int_and_float() {
            check(json!(1), json!(1.0), true);
        }
        #[test]
        fn bool_and_int() {
            check(json!(true), json!(1), true);
        }
        #[test]
        fn bool_and_float() {
            check(json!(false), json!(0.0), true);
        }
        #[test]
        fn bool_and_string() {
            check(json!(true), json!("True"), false);
        }
        #[test]
        fn null_and_null() {
            check(Value::Null, Value::Null, true);
        }
        #[test]
        fn null_and_empty() {
            check(Value::Null, json!(""), false);
        }
        #[test]
        fn exact_big_int() {
            check(json!(9007199254740993u64), json!(9007199254740992.0), false);
        }
        #[test]
        fn lists() {
            check(json!([1, "a"]), json!([1.0, "a"]), true);
        }
        #[test]
        fn list_lengths() {
            check(json!([1]), json!([1, 1]), false);
        }
        #[test]
        fn objects() {
            check(json!({"a": [true]}), json!({"a": [1]}), true);
        }
        #[test]
        fn object_keys() {
            check(json!({"a": 1}), json!({"b": 1}), false);
        }
    }

    mod numbers_out {
        use super::*;

        fn check(x: Option<f64>, expected: &str) {
            assert_eq!(fmt2(x), expected);
        }

        #[test]
        fn none() {
            check(None, "-");
        }
        #[test]
        fn one() {
            check(Some(1.0), "1.00");
        }
        #[test]
        fn tie_rounds_to_even() {
            check(Some(0.125), "0.12");
        }
        #[test]
        fn tie_rounds_up_to_even() {
            check(Some(0.375), "0.38");
        }
        #[test]
        fn binary_value_below_tie() {
            check(Some(0.285), "0.28");
        }
        #[test]
        fn third() {
            check(Some(2.0 / 3.0), "0.67");
        }
    }

    mod metrics_of {
        use super::*;

        fn check(field: Field, counts: &[usize], expected: &[(&str, Option<f64>)]) {
            assert_eq!(metrics(field, &counts_of(counts)), expected);
        }

        #[test]
        fn lines() {
            check(
                Field::Lines,
                &[3, 4, 2, 2, 0],
                &[
                    ("role_accuracy", Some(0.75)),
                    ("body_precision", Some(0.5)),
                    ("body_recall", Some(1.0)),
                    ("body_f1", Some(2.0 / 3.0)),
                ],
            );
        }
        #[test]
        fn lines_without_body() {
            check(
                Field::Lines,
                &[0, 0, 0, 0, 0],
                &[
                    ("role_accuracy", None),
                    ("body_precision", None),
                    ("body_recall", None),
                    ("body_f1", None),
                ],
            );
        }
        #[test]
        fn single() {
            check(Field::Published, &[0, 1], &[("accuracy", Some(0.0))]);
        }
        #[test]
        fn quotes_nothing_matched() {
            check(
                Field::Quotes,
                &[0, 2, 3, 0],
                &[
                    ("precision", Some(0.0)),
                    ("recall", Some(0.0)),
                    ("f1", Some(0.0)),
                    ("attribution_accuracy", None),
                ],
            );
        }
        #[test]
        fn figures() {
            check(
                Field::Figures,
                &[2, 0, 2, 1],
                &[
                    ("precision", Some(1.0)),
                    ("recall", Some(0.5)),
                    ("f1", Some(2.0 / 3.0)),
                    ("qualifier_accuracy", Some(0.5)),
                ],
            );
        }
        #[test]
        fn acronyms_nothing_predicted() {
            check(
                Field::Acronyms,
                &[0, 0, 1],
                &[("precision", None), ("recall", Some(0.0)), ("f1", None)],
            );
        }
    }

    mod article {
        use super::*;

        /// Counts of one field for a gold key and a prediction.
        fn check(field: &str, gold: Value, pred: Value, expected: &[u64]) {
            let (Value::Object(g), Value::Object(p)) = (gold, pred) else {
                panic!("objects expected")
            };
            let scores = score_article(&g, Some(&p));
            let f = scores
                .iter()
                .find(|f| f.field.name() == field)
                .expect("field scored");
            assert_eq!(&f.counts[..expected.len()], expected);
        }

        #[test]
        fn roles_first_prediction_wins() {
            check(
                "lines",
                json!({"lines": [{"line": 1, "role": "body"}, {"line": 2, "role": "chrome"}]}),
                json!({"lines": [{"line": 1, "role": "body"}, {"line": 1, "role": "chrome"}, {"line": 3, "role": "body"}]}),
                &[1, 2, 1, 1, 0],
            );
        }
        #[test]
        fn roles_last_gold_wins() {
            check(
                "lines",
                json!({"lines": [{"line": 1, "role": "chrome"}, {"line": 1, "role": "body"}]}),
                json!({"lines": [{"line": "1", "role": "body"}]}),
                &[1, 1, 1, 0, 0],
            );
        }
        #[test]
        fn headline_whitespace() {
            check(
                "headline",
                json!({"headline": "Beds  cut"}),
                json!({"headline": " Beds\u{a0}cut "}),
                &[1, 1],
            );
        }
        #[test]
        fn headline_null_only_null() {
            check(
                "headline",
                json!({"headline": null}),
                json!({"headline": ""}),
                &[0, 1],
            );
        }
        #[test]
        fn headline_absent() {
            check("headline", json!({"headline": null}), json!({}), &[0, 1]);
        }
        #[test]
        fn bylines_as_set() {
            check(
                "bylines",
                json!({"bylines": ["A B", "C"]}),
                json!({"bylines": ["C", "A  B", "C"]}),
                &[1, 1],
            );
        }
        #[test]
        fn bylines_bare_string() {
            check(
                "bylines",
                json!({"bylines": ["Ann Lee"]}),
                json!({"bylines": "Ann Lee"}),
                &[1, 1],
            );
        }
        #[test]
        fn bylines_null_is_empty() {
            check(
                "bylines",
                json!({"bylines": []}),
                json!({"bylines": [null]}),
                &[1, 1],
            );
        }
        #[test]
        fn quote_attribution_by_last_word() {
            check(
                "quotes",
                json!({"quotes": [{"line": 4, "speaker": "Prof Ann Lee", "text": "we need more beds"}]}),
                json!({"quotes": [{"line": 4, "speaker": "LEE", "text": "We need more beds."}]}),
                &[1, 0, 0, 1],
            );
        }
        #[test]
        fn quote_alternative_speaker() {
            check(
                "quotes",
                json!({"quotes": [{"line": 4, "speaker": "The review", "speaker_alternatives": "Audit Office", "text": "costs rose"}]}),
                json!({"quotes": [{"line": 4, "speaker": "the office", "text": "costs rose"}]}),
                &[1, 0, 0, 1],
            );
        }
        #[test]
        fn quote_null_speaker_matches_only_null() {
            check(
                "quotes",
                json!({"quotes": [{"line": 4, "speaker": null, "text": "costs rose"}, {"line": 5, "text": "x"}]}),
                json!({"quotes": [{"line": 4, "speaker": "...", "text": "costs rose"}, {"line": 5, "speaker": "Sam", "text": "x"}]}),
                &[2, 0, 0, 1],
            );
        }
        #[test]
        fn quote_other_line() {
            check(
                "quotes",
                json!({"quotes": [{"line": 4, "text": "costs rose"}]}),
                json!({"quotes": [{"line": 5, "text": "costs rose"}]}),
                &[0, 1, 1, 0],
            );
        }
        #[test]
        fn quote_null_text_never_matches() {
            check(
                "quotes",
                json!({"quotes": [{"line": 4, "text": null}]}),
                json!({"quotes": [{"line": 4, "text": null}, {"line": 4}]}),
                &[0, 2, 1, 0],
            );
        }
        #[test]
        fn quote_speaker_agreement_breaks_ties() {
            check(
                "quotes",
                json!({"quotes": [{"line": 1, "speaker": "Kim", "text": "a b"}]}),
                json!({"quotes": [{"line": 1, "speaker": "Lo", "text": "a b"}, {"line": 1, "speaker": "Kim", "text": "b a"}]}),
                &[1, 1, 0, 1],
            );
        }
        #[test]
        fn figure_closest_value_first() {
            check(
                "figures",
                json!({"figures": [{"line": 2, "kind": "count", "value": 1000, "qualifier": "exact"}]}),
                json!({"figures": [
                    {"line": 2, "kind": "count", "value": 1000.4, "qualifier": "exact"},
                    {"line": 2, "kind": "count", "value": 1000.1, "qualifier": "over"}
                ]}),
                &[1, 1, 0, 0],
            );
        }
        #[test]
        fn figure_kind_must_agree() {
            check(
                "figures",
                json!({"figures": [{"line": 2, "kind": "count", "value": 3}]}),
                json!({"figures": [{"line": 2, "kind": "percent", "value": 3}]}),
                &[0, 1, 1, 0],
            );
        }
        #[test]
        fn figure_missing_qualifiers_agree() {
            check(
                "figures",
                json!({"figures": [{"line": 2, "kind": "money", "value": "2_000"}]}),
                json!({"figures": [{"line": 2.0, "kind": "money", "value": 2000, "qualifier": null}]}),
                &[1, 0, 0, 1],
            );
        }
        #[test]
        fn acronyms_casefolded_pairs() {
            check(
                "acronyms",
                json!({"acronyms": [{"short": "ICS", "long": "integrated care system"}]}),
                json!({"acronyms": [{"short": "ics", "long": "Integrated  Care System"}, {"short": "ICS", "long": "integrated care system"}, {"short": "X"}]}),
                &[1, 0, 0],
            );
        }
    }

    mod json_errors {
        use super::*;

        fn check(doc: &str, expected: Option<&str>) {
            assert_eq!(py_json_error(doc).as_deref(), expected, "{doc:?}");
        }

        #[test]
        fn empty() {
            check("", Some("Expecting value: line 1 column 1 (char 0)"));
        }
        #[test]
        fn valid() {
            check("{\"a\": [1, -2.5e3, \"\\u00e9\", null]}", None);
        }
        #[test]
        fn python_constants_are_valid() {
            check("[NaN, Infinity, -Infinity]", None);
        }
        #[test]
        fn lone_surrogate_is_valid() {
            check("\"\\ud800\"", None);
        }
        #[test]
        fn trailing_comma() {
            check("[1,]", Some("Expecting value: line 1 column 4 (char 3)"));
        }
        #[test]
        fn object_trailing_comma() {
            check(
                "{\"a\":1,}",
                Some("Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"),
            );
        }
        #[test]
        fn missing_colon() {
            check(
                "{\"a\" 1}",
                Some("Expecting ':' delimiter: line 1 column 6 (char 5)"),
            );
        }
        #[test]
        fn missing_comma() {
            check(
                "[1 2]",
                Some("Expecting ',' delimiter: line 1 column 4 (char 3)"),
            );
        }
        #[test]
        fn extra_data() {
            check("{} x", Some("Extra data: line 1 column 4 (char 3)"));
        }
        #[test]
        fn crlf_counts_as_one_newline() {
            check(
                "[1,\r\n\r 2 3]",
                Some("Expecting ',' delimiter: line 3 column 4 (char 8)"),
            );
        }
        #[test]
        fn positions_in_code_points() {
            check(
                "[\"日本\" 1]",
                Some("Expecting ',' delimiter: line 1 column 7 (char 6)"),
            );
        }
        #[test]
        fn control_character() {
            check(
                "\"a\tb\"",
                Some("Invalid control character at: line 1 column 3 (char 2)"),
            );
        }
        #[test]
        fn unterminated() {
            check(
                "[\"abc",
                Some("Unterminated string starting at: line 1 column 2 (char 1)"),
            );
        }
        #[test]
        fn bad_escape() {
            check(
                "\"\\q\"",
                Some("Invalid \\escape: line 1 column 2 (char 1)"),
            );
        }
        #[test]
        fn short_unicode_escape() {
            check(
                "\"\\u12\"",
                Some("Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
            );
        }
        #[test]
        fn bad_low_surrogate() {
            check(
                "\"\\ud800\\u12g4\"",
                Some("Invalid \\uXXXX escape: line 1 column 9 (char 8)"),
            );
        }
        #[test]
        fn leading_zero() {
            check("01", Some("Extra data: line 1 column 2 (char 1)"));
        }
        #[test]
        fn exponent_backtracks() {
            check(
                "[1e]",
                Some("Expecting ',' delimiter: line 1 column 3 (char 2)"),
            );
        }
        #[test]
        fn lone_minus() {
            check("[-]", Some("Expecting value: line 1 column 2 (char 1)"));
        }
        #[test]
        fn deep_unclosed() {
            check(
                &"[".repeat(100_000),
                Some("Expecting value: line 1 column 100001 (char 100000)"),
            );
        }
    }

    mod loading {
        use super::*;

        fn check(doc: &str, expected: Result<Value, &str>) {
            assert_eq!(parse_json(doc), expected.map_err(str::to_owned), "{doc:?}");
        }

        #[test]
        fn object() {
            check(" {\"a\": 1}\n", Ok(json!({"a": 1})));
        }
        #[test]
        fn bom() {
            check(
                "\u{feff}{}",
                Err("Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"),
            );
        }
        #[test]
        fn python_message() {
            check(
                "{\"a\": }",
                Err("Expecting value: line 1 column 7 (char 6)"),
            );
        }
        #[test]
        fn two_values() {
            check("1 2", Err("Extra data: line 1 column 3 (char 2)"));
        }
        #[test]
        fn depth_at_limit() {
            assert!(parse_json(&format!("{}{}", "[".repeat(1000), "]".repeat(1000))).is_ok());
        }
        #[test]
        fn too_deep() {
            check(
                &format!("{}{}", "[".repeat(1001), "]".repeat(1001)),
                Err("nesting deeper than 1000 levels"),
            );
        }
        #[test]
        fn nan_is_a_known_divergence() {
            assert!(parse_json("[NaN]").is_err());
        }
    }

    mod decode_errors {
        use super::*;

        fn check(bytes: &[u8], expected: &str) {
            let e = std::str::from_utf8(bytes).expect_err("invalid UTF-8 expected");
            assert_eq!(utf8_error_text(bytes, &e), expected);
        }

        #[test]
        fn invalid_start() {
            check(
                b"ab\xff",
                "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
            );
        }
        #[test]
        fn lone_continuation() {
            check(
                b"\x80",
                "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte",
            );
        }
        #[test]
        fn bad_continuation() {
            check(
                b"\xe2\x28\xa1",
                "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte",
            );
        }
        #[test]
        fn bad_third_byte() {
            check(
                b"\xf0\x90\x28",
                "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
            );
        }
        #[test]
        fn truncated() {
            check(
                b"x\xe2\x82",
                "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
            );
        }
        #[test]
        fn surrogate_encoding() {
            check(
                b"\xed\xa0\x80",
                "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
            );
        }
    }

    mod table {
        use super::*;

        fn check(items: &[(&str, Value, Option<Value>)], expected: &str) {
            let items: Vec<(String, Value, Option<Value>)> = items
                .iter()
                .map(|(n, g, p)| ((*n).to_owned(), g.clone(), p.clone()))
                .collect();
            assert_eq!(score_values(&items).render_table(), expected);
        }

        #[test]
        fn one_field_two_articles() {
            check(
                &[
                    (
                        "b",
                        json!({"headline": "X"}),
                        Some(json!({"headline": "x"})),
                    ),
                    ("a", json!({"headline": "Y"}), None),
                ],
                "article        roles  bodyP  bodyR   head  stand    pub    byl   quoP   quoR   attr   figP   figR   qual   acrP   acrR\n\
                 a                                     n/a                                                                             \n\
                 b                                      NO                                                                             \n\
                 TOTAL (micro)                        0.00                                                                             \n\
                 \n\
                 totals over 2 article(s):\n  \
                 headline   0/2 correct  [absent in 1 prediction(s), scored 0]",
            );
        }
    }

    mod results {
        use super::*;

        fn check(
            items: Vec<(String, Value, Option<Value>)>,
            field: &str,
            metric: &str,
            expected: Option<f64>,
        ) {
            assert_eq!(score_values(&items).total(field, metric), expected);
        }

        fn one(gold: Value, pred: Value) -> Vec<(String, Value, Option<Value>)> {
            vec![("a".to_owned(), gold, Some(pred))]
        }

        #[test]
        fn role_accuracy() {
            check(
                one(
                    json!({"lines": [{"line": 1, "role": "body"}, {"line": 2, "role": "chrome"}]}),
                    json!({"lines": [{"line": 1, "role": "body"}]}),
                ),
                "lines",
                "role_accuracy",
                Some(0.5),
            );
        }
        #[test]
        fn unknown_field() {
            check(one(json!({}), json!({})), "nope", "recall", None);
        }
        #[test]
        fn unknown_metric() {
            check(
                one(json!({"quotes": []}), json!({})),
                "quotes",
                "nope",
                None,
            );
        }
        #[test]
        fn zero_denominator() {
            check(
                one(json!({"quotes": []}), json!({"quotes": []})),
                "quotes",
                "recall",
                None,
            );
        }
        #[test]
        fn duplicate_names_count_twice_in_totals() {
            let g = json!({"headline": "H"});
            let items = vec![
                ("a".to_owned(), g.clone(), Some(g.clone())),
                ("a".to_owned(), g, Some(json!({}))),
            ];
            let r = score_values(&items);
            assert_eq!(
                (r.article_count(), r.total("headline", "accuracy")),
                (1, Some(0.5))
            );
        }
        #[test]
        fn gold_not_an_object() {
            let r = score_values(&[("z".to_owned(), json!([]), None)]);
            assert_eq!(r.warnings(), ["z.gold.json: not a JSON object; skipped"]);
        }
        #[test]
        fn prediction_not_an_object() {
            let r = score_values(&[("z".to_owned(), json!({}), Some(json!(1)))]);
            assert_eq!(
                r.warnings(),
                ["z.json: prediction is not a JSON object; scored as empty"]
            );
        }
    }

    mod no_panic {
        use super::*;
        use proptest::prelude::*;

        fn arb_json() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                any::<i64>().prop_map(Value::from),
                any::<f64>()
                    .prop_filter("finite", |f| f.is_finite())
                    .prop_map(Value::from),
                "[0-9 .,_eE+\\-\u{660}-\u{669}\u{a0}\u{1c}]{0,8}".prop_map(Value::String),
                "\\PC{0,12}".prop_map(Value::String),
                prop_oneof![
                    Just("body"),
                    Just("line"),
                    Just("text"),
                    Just("“”‘’"),
                    Just("ß")
                ]
                .prop_map(Value::from),
            ];
            leaf.prop_recursive(4, 48, 6, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                    prop::collection::vec(
                        (
                            prop_oneof![
                                Just("line".to_owned()),
                                Just("role".to_owned()),
                                Just("text".to_owned()),
                                Just("speaker".to_owned()),
                                Just("speaker_alternatives".to_owned()),
                                Just("kind".to_owned()),
                                Just("value".to_owned()),
                                Just("qualifier".to_owned()),
                                Just("short".to_owned()),
                                Just("long".to_owned()),
                                "[a-z]{1,3}",
                            ],
                            inner
                        ),
                        0..6,
                    )
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
                ]
            })
        }

        fn arb_article() -> impl Strategy<Value = Value> {
            const FIELD_NAMES: [&str; 8] = [
                "lines",
                "headline",
                "standfirst",
                "published",
                "bylines",
                "quotes",
                "figures",
                "acronyms",
            ];
            prop::collection::vec((prop::sample::select(&FIELD_NAMES[..]), arb_json()), 0..8)
                .prop_map(|kv| {
                    Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
                })
        }

        proptest! {
            #[test]
            fn text_helpers_never_panic(s in "\\PC{0,40}|[\u{0}-\u{20}\"'“”‘’«»ß0-9٠-٩_.eE+\\-]{0,40}") {
                let _ = words_of(&s);
                let _ = collapse_ws(&s);
                let _ = casefold(&s);
                let _ = py_int_from_str(&s);
                let _ = py_float_from_str(&s);
                let _ = py_str(&json!([s.clone(), {"k": s.clone()}]));
            }

            #[test]
            fn json_scanner_agrees_with_serde(s in "[\\[\\]{}\",:0-9.eE+\\-ntrufalsNI \\\\u\n\r\t]{0,30}") {
                // whatever serde_json accepts, Python's json accepts too
                if serde_json::from_str::<Value>(&s).is_ok() {
                    prop_assert_eq!(py_json_error(&s), None);
                }
                let _ = parse_json(&s);
            }

            #[test]
            fn scoring_never_panics(gold in arb_article(), pred in arb_article(), other in arb_json()) {
                let items = vec![
                    ("a".to_owned(), gold.clone(), Some(pred.clone())),
                    ("b".to_owned(), pred, Some(gold)),
                    ("c".to_owned(), other.clone(), Some(other)),
                ];
                let r = score_values(&items);
                let _ = r.render_table();
                let _ = r.to_json_string();
                let _ = r.to_json();
            }
        }
    }
}

//! All YAML reading goes through here, so the YAML library can be swapped in one place
//! and every YAML problem is reported the same way: file, line, column.

mod cut;
mod said;
mod slips;

use slips::{indented_past_key, indented_with_tab, quoted_then_more, unclosed_quote};

pub use cut::{Cut, cuts};

/// Words ozyq's own deserializers write (a `Visitor::expecting`, a custom
/// error), in serde's English: an error of [`from_str`] says them in the
/// user's language.
pub mod expecting {
    /// A text given once or in each language (`data`'s names and positions).
    pub const FORMS: &str = "a text, or a text in each language ({kk: …, ru: …})";
    /// A text written as a map of languages with none of them.
    pub const WITHOUT_FORMS: &str =
        "no language's text is written: write the text, or {kk: …, ru: …}";
}

use crate::messages::{IntoArg, Text};
use crate::t;
use serde::de::DeserializeOwned;
use std::borrow::Cow;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Location};

pub use serde_yaml::{Mapping, Value};

/// How deep lists and maps in brackets may nest. serde_yaml refuses deeper ones
/// anyway (at 128), but only once libyaml has read the whole text, in a time
/// that grows with the square of the depth: minutes for a line of 200,000 `[`.
const MAX_FLOW_DEPTH: usize = 128;

/// Where `text` first opens a bracket deeper than [`MAX_FLOW_DEPTH`]. Quotes
/// are not looked at: a value with many `[` in quotes could be taken for
/// nesting only past that depth, far beyond any written by hand.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The error for `text` nested too deep, at offset `at`, before any parsing.
fn deep_error(text: &str, at: usize, file: &Path, first_line: usize) -> Diagnostic {
    let problem = t!("yaml-problem-recursion");
    Diagnostic::error(
        Location::at_offset(file, text, at, first_line),
        t!("yaml-invalid", message = problem),
    )
}

/// Parses `text` (which starts on line `first_line` of `file`) into a value.
pub fn parse(text: &str, file: &Path, first_line: usize) -> Result<Value, Diagnostic> {
    if let Some(at) = too_deep(text) {
        return Err(deep_error(text, at, file, first_line));
    }
    serde_yaml::from_str::<Value>(text).map_err(|e| syntax_error(&e, text, file, first_line))
}

/// Deserializes `text` as [`from_str`] does, but reads on past a top-level key
/// in error (a value of the wrong type, an unknown key): its lines are blanked
/// and the rest read again, so that one run reports every such key, not one per
/// run. The value comes back when the rest reads, without the keys in error.
pub fn from_str_each<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> (Option<T>, Vec<Diagnostic>) {
    if let Some(at) = too_deep(text) {
        return (None, vec![deep_error(text, at, file, first_line)]);
    }
    if let Err(e) = serde_yaml::from_str::<Value>(text) {
        return (None, vec![syntax_error(&e, text, file, first_line)]);
    }
    let mut text = text.to_string();
    let mut errors = Vec::new();
    loop {
        let e = match serde_yaml::from_str::<T>(&text) {
            Ok(v) => return (Some(v), errors),
            Err(e) => e,
        };
        errors.push(syntax_error(&e, &text, file, first_line));
        // A missing key is no key to read past. An unknown one is left out
        // alone, so that its neighbours under the same key are still read
        // (`catalogue: {signatrues: …, paper: A3}` tells both).
        let message = e.to_string();
        let block = (e.location())
            .filter(|_| !message.contains("missing field"))
            .and_then(|l| match message.contains("unknown field") {
                true => own_block(&text, l.index()),
                false => top_level_block(&text, l.index()),
            });
        match block {
            Some(range) if !text[range.clone()].trim().is_empty() => {
                // Spaces for the key's lines, line ends kept: later errors keep
                // their lines and columns.
                let blank: String = (text[range.clone()].chars())
                    .map(|c| if c == '\n' { c } else { ' ' })
                    .collect();
                text.replace_range(range, &blank);
            }
            _ => return (None, errors),
        }
    }
}

/// Parses `text` as [`parse`] does, but on a syntax error reads on past the
/// top-level key that holds it: its lines are blanked (line ends kept) and the
/// rest parsed again, a few times at most, so that one run reports the other
/// keys' problems too.
pub fn parse_each(text: &str, file: &Path, first_line: usize) -> Result<Value, Broken> {
    const ROUNDS: usize = 8;
    let mut broken = Broken::default();
    if let Some(at) = too_deep(text) {
        broken.errors.push(deep_error(text, at, file, first_line));
        return Err(broken);
    }
    let mut text = Cow::Borrowed(text);
    for _ in 0..ROUNDS {
        let e = match serde_yaml::from_str::<Value>(&text) {
            Ok(v) if broken.errors.is_empty() => return Ok(v),
            Ok(v) => {
                broken.rest = Some(v);
                break;
            }
            Err(e) => e,
        };
        let d = syntax_error(&e, &text, file, first_line);
        let line = d.location.line.saturating_sub(first_line);
        broken.errors.push(d);
        // Without a place there is no key to read past.
        if e.location().is_none() {
            break;
        }
        let at = (text.split_inclusive('\n').take(line)).map(str::len).sum();
        let Some(range) = top_level_block(&text, at) else {
            break;
        };
        let block = &text[range.clone()];
        if block.trim().is_empty() {
            break;
        }
        let key = block.split(':').next().unwrap_or("");
        let key = key.trim().trim_matches(['"', '\'']).to_string();
        let blank: String = (block.chars())
            .map(|c| if c == '\n' { c } else { ' ' })
            .collect();
        broken.left_out.push(key);
        text.to_mut().replace_range(range, &blank);
    }
    Err(broken)
}

/// What [`parse_each`] found in text that is not valid YAML.
#[derive(Debug, Default)]
pub struct Broken {
    /// The syntax errors, in the order found.
    pub errors: Vec<Diagnostic>,
    /// The value of the rest, without the keys in error, when it parses.
    pub rest: Option<Value>,
    /// The keys left out, as written.
    pub left_out: Vec<String>,
}

/// The byte range of the key whose line holds offset `at` of `text`: its line
/// and the more indented lines under it; `None` for a top-level key, which
/// [`top_level_block`] gives, or a list item's first key.
fn own_block(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let mut lines = text[start..].split_inclusive('\n');
    let first = lines.next()?;
    let own = indent(first);
    if own == 0 || first.trim_start().starts_with('-') {
        return top_level_block(text, at);
    }
    let mut end = start + first.len();
    for line in lines {
        if !line.trim().is_empty() && indent(line) <= own {
            break;
        }
        end += line.len();
    }
    Some(start..end)
}

/// The byte range of the top-level key (its line and the more indented lines
/// under it) that holds offset `at` of `text`.
fn top_level_block(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let is_key = |s: usize| {
        let line = &text[s..];
        line.starts_with(|c: char| !c.is_whitespace() && c != '#' && c != '-')
    };
    let here = starts.iter().rposition(|&s| s <= at)?;
    let first = (0..=here).rev().find(|&n| is_key(starts[n]))?;
    let end = (first + 1..starts.len())
        .map(|n| starts[n])
        .find(|&s| s < text.len() && is_key(s))
        .unwrap_or(text.len());
    Some(starts[first]..end)
}

/// The unknown keys of `text` after the first, which [`from_str`] tells: each
/// one's line is blanked from the key on and the text read again, for as long as the next
/// problem is another unknown key (`responsibl:` and `stauts:` in one list
/// item are both told in one build).
pub fn more_unknown_fields<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Vec<Diagnostic> {
    let mut text = text.to_string();
    let mut found = Vec::new();
    for told in 0..32 {
        let Err(e) = serde_yaml::from_str::<T>(&text) else {
            break;
        };
        let Some(at) = e
            .location()
            .filter(|_| e.to_string().contains("unknown field"))
        else {
            break;
        };
        if told > 0 {
            found.push(syntax_error(&e, &text, file, first_line));
        }
        // From the key on: a list item's `- ` before it stays, so that what is
        // left is still the item.
        let start = at.index();
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let blank = " ".repeat(text[start..end].chars().count());
        text.replace_range(start..end, &blank);
    }
    found
}

/// Deserializes `text` straight into `T`; type errors carry their position.
pub fn from_str<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    if let Some(at) = too_deep(text) {
        return Err(deep_error(text, at, file, first_line));
    }
    serde_yaml::from_str::<T>(text).map_err(|e| syntax_error(&e, text, file, first_line))
}

/// Where the flow sequence or mapping (`[…]`, `{…}`) that a parser error was
/// reading opens, as its message says: line and column of the text, from 1.
fn flow_start(message: &str) -> Option<(usize, usize)> {
    let (_, rest) = message.split_once("while parsing a flow ")?;
    let rest = rest.split_once(" at line ")?.1;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

fn syntax_error(e: &serde_yaml::Error, text: &str, file: &Path, first_line: usize) -> Diagnostic {
    let location = match e.location() {
        Some(l) => Location::at_offset(file, text, l.index(), first_line),
        None => Location::new(file, first_line, 1),
    };
    let message = e.to_string();
    let (place, problem) = said::place(without_place(&message));
    if let Some(d) = duplicate(place, problem, e, text, file, first_line) {
        return d;
    }
    let schema = said::is_schema(problem);
    // An unclosed bracket likewise: the error is told where the bracket opens
    // (which is also the key a reading past it leaves out, not the next one).
    let location = match (
        problem.starts_with("did not find expected ','"),
        flow_start(&message),
    ) {
        (true, Some((line, column))) => Location::new(file, line + first_line - 1, column),
        _ => location,
    };
    // An unclosed quote makes the parser fail lines later, where nothing is wrong.
    // The lines before the one the parser stopped on (an error on the quote's own
    // line, such as a bad escape, is not about the quote).
    let error_at = e
        .location()
        .map_or(text.len(), |l| l.index())
        .min(text.len());
    let before = text[..error_at].rfind('\n').map_or("", |i| &text[..=i]);
    if !schema && let Some(offset) = unclosed_quote(before) {
        return Diagnostic::error(
            Location::at_offset(file, text, offset, first_line),
            t!("yaml-invalid-yaml-quote-not"),
        )
        .with_hint(t!("yaml-end-value-same-quote-hint"));
    }
    // Pasted from Word: YAML reads the space as a letter and fails lines later.
    if !schema
        && let Some(offset) = slips::odd_space(text, error_at)
        && slips::space_was_it(text, offset, error_at)
    {
        return Diagnostic::error(
            Location::at_offset(file, text, offset, first_line),
            t!("yaml-odd-space"),
        )
        .with_hint(t!("yaml-odd-space-hint"));
    }
    let said = if schema {
        said::schema(problem)
    } else {
        t!("yaml-invalid", message = said::syntax(problem)).into_arg()
    };
    let hint = if !schema && slips::curly_quotes(text, error_at) {
        Some(t!("yaml-curly-quotes-hint"))
    } else if !schema && quoted_then_more(text, error_at) {
        Some(t!("yaml-quote-whole-value-hint"))
    } else if !schema && indented_with_tab(text, error_at) {
        Some(t!("yaml-tab-hint"))
    } else if let Some(extra) = (!schema && problem.contains("mapping values are not allowed"))
        .then(|| indented_past_key(text, error_at))
        .flatten()
    {
        Some(t!("yaml-indented-past-key-hint", spaces = extra))
    } else {
        hint_for(problem)
    };
    let mut d = Diagnostic::error(location, said::at(place, said));
    if let Some(h) = hint {
        d = d.with_hint(h);
    }
    d
}

/// What `e` says, in the user's language where ozyq knows its words, without
/// the place in the text (for a value read without one, such as
/// [`serde_yaml::from_value`]'s).
pub fn error_text(e: &serde_yaml::Error) -> Text {
    let message = e.to_string();
    let (place, problem) = said::place(without_place(&message));
    let said = if said::is_schema(problem) {
        said::schema(problem)
    } else {
        t!("yaml-invalid", message = said::syntax(problem)).into_arg()
    };
    said::at(place, said)
}

/// serde_yaml's message without the " at line N column M" it appends: the
/// diagnostic shows the place itself.
fn without_place(message: &str) -> &str {
    let end = [" at line ", " at position "]
        .iter()
        .filter_map(|p| message.find(p))
        .min()
        .unwrap_or(message.len());
    &message[..end]
}

/// `d`, a problem of a list's first item read alone, as one of item `n` (counted
/// from one) of the whole list.
pub fn in_item(d: Diagnostic, n: usize) -> Diagnostic {
    let inner = match d.text.as_deref() {
        Some(t) if t.id == "yaml-item" => t
            .args
            .iter()
            .find(|(k, _)| *k == "problem")
            .map(|(_, v)| v.clone()),
        Some(t) => Some(t.clone().into_arg()),
        None => None,
    };
    match inner {
        Some(problem) => {
            let text = t!("yaml-item", n = n, problem = problem);
            d.with_message(text)
        }
        None => {
            let what = d.message.strip_prefix("item 1: ").unwrap_or(&d.message);
            let message = format!("item {n}: {what}");
            d.with_message(message)
        }
    }
}

/// A key written twice in one map, at the second time it is written. serde_yaml
/// reports it at the start of the map, which may be many lines above.
fn duplicate(
    place: said::Place<'_>,
    problem: &str,
    e: &serde_yaml::Error,
    text: &str,
    file: &Path,
    first_line: usize,
) -> Option<Diagnostic> {
    let key = if let Some(rest) = problem.strip_prefix("duplicate field `") {
        rest.strip_suffix('`')?.to_string()
    } else {
        let rest = problem.strip_prefix("duplicate entry with key ")?;
        let key = rest.strip_prefix('"').and_then(|k| k.strip_suffix('"'));
        key.map_or_else(
            || rest.trim_matches('`').to_string(),
            |k| k.replace("\\\"", "\"").replace("\\\\", "\\"),
        )
    };
    let map_start = e.location()?.index().min(text.len());
    let (first, second) = repeated_key(text, map_start, &key)?;
    let first = Location::at_offset(file, text, first, first_line);
    Some(
        Diagnostic::error(
            Location::at_offset(file, text, second, first_line),
            said::at(place, t!("yaml-key-written-twice", key = key).into_arg()),
        )
        .with_hint(t!(
            "yaml-keep-one-two-also-hint",
            line = first.line.to_string()
        )),
    )
}

/// The offsets of the first two `key:` lines of the block map that starts at byte
/// `map_start` of `text` (its keys start in that column; deeper lines belong to
/// values, and a shallower one ends the map).
fn repeated_key(text: &str, map_start: usize, key: &str) -> Option<(usize, usize)> {
    let line_start = text[..map_start].rfind('\n').map_or(0, |i| i + 1);
    let indent = map_start - line_start;
    let mut found = Vec::new();
    let mut offset = line_start;
    for line in text[line_start..].split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let depth = if here == line_start {
            indent
        } else {
            body.len() - body.trim_start_matches(' ').len()
        };
        let rest = &body[depth.min(body.len())..];
        if rest.is_empty() || rest.starts_with('#') || depth > indent {
            continue;
        }
        if depth < indent {
            break;
        }
        if cut::key_value(rest).is_some_and(|(k, _)| k == key) {
            found.push(here + depth);
            if found.len() == 2 {
                return Some((found[0], found[1]));
            }
        }
    }
    None
}

fn hint_for(message: &str) -> Option<Text> {
    if message.contains("mapping values are not allowed") {
        Some(t!("yaml-quote-colon-hint"))
    } else if message.contains("did not find expected key") || message.contains("block") {
        Some(t!("yaml-indentation-hint"))
    } else if message.contains("unknown field") {
        // "unknown field `x`, expected one of `a`, `b`": suggest the nearest.
        let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
        let (given, known) = names.split_first()?;
        Some(
            match crate::diagnostics::nearest(given, known.iter().copied()) {
                Some(n) => t!("did-you-mean", name = n),
                None => t!("yaml-fields-here-hint", fields = known.join(", ")),
            },
        )
    } else if message.contains("invalid type: integer `")
        && message.contains("expected any YAML value")
    {
        Some(t!("yaml-number-too-large-hint"))
    } else if message.contains("invalid type") {
        Some(t!("yaml-expected-form-hint"))
    } else if message.contains("found character that cannot start any token") {
        Some(t!("yaml-quote-special-start-hint"))
    } else if message.contains("found unknown escape character") {
        Some(t!("yaml-backslash-hint"))
    } else if message.contains("did not find expected comment or line break") {
        Some(t!("yaml-quote-whole-value-hint"))
    } else if message.contains("unknown anchor")
        || message.contains("did not find expected alphabetic or numeric character")
    {
        Some(t!("yaml-quote-star-hint"))
    } else if message.contains("found a tab character") {
        Some(t!("yaml-tab-hint"))
    } else {
        None
    }
}

/// Where `key:` is written in `text`: the key's line and the column of its value.
/// A top-level key is preferred; else the first nested one (`catalogue:` then
/// `  paper: a3`) is taken.
pub fn key_location(text: &str, key: &str, file: &Path, first_line: usize) -> Location {
    let at = |nested: bool| {
        text.split('\n').enumerate().find_map(|(i, line)| {
            let indent = line.chars().take_while(|c| *c == ' ').count();
            if (indent > 0) != nested {
                return None;
            }
            let rest = line[indent..].strip_prefix(key)?;
            let rest_trim = rest.trim_start();
            let after_colon = rest_trim.strip_prefix(':')?;
            let value_col = indent
                + key.chars().count()
                + (rest.chars().count() - rest_trim.chars().count())
                + 1
                + (after_colon.chars().count() - after_colon.trim_start().chars().count())
                + 1;
            Some(Location::new(file, first_line + i, value_col))
        })
    };
    at(false)
        .or_else(|| at(true))
        .unwrap_or_else(|| Location::new(file, first_line, 1))
}

/// Where the nested key `path` (like `publish`, `college`, `url`) is written in
/// `text` in block style: each key found below the one before it, more deeply
/// indented. Falls back to [`key_location`] of the last key.
pub fn key_path_location(text: &str, path: &[&str], file: &Path, first_line: usize) -> Location {
    let lines: Vec<&str> = text.split('\n').collect();
    let (mut from, mut indent) = (0, None::<usize>);
    let mut found = None;
    for key in path {
        let hit = (from..lines.len()).find_map(|i| {
            let line = lines[i];
            let this = line.chars().take_while(|c| *c == ' ').count();
            if indent.is_some_and(|outer| this <= outer) && !line.trim().is_empty() && i > from {
                return Some(None);
            }
            let rest = line[this..].strip_prefix(key)?.trim_start();
            rest.starts_with(':').then_some(Some((i, this)))
        });
        match hit.flatten() {
            Some((i, this)) => {
                found = Some(i);
                from = i;
                indent = Some(this);
            }
            None => return key_location(text, path.last().unwrap_or(&""), file, first_line),
        }
    }
    match found {
        Some(i) => {
            let line = lines[i];
            let value = line.find(':').map_or(0, |c| {
                line[..=c].chars().count() + line[c + 1..].chars().take_while(|c| *c == ' ').count()
            });
            Location::new(file, first_line + i, value + 1)
        }
        None => Location::new(file, first_line, 1),
    }
}

/// A short description of a value's kind, for "expected X, found Y" messages.
pub fn describe(v: &Value) -> crate::messages::Text {
    match v {
        Value::Null => t!("yaml-kind-nothing"),
        Value::Bool(_) => t!("yaml-kind-yes-no"),
        Value::Number(_) => t!("yaml-kind-number"),
        Value::String(_) => t!("yaml-kind-text"),
        Value::Sequence(_) => t!("yaml-kind-list"),
        Value::Mapping(_) => t!("yaml-kind-map"),
        Value::Tagged(_) => t!("yaml-kind-tagged"),
    }
}

/// Yes or no as a methodist may write it: `true`/`false`, or yes, иә, да / no, жоқ, нет.
pub fn yes_no(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.trim().to_lowercase().as_str() {
            "yes" | "иә" | "да" => Some(true),
            "no" | "жоқ" | "нет" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A scalar as text: YAML reads `2025` or `true` as numbers and booleans, but a title or
/// an issue number is still text to us.
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_nested_too_deep_are_refused_before_parsing() {
        let file = Path::new("a.md");
        let deep = format!(
            "title: a\ntags: {}{}\n",
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        // Told at the first bracket too deep (libyaml took minutes over such a line).
        let e = parse(&deep, file, 2).unwrap_err();
        assert_eq!(
            (e.location.line, e.location.column),
            (3, 7 + MAX_FLOW_DEPTH)
        );
        assert!(parse_each(&deep, file, 2).is_err());
        assert!(from_str::<Value>(&deep, file, 2).is_err());
        assert!(from_str_each::<Value>(&deep, file, 2).0.is_none());
        // Brackets as written by hand, nested or in quotes, are read.
        let fine = "tags: [[a, b], {c: [d]}]\ntitle: \"[1] [2] [[3]]\"\n";
        assert!(parse(fine, file, 1).is_ok());
    }

    #[test]
    fn a_nested_key_is_found_under_its_parents() {
        let text = "title: x\nurl: top\npublish:\n  share:\n    url: \"file:///a\"\n  college:\n    password_env: P\n    url: \"sftp://h/b\"\n";
        let f = Path::new("config.yaml");
        let at = key_path_location(text, &["publish", "college", "url"], f, 1);
        assert_eq!((at.line, at.column), (8, 10));
        let at = key_path_location(text, &["publish", "share", "url"], f, 1);
        assert_eq!((at.line, at.column), (5, 10));
        // A key not written so: the last key wherever it is.
        let at = key_path_location(text, &["publish", "usb", "url"], f, 1);
        assert_eq!(at.line, 2);
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let text = "title: a\ndate: [1\n";
        let e = parse(text, Path::new("x.md"), 2).unwrap_err();
        assert_eq!(e.location.file, Path::new("x.md"));
        assert!(e.location.line >= 3, "{e}");
        assert!(e.message.starts_with("invalid YAML"));
    }

    #[test]
    fn an_unclosed_quote_is_shown_where_it_opens() {
        let text = "title: \"abc\nauthors: [a]\nsummary: x\n";
        let e = parse(text, Path::new("x.md"), 2).unwrap_err();
        assert_eq!((e.location.line, e.location.column), (2, 8), "{e}");
        assert_eq!(e.message, "invalid YAML: this quote is not closed");
        assert_eq!(
            unclosed_quote("a: \"x \\\" y\"\nb: 'it''s'\n- \"z\"\n"),
            None
        );
        assert_eq!(unclosed_quote("a: ok\nb: 'it''s\n"), Some(9));
        assert_eq!(
            unclosed_quote("attachments:\n  - file: \"x.pdf\n"),
            Some(23)
        );
        // Not values: comments and the lines of block scalars.
        assert_eq!(
            unclosed_quote("# a: \"b\nc: |\n  Ол айтты: \"бір\nd: e\n"),
            None
        );
        // A bad escape inside a closed quote is reported as the parser says.
        let e = parse("title: \"C:\\qfiles\"\n", Path::new("x.md"), 2).unwrap_err();
        assert!(!e.message.contains("quote is not closed"), "{e}");
    }

    #[test]
    fn a_tab_in_the_indentation_is_named_in_the_hint() {
        for text in [
            "title: a\nauthors:\n\t- omarov-n\n",
            "title: a\n\tsubject: b\n",
        ] {
            let e = parse(text, Path::new("x.md"), 2).unwrap_err();
            assert_eq!(
                e.hint.as_deref(),
                Some("indent with spaces: YAML does not allow tab characters in indentation"),
                "{text:?}: {e}"
            );
        }
    }

    #[test]
    fn a_repeated_key_is_shown_where_it_is_repeated() {
        let text = "title: a\ndate: 2025-01-01\ntags:\n  title: x\ntitle: b\n";
        let e = parse(text, Path::new("x.md"), 2).unwrap_err();
        assert_eq!((e.location.line, e.location.column), (6, 1), "{e}");
        assert_eq!(e.message, "the key `title` is written twice");
        // An item of a list, with the repeated field further in.
        let text = "- id: a\n  name: A\n- id: b\n  name: B\n  # note\n  name: C\n";
        let e = parse(text, Path::new("x.yaml"), 1).unwrap_err();
        assert_eq!((e.location.line, e.location.column), (6, 3), "{e}");
        assert_eq!(
            e.hint.as_deref(),
            Some("keep one of the two: it is also on line 4")
        );
    }

    #[test]
    fn the_parser_s_words_are_said_in_the_user_s_language() {
        use crate::messages::{Arg, Lang};
        let e = parse("title: Ашық: сабақ\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(
            e.message_in(Lang::Ru),
            "ошибка в YAML: здесь не может быть пары «ключ: значение»"
        );
        assert_eq!(
            e.message,
            "invalid YAML: mapping values are not allowed in this context"
        );
        // Words ozyq has no message for stay as the parser wrote them.
        assert_eq!(
            said::syntax("found duplicate %YAML directive, while parsing x"),
            Arg::Str("found duplicate %YAML directive".into())
        );
        // A value quoted and then continued: quote the whole of it.
        let e = parse("title: \"Абай\" жолы\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(
            e.hint.as_deref(),
            Some("put the whole value in quotes, e.g. title: '\"Абай жолы\" романы'")
        );
    }

    #[test]
    fn serde_s_words_about_a_value_are_said_in_the_user_s_language() {
        use crate::messages::Lang;
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Rec {
            n: u32,
        }
        let text = "- n: 1\n- n: many\n";
        let e = from_str::<Vec<Rec>>(text, Path::new("x.yaml"), 1).unwrap_err();
        assert_eq!((e.location.line, e.location.column), (2, 6));
        assert_eq!(
            e.message,
            "item 2: expected a whole number, found text `many`"
        );
        assert_eq!(
            e.message_in(Lang::Kk),
            "2-тармақ: мұнда бүтін сан болуы керек, ал табылғаны: мәтін `many`"
        );
        let e = from_str::<Rec>("m: 1\n", Path::new("x.yaml"), 1).unwrap_err();
        assert_eq!(
            e.message_in(Lang::Ru),
            "неизвестное поле `m`; здесь допустимы поля: `n`"
        );
        let e = from_str::<Rec>("{}\n", Path::new("x.yaml"), 1).unwrap_err();
        assert_eq!(e.message_in(Lang::Kk), "міндетті `n` өрісі жоқ");
        // A number too large for anything is said without serde's type name,
        // and with a hint to quote a code.
        let e = parse("n: 99999999999999999999999\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(
            e.message,
            "n: the number 99999999999999999999999 is too large to be read"
        );
        assert!(e.hint.as_ref().is_some_and(|h| h.contains("in quotes")));
        assert_eq!(
            e.message_in(Lang::Ru),
            "n: число 99999999999999999999999 слишком велико, чтобы его прочитать"
        );
        // Read alone, an item of a list is numbered as in the whole list.
        let e = from_str::<Vec<Rec>>("- n: x\n", Path::new("x.yaml"), 1).unwrap_err();
        let e = in_item(e, 7);
        assert_eq!(e.message, "item 7: expected a whole number, found text `x`");
        assert!(
            e.message_in(Lang::Ru)
                .starts_with("элемент 7: здесь ожидается")
        );
    }

    #[test]
    fn finds_top_level_keys() {
        let text = "title: a\ndate:   2025\n";
        let l = key_location(text, "date", Path::new("x.md"), 2);
        assert_eq!((l.line, l.column), (3, 9));
    }
}

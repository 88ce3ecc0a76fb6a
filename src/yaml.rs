//! All YAML reading goes through here, so the YAML library can be swapped in one place
//! and every YAML problem is reported the same way: file, line, column.

use crate::t;
use serde::de::DeserializeOwned;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Location};

pub use serde_yaml::{Mapping, Value};

/// Parses `text` (which starts on line `first_line` of `file`) into a value.
pub fn parse(text: &str, file: &Path, first_line: usize) -> Result<Value, Diagnostic> {
    serde_yaml::from_str::<Value>(text).map_err(|e| syntax_error(&e, text, file, first_line))
}

/// Deserializes `text` straight into `T`; type errors carry their position.
pub fn from_str<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    serde_yaml::from_str::<T>(text).map_err(|e| syntax_error(&e, text, file, first_line))
}

fn syntax_error(e: &serde_yaml::Error, text: &str, file: &Path, first_line: usize) -> Diagnostic {
    let location = match e.location() {
        Some(l) => Location::at_offset(file, text, l.index(), first_line),
        None => Location::new(file, first_line, 1),
    };
    // serde_yaml appends " at line N column M" to its messages; we show the place ourselves.
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    // A path such as `.[0].name: ` says which list item; people count from one.
    if let Some(rest) = message.strip_prefix(".[")
        && let Some((n, tail)) = rest.split_once(']')
        && let Ok(n) = n.parse::<usize>()
    {
        let tail = tail
            .trim_start_matches(|c: char| c != ':')
            .trim_start_matches(':')
            .trim_start();
        message = format!("item {}: {tail}", n + 1);
    }
    if let Some(d) = duplicate(&message, e, text, file, first_line) {
        return d;
    }
    let schema = [
        "unknown field",
        "missing field",
        "invalid type",
        "invalid value",
        "duplicate field",
    ]
    .iter()
    .any(|k| message.contains(k));
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
    let hint = hint_for(&message);
    // The parser's own words (English) are given as they are, inside a sentence
    // of ours.
    let said: crate::diagnostics::Said = if schema {
        message.into()
    } else {
        t!("yaml-invalid", message = message).into()
    };
    let mut d = Diagnostic::error(location, said);
    if let Some(h) = hint {
        d = d.with_hint(h);
    }
    d
}

/// A key written twice in one map, at the second time it is written. serde_yaml
/// reports it at the start of the map, which may be many lines above.
fn duplicate(
    message: &str,
    e: &serde_yaml::Error,
    text: &str,
    file: &Path,
    first_line: usize,
) -> Option<Diagnostic> {
    let (prefix, key) = if let Some((before, rest)) = message.split_once("duplicate field `") {
        (before, rest.strip_suffix('`')?.to_string())
    } else {
        let (before, rest) = message.split_once("duplicate entry with key ")?;
        let key = rest.strip_prefix('"').and_then(|k| k.strip_suffix('"'));
        let key = key.map_or_else(
            || rest.trim_matches('`').to_string(),
            |k| k.replace("\\\"", "\"").replace("\\\\", "\\"),
        );
        (before, key)
    };
    let map_start = e.location()?.index().min(text.len());
    let (first, second) = repeated_key(text, map_start, &key)?;
    let first = Location::at_offset(file, text, first, first_line);
    Some(
        Diagnostic::error(
            Location::at_offset(file, text, second, first_line),
            t!(
                "yaml-key-written-twice",
                prefix = prefix.to_string(),
                key = key.to_string()
            ),
        )
        .with_hint(t!(
            "yaml-keep-one-two-also-hint",
            line = (first.line).to_string()
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
        if key_of(rest) == Some(key) {
            found.push(here + depth);
            if found.len() == 2 {
                return Some((found[0], found[1]));
            }
        }
    }
    None
}

/// The key of a `key: value` line, quoted or not.
fn key_of(line: &str) -> Option<&str> {
    for q in ['"', '\''] {
        if let Some(rest) = line.strip_prefix(q) {
            let (k, after) = rest.split_once(q)?;
            return after.trim_start().starts_with(':').then_some(k);
        }
    }
    let end = line
        .find(": ")
        .or_else(|| line.strip_suffix(':').map(str::len))?;
    Some(line[..end].trim_end())
}

/// The offset of the first value in `text` that opens a quote and does not close it
/// on its line (front matter values are one line long). Comments and the lines of
/// block scalars (`key: |`) are not values.
fn unclosed_quote(text: &str) -> Option<usize> {
    let mut line_start = 0;
    // The indentation of a `key: |` line while its block lasts.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        let indent = body.len() - trimmed.len();
        let offset = line_start;
        line_start += line.len();
        if let Some(b) = block {
            if trimmed.is_empty() || indent > b {
                continue;
            }
            block = None;
        }
        if trimmed.starts_with('#') {
            continue;
        }
        let item = trimmed.strip_prefix("- ").map_or(trimmed, str::trim_start);
        let value = match item.split_once(": ") {
            Some((_, v)) => v.trim_start(),
            None if item.len() < trimmed.len() => item,
            None => continue,
        };
        if value.starts_with(['|', '>']) {
            block = Some(indent);
            continue;
        }
        let Some(q) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let rest = &value[1..];
        let closed = if q == '"' {
            let mut escaped = false;
            rest.chars().any(|c| {
                let end = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                end
            })
        } else {
            // Inside single quotes '' is a quote mark; one alone ends the value.
            rest.replace("''", "").contains('\'')
        };
        if !closed {
            return Some(offset + (body.len() - value.len()));
        }
    }
    None
}

fn hint_for(message: &str) -> Option<crate::messages::Text> {
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
    } else if message.contains("invalid type") {
        Some(t!("yaml-expected-form-hint"))
    } else if message.contains("found character that cannot start any token") {
        Some(t!("yaml-quote-special-start-hint"))
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
    fn finds_top_level_keys() {
        let text = "title: a\ndate:   2025\n";
        let l = key_location(text, "date", Path::new("x.md"), 2);
        assert_eq!((l.line, l.column), (3, 9));
    }
}

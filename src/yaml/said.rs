//! serde_yaml's words as messages. The parser (libyaml) and serde have a finite
//! set of English sentences; the ones a person writing YAML by hand can meet are
//! said in the user's language, and the rest are given as the library wrote them,
//! inside a sentence of ours.

use crate::messages::{Arg, Text};
use crate::t;

/// Where in a document a problem is, as serde_yaml's message begins with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place<'a> {
    /// The document itself (or a place serde_yaml does not name).
    Whole,
    /// The `n`th item of a top-level list, counted from one.
    Item(usize),
    /// A key path such as `catalogue.reviewers`.
    Key(&'a str),
}

/// How serde's and our own messages about a value's form begin, after the key
/// path serde_yaml puts before them.
const SCHEMA_STARTS: [&str; 9] = [
    "invalid type: ",
    "invalid value: ",
    "invalid length ",
    "unknown field `",
    "unknown variant `",
    "missing field `",
    "duplicate field `",
    "duplicate entry ",
    "data did not match any variant",
];

/// The place serde_yaml's `message` starts with (`.[0].name: `, `page_size: `),
/// and the rest. A path into a list item is said as the item alone: people count
/// items from one, and the diagnostic points at the field already.
pub(super) fn place(message: &str) -> (Place<'_>, &str) {
    if let Some(rest) = message.strip_prefix(".[")
        && let Some((n, tail)) = rest.split_once(']')
        && let Ok(n) = n.parse::<usize>()
    {
        let tail = tail
            .trim_start_matches(|c: char| c != ':')
            .trim_start_matches(':')
            .trim_start();
        return (Place::Item(n + 1), tail);
    }
    for start in SCHEMA_STARTS
        .iter()
        .chain([&super::expecting::WITHOUT_FORMS])
    {
        if let Some(i) = message.find(&format!(": {start}")) {
            let path = &message[..i];
            if !path.is_empty() && !path.contains(char::is_whitespace) {
                return (Place::Key(path), &message[i + 2..]);
            }
        }
    }
    (Place::Whole, message)
}

/// `problem` said at `place`.
pub(super) fn at(place: Place<'_>, problem: Arg) -> Text {
    match place {
        Place::Whole => match problem {
            Arg::Text(t) => *t,
            other => t!("yaml-as-written", problem = other),
        },
        Place::Item(n) => t!("yaml-item", n = n, problem = problem),
        Place::Key(path) => t!("yaml-at-key", path = path, problem = problem),
    }
}

/// Whether `problem` is about a value's form (serde's) rather than YAML syntax.
pub(super) fn is_schema(problem: &str) -> bool {
    SCHEMA_STARTS.iter().any(|s| problem.starts_with(s))
        || problem.starts_with(super::expecting::WITHOUT_FORMS)
}

/// What a problem about a value's form says, as a message when ozyq knows the
/// words.
pub(super) fn schema(problem: &str) -> Arg {
    let named = |rest: &str| rest.split('`').next().unwrap_or("").to_string();
    // A number beyond what YAML values hold (serde_yaml's are 64-bit), where any
    // value was welcome: serde's words name neither the number nor the cure.
    if let Some(rest) = problem.strip_prefix("invalid type: integer `")
        && let Some((value, _)) = rest.split_once('`')
        && problem.ends_with("expected any YAML value")
    {
        return Arg::Text(Box::new(t!("yaml-number-too-large", value = value)));
    }
    if let Some(rest) = problem
        .strip_prefix("invalid type: ")
        .or_else(|| problem.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        return Arg::Text(Box::new(t!(
            "yaml-expected-found",
            expected = expected_form(expected),
            found = found_form(found)
        )));
    }
    if let Some(rest) = problem.strip_prefix("unknown field `") {
        let (name, known) = rest.split_once("`, ").unwrap_or((rest, ""));
        return Arg::Text(Box::new(match choices(known) {
            Some(known) => t!("yaml-unknown-field", name = name, known = known),
            None => t!("yaml-unknown-field-none", name = name.trim_end_matches('`')),
        }));
    }
    if let Some(rest) = problem.strip_prefix("unknown variant `") {
        let (name, known) = rest.split_once("`, ").unwrap_or((rest, ""));
        return Arg::Text(Box::new(match choices(known) {
            Some(known) => t!("yaml-unknown-value", name = name, known = known),
            None => t!("yaml-unknown-value-none", name = name.trim_end_matches('`')),
        }));
    }
    if let Some(rest) = problem.strip_prefix("missing field `") {
        return Arg::Text(Box::new(t!("yaml-missing-field", name = named(rest))));
    }
    if problem.starts_with("data did not match any variant of untagged enum LanguagesFile") {
        return Arg::Text(Box::new(t!("yaml-languages-form")));
    }
    if problem.starts_with(super::expecting::WITHOUT_FORMS) {
        return Arg::Text(Box::new(t!("yaml-without-forms")));
    }
    Arg::Str(problem.to_string())
}

/// The names serde lists after `expected`: "one of `a`, `b`", "`a` or `b`",
/// "`a`"; `None` for "there are no fields".
fn choices(known: &str) -> Option<String> {
    let known = known.strip_prefix("expected ")?;
    let known = known.strip_prefix("one of ").unwrap_or(known);
    Some(known.replace("` or `", "`, `"))
}

/// What serde expected, as serde or a `Visitor::expecting` of ours says it.
fn expected_form(expected: &str) -> Arg {
    let text = match expected {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" | "an integer" => t!("yaml-kind-whole-number"),
        "f32" | "f64" | "a float" => t!("yaml-kind-number"),
        "a string" | "a borrowed string" | "a character" | "path string" => t!("yaml-kind-text"),
        "a boolean" => t!("yaml-kind-yes-no"),
        "a sequence" => t!("yaml-kind-list"),
        "a map" => t!("yaml-kind-map"),
        super::expecting::FORMS => t!("yaml-expected-forms"),
        // A struct is written as `key: value` lines; its Rust name means nothing
        // to the person writing them.
        s if s.starts_with("struct ") => t!("yaml-kind-map"),
        s => return Arg::Str(s.to_string()),
    };
    Arg::Text(Box::new(text))
}

/// What serde found (`serde::de::Unexpected` as it prints), with its value.
fn found_form(found: &str) -> Arg {
    let valued = |kind: Text, value: &str| {
        let value = value.trim_matches('`');
        Arg::Text(Box::new(t!("yaml-found-value", kind = kind, value = value)))
    };
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    match kind {
        "sequence" => Arg::Text(Box::new(t!("yaml-kind-list"))),
        "map" => Arg::Text(Box::new(t!("yaml-kind-map"))),
        "unit" | "Option" => Arg::Text(Box::new(t!("yaml-kind-nothing"))),
        "boolean" => valued(t!("yaml-kind-yes-no"), value),
        // `integer `1…1` as u128`: a number too large for any other type.
        "integer" => valued(
            t!("yaml-kind-number"),
            value.split_once(" as ").map_or(value, |(v, _)| v),
        ),
        "floating" => valued(t!("yaml-kind-number"), value.trim_start_matches("point ")),
        "character" => valued(t!("yaml-kind-text"), value),
        "string" => {
            // `string "…"` is Rust's debug form: quoted, with `\"` and `\\`.
            let inner = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
            let inner = inner
                .unwrap_or(value)
                .replace("\\\"", "\"")
                .replace("\\\\", "\\");
            valued(t!("yaml-kind-text"), &inner)
        }
        _ => Arg::Str(found.to_string()),
    }
}

/// The parser's or serde_yaml's own words about the YAML itself, as a message
/// when ozyq knows them. `problem` is without its place (`at line …`); a
/// libyaml context (`, while parsing …`) is left out too, since it names the
/// parser's state rather than the text.
pub(super) fn syntax(problem: &str) -> Arg {
    let problem = problem.split(", while ").next().unwrap_or(problem);
    let text = match problem {
        "mapping values are not allowed in this context" => t!("yaml-problem-mapping-values"),
        "mapping keys are not allowed in this context" => t!("yaml-problem-mapping-keys"),
        "block sequence entries are not allowed in this context" => {
            t!("yaml-problem-block-entries")
        }
        "did not find expected key" => t!("yaml-problem-expected-key"),
        "did not find expected node content" => t!("yaml-problem-expected-node"),
        "did not find expected ',' or ']'" => t!("yaml-problem-expected-list-end"),
        "did not find expected ',' or '}'" => t!("yaml-problem-expected-map-end"),
        "could not find expected ':'" => t!("yaml-problem-expected-colon"),
        "did not find expected '-' indicator" => t!("yaml-problem-expected-dash"),
        "found character that cannot start any token" => t!("yaml-problem-cannot-start-token"),
        "found unexpected end of stream" => t!("yaml-problem-end-of-stream"),
        "found a tab character that violates indentation" => t!("yaml-problem-tab-indentation"),
        "found a tab character where an indentation space is expected" => {
            t!("yaml-problem-tab-instead-of-space")
        }
        "found undefined tag handle" => t!("yaml-problem-undefined-tag"),
        "found unknown escape character" => t!("yaml-problem-unknown-escape"),
        "found invalid Unicode character escape code" => t!("yaml-problem-bad-unicode-escape"),
        "did not find expected hexadecimal number" => t!("yaml-problem-expected-hex"),
        "control characters are not allowed" => t!("yaml-problem-control-characters"),
        "invalid leading UTF-8 octet"
        | "invalid trailing UTF-8 octet"
        | "incomplete UTF-8 octet sequence"
        | "invalid length of a UTF-8 sequence"
        | "invalid Unicode character" => t!("yaml-problem-bad-utf8"),
        "found unexpected document indicator" => t!("yaml-problem-document-indicator"),
        "found unexpected ':'" => t!("yaml-problem-unexpected-colon"),
        "did not find expected alphabetic or numeric character" => {
            t!("yaml-problem-expected-alphanumeric")
        }
        "did not find expected comment or line break" => t!("yaml-problem-expected-comment"),
        "did not find expected whitespace or line break" => {
            t!("yaml-problem-expected-whitespace")
        }
        "found unknown directive name" => t!("yaml-problem-unknown-directive"),
        "unknown anchor" => t!("yaml-problem-unknown-anchor"),
        "EOF while parsing a value" => t!("yaml-problem-end-of-value"),
        "deserializing from YAML containing more than one document is not supported" => {
            t!("yaml-problem-several-documents")
        }
        "recursion limit exceeded" => t!("yaml-problem-recursion"),
        "repetition limit exceeded" => t!("yaml-problem-repetition"),
        "empty YAML tag is not allowed" => t!("yaml-problem-empty-tag"),
        "failed to parse YAML number" => t!("yaml-problem-bad-number"),
        other => return Arg::Str(other.to_string()),
    };
    Arg::Text(Box::new(text))
}

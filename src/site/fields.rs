//! An entry's fields beyond the common ones, checked against the site's settings
//! and kept typed: a level as its choice, a date as a date, people as teachers.

use crate::messages::Text;
use crate::t;
use chrono::{Datelike, NaiveDate};

use crate::config::Config;
use crate::config::fields::{COMMON_FIELDS, Field, FieldId, FieldType};
use crate::config::kinds::Kind;
use crate::content::front_matter::{FrontMatter, RawField};
use crate::diagnostics::{Diagnostic, Located, Location, Said, nearest};
use crate::lang::Lang;
use crate::lang::dates::parse_date;
use crate::lang::dates::{YEARS, four_digit_year};
use crate::yaml::{self, Value};

use super::resolve::Registry;
use super::{Attachment, AuthorId};

/// A number as written: whole, or with a decimal point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(pub f64);

impl Eq for Number {}

impl std::hash::Hash for Number {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.to_bits().hash(h);
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            write!(f, "{}", self.0 as i64)
        } else {
            write!(f, "{}", self.0)
        }
    }
}

/// A file named by a field, and the published file once assets are placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileValue {
    /// The path as written, relative to the entry's file, with where.
    pub written: Located<String>,
    /// The copied file; `None` until the site's assets are placed.
    pub file: Option<Attachment>,
}

// Where the path is written does not change what pages show of it.
impl std::hash::Hash for FileValue {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (&self.written.value, &self.file).hash(h);
    }
}

/// A field's value, of the field's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldValue {
    /// One line of text.
    Text(String),
    /// Names of people, in the order written.
    Names(Vec<String>),
    /// A number.
    Number(Number),
    /// A day.
    Date(NaiveDate),
    /// A calendar year.
    Year(i32),
    /// The index of a choice in the field's `choices`.
    Choice(usize),
    /// Teachers of `data/authors.yaml`.
    People(Vec<AuthorId>),
    /// An http(s) address.
    Url(String),
    /// Yes or no.
    YesNo(bool),
    /// A file published with the entry.
    File(FileValue),
}

/// A field of an entry with its value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldEntry {
    /// Which field.
    pub field: FieldId,
    /// Its value.
    pub value: FieldValue,
}

/// The fields of an entry of `kind`, in the kind's order. A field that is not the
/// kind's is warned about and left out; a value of the wrong form is an error.
pub fn read_fields(
    fm: &FrontMatter,
    kind: &Kind,
    config: &Config,
    reg: &Registry,
    diags: &mut Vec<Diagnostic>,
) -> Vec<FieldEntry> {
    let mut out = Vec::new();
    for raw in &fm.fields {
        let name = raw.key.value.as_str();
        let Some(f) = config.field(name) else {
            let known = COMMON_FIELDS
                .iter()
                .copied()
                .chain(kind.fields.iter().map(|&f| config.fields[f].name.as_str()));
            let mut d = Diagnostic::warning(
                raw.key.location.line_start(),
                t!("site-fields-unknown-field-ignored", name = name.to_string()),
            );
            d = match nearest(name, known) {
                Some(n) => d.with_hint(t!("site-fields-did-you-mean-hint", n = n.to_string())),
                None => d.with_hint(t!("site-fields-define-under-fields-config-hint")),
            };
            diags.push(d);
            continue;
        };
        if !kind.fields.contains(&f) {
            diags.push(not_of_kind(raw, f, kind, config));
            continue;
        }
        if let Some(value) = typed(&config.fields[f], raw, reg, config.language, diags) {
            out.push(FieldEntry { field: f, value });
        }
    }
    out.sort_by_key(|e| kind.fields.iter().position(|&f| f == e.field));
    out
}

/// A translation's fields: those it writes itself (its `event` in its
/// language), and its original's for the others, in the kind's order: a level,
/// a result or a journal's issue need not be written twice, and the page, the
/// catalogue and the report show them in every language.
pub fn inherit(own: &mut Vec<FieldEntry>, original: &[FieldEntry], kind: &Kind) {
    let missing: Vec<FieldEntry> = (original.iter())
        .filter(|o| !own.iter().any(|f| f.field == o.field))
        .cloned()
        .collect();
    if !missing.is_empty() {
        own.extend(missing);
        own.sort_by_key(|e| kind.fields.iter().position(|&f| f == e.field));
    }
}

/// A warning for a field written on an entry whose kind does not have it.
fn not_of_kind(raw: &RawField, f: FieldId, kind: &Kind, config: &Config) -> Diagnostic {
    let name = &config.fields[f].name;
    let owners: Vec<String> = config
        .kinds
        .iter()
        .filter(|k| k.fields.contains(&f))
        .map(|k| format!("`{}`", k.id))
        .collect();
    let whose = match owners.len() {
        0 => t!("site-fields-owner-none"),
        1 => t!("site-fields-owner-kind", kind = owners[0].as_str()),
        _ => t!("site-fields-owner-kinds", kinds = owners.join(", ")),
    };
    Diagnostic::warning(
        raw.key.location.clone(),
        t!(
            "site-fields-field-belongs-not-ignored",
            name = name.to_string(),
            whose = whose,
            id = (kind.id).to_string()
        ),
    )
    .with_hint(t!(
        "site-fields-remove-give-config-yaml-hint",
        id = (kind.id).to_string(),
        name = name.to_string()
    ))
}

fn error(at: &Location, msg: impl Into<Said>, hint: impl Into<Said>) -> Diagnostic {
    Diagnostic::error(at.clone(), msg).with_hint(hint)
}

/// The value of `raw` as `field`'s type; `None` when not given or in error.
fn typed(
    field: &Field,
    raw: &RawField,
    reg: &Registry,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) -> Option<FieldValue> {
    let v = &raw.value;
    let text = yaml::scalar_text(v).map(|s| s.trim().to_string());
    if v.is_null() || text.as_deref() == Some("") {
        return None;
    }
    match field.ty {
        FieldType::Names | FieldType::People => names_or_people(field, raw, reg, diags),
        _ if matches!(v, Value::Sequence(_) | Value::Mapping(_)) => {
            diags.push(expected(field, raw, type_words(field.ty), example(field)));
            None
        }
        _ => scalar(field, raw, text?, lang, diags),
    }
}

/// An error for a value of the wrong form, with an example of the right one.
fn expected(
    field: &Field,
    raw: &RawField,
    what: Text,
    example: impl crate::messages::IntoArg,
) -> Diagnostic {
    let name = &field.name;
    error(
        &raw.key.location,
        t!(
            "site-fields-must-found",
            name = name.to_string(),
            what = what,
            value = describe(&raw.value)
        ),
        t!(
            "site-fields-write-like-hint",
            name = name.to_string(),
            example = example
        ),
    )
}

/// A names or people field's value: one name or a list; people are teachers of
/// `data/authors.yaml`, and every unknown one is reported, not only the first.
fn names_or_people(
    field: &Field,
    raw: &RawField,
    reg: &Registry,
    diags: &mut Vec<Diagnostic>,
) -> Option<FieldValue> {
    let Some(list) = text_list(&raw.value) else {
        let d = expected(
            field,
            raw,
            t!("site-fields-type-names"),
            "[Әбенова Г. Т., Иванов А. Б.]",
        );
        diags.push(d);
        return None;
    };
    if field.ty == FieldType::Names {
        return (!list.is_empty()).then_some(FieldValue::Names(list));
    }
    let found: Vec<Option<AuthorId>> = list
        .iter()
        .map(|n| reg.teacher(n, &raw.key.location, diags))
        .collect();
    let mut people: Vec<AuthorId> = Vec::new();
    for id in found {
        let id = id?;
        if !people.contains(&id) {
            people.push(id);
        }
    }
    (!people.is_empty()).then_some(FieldValue::People(people))
}

/// The value of a field of one value (`text`, as written) as the field's type.
fn scalar(
    field: &Field,
    raw: &RawField,
    text: String,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) -> Option<FieldValue> {
    let (name, at, v) = (field.name.as_str(), &raw.key.location, &raw.value);
    // `20.05.26` is read as the year 26: the hint is the year in full, as for
    // `date:`.
    let in_full = (matches!(field.ty, FieldType::Date))
        .then(|| parse_date(&text).and_then(|p| four_digit_year(&text, p.date.year())))
        .flatten();
    let value = match field.ty {
        FieldType::Text if field.built_in => {
            diags.extend(standard_number(name, &text, at));
            let t = if name == "doi" {
                bare_doi(&text)
            } else {
                &text
            };
            Some(FieldValue::Text(t.to_string()))
        }
        FieldType::Number => number(v).map(FieldValue::Number),
        FieldType::Count => (number(v))
            .filter(|n| n.0 >= 0.0 && n.0.fract() == 0.0 && n.0 < 1e15)
            .map(FieldValue::Number),
        FieldType::Date => parse_date(&text)
            .filter(|d| YEARS.contains(&d.date.year()))
            .map(|d| FieldValue::Date(d.date)),
        FieldType::Year => text
            .parse::<i32>()
            .ok()
            .filter(|y| YEARS.contains(y))
            .map(FieldValue::Year),
        FieldType::Choice => match field.choice(&text) {
            Some(i) => Some(FieldValue::Choice(i)),
            None => {
                diags.push(not_a_choice(field, &text, at, lang));
                return None;
            }
        },
        FieldType::Url => {
            let ok = (text.starts_with("http://") || text.starts_with("https://"))
                && !text.contains(char::is_whitespace);
            if !ok {
                diags.push(error(
                    at,
                    t!(
                        "site-fields-must-web-address-found",
                        name = name.to_string(),
                        text = text.to_string()
                    ),
                    t!("site-fields-write-full-starting-https-hint"),
                ));
                return None;
            }
            Some(FieldValue::Url(text))
        }
        FieldType::YesNo => yaml::yes_no(v).map(FieldValue::YesNo),
        FieldType::File => Some(FieldValue::File(FileValue {
            written: Located::new(text, at.clone()),
            file: None,
        })),
        FieldType::Text | FieldType::Names | FieldType::People => Some(FieldValue::Text(text)),
    };
    if value.is_none() {
        let mut d = expected(field, raw, type_words(field.ty), example(field));
        if let Some(fixed) = in_full {
            d = d.with_hint(t!(
                "site-imprint-year-in-full-hint",
                key = name,
                fixed = fixed
            ));
        }
        diags.push(d);
    }
    value
}

/// A DOI without the `https://doi.org/` or `doi:` it is often pasted with.
fn bare_doi(t: &str) -> &str {
    let lower = t.to_ascii_lowercase();
    for prefix in [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
        "doi:",
    ] {
        if lower.starts_with(prefix) {
            return t[prefix.len()..].trim_start();
        }
    }
    t
}

/// A warning when an ISSN or ISBN has a wrong check digit or length: a typo a
/// library catalogue or a reviewer would catch.
fn standard_number(name: &str, t: &str, at: &Location) -> Option<Diagnostic> {
    // «ISBN 978-…» as printed on a book is the same number.
    let bare = t
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case(name))
        .map_or(t, |_| t[4..].trim_start_matches([':', ' ']));
    let chars: Vec<char> = bare
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{2010}'..='\u{2015}'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let digit = |c: char, x_ok: bool| match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        'X' if x_ok => Some(10),
        _ => None,
    };
    let last = chars.len().saturating_sub(1);
    let values: Option<Vec<u32>> = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| digit(c, i == last))
        .collect();
    let (valid, form) = match (name, values) {
        ("issn", Some(v)) if v.len() == 8 => {
            let sum: u32 = v.iter().zip((1..=8).rev()).map(|(d, w)| d * w).sum();
            (
                sum.is_multiple_of(11),
                "8 digits, the last a check digit: 2305-8110",
            )
        }
        ("isbn", Some(v)) if v.len() == 10 => {
            let sum: u32 = v.iter().zip((1..=10).rev()).map(|(d, w)| d * w).sum();
            (sum.is_multiple_of(11), "10 or 13 digits: 978-601-7000-00-4")
        }
        ("isbn", Some(v)) if v.len() == 13 && v[12] < 10 => {
            let sum: u32 = v
                .iter()
                .enumerate()
                .map(|(i, d)| if i % 2 == 0 { *d } else { d * 3 })
                .sum();
            (sum.is_multiple_of(10), "10 or 13 digits: 978-601-7000-00-4")
        }
        ("issn", _) => (false, "8 digits, the last a check digit: 2305-8110"),
        ("isbn", _) => (false, "10 or 13 digits: 978-601-7000-00-4"),
        _ => return None,
    };
    (!valid).then(|| {
        Diagnostic::warning(
            at.clone(),
            t!(
                "site-fields-not-valid-number-digit",
                code = (name.to_uppercase()).to_string(),
                t = t.to_string()
            ),
        )
        .with_hint(t!(
            "site-fields-copy-from-journal-book-hint",
            code = (name.to_uppercase()).to_string(),
            form = form.to_string()
        ))
    })
}

/// An error for a choice that is not one of the field's, with the nearest.
/// The choices are listed in the site's language.
fn not_a_choice(field: &Field, t: &str, at: &Location, lang: Lang) -> Diagnostic {
    let list = field
        .choices
        .iter()
        .map(|c| c.label.get(lang).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let names = field.choice_names();
    let key = crate::config::fields::choice_key(t);
    let near = names
        .iter()
        .map(|n| {
            (
                strsim::damerau_levenshtein(&key, &crate::config::fields::choice_key(n)),
                *n,
            )
        })
        .filter(|(d, n)| *d <= 2.max(n.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n);
    let hint = match near {
        Some(n) => t!(
            "site-fields-did-you-mean-choices-hint",
            name = n,
            list = list.as_str()
        ),
        None => t!("site-fields-choices-are-hint", list = list.as_str()),
    };
    error(
        at,
        t!(
            "site-fields-not-one-choices",
            t = t.to_string(),
            name = (field.name).to_string()
        ),
        hint,
    )
}

fn type_words(ty: FieldType) -> Text {
    match ty {
        FieldType::Number => t!("site-fields-type-number"),
        FieldType::Count => t!("site-fields-type-count"),
        FieldType::Date => t!("site-fields-type-date"),
        FieldType::Year => t!("site-fields-type-year"),
        FieldType::Choice => t!("site-fields-type-choice"),
        FieldType::Url => t!("site-fields-type-url"),
        FieldType::YesNo => t!("site-fields-type-yes-no"),
        FieldType::File => t!("site-fields-type-file"),
        _ => t!("site-fields-type-text"),
    }
}

/// A value of the field's type, as a hint writes it.
fn example(field: &Field) -> crate::messages::Arg {
    use crate::messages::IntoArg;
    match field.ty {
        FieldType::Number | FieldType::Count => "25".into_arg(),
        FieldType::Date => t!("site-fields-example-date").into_arg(),
        FieldType::Year => "2025".into_arg(),
        FieldType::Url => "https://example.kz/page".into_arg(),
        FieldType::YesNo => t!("site-fields-example-yes-no").into_arg(),
        FieldType::File => "programme.pdf".into_arg(),
        _ => t!("site-fields-example-text").into_arg(),
    }
}

/// A number as YAML read it, or as text with a decimal comma or spaces.
fn number(v: &Value) -> Option<Number> {
    match v {
        Value::Number(n) => n.as_f64().map(Number),
        Value::String(s) => {
            let clean: String = s
                .trim()
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            clean
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(Number)
        }
        _ => None,
    }
}

/// One text or a list of texts, empty ones left out; `None` for another form.
fn text_list(v: &Value) -> Option<Vec<String>> {
    let items: Vec<&Value> = match v {
        Value::Sequence(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for i in items {
        let t = yaml::scalar_text(i)?;
        if !t.trim().is_empty() {
            out.push(t.trim().to_string());
        }
    }
    Some(out)
}

/// A value as a message shows it: text in «», a number as written, and the kind
/// of anything else (said in the user's language).
fn describe(v: &Value) -> crate::messages::Arg {
    use crate::messages::IntoArg;
    match yaml::scalar_text(v) {
        Some(t) if matches!(v, Value::String(_)) => format!("«{t}»").into_arg(),
        Some(t) => t.into_arg(),
        None => yaml::describe(v).into_arg(),
    }
}

/// Whether the entry has a value for the field `name`.
pub fn has(fields: &[FieldEntry], config: &Config, name: &str) -> bool {
    fields.iter().any(|e| config.fields[e.field].name == name)
}

/// The entry's text in the field `name`, when it has one.
pub fn text<'f>(fields: &'f [FieldEntry], config: &Config, name: &str) -> Option<&'f str> {
    let f = config.field(name)?;
    fields.iter().find_map(|v| match &v.value {
        FieldValue::Text(t) if v.field == f => Some(t.as_str()),
        _ => None,
    })
}

/// The path written for each file field, in order, to resolve beside attachments.
pub fn files_of(fields: &[FieldEntry]) -> impl Iterator<Item = &Located<String>> {
    fields.iter().filter_map(|e| match &e.value {
        FieldValue::File(f) => Some(&f.written),
        _ => None,
    })
}

/// The file of each file field set to what `resolve` gives for its path.
pub fn place_files(
    fields: &mut [FieldEntry],
    mut resolve: impl FnMut(&Located<String>) -> Option<Attachment>,
) {
    for e in fields {
        if let FieldValue::File(f) = &mut e.value {
            f.file = resolve(&f.written);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issn_and_isbn_check_digits() {
        let at = Location::new("a.md", 1, 1);
        let ok = |name: &str, t: &str| standard_number(name, t, &at).is_none();
        assert!(ok("issn", "0317-8471"));
        assert!(ok("issn", "2305-8110"));
        assert!(ok("issn", "2049-3630"));
        assert!(ok("isbn", "0-306-40615-2"));
        assert!(ok("isbn", "978-0-306-40615-7"));
        assert!(ok("isbn", "978-601-7000-00-4"));
        assert!(ok("isbn", "0-8044-2957-x"));
        assert!(!ok("issn", "0317-8472"));
        assert!(!ok("issn", "0317-847"));
        assert!(!ok("isbn", "978-0-306-40615-8"));
        assert!(!ok("isbn", "978-0-306-40615"));
        assert!(ok("isbn", "ISBN 978-0-306-40615-7"));
        assert!(ok("issn", "ISSN: 0317-8471"));
        assert!(!ok("isbn", "ISSN 978-0-306-40615-7"));
        assert_eq!(bare_doi("https://doi.org/10.1000/182"), "10.1000/182");
        assert_eq!(bare_doi("DOI: 10.1000/182"), "10.1000/182");
        assert_eq!(bare_doi("10.1000/182"), "10.1000/182");
        // Other text fields are not numbers of this kind.
        assert!(ok("doi", "10.1000/182"));
    }
}

//! The fields an entry may have beyond the common ones: ozyq's own for each kind
//! (`builtin_fields`), and those a site defines in `config.yaml`'s `fields:`.

use crate::t;
use serde::Deserialize;
use std::path::Path;

use super::builtin_fields::builtin_fields;
use super::kinds::Labels;
use crate::diagnostics::{Diagnostic, Location, nearest};
use crate::lang::slug::slugify_short;

typed_id!(
    /// A field's place in `Config::fields`.
    FieldId
);

/// The fields every entry and page may have, whatever its kind.
pub const COMMON_FIELDS: &[&str] = &[
    "title",
    "date",
    "authors",
    "author",
    "department",
    "subject",
    "tags",
    "summary",
    "lang",
    "draft",
    "exhibit",
    "featured",
    "plan",
    "cover",
    "attachments",
    "slug",
    "aliases",
    "kind",
    "menu",
];

/// Common fields a kind may require: the others are always or never there.
pub const REQUIRABLE: &[&str] = &[
    "authors",
    "author",
    "department",
    "subject",
    "summary",
    "tags",
    "cover",
    "attachments",
];

/// What a field's value is, which decides how it is checked and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// One line of text.
    Text,
    /// People known only by name (reviewers, students): one or a list.
    Names,
    /// A number: whole or with a decimal point.
    Number,
    /// How many of something: a whole number, 0 or more (participants, students).
    Count,
    /// A day, written like `date:`.
    Date,
    /// A calendar year.
    Year,
    /// One of the field's choices.
    Choice,
    /// Teachers of `data/authors.yaml`, by id or full name.
    People,
    /// A web address (http or https).
    Url,
    /// Yes or no.
    YesNo,
    /// A file beside the entry, published with it.
    File,
}

/// The names a type is written by in `config.yaml`, the first one the canonical.
const TYPE_NAMES: &[(FieldType, &[&str])] = &[
    (FieldType::Text, &["text"]),
    (FieldType::Names, &["names"]),
    (FieldType::Number, &["number"]),
    (FieldType::Count, &["count"]),
    (FieldType::Date, &["date"]),
    (FieldType::Year, &["year"]),
    (FieldType::Choice, &["choice"]),
    (FieldType::People, &["people"]),
    (FieldType::Url, &["url"]),
    (FieldType::YesNo, &["yes/no", "yesno", "boolean", "bool"]),
    (FieldType::File, &["attachment", "file"]),
];

impl FieldType {
    /// The type's name in `config.yaml` and in templates.
    pub fn name(self) -> &'static str {
        TYPE_NAMES
            .iter()
            .find(|(t, _)| *t == self)
            .map_or("text", |(_, names)| names[0])
    }

    fn parse(s: &str) -> Option<FieldType> {
        let s = s.trim().to_lowercase();
        TYPE_NAMES
            .iter()
            .find(|(_, names)| names.contains(&s.as_str()))
            .map(|(t, _)| *t)
    }
}

/// One value a choice field may have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Its id: what templates and search filters see.
    pub id: String,
    /// What pages and the catalogue show.
    pub label: Labels,
    /// Other words a methodist may write for it («облыстық» for `regional`).
    pub words: Vec<String>,
}

/// How a written choice is compared: case, spaces, dashes, a final full stop and
/// Kazakh `і` written for a Roman numeral do not count.
pub fn choice_key(s: &str) -> String {
    let s = s
        .trim()
        .trim_end_matches('.')
        .to_lowercase()
        .replace('і', "i");
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A field an entry may have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The key in front matter, like `level`.
    pub name: String,
    /// What pages and the catalogue call it.
    pub label: Labels,
    /// What its value is.
    pub ty: FieldType,
    /// A choice field's values, in the order offered.
    pub choices: Vec<Choice>,
    /// Whether ozyq defines it (a site may only relabel it and give it to more kinds).
    pub built_in: bool,
    /// The kinds `config.yaml` gives it to; `None` for all (a site's field) or for
    /// the built-in kinds that have it.
    pub kinds: Option<Vec<String>>,
    /// Whether `config.yaml` requires it of the kinds that have it.
    pub required: bool,
    /// Every way of writing a choice ([`choice_key`]) and the choice it means,
    /// made once the labels are final: thousands of entries look choices up.
    pub(crate) keys: std::collections::HashMap<String, usize>,
}

impl Field {
    /// The choice `written` stands for: its id, a label in any language, or one of its words.
    pub fn choice(&self, written: &str) -> Option<usize> {
        let k = choice_key(written);
        if !self.keys.is_empty() {
            return self.keys.get(&k).copied();
        }
        self.choices.iter().position(|c| {
            choice_key(&c.id) == k
                || [&c.label.kk, &c.label.ru, &c.label.en]
                    .into_iter()
                    .flatten()
                    .any(|l| choice_key(l) == k)
                || c.words.iter().any(|w| choice_key(w) == k)
        })
    }

    /// Makes the look-up of [`Field::choice`]; the first choice a key names wins.
    pub(crate) fn index_choices(&mut self) {
        let mut keys = std::collections::HashMap::new();
        for (i, c) in self.choices.iter().enumerate() {
            let labels = [&c.label.kk, &c.label.ru, &c.label.en]
                .into_iter()
                .flatten();
            for w in std::iter::once(&c.id).chain(labels).chain(&c.words) {
                keys.entry(choice_key(w)).or_insert(i);
            }
        }
        self.keys = keys;
    }

    /// Every way of writing a choice, to suggest the nearest to a typo.
    pub fn choice_names(&self) -> Vec<&str> {
        let mut names = Vec::new();
        for c in &self.choices {
            names.push(c.id.as_str());
            names.extend(
                [&c.label.kk, &c.label.ru, &c.label.en]
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
            names.extend(c.words.iter().map(String::as_str));
        }
        names
    }
}

/// A field as written in `config.yaml`'s `fields:`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldConfig {
    /// Its key in front matter.
    pub name: String,
    /// Its name on pages, merged over a built-in field's language by language.
    #[serde(default)]
    pub label: Option<Labels>,
    /// The type's name; a site's field without one is text.
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
    /// A choice field's values: texts, or maps with `id`, `label` and `words`.
    #[serde(default)]
    pub choices: Option<Vec<ChoiceConfig>>,
    /// The kinds that have it; all kinds when not given.
    #[serde(default)]
    pub kinds: Option<Vec<String>>,
    /// Whether every entry of those kinds must have it.
    #[serde(default)]
    pub required: bool,
}

/// A choice as written in `config.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ChoiceConfig {
    /// Just its text, which is its label in every language.
    Text(String),
    /// An id with labels and other words for it.
    Full {
        /// What templates and search filters see.
        id: String,
        /// Its names in each language.
        #[serde(default)]
        label: Option<Labels>,
        /// Other words that mean it.
        #[serde(default)]
        words: Vec<String>,
    },
}

/// Where the item with `key: value` is written in a list of `config.yaml`.
pub fn item_location(text: &str, key: &str, value: &str, file: &Path) -> Option<Location> {
    nth_item_location(text, key, value, 0, file)
}

/// Where the `nth` (from 0) item with `key: value` is written.
pub fn nth_item_location(
    text: &str,
    key: &str,
    value: &str,
    nth: usize,
    file: &Path,
) -> Option<Location> {
    let (n, line) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim_start().trim_start_matches("- ").trim_start();
            l.strip_prefix(key)
                .and_then(|r| r.trim_start().strip_prefix(':'))
                .is_some_and(|v| v.trim().trim_matches(|c| c == '"' || c == '\'') == value)
        })
        .nth(nth)?;
    let column = line
        .chars()
        .take_while(|c| c.is_whitespace() || *c == '-')
        .count()
        + 1;
    Some(Location::new(file, n + 1, column))
}

/// A name a field may have: Latin letters, digits and `_`, starting with a letter.
fn is_field_name(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && s.len() <= 40
}

/// The site's fields: the built-in ones, changed and added to by `fields:`. Each
/// problem goes to `errors` at the field's line (`fallback` when it cannot be found).
pub fn checked_fields(
    raw: &[FieldConfig],
    text: &str,
    file: &Path,
    fallback: &Location,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Field> {
    let mut fields = builtin_fields();
    let mut seen: Vec<&str> = Vec::new();
    for fc in raw {
        let nth = seen.iter().filter(|n| **n == fc.name).count();
        let at = nth_item_location(text, "name", &fc.name, nth, file)
            .unwrap_or_else(|| fallback.clone());
        seen.push(&fc.name);
        if nth > 0 {
            errors.push(Diagnostic::error(
                at,
                t!(
                    "config-fields-field-defined-twice",
                    name = (fc.name).to_string()
                ),
            ));
            continue;
        }
        if COMMON_FIELDS.contains(&fc.name.as_str()) {
            errors.push(
                Diagnostic::error(
                    at,
                    t!(
                        "config-fields-field-every-entry-has",
                        name = (fc.name).to_string()
                    ),
                )
                .with_hint(t!("config-fields-give-your-field-another-hint")),
            );
            continue;
        }
        match fields.iter_mut().find(|f| f.name == fc.name) {
            Some(f) => change_builtin(f, fc, at, errors),
            None => {
                if let Some(f) = site_field(fc, &at, errors) {
                    fields.push(f);
                }
            }
        }
    }
    for f in &mut fields {
        f.index_choices();
    }
    fields
}

/// A built-in field changed by `config.yaml`: its labels, its kinds, whether required.
fn change_builtin(f: &mut Field, fc: &FieldConfig, at: Location, errors: &mut Vec<Diagnostic>) {
    if fc.ty.is_some() || fc.choices.is_some() {
        errors.push(
            Diagnostic::error(
                at,
                t!(
                    "config-fields-built-field-type-type",
                    name = (fc.name).to_string(),
                    name2 = (f.ty.name()).to_string()
                ),
            )
            .with_hint(t!("config-fields-remove-type-choices-from-hint")),
        );
        return;
    }
    if let Some(l) = &fc.label {
        f.label.merge(l);
    }
    f.kinds.clone_from(&fc.kinds);
    f.required = fc.required;
}

/// A field of the site's own, checked.
fn site_field(fc: &FieldConfig, at: &Location, errors: &mut Vec<Diagnostic>) -> Option<Field> {
    let before = errors.len();
    if !is_field_name(&fc.name) {
        errors.push(
            Diagnostic::error(
                at.clone(),
                t!(
                    "config-fields-field-name-cannot-front",
                    name = (fc.name).to_string()
                ),
            )
            .with_hint(t!("config-fields-use-small-latin-letters-hint")),
        );
    }
    let ty = match fc.ty.as_deref() {
        None => FieldType::Text,
        Some(t) => FieldType::parse(t).unwrap_or_else(|| {
            let names = TYPE_NAMES.iter().flat_map(|(_, n)| n.iter().copied());
            let list = TYPE_NAMES
                .iter()
                .map(|(_, n)| n[0])
                .collect::<Vec<_>>()
                .join(", ");
            let hint = match nearest(&t.to_lowercase(), names) {
                Some(n) => t!(
                    "config-fields-did-you-mean-types-hint",
                    name = n,
                    list = list.as_str()
                ),
                None => t!("config-fields-types-are-hint", list = list.as_str()),
            };
            errors.push(
                Diagnostic::error(
                    at.clone(),
                    t!(
                        "config-fields-field-has-unknown-type",
                        name = (fc.name).to_string(),
                        t = t.to_string()
                    ),
                )
                .with_hint(hint),
            );
            FieldType::Text
        }),
    };
    let choices = match (&fc.choices, ty) {
        (Some(list), FieldType::Choice) => field_choices(&fc.name, list, at, errors),
        (None, FieldType::Choice) => Vec::new(),
        (Some(_), _) => {
            errors.push(
                Diagnostic::error(
                    at.clone(),
                    t!(
                        "config-fields-field-has-choices-but",
                        name = (fc.name).to_string(),
                        name2 = (ty.name()).to_string()
                    ),
                )
                .with_hint(t!("config-fields-write-type-choice-remove-hint")),
            );
            Vec::new()
        }
        (None, _) => Vec::new(),
    };
    if ty == FieldType::Choice && choices.is_empty() && errors.len() == before {
        errors.push(
            Diagnostic::error(
                at.clone(),
                t!(
                    "config-fields-choice-field-has-no",
                    name = (fc.name).to_string()
                ),
            )
            .with_hint(t!("config-fields-list-them-under-e-hint")),
        );
    }
    let label = fc
        .label
        .clone()
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| Labels {
            kk: Some(fc.name.replace('_', " ")),
            ..Labels::default()
        });
    (errors.len() == before).then(|| Field {
        name: fc.name.clone(),
        label,
        ty,
        choices,
        built_in: false,
        kinds: fc.kinds.clone(),
        required: fc.required,
        keys: Default::default(),
    })
}

/// A site field's choices: each with an id (made ASCII from a choice written as
/// text), none twice.
fn field_choices(
    name: &str,
    list: &[ChoiceConfig],
    at: &Location,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    for c in list {
        let (id, label, words) = match c {
            ChoiceConfig::Text(t) => (
                slugify_short(t, 40).replace('-', "_"),
                Labels {
                    kk: Some(t.trim().to_string()),
                    ..Labels::default()
                },
                Vec::new(),
            ),
            ChoiceConfig::Full { id, label, words } => (
                id.trim().to_string(),
                label
                    .clone()
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| Labels {
                        kk: Some(id.trim().to_string()),
                        ..Labels::default()
                    }),
                words.clone(),
            ),
        };
        if id.is_empty() {
            errors.push(Diagnostic::error(
                at.clone(),
                t!("config-fields-choice-field-empty", name = name.to_string()),
            ));
        } else if out.iter().any(|o| o.id == id) {
            errors.push(
                Diagnostic::error(
                    at.clone(),
                    t!(
                        "config-fields-field-has-choice-twice",
                        name = name.to_string(),
                        id = id.to_string()
                    ),
                )
                .with_hint(t!("config-fields-give-each-choice-own-hint")),
            );
        } else {
            out.push(Choice { id, label, words });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin(name: &str) -> Field {
        builtin_fields()
            .into_iter()
            .find(|f| f.name == name)
            .expect("a built-in field")
    }

    #[test]
    fn choices_are_found_by_id_label_or_word_in_any_writing() {
        let level = builtin("level");
        let id = |w: &str| level.choice(w).map(|i| level.choices[i].id.as_str());
        assert_eq!(id("regional"), Some("regional"));
        assert_eq!(id("  Облыстық "), Some("regional"));
        assert_eq!(id("областной"), Some("regional"));
        assert_eq!(id("Колледжішілік"), Some("college"));
        assert_eq!(id("облыстк"), None);
        let result = builtin("result");
        let id = |w: &str| result.choice(w).map(|i| result.choices[i].id.as_str());
        // Kazakh І, Latin I, a digit, a dash, a full stop: all the same first place.
        assert_eq!(id("І орын"), Some("first"));
        assert_eq!(id("I орын."), Some("first"));
        assert_eq!(id("1-орын"), Some("first"));
        assert_eq!(id("Диплом II степени"), Some("second"));
        assert_eq!(id("III место"), Some("third"));
        assert_eq!(id("Алғыс хат"), Some("commendation"));
        assert_eq!(id("Гран-при"), Some("grand_prix"));
    }

    #[test]
    fn the_index_of_choices_agrees_with_the_scan() {
        for mut f in builtin_fields() {
            let words: Vec<String> = f.choice_names().iter().map(|s| s.to_string()).collect();
            let scanned: Vec<Option<usize>> = words.iter().map(|w| f.choice(w)).collect();
            f.index_choices();
            let indexed: Vec<Option<usize>> = words.iter().map(|w| f.choice(w)).collect();
            assert_eq!(scanned, indexed, "{}", f.name);
            assert_eq!(f.choice("no such choice"), None);
        }
    }

    #[test]
    fn every_built_in_kind_field_is_defined_once() {
        let fields = builtin_fields();
        for (i, f) in fields.iter().enumerate() {
            assert!(is_field_name(&f.name), "{}", f.name);
            assert!(!COMMON_FIELDS.contains(&f.name.as_str()), "{}", f.name);
            assert!(
                fields[i + 1..].iter().all(|g| g.name != f.name),
                "{} twice",
                f.name
            );
            assert!(f.label.kk.is_some() && f.label.ru.is_some() && f.label.en.is_some());
            assert_eq!(
                f.ty == FieldType::Choice,
                !f.choices.is_empty(),
                "{}",
                f.name
            );
        }
        for kind in super::super::kinds::default_kinds() {
            let names = super::super::builtin_fields::kind_fields(&kind.id);
            assert!(!names.is_empty(), "{} has fields", kind.id);
            for n in names {
                assert!(fields.iter().any(|f| &f.name == n), "{n} of {}", kind.id);
            }
        }
    }

    #[test]
    fn a_site_choice_field_written_as_texts_gets_ascii_ids() {
        let text = "fields:\n  - name: format\n    type: choice\n    choices: [Онлайн, Күндізгі]\n";
        let raw: Vec<FieldConfig> = serde_yaml::from_str::<serde_yaml::Value>(text)
            .ok()
            .and_then(|v| serde_yaml::from_value(v["fields"].clone()).ok())
            .expect("fields");
        let mut errors = Vec::new();
        let here = Location::new("config.yaml", 1, 1);
        let fields = checked_fields(&raw, text, Path::new("config.yaml"), &here, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        let format = fields.iter().find(|f| f.name == "format").unwrap();
        let ids: Vec<&str> = format.choices.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["onlain", "kundizgi"]);
        assert_eq!(format.choice("онлайн"), Some(0));
    }
}

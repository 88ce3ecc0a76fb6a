//! An entry's fields as readers see them (a label and a text, with links where the
//! value is a person, a web address or a file) and as templates see them (typed).

use tera::Value;

use crate::lang::Lang;
use crate::lang::dates::DateFormatter;
use crate::lang::strings::Strings;
use crate::site::fields::{FieldEntry, FieldValue};
use crate::site::{Site, urls};

use super::human_size;
use super::value::{Obj, list};

/// A link in a field's value.
#[derive(Debug, Clone)]
pub struct FieldLink {
    /// What the link says.
    pub title: String,
    /// Site-relative for a page or file of the site; absolute when `external`.
    pub url: String,
    /// Whether `url` leads off the site.
    pub external: bool,
    /// A file's format and size, like `PDF, 24 KB`.
    pub note: Option<String>,
}

/// A field as a reader sees it.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The field's key, like `level`.
    pub key: String,
    /// Its name in the language shown.
    pub label: String,
    /// The type's name, like `choice`.
    pub ty: &'static str,
    /// The value in words: a choice's label, a date in words, names joined.
    pub text: String,
    /// The people, web address or file the value names.
    pub links: Vec<FieldLink>,
}

/// What is needed to show fields in a language.
pub struct FieldWords<'a> {
    /// The model, for field definitions and people.
    pub site: &'a Site,
    /// The UI strings, for yes and no and file sizes.
    pub strings: &'a Strings,
    /// The language shown.
    pub lang: Lang,
    /// Dates in that language.
    pub dates: &'a DateFormatter,
    /// The language whose pages links lead to.
    pub tongue: crate::site::LangId,
}

impl FieldWords<'_> {
    /// The text of a choice field's value, or of a number, date or text.
    pub fn text(&self, e: &FieldEntry) -> String {
        self.shown(e).text
    }

    /// One field as a reader sees it.
    pub fn shown(&self, e: &FieldEntry) -> Shown {
        let site = self.site;
        let field = &site.config.fields[e.field];
        let mut links = Vec::new();
        let text = match &e.value {
            // Pages are written with a hyphen and shown with a dash.
            FieldValue::Text(t) if field.name == "pages" => crate::lang::range::en_dashed(t),
            FieldValue::Text(t) => t.clone(),
            FieldValue::Names(n) => n.join(", "),
            FieldValue::Number(n) => n.to_string(),
            FieldValue::Date(d) => self.dates.format(*d),
            FieldValue::Year(y) => y.to_string(),
            FieldValue::Choice(i) => field.choices[*i].label.get(self.lang).to_string(),
            FieldValue::People(people) => {
                for &a in people {
                    links.push(FieldLink {
                        title: site.authors[a].name_in(self.lang).to_string(),
                        url: format!("{}index.html", urls::author_dir(site, self.tongue, a)),
                        external: false,
                        note: None,
                    });
                }
                links
                    .iter()
                    .map(|l| l.title.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            FieldValue::Url(u) => {
                links.push(FieldLink {
                    title: u.clone(),
                    url: u.clone(),
                    external: true,
                    note: None,
                });
                u.clone()
            }
            FieldValue::YesNo(b) => self.word(if *b { "yes_word" } else { "no_word" }),
            FieldValue::File(f) => match &f.file {
                Some(a) => {
                    let note = format!("{}, {}", a.format, human_size(a.size, self.strings));
                    let text = format!("{} ({note})", a.title);
                    links.push(FieldLink {
                        title: a.title.clone(),
                        url: a.url.clone(),
                        external: false,
                        note: Some(note),
                    });
                    text
                }
                None => f.written.value.clone(),
            },
        };
        let label = field.label.get(self.lang);
        // «Хаттама №: 5», not «Хаттама №: №5» when the value says it again.
        let text = match (label.ends_with('№'), text.strip_prefix('№')) {
            (true, Some(rest)) => rest.trim_start().to_string(),
            _ => text,
        };
        Shown {
            key: field.name.clone(),
            label: label.to_string(),
            ty: field.ty.name(),
            text,
            links,
        }
    }

    fn word(&self, key: &str) -> String {
        self.strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// The fields as the entry page's `details`: `key`, `label`, `type`, `value` (in
    /// words) and `links` (`title`, `url`, `external`).
    pub fn details(&self, fields: &[FieldEntry]) -> Value {
        list(fields.iter().map(|e| {
            let s = self.shown(e);
            Obj::new()
                .set("key", s.key)
                .set("label", s.label)
                .set("type", s.ty)
                .set("value", s.text)
                .set(
                    "links",
                    list(s.links.into_iter().map(|l| {
                        Obj::new()
                            .set("title", l.title)
                            .set("url", l.url)
                            .set("external", l.external)
                            .set_opt("note", l.note)
                            .build()
                    })),
                )
                .build()
        }))
    }

    /// The fields as typed values by name, for templates: text, a list of names,
    /// a number, a date (`YYYY-MM-DD`), a year, a choice's id, people (`id`,
    /// `name`, `url`), a web address, true or false, a file (`url`, `title`,
    /// `format`, `size`).
    pub fn typed(&self, fields: &[FieldEntry]) -> Value {
        let site = self.site;
        let mut map = tera::Map::default();
        for e in fields {
            let field = &site.config.fields[e.field];
            let v: Value = match &e.value {
                FieldValue::Text(t) | FieldValue::Url(t) => Value::from(t.as_str()),
                FieldValue::Names(n) => Value::from(n.clone()),
                // A whole number prints as one (46, not 46.0).
                FieldValue::Number(n) if n.0.fract() == 0.0 && n.0.abs() < 1e15 => {
                    Value::from(n.0 as i64)
                }
                FieldValue::Number(n) => Value::from(n.0),
                FieldValue::Date(d) => Value::from(d.format("%Y-%m-%d").to_string()),
                FieldValue::Year(y) => Value::from(*y),
                FieldValue::Choice(i) => Value::from(field.choices[*i].id.as_str()),
                FieldValue::People(people) => list(people.iter().map(|&a| {
                    Obj::new()
                        .set("id", site.authors[a].id.as_str())
                        .set("name", site.authors[a].name_in(self.lang))
                        .set(
                            "url",
                            format!("{}index.html", urls::author_dir(site, self.tongue, a)),
                        )
                        .build()
                })),
                FieldValue::YesNo(b) => Value::from(*b),
                FieldValue::File(f) => match &f.file {
                    Some(a) => Obj::new()
                        .set("url", a.url.as_str())
                        .set("title", a.title.as_str())
                        .set("format", a.format.as_str())
                        .set("size", a.size)
                        .build(),
                    None => Value::none(),
                },
            };
            map.insert(field.name.clone().into(), v);
        }
        Value::from(map)
    }
}

//! The record of what was published: `published.yaml` beside `config.yaml`, one
//! line per address the site has ever published, with the file it belongs to.
//! `ozyq build` keeps it and the methodist commits it; with it an address printed
//! in a catalogue's QR code or written in a portfolio keeps leading somewhere
//! after its file is renamed, moved to another kind or removed
//! (see [`super::addresses`]).

use crate::t;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

use crate::diagnostics::{Diagnostic, Location};
use crate::lang::dates::AcademicYear;
use crate::messages::Text;
use crate::yaml;

/// The record's file name, in the site's folder.
pub const FILE: &str = "published.yaml";

/// What the record says of one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The Markdown file it belongs to, relative to the site's folder, with `/`.
    pub file: String,
    /// That file's title when it was last published: finds the file again after a
    /// rename.
    pub title: String,
    /// The academic years whose catalogue printed the address as a QR code.
    pub printed: BTreeSet<AcademicYear>,
    /// Its file is gone: the address shows that the material was withdrawn.
    pub withdrawn: bool,
}

/// Every address published, by site-relative address (`seminars/ashyq-sabaq/`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// The addresses, sorted.
    pub addresses: BTreeMap<String, Published>,
    /// The line each address is written on, for errors.
    pub lines: HashMap<String, usize>,
}

impl Record {
    /// Reads `published.yaml` in `root`; an empty record when there is none.
    /// Problems are located errors in `diags`.
    pub fn read(root: &Path, diags: &mut Vec<Diagnostic>) -> Record {
        let path = root.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Record::default(),
            Err(e) => {
                diags.push(Diagnostic::error(
                    Location::file(&path),
                    t!("site-published-cannot-read-record-published", e = &e),
                ));
                return Record::default();
            }
        };
        if let Some(addresses) = super::record_copy::read(root, &text) {
            return Record {
                addresses,
                lines: line_of_keys(&text),
            };
        }
        let before = diags.len();
        let record = parse(&text, &path, diags);
        if diags.len() == before {
            super::record_copy::write(root, &text, &record.addresses);
        }
        record
    }

    /// The location of `address`'s line in `root`'s record.
    pub fn location(&self, root: &Path, address: &str) -> Location {
        let line = self.lines.get(address).copied().unwrap_or(1);
        Location::new(root.join(FILE), line, 1)
    }

    /// `published.yaml:8`: where `address` is written, for hints.
    pub fn line_ref(&self, address: &str) -> String {
        format!("{FILE}:{}", self.lines.get(address).copied().unwrap_or(1))
    }

    /// The record as written to `published.yaml`: a comment, then one line per
    /// address in sorted order, so that two people's builds merge line by line.
    pub fn to_yaml(&self) -> String {
        let mut out = String::from(HEADER);
        for (address, p) in &self.addresses {
            let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
            // An address of other characters than a plain one's is quoted, so
            // that the file reads back (a key starting with `%` or `@` is no YAML).
            let plain = address.starts_with(|c: char| c.is_ascii_alphanumeric())
                && address
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./~".contains(c));
            let key = if plain {
                address.to_string()
            } else {
                q(address)
            };
            let _ = write!(out, "{key}: {{file: {}, title: {}", q(&p.file), q(&p.title));
            if !p.printed.is_empty() {
                let years: Vec<String> = p.printed.iter().map(|y| y.slug()).collect();
                let _ = write!(out, ", printed: [{}]", years.join(", "));
            }
            if p.withdrawn {
                out.push_str(", withdrawn: true");
            }
            out.push_str("}\n");
        }
        out
    }
}

const HEADER: &str = "\
# Every address this site has published, and the file it belongs to.
# `ozyq build` keeps this file up to date: commit it with the site. With it, an
# address printed in a catalogue (its QR codes) or written in a portfolio keeps
# working when a file is renamed, moved to another kind or removed: it leads to
# the new address, or to a page saying the material was withdrawn.
# Delete a line only to give its address to another file.
";

fn hint() -> crate::messages::Text {
    t!("site-published-record-hint")
}

fn parse(text: &str, path: &PathBuf, diags: &mut Vec<Diagnostic>) -> Record {
    let value = match yaml::parse(text, path, 1) {
        Ok(v) => v,
        Err(d) => {
            diags.push(d.with_hint(hint()));
            return Record::default();
        }
    };
    let mut record = Record {
        lines: line_of_keys(text),
        ..Record::default()
    };
    let map = match value {
        Value::Null => return record,
        Value::Mapping(m) => m,
        other => {
            diags.push(
                Diagnostic::error(
                    Location::file(path),
                    t!(
                        "site-published-record-published-addresses-must",
                        other = yaml::describe(&other)
                    ),
                )
                .with_hint(hint()),
            );
            return record;
        }
    };
    for (k, v) in map {
        let Some(address) = yaml::scalar_text(&k) else {
            continue;
        };
        let at = Location::new(path, record.lines.get(&address).copied().unwrap_or(1), 1);
        match entry(&v) {
            Ok(p) => {
                record.addresses.insert(address, p);
            }
            Err(what) => diags.push(
                Diagnostic::error(
                    at,
                    t!(
                        "site-published-message",
                        address = address.to_string(),
                        what = what
                    ),
                )
                .with_hint(hint()),
            ),
        }
    }
    record
}

fn entry(v: &Value) -> Result<Published, Text> {
    let Value::Mapping(m) = v else {
        return Err(t!(
            "site-published-entry-not-map",
            found = yaml::describe(v)
        ));
    };
    let text = |key: &str| m.get(key).and_then(yaml::scalar_text);
    let file = text("file").ok_or_else(|| t!("site-published-file-missing"))?;
    let title = text("title").unwrap_or_default();
    let mut printed = BTreeSet::new();
    let years = || t!("site-published-printed-years");
    match m.get("printed") {
        None | Some(Value::Null) => {}
        Some(Value::Sequence(items)) => {
            for i in items {
                let y = yaml::scalar_text(i)
                    .and_then(|s| AcademicYear::parse(&s))
                    .ok_or_else(years)?;
                printed.insert(y);
            }
        }
        Some(_) => return Err(years()),
    }
    let withdrawn = matches!(m.get("withdrawn"), Some(Value::Bool(true)));
    Ok(Published {
        file,
        title,
        printed,
        withdrawn,
    })
}

/// The line of each top-level key (`address:` at the start of a line).
fn line_of_keys(text: &str) -> HashMap<String, usize> {
    let mut lines = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with([' ', '\t', '#', '-']) {
            continue;
        }
        if let Some((key, _)) = line.split_once(": ").or_else(|| line.split_once(':')) {
            let key = key.trim();
            // A quoted key with an escape (`"a\nb/"`) is keyed as YAML reads it.
            let escaped = key.starts_with('"') && key.contains('\\');
            let key = match escaped.then(|| serde_yaml::from_str::<String>(key)) {
                Some(Ok(read)) => read,
                _ => key.trim_matches(['"', '\'']).to_string(),
            };
            lines.entry(key).or_insert(i + 1);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_and_read_back_the_same() {
        let mut r = Record::default();
        r.addresses.insert(
            "seminars/ashyq-sabaq/".into(),
            Published {
                file: "content/seminars/ashyq-sabaq.md".into(),
                title: "Ашық сабақ: «бөлшектер» #1".into(),
                printed: [AcademicYear(2025)].into(),
                withdrawn: false,
            },
        );
        r.addresses.insert(
            "articles/old/".into(),
            Published {
                file: "content/articles/old.md".into(),
                title: "Old".into(),
                printed: BTreeSet::new(),
                withdrawn: true,
            },
        );
        let text = r.to_yaml();
        assert!(text.contains(
            "articles/old/: {file: \"content/articles/old.md\", title: \"Old\", withdrawn: true}\n"
        ));
        let mut diags = Vec::new();
        let back = parse(&text, &PathBuf::from("published.yaml"), &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(back.addresses, r.addresses);
        assert_eq!(back.lines["seminars/ashyq-sabaq/"], 8);
    }

    #[test]
    fn a_broken_line_is_located() {
        let text = "a/: {file: \"content/a.md\", title: A}\nb/: {title: B}\nc/: [1\n";
        let mut diags = Vec::new();
        parse(text, &PathBuf::from("published.yaml"), &mut diags);
        assert_eq!(diags.len(), 1);
        assert!(diags[0].location.line >= 3, "{diags:?}");
        let text = "a/: {file: \"content/a.md\", title: A}\nb/: {title: B}\n";
        let mut diags = Vec::new();
        let r = parse(text, &PathBuf::from("published.yaml"), &mut diags);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].location.line, 2);
        assert!(diags[0].message.contains("`file:`"));
        assert_eq!(r.addresses.len(), 1);
    }
}

//! Splitting a Markdown file into front matter and body, and reading the fields.
//!
//! Fields are read one by one rather than through a derived struct so that one file
//! reports all of its problems at once, each at the line of its field.

use crate::messages::Text;
use crate::t;
use std::path::{Path, PathBuf};

use crate::config::fields::COMMON_FIELDS;
use crate::diagnostics::{Diagnostic, Located, Location, Said, nearest};
use crate::lang::Lang;
use chrono::Datelike;

use super::dashes;
use crate::lang::dates::{EntryDate, YEARS, four_digit_year, parse_date};
use crate::lang::lookalike;
use crate::yaml::{self, Mapping, Value};

/// A source file split at its front matter.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML between the `---` lines, without them.
    pub front: &'a str,
    /// The body, and the line it starts on.
    pub body: &'a str,
    /// The 1-based line of the file the body starts on.
    pub body_line: usize,
}

/// Splits `text` at its front matter; an error when it does not start with one or
/// the front matter is not closed.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    // Spaces after the opening `---` are as invisible as after the closing one.
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if first.trim_end_matches([' ', '\t']) != "---" {
        let first = first.trim();
        // Word and some editors turn `---` into a dash as it is typed.
        let hint = if first.contains(['—', '–'])
            && first.chars().all(|c| matches!(c, '—' | '–' | '-'))
        {
            t!("content-front-matter-dash-not-hyphens-hint")
        } else if first.is_empty() && text.trim_start().starts_with("---") {
            t!("content-front-matter-empty-lines-before-hint")
        } else {
            t!("content-front-matter-start-file-then-title-hint")
        };
        // A file made and not yet written (or emptied by a failed save).
        let said = if text.trim().is_empty() {
            t!("content-front-matter-file-empty")
        } else {
            t!("content-front-matter-file-does-not-start")
        };
        return Err(Diagnostic::error(Location::file(file), said).with_hint(hint));
    }
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(Split {
                front,
                body,
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        Location::file(file),
        t!("content-front-matter-front-matter-not-closed"),
    )
    .with_hint(t!("content-front-matter-add-line-just-after-hint")))
}

/// An attachment as named in front matter.
#[derive(Debug, Clone)]
pub struct AttachmentRef {
    /// The file's path, relative to the Markdown file's folder.
    pub file: String,
    /// Text of the link; the file's name stands in when not given.
    pub title: Option<String>,
    /// Where the attachment is named, for diagnostics.
    pub location: Location,
}

/// A field beyond the common ones (`event:`, `level:`, a site's own), as written:
/// what it is and whether the entry's kind has it is checked with the site's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RawField {
    /// The key, with where it is written.
    pub key: Located<String>,
    /// The value as YAML read it.
    pub value: Value,
}

/// The fields of an entry or page, checked for form (not yet against the site).
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    /// The title; a file without one (or with an empty one) is an error.
    pub title: String,
    /// The date; required of entries, not of pages.
    pub date: Option<EntryDate>,
    /// Authors by id or full name, each with where it is written.
    pub authors: Vec<Located<String>>,
    /// The department by id or name, with where it is written.
    pub department: Option<Located<String>>,
    /// The school subject the work is about.
    pub subject: Option<String>,
    /// Tags as written; they are slugged when the site is built.
    pub tags: Vec<String>,
    /// A short summary for cards, feeds and meta descriptions.
    pub summary: Option<String>,
    /// The language the entry is written in, when not the site's.
    pub lang: Option<Lang>,
    /// A draft is left out of the site unless drafts are asked for.
    pub draft: bool,
    /// Whether the entry goes into the exhibition catalogue; true when not given.
    pub exhibit: bool,
    /// Whether the methodist put the entry on the home page.
    pub featured: bool,
    /// The ids of the items of its year's work plan the entry carries out.
    pub plan: Vec<Located<String>>,
    /// The cover image's path, relative to the Markdown file's folder.
    pub cover: Option<Located<String>>,
    /// Files published with the entry.
    pub attachments: Vec<AttachmentRef>,
    /// The slug, already slugified; made from the file's name when not given.
    pub slug: Option<Located<String>>,
    /// Old addresses that lead to this page, as written.
    pub aliases: Vec<Located<String>>,
    /// The kind as stated, checked against the kind of the file's folder.
    pub kind: Option<Located<String>>,
    /// A page's place in the site's menu; pages without it are not in the menu.
    pub menu: Option<i64>,
    /// An entry's other fields, in the order written.
    pub fields: Vec<RawField>,
    /// Where each present key is written, to point at fields in later checks.
    pub keys: Vec<Located<String>>,
}

impl FrontMatter {
    /// Whether the field `key` is written, even with an empty value.
    pub fn has(&self, key: &str) -> bool {
        self.keys.iter().any(|k| k.value == key)
    }

    /// Where `key` is written in `file`, or the front matter's first line when it is not.
    pub fn key_location(&self, key: &str, file: &Path) -> Location {
        self.keys
            .iter()
            .find(|k| k.value == key)
            .map(|k| k.location.clone())
            .unwrap_or_else(|| Location::new(file, 2, 1))
    }
}

/// What a file is, which decides the fields it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// A work in a kind's folder: `title` and `date` are needed.
    Entry,
    /// Static pages and the home text: only `title` is needed.
    Page,
    /// A year's catalogue foreword: `title`, and the fields of the catalogue's
    /// imprint page ([`IMPRINT_FIELDS`]).
    Foreword,
}

/// The fields that make a work of an entry, which a page has no use for.
const WORK_FIELDS: &[&str] = &[
    "date",
    "authors",
    "author",
    "department",
    "plan",
    "exhibit",
    "featured",
    "kind",
];

/// The fields a catalogue foreword may give for the imprint page, and the
/// exhibition's day for the certificates.
pub const IMPRINT_FIELDS: &[&str] = &[
    "exhibited",
    "compiler",
    "reviewers",
    "approved",
    "minutes",
    "udc",
    "bbk",
    "annotation",
];

/// Fields whose values no printed document shows: their characters are not
/// checked against the print fonts.
const NOT_PRINTED: &[&str] = &[
    "tags",
    "slug",
    "aliases",
    "attachments",
    "cover",
    "plan",
    "kind",
    "lang",
    "menu",
    "draft",
    "exhibit",
    "featured",
    "date",
];

/// The front matter's fields, and the keys left out for a syntax error in
/// them: the rest is still read, so that one build reports its problems too.
/// `None` when nothing can be read, or when the body seems to have run into it
/// (its lines read as keys would only give more errors).
fn front_map(
    front: &str,
    file: &Path,
    first_line: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Mapping, Vec<String>)> {
    let (value, left_out) = match yaml::parse_each(front, file, first_line) {
        Ok(v) => (v, Vec::new()),
        Err(broken) => {
            let mut errors = broken.errors.into_iter();
            let first = errors.next()?;
            if let Some(line) = unclosed_before(front, first_line, first.location.line) {
                let hint = t!("content-front-matter-closing-missing-hint", line = line);
                diags.push(first.with_hint(hint));
                return None;
            }
            diags.push(first);
            diags.extend(errors);
            (broken.rest?, broken.left_out)
        }
    };
    match value {
        Value::Mapping(m) => Some((m, left_out)),
        Value::Null => Some((Mapping::new(), left_out)),
        other => {
            diags.push(
                Diagnostic::error(
                    Location::new(file, first_line, 1),
                    t!(
                        "content-front-matter-front-matter-must-map",
                        other = yaml::describe(&other)
                    ),
                )
                .with_hint(t!("content-front-matter-write-each-field-own-hint")),
            );
            None
        }
    }
}

/// The line after which a closing `---` seems to be missing, when YAML fails on
/// line `error_line` after a blank line followed by lines of a body: a heading
/// (`## Кіріспе`, read as a comment) or a line of text without `key:`. The
/// front matter then ran on into the body, which a later `---` (a rule) ended.
fn unclosed_before(front: &str, first_line: usize, error_line: usize) -> Option<usize> {
    let blank = front.lines().position(|l| l.trim().is_empty())?;
    let last_field = first_line + blank.checked_sub(1)?;
    let body_like = |l: &str| {
        !l.trim().is_empty()
            && !l.starts_with([' ', '\t', '-'])
            && (l.starts_with('#') || !l.contains(':'))
    };
    let mut after = front.lines().skip(blank);
    (error_line > first_line + blank && after.any(body_like)).then_some(last_field)
}

/// How to mend a front matter whose `key` on `line` is a line of the body: a
/// closing `---` forgotten, and a later `---` (a rule) taken for it, so that the
/// text up to it was read as fields and would be lost. A field's name has no
/// spaces; one with spaces is the body's when the lines before it look like a
/// body, or it is a sentence. Other names with spaces are unknown fields. A
/// word no field can be named (`Оқушылар: бөлшектерді қосу.`: not Latin) is the
/// body's too when the lines before it look like one (a heading): its text
/// would be lost. Without them it may be a field's name in Kazakh (`күні:`),
/// which its own message answers.
fn body_hint(front: &str, first_line: usize, key: &str, line: usize) -> Option<Text> {
    if !key.contains(char::is_whitespace) {
        let last = unclosed_before(front, first_line, line).filter(|_| !key.is_ascii())?;
        return Some(t!("content-front-matter-closing-missing-hint", line = last));
    }
    match unclosed_before(front, first_line, line) {
        Some(line) => Some(t!("content-front-matter-closing-missing-hint", line = line)),
        None => (key.split_whitespace().count() >= 4)
            .then(|| t!("content-front-matter-close-before-text-hint")),
    }
}

/// The beginning of a long text, for a message.
fn shortened(text: &str) -> String {
    const MOST: usize = 60;
    match text.char_indices().nth(MOST) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// The parts of `value` between its commas, trimmed.
fn comma_parts(value: &str) -> Vec<&str> {
    (value.split(',').map(str::trim))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Reads the front matter of `file`; warnings and errors go to `diags`.
/// Returns `None` when the file cannot become an entry.
pub fn parse(
    front: &str,
    file: &Path,
    doc: DocKind,
    diags: &mut Vec<Diagnostic>,
) -> Option<FrontMatter> {
    parse_all(front, file, doc, diags).and_then(|(fm, sound)| sound.then_some(fm))
}

/// Like [`parse`], and when some fields are in error, the others as read
/// (`false` beside them): the file cannot become an entry, but their own
/// problems (an unknown author, a level not in the list) are told in the same
/// build. `None` when nothing could be read, or when lines of the body were
/// read as fields (the rest of them would be told as unknown fields).
pub fn parse_all(
    front: &str,
    file: &Path,
    doc: DocKind,
    diags: &mut Vec<Diagnostic>,
) -> Option<(FrontMatter, bool)> {
    let first_line = 2;
    let errors_before = diags.iter().filter(|d| d.is_error()).count();
    let (map, left_out) = front_map(front, file, first_line, diags)?;
    for cut in yaml::cuts(front) {
        diags.push(
            Diagnostic::warning(
                Location::at_offset(file, front, cut.at, first_line),
                t!("yaml-hash-cuts-value", lost = cut.lost),
            )
            .with_hint(t!("yaml-hash-cuts-value-hint", quoted = cut.quoted)),
        );
    }
    let mut fm = FrontMatter {
        exhibit: true,
        ..Default::default()
    };
    // Lines of the body read as keys: what was read is no entry's to check.
    let mut body_read = false;
    let at = |key: &str| yaml::key_location(front, key, file, first_line);
    let mut reader = Reader {
        file,
        diags,
        front,
        first_line,
    };

    for (k, v) in &map {
        let Some(key) = k.as_str() else {
            reader.error(
                Location::new(file, first_line, 1),
                t!("content-front-matter-field-name-must-text"),
                None,
            );
            continue;
        };
        let loc = at(key);
        // `author` is another name of `authors`: the one written later would
        // silently take the other's place, and a teacher would lose a work.
        let twin = match key {
            "author" => Some("authors"),
            "authors" => Some("author"),
            _ => None,
        };
        if let Some(first) = twin.and_then(|t| fm.keys.iter().find(|k| k.value == t)) {
            let first = (first.value.clone(), first.location.line);
            reader.error(
                loc.line_start(),
                t!(
                    "content-front-matter-authors-written-twice",
                    key = key.to_string(),
                    first = first.0
                ),
                Some(t!(
                    "content-front-matter-authors-in-one-list-hint",
                    line = first.1
                )),
            );
            continue;
        }
        if let Some(hint) = body_hint(front, first_line, key, loc.line) {
            reader.error(
                loc.line_start(),
                t!(
                    "content-front-matter-text-read-as-field",
                    key = shortened(key)
                ),
                Some(hint),
            );
            body_read = true;
            continue;
        }
        fm.keys.push(Located::new(key.to_string(), loc.clone()));
        reader.field(&mut fm, key, v, loc, doc);
    }

    if doc == DocKind::Page {
        reader.warn_work_fields(&fm);
    }
    // A key left out for its syntax error is not missing.
    let left = |key: &str| left_out.iter().any(|k| k == key);
    if !fm.has("title") && !left("title") {
        let (at, hint) = required_missing(&fm, "title", &["тақырып", "заголовок", "название"])
            .unwrap_or_else(|| {
                let hint = t!("content-front-matter-add-line-such-title-hint");
                (Location::new(file, first_line, 1), hint)
            });
        let missing = t!("content-front-matter-required-field-title-missing");
        reader.error(at, missing, Some(hint));
    }
    if doc == DocKind::Entry && !fm.has("date") && !left("date") {
        let (at, hint) = required_missing(&fm, "date", &["күні", "дата", "data", "күн"])
            .unwrap_or_else(|| {
                let hint = t!("content-front-matter-add-line-such-date-hint");
                (Location::new(file, first_line, 1), hint)
            });
        let missing = t!("content-front-matter-required-field-date-missing");
        reader.error(at, missing, Some(hint));
    }
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    (!body_read).then_some((fm, errors_after == errors_before))
}

/// Where the required `field`, missing, was written otherwise (see
/// [`written_for`]), and how to write it.
fn required_missing(
    fm: &FrontMatter,
    field: &'static str,
    names: &[&str],
) -> Option<(Location, crate::messages::Text)> {
    let k = written_for(fm, field, names)?;
    let hint = t!(
        "content-front-matter-write-key-as-hint",
        written = k.value.clone(),
        field = field
    );
    Some((k.location.line_start(), hint))
}

/// The key written where the required `field` was meant: itself in other
/// letters (`Date`), a slip of the keyboard (`dtae`) or its name in Kazakh or
/// Russian (`дата`).
fn written_for<'f>(
    fm: &'f FrontMatter,
    field: &str,
    names: &[&str],
) -> Option<&'f Located<String>> {
    fm.keys.iter().find(|k| {
        let key = k.value.to_lowercase();
        // One slip at most: two would take `name` for `date`.
        names.contains(&key.as_str()) || strsim::damerau_levenshtein(&key, field) <= 1
    })
}

struct Reader<'a> {
    file: &'a Path,
    diags: &'a mut Vec<Diagnostic>,
    front: &'a str,
    first_line: usize,
}

impl Reader<'_> {
    /// Reads one field into `fm`.
    fn field(&mut self, fm: &mut FrontMatter, key: &str, v: &Value, loc: Location, doc: DocKind) {
        // Only works and the catalogue's foreword are printed.
        if matches!(doc, DocKind::Entry | DocKind::Foreword) && !NOT_PRINTED.contains(&key) {
            self.warn_unprintable(key, v, &loc);
        }
        match key {
            "title" if v.is_null() => self.error(
                loc,
                t!("content-front-matter-title-has-no-value"),
                Some(t!("content-front-matter-write-entry-s-title-hint")),
            ),
            "date" if v.is_null() => self.error(
                loc,
                t!("content-front-matter-date-has-no-value"),
                Some(t!("content-front-matter-write-date-after-date-hint")),
            ),
            "title" => match self.text(v, key, &loc) {
                Some(t) if t.is_empty() => self.error(
                    loc,
                    t!("content-front-matter-title-empty"),
                    Some(t!("content-front-matter-write-entry-s-title-hint-2")),
                ),
                Some(t) => fm.title = t,
                None => {}
            },
            "date" => {
                fm.date = self.date(v, key, loc.clone());
                if let Some(d) = &fm.date {
                    self.warn_far_ahead(d.date, &loc);
                }
            }
            "authors" | "author" => {
                let authors = self.authors(v, key, &loc);
                fm.authors = self.mend_located(key, authors);
            }
            "department" => {
                let department = self.located_text(v, key, &loc).into_iter().collect();
                fm.department = self.mend_located(key, department).pop();
            }
            "subject" => fm.subject = self.opt_text(v, key, &loc),
            "tags" => {
                let tags = self.text_list(v, key, &loc);
                fm.tags = (tags.into_iter())
                    .map(|t| self.mend_lookalikes(key, t, &loc))
                    .collect();
            }
            "summary" => fm.summary = self.opt_text(v, key, &loc),
            "lang" => {
                if let Some(s) = self.opt_text(v, key, &loc) {
                    match Lang::parse(&s) {
                        Some(l) => fm.lang = Some(l),
                        None => self.error(
                            loc,
                            t!("content-front-matter-unknown-language", s = s.to_string()),
                            Some(t!("content-front-matter-use-kk-kazakh-ru-hint")),
                        ),
                    }
                }
            }
            "draft" => fm.draft = self.boolean(v, key, &loc).unwrap_or(false),
            "exhibit" => fm.exhibit = self.boolean(v, key, &loc).unwrap_or(true),
            "featured" => fm.featured = self.boolean(v, key, &loc).unwrap_or(false),
            "cover" => fm.cover = self.located_text(v, key, &loc),
            "plan" if doc == DocKind::Entry => fm.plan = self.located_list(v, key, &loc),
            "attachments" => fm.attachments = self.attachments(v, &loc),
            "slug" => fm.slug = self.slug(v, key, loc),
            "aliases" => fm.aliases = self.located_list(v, key, &loc),
            "kind" => fm.kind = self.located_text(v, key, &loc),
            "menu" => match v {
                Value::Number(n) if n.as_i64().is_some() => fm.menu = n.as_i64(),
                _ => self.error(
                    loc,
                    t!(
                        "content-front-matter-menu-must-whole-number",
                        v = yaml::describe(v)
                    ),
                    None,
                ),
            },
            _ if doc == DocKind::Entry
                || (doc == DocKind::Foreword && IMPRINT_FIELDS.contains(&key)) =>
            {
                fm.fields.push(RawField {
                    key: Located::new(key.to_string(), loc),
                    value: v.clone(),
                })
            }
            // Told once for the page (see `warn_work_fields`).
            _ if doc == DocKind::Page && WORK_FIELDS.contains(&key) => {}
            _ => {
                let mut known: Vec<&str> = COMMON_FIELDS.to_vec();
                if doc == DocKind::Foreword {
                    known.extend(IMPRINT_FIELDS);
                }
                let hint = (nearest(key, known).filter(|&n| n != key))
                    .map(|n| t!("did-you-mean", name = n));
                self.warning(
                    loc.line_start(),
                    t!(
                        "content-front-matter-unknown-field-ignored",
                        key = key.to_string()
                    ),
                    hint,
                );
            }
        }
    }

    /// Warns of a page (of `pages/`, or a home or kind text) written as a
    /// work, with a date or authors: a work moved into `pages/` is in no
    /// listing, catalogue, portfolio or plan any more, and would be so silently.
    fn warn_work_fields(&mut self, fm: &FrontMatter) {
        let written: Vec<&Located<String>> = (fm.keys.iter())
            .filter(|k| WORK_FIELDS.contains(&k.value.as_str()))
            .collect();
        let Some(first) = written.first() else {
            return;
        };
        let keys: Vec<String> = written.iter().map(|k| format!("`{}:`", k.value)).collect();
        self.warning(
            first.location.line_start(),
            t!(
                "content-front-matter-page-not-a-work",
                keys = keys.join(", ")
            ),
            Some(t!("content-front-matter-page-not-a-work-hint")),
        );
    }

    /// Warns of the characters of `v`, the value of `key`, that the print
    /// fonts lack (an emoji): the PDFs (catalogue, portfolio, certificates)
    /// leave them out, where the pages show them.
    fn warn_unprintable(&mut self, key: &str, v: &Value, loc: &Location) {
        /// The first text in `v` with characters the fonts lack, and those.
        fn first(v: &Value) -> Option<(&str, Vec<char>)> {
            match v {
                Value::String(s) => {
                    let missing = crate::fonts::unprintable(s);
                    (!missing.is_empty()).then_some((s.as_str(), missing))
                }
                Value::Sequence(items) => items.iter().find_map(first),
                Value::Mapping(m) => m.values().find_map(first),
                _ => None,
            }
        }
        let Some((text, missing)) = first(v) else {
            return;
        };
        let first = missing[0].to_string();
        let at = self.item_location(&first, loc);
        let at = if at == *loc {
            self.item_location(text, loc)
        } else {
            at
        };
        let chars: Vec<String> = missing.iter().map(char::to_string).collect();
        self.warning(
            at,
            t!(
                "content-front-matter-unprintable",
                key = key.to_string(),
                chars = chars.join(" ")
            ),
            Some(t!("content-front-matter-unprintable-hint")),
        );
    }

    /// [`Self::mend_lookalikes`] of each value.
    fn mend_located(&mut self, key: &str, values: Vec<Located<String>>) -> Vec<Located<String>> {
        (values.into_iter())
            .map(|Located { value, location }| {
                let value = self.mend_lookalikes(key, value, &location);
                Located::new(value, location)
            })
            .collect()
    }

    /// `value` of `key`, written on or after the line of `from`, with letters of
    /// another alphabet that look like letters of its words taken for them, with
    /// a warning: «Әбенoва» with a Latin «o» would be another person, tag or
    /// department.
    fn mend_lookalikes(&mut self, key: &str, value: String, from: &Location) -> String {
        let Some((mended, swaps)) = lookalike::mend(&value) else {
            return value;
        };
        let at = &self.item_location(&value, from);
        let column = at.column + swaps[0].column - 1;
        let letters: Vec<String> = swaps.iter().map(|s| s.written.to_string()).collect();
        self.warning(
            Location::new(self.file, at.line, column),
            t!(
                "content-front-matter-lookalike",
                key = key.to_string(),
                value = value,
                script = if swaps[0].latin() {
                    "latin"
                } else {
                    "cyrillic"
                },
                letters = letters.join(", "),
                mended = mended.clone()
            ),
            Some(t!("content-front-matter-lookalike-hint")),
        );
        mended
    }

    /// Where `value` is written at or after the line of `loc` (an item of a list field).
    fn item_location(&self, value: &str, loc: &Location) -> Location {
        let start = loc.line.saturating_sub(self.first_line);
        for (i, line) in self.front.split('\n').enumerate().skip(start) {
            if let Some(col) = line.find(value) {
                return Location::new(
                    self.file,
                    self.first_line + i,
                    line[..col].chars().count() + 1,
                );
            }
        }
        loc.clone()
    }

    fn error(&mut self, loc: Location, msg: impl Into<Said>, hint: Option<Text>) {
        let mut d = Diagnostic::error(loc, msg);
        if let Some(h) = hint {
            d = d.with_hint(h);
        }
        self.diags.push(d);
    }

    fn warning(&mut self, loc: Location, msg: impl Into<Said>, hint: Option<Text>) {
        let mut d = Diagnostic::warning(loc, msg);
        if let Some(h) = hint {
            d = d.with_hint(h);
        }
        self.diags.push(d);
    }

    /// Text that may be left empty: an empty value counts as not given.
    fn opt_text(&mut self, v: &Value, key: &str, loc: &Location) -> Option<String> {
        self.text(v, key, loc).filter(|s| !s.is_empty())
    }

    /// [`Self::opt_text`] with where the field is written.
    fn located_text(&mut self, v: &Value, key: &str, loc: &Location) -> Option<Located<String>> {
        let text = self.opt_text(v, key, loc)?;
        Some(Located::new(text, loc.clone()))
    }

    fn text(&mut self, v: &Value, key: &str, loc: &Location) -> Option<String> {
        let text = self.text_as_written(v, key, loc)?;
        Some(crate::source::drop_invisible(text))
    }

    fn text_as_written(&mut self, v: &Value, key: &str, loc: &Location) -> Option<String> {
        match yaml::scalar_text(v) {
            Some(s) => match crate::source::strip_forbidden(s.trim(), self.file, 1) {
                // A YAML escape (`"a\x08b"`) puts them in a value, not in the file.
                Some((clean, mut warning)) => {
                    warning.location = loc.clone();
                    self.diags.push(warning);
                    Some(clean)
                }
                None => Some(s.trim().to_string()),
            },
            None if v.is_null() => None,
            None => {
                self.error(
                    loc.clone(),
                    t!(
                        "content-front-matter-must-text-found",
                        key = key.to_string(),
                        v = yaml::describe(v)
                    ),
                    Some(t!("content-front-matter-if-text-contains-starts-hint")),
                );
                None
            }
        }
    }

    /// `slug:` made an address part: slugified, not empty, not too long.
    fn slug(&mut self, v: &Value, key: &str, loc: Location) -> Option<Located<String>> {
        let text = self.text(v, key, &loc)?;
        let clean = crate::lang::slug::slugify(&text);
        if crate::lang::slug::names_a_device(&text) {
            self.warning(
                loc.clone(),
                t!(
                    "content-front-matter-slug-device",
                    text = text,
                    slug = clean.clone()
                ),
                Some(t!(
                    "content-front-matter-slug-device-hint",
                    slug = clean.clone()
                )),
            );
        }
        if clean.is_empty() {
            self.error(
                loc,
                t!("content-front-matter-slug-empty"),
                Some(t!("content-front-matter-use-letters-digits-e-hint")),
            );
            None
        } else if clean.len() > crate::paths::ID_MAX {
            self.error(
                loc,
                t!(
                    "content-front-matter-slug-characters-long",
                    clean_count = (clean.len()).to_string()
                ),
                Some(t!("content-front-matter-address-part-most-characters-hint")),
            );
            None
        } else {
            Some(Located::new(clean, loc))
        }
    }

    fn boolean(&mut self, v: &Value, key: &str, loc: &Location) -> Option<bool> {
        let b = yaml::yes_no(v);
        if b.is_none() {
            self.error(
                loc.clone(),
                t!(
                    "content-front-matter-must-true-false-found",
                    key = key.to_string(),
                    v = yaml::describe(v)
                ),
                Some(t!(
                    "content-front-matter-yes-no-hint",
                    key = key.to_string()
                )),
            );
        }
        b
    }

    /// Warns of a date more than a year after today: a typo of the year (2052
    /// for 2025) would file the work under an academic year of its own. A work
    /// of an event still ahead is dated within the year.
    fn warn_far_ahead(&mut self, date: chrono::NaiveDate, loc: &Location) {
        let today = crate::lang::dates::today();
        if date <= today + chrono::Months::new(12) {
            return;
        }
        self.warning(
            loc.clone(),
            t!(
                "content-front-matter-date-far-ahead",
                date = date.to_string(),
                today = today.to_string()
            ),
            Some(t!("content-front-matter-date-far-ahead-hint")),
        );
    }

    /// The entry's date: an error, with what to write instead, when it is not one.
    fn date(&mut self, v: &Value, key: &str, loc: Location) -> Option<EntryDate> {
        let s = self.text(v, key, &loc)?;
        match parse_date(&s).map(|d| (d.date.year(), d)) {
            Some((year, d)) if YEARS.contains(&year) => return Some(d),
            Some((year, _)) => {
                let hint = four_digit_year(&s, year).map_or_else(
                    || {
                        t!(
                            "content-front-matter-years-accepted-hint",
                            from = *YEARS.start(),
                            to = *YEARS.end()
                        )
                    },
                    |fixed| t!("content-front-matter-year-in-full-hint", fixed = fixed),
                );
                self.error(
                    loc,
                    t!(
                        "content-front-matter-has-year",
                        s = s.to_string(),
                        year = year.to_string()
                    ),
                    Some(hint),
                );
            }
            None => self.error(
                loc,
                t!("content-front-matter-not-valid-date", s = s.to_string()),
                // A time after the date (`2025-10-14T25:61`) is what is wrong.
                Some(if s.contains(':') {
                    t!("content-front-matter-write-time-hint")
                } else {
                    t!("content-front-matter-write-date-day-month-hint")
                }),
            ),
        }
        None
    }

    /// One text or a list of texts.
    /// A [`Self::text_list`], each item with where it is written.
    fn located_list(&mut self, v: &Value, key: &str, loc: &Location) -> Vec<Located<String>> {
        self.text_list(v, key, loc)
            .into_iter()
            .map(|a| {
                let at = self.item_location(&a, loc);
                Located::new(a, at)
            })
            .collect()
    }

    /// The authors: a list, or one name. A name has no comma, so `authors: a, b`
    /// is two authors written as one value: taken as they are meant (as one
    /// guest «a, b», the work would be missing from both teachers' pages), with a
    /// warning that shows the list.
    fn authors(&mut self, v: &Value, key: &str, loc: &Location) -> Vec<Located<String>> {
        let Some(one) = yaml::scalar_text(v).filter(|s| s.contains(',')) else {
            return self.located_list(v, key, loc);
        };
        let parts = comma_parts(&one);
        let said = t!(
            "content-front-matter-authors-at-commas",
            key = key.to_string(),
            value = one.clone(),
            n = parts.len()
        );
        self.warn_list(key, said, &parts, loc);
        (parts.into_iter())
            .map(|p| Located::new(p.to_string(), self.item_location(p, loc)))
            .collect()
    }

    fn text_list(&mut self, v: &Value, key: &str, loc: &Location) -> Vec<String> {
        match v {
            Value::Null => Vec::new(),
            Value::Sequence(items) if items.iter().any(Value::is_sequence) => {
                self.list_in_list(items, key, loc);
                Vec::new()
            }
            Value::Sequence(items) => {
                let texts: Vec<String> = (items.iter())
                    .filter_map(|i| self.text(i, key, loc))
                    .filter(|s| !s.is_empty())
                    .collect();
                let blank = (items.iter())
                    .filter(|i| {
                        i.is_null() || yaml::scalar_text(i).is_some_and(|s| s.trim().is_empty())
                    })
                    .count();
                if blank > 0 {
                    // A dash left when a value was deleted, or a template's blank.
                    self.warning(
                        loc.clone(),
                        t!(
                            "content-front-matter-list-blank-items",
                            key = key.to_string(),
                            n = blank
                        ),
                        Some(t!("content-front-matter-list-blank-items-hint")),
                    );
                }
                self.split_deeper_dashes(key, texts, loc)
            }
            _ => match yaml::scalar_text(v) {
                Some(_) => {
                    let one = self.text(v, key, loc).filter(|s| !s.is_empty());
                    if let Some(s) = &one {
                        self.warn_comma(key, s, loc);
                        self.warn_lines(key, s, loc);
                    }
                    one.into_iter().collect()
                }
                None => {
                    self.error(
                        loc.clone(),
                        t!(
                            "content-front-matter-must-name-list-names",
                            key = key.to_string(),
                            v = yaml::describe(v)
                        ),
                        Some(t!("content-front-matter-write-list-first-second-hint")),
                    );
                    Vec::new()
                }
            },
        }
    }

    /// A list field given a list inside its list (`tags: [[a, b], c]`, or `- - a`
    /// on its lines): an error with the one list meant.
    fn list_in_list(&mut self, items: &[Value], key: &str, loc: &Location) {
        fn flat(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Sequence(items) => items.iter().for_each(|i| flat(i, out)),
                v => out.extend(yaml::scalar_text(v)),
            }
        }
        let mut names = Vec::new();
        items.iter().for_each(|i| flat(i, &mut names));
        self.error(
            loc.clone(),
            t!("content-front-matter-list-in-list", key = key.to_string()),
            Some(t!(
                "content-front-matter-one-list-hint",
                key = key.to_string(),
                list = format!("[{}]", names.join(", "))
            )),
        );
    }

    /// Warns that `value`, given alone to the list field `key`, holds a comma:
    /// `tags: a, b` is one tag «a, b».
    fn warn_comma(&mut self, key: &str, value: &str, loc: &Location) {
        if !value.contains(',') {
            return;
        }
        let said = t!(
            "content-front-matter-one-value-with-comma",
            key = key.to_string(),
            value = value.to_string()
        );
        self.warn_list(key, said, &comma_parts(value), loc);
    }

    /// Warns that the list field `key` has one value written on the lines below
    /// its name without `- `: YAML joins the lines into one value (one tag
    /// «математика кәсіби бағдар»).
    fn warn_lines(&mut self, key: &str, value: &str, loc: &Location) {
        let mut lines = self
            .front
            .lines()
            .skip(loc.line.saturating_sub(self.first_line));
        let below = lines.next().is_some_and(|l| l.trim_end().ends_with(':'));
        // Indented lines under the name, up to the next field: two or more.
        let continued = lines
            .take_while(|l| l.starts_with([' ', '\t']) && !l.trim().is_empty())
            .count();
        if !below || continued < 2 {
            return;
        }
        self.warning(
            loc.clone(),
            t!(
                "content-front-matter-lines-joined",
                key = key.to_string(),
                value = value.to_string()
            ),
            Some(t!(
                "content-front-matter-lines-joined-hint",
                key = key.to_string()
            )),
        );
    }

    /// Takes an item joined from `- ` lines indented deeper than its own as
    /// the items meant, with a warning (YAML reads `- один` over `   - два` as
    /// one tag «один - два»).
    fn split_deeper_dashes(
        &mut self,
        key: &str,
        texts: Vec<String>,
        loc: &Location,
    ) -> Vec<String> {
        // A deeper dash leaves « - » inside an item (most lists have none).
        if !texts.iter().any(|t| t.contains(" - ")) {
            return texts;
        }
        let start = loc.line.saturating_sub(self.first_line);
        let joined = dashes::joined_items(self.front.lines().skip(start));
        let mut texts = texts;
        for j in joined {
            let read = j.as_read();
            let Some(at) = texts.iter().position(|t| *t == read) else {
                continue;
            };
            let line = Location::new(self.file, loc.line + j.deeper_line, j.deeper_column);
            self.warning(
                line,
                t!(
                    "content-front-matter-dash-deeper",
                    key = key.to_string(),
                    value = read
                ),
                Some(t!(
                    "content-front-matter-dash-deeper-hint",
                    key = key.to_string(),
                    list = format!("[{}]", j.parts.join(", "))
                )),
            );
            texts.splice(at..=at, j.parts);
        }
        texts
    }

    /// Warns with `said` that the list field `key` was given one value, with a
    /// hint that shows it written as the list of `parts`.
    fn warn_list(&mut self, key: &str, said: Text, parts: &[&str], loc: &Location) {
        let hint = t!(
            "content-front-matter-several-values-hint",
            key = key.to_string(),
            list = format!("[{}]", parts.join(", "))
        );
        self.warning(loc.clone(), said, Some(hint));
    }

    fn attachments(&mut self, v: &Value, loc: &Location) -> Vec<AttachmentRef> {
        let items: Vec<&Value> = match v {
            Value::Sequence(items) => items.iter().collect(),
            Value::Null => Vec::new(),
            Value::String(s) => {
                // A file's own name may hold a comma: two names are two endings.
                let named = s
                    .split(',')
                    .filter(|p| Path::new(p.trim()).extension().is_some());
                if named.count() >= 2 {
                    self.warn_comma("attachments", s, loc);
                }
                vec![v]
            }
            other => vec![other],
        };
        let mut out = Vec::new();
        for item in items {
            match item {
                Value::String(s) => out.push(AttachmentRef {
                    file: s.trim().to_string(),
                    title: None,
                    location: self.item_location(s.trim(), loc),
                }),
                Value::Mapping(m) => {
                    let file = m.get("file").and_then(yaml::scalar_text);
                    let title = m.get("title").and_then(yaml::scalar_text);
                    for k in m.keys() {
                        let k = k.as_str().unwrap_or("");
                        if k != "file" && k != "title" {
                            self.warning(
                                loc.clone(),
                                t!(
                                    "content-front-matter-unknown-attachment-field-ignored",
                                    k = k.to_string()
                                ),
                                Some(t!("content-front-matter-attachment-has-file-optional-hint")),
                            );
                        }
                    }
                    match file {
                        Some(f) => out.push(AttachmentRef {
                            location: self.item_location(f.trim(), loc),
                            file: f.trim().to_string(),
                            title,
                        }),
                        None => self.error(
                            loc.clone(),
                            t!("content-front-matter-attachment-needs-file"),
                            Some(t!("content-front-matter-write-file-slides-pdf-hint")),
                        ),
                    }
                }
                other => self.error(
                    loc.clone(),
                    t!(
                        "content-front-matter-attachment-must-file-name",
                        other = yaml::describe(other)
                    ),
                    None,
                ),
            }
        }
        out
    }
}

/// The folder a relative path in front matter or Markdown is read from.
pub fn base_dir(source: &Path) -> PathBuf {
    source.parent().map(Path::to_path_buf).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fm(front: &str) -> (Option<FrontMatter>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let r = parse(front, Path::new("a.md"), DocKind::Entry, &mut d);
        (r, d)
    }

    #[test]
    fn splits_front_matter_and_body() {
        let s = split("---\ntitle: a\n---\nbody\n", Path::new("a.md")).unwrap();
        assert_eq!(s.front, "title: a\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
        assert!(split("---\ntitle: a\n", Path::new("a.md")).is_err());
        let s = split("--- \t\ntitle: a\n---  \nbody\n", Path::new("a.md")).unwrap();
        assert_eq!((s.front, s.body, s.body_line), ("title: a\n", "body\n", 4));
        assert!(split("title: a\n", Path::new("a.md")).is_err());
        for (text, hint) in [
            (
                "—\ntitle: a\n---\n",
                "the first line has a dash (— or –) where three hyphens belong: an editor such as Word changes --- as it is typed; write it again in Notepad or VS Code",
            ),
            (
                "\n\n---\ntitle: a\n---\n",
                "delete the empty lines before the first ---: it must be the file's first line",
            ),
            (
                "----\ntitle: a\n---\n",
                "start the file with ---, then `title:` and `date:` lines, then another ---",
            ),
        ] {
            let e = split(text, Path::new("a.md")).err().unwrap();
            assert_eq!(e.hint.as_deref(), Some(hint), "{text:?}");
        }
    }

    #[test]
    fn a_page_written_as_a_work_is_told_once() {
        let mut d = Vec::new();
        let f = parse(
            "title: a\ndate: 2025-10-14\nauthors: omarov-n\nplan: \"3\"\n",
            Path::new("a.md"),
            DocKind::Page,
            &mut d,
        );
        assert!(f.is_some());
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].message.to_string(),
            "`date:`, `authors:`, `plan:`: a page is not a work; it is in no listing, catalogue, portfolio or plan"
        );
        assert_eq!(d[0].location.line, 3);
    }

    #[test]
    fn characters_that_show_nothing_are_left_out_of_values() {
        let (f, d) = fm(
            "title: \"Сабақ\\u200B\"\ndate: 2025-10-14\ntags: [\"сыни\\u200B ойлау\", инклю\u{AD}зия]\nauthors: [\"\\u2060abenova-g\"]\n",
        );
        let f = f.unwrap();
        assert_eq!(f.title, "Сабақ");
        assert_eq!(f.tags, ["сыни ойлау", "инклюзия"]);
        assert_eq!(f.authors[0].value, "abenova-g");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn blank_items_of_a_list_are_told() {
        let (f, d) = fm("title: a\ndate: 2025-10-14\ntags:\n  - a\n  -\n  - \"  \"\n");
        assert_eq!(f.unwrap().tags, ["a"]);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].message.to_string(),
            "2 empty items of `tags:` are left out"
        );
        assert_eq!(d[0].location.line, 4);
        let (_, d) = fm("title: a\ndate: 2025-10-14\ntags: []\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn reads_fields_and_single_author() {
        let (f, d) = fm("title: Сабақ\ndate: 14.10.2025\nauthors: Әбенова Г.\ntags: [a, b]\n");
        let f = f.unwrap();
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(f.authors.len(), 1);
        assert_eq!(f.tags, ["a", "b"]);
    }

    #[test]
    fn unknown_field_of_a_page_warns_with_nearest() {
        let mut d = Vec::new();
        let f = parse(
            "title: a\nsumary: x\n",
            Path::new("a.md"),
            DocKind::Page,
            &mut d,
        );
        assert!(f.is_some());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].location.line, 3);
        assert_eq!(d[0].hint.as_deref(), Some("did you mean `summary`?"));
    }

    #[test]
    fn reports_every_problem_of_a_file() {
        let (f, d) = fm("title: [a]\ndate: 32.13.2025\n");
        assert!(f.is_none());
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].location.line, 3);
    }

    #[test]
    fn a_syntax_error_does_not_hide_the_other_fields_problems() {
        let (f, d) = fm("title: Сабақ: жаңа әдіс\ndate: 32.13.2025\ntags: \"a\" b\nfeatured: 2\n");
        assert!(f.is_none());
        let lines: Vec<_> = d.iter().map(|d| (d.location.line, d.is_error())).collect();
        // The title's and the tags' syntax, the date, `featured`; no «title is
        // missing» for the title left out.
        assert_eq!(
            lines,
            [(2, true), (4, true), (3, true), (5, true)],
            "{d:#?}"
        );
        assert!(d[0].message.contains("invalid YAML"), "{d:#?}");
    }

    #[test]
    fn a_yaml_error_after_a_blank_line_asks_for_the_closing_line() {
        let (f, d) =
            fm("title: Ашық сабақ\ndate: 14.10.2025\n\n## Кіріспе\n\nСабақ: мақсаты\nбарысы\n");
        assert!(f.is_none());
        assert_eq!(
            d[0].hint.as_deref(),
            Some("the front matter may not be closed: is a `---` line missing after line 3?"),
            "{d:?}"
        );
        // Blank lines between fields are no sign of it: the quoting hint stays.
        let (_, d) = fm("title: a\ndate: 14.10.2025\n\nsummary: Сабақ: бөлшектер\n");
        let hint = d[0].hint.as_deref().unwrap_or("");
        assert!(
            hint.starts_with("a value that contains «: » must be put in quotes"),
            "{hint}"
        );
        let (_, d) = fm("title: Ашық: сабақ\n\ndate: 14.10.2025\n");
        assert_ne!(
            d[0].hint.as_deref(),
            Some("the front matter may not be closed: is a `---` line missing after line 2?")
        );
    }

    #[test]
    fn body_text_read_as_a_field_is_an_error_that_asks_for_the_closing_line() {
        // The closing `---` forgotten, and a rule further down taken for it.
        let (f, d) = fm(
            "title: Ашық сабақ\ndate: 14.10.2025\n\n## Кіріспе\n\nСтуденттердің көпшілігі смартфонды пайдаланады: бірақ бұл нәтиже бермейді\n",
        );
        assert!(f.is_none(), "the entry is not made with its text lost");
        assert!(d[0].is_error(), "{d:?}");
        assert_eq!(d[0].location.line, 7);
        assert_eq!(
            d[0].hint.as_deref(),
            Some("the front matter may not be closed: is a `---` line missing after line 3?"),
        );
        // A sentence is text even without a heading before it.
        let (f, d) = fm("title: a\ndate: 14.10.2025\nБұл сабақта біз жаңа әдісті: қолданамыз\n");
        assert!(f.is_none() && d[0].is_error(), "{d:?}");
        // A name of two words is an unknown field, as before: a warning.
        let (f, d) = fm("title: a\ndate: 14.10.2025\nоқу жылы: 2025\n");
        assert!(f.is_some() && !d.iter().any(|d| d.is_error()), "{d:?}");
        // One word no field can be named, after a blank line: a line of text
        // (`Мақсаты: …`), whose paragraph would be lost.
        let (f, d) =
            fm("title: a\ndate: 14.10.2025\n\n## Кіріспе\n\nОқушылар: бөлшектерді қосу.\n");
        assert!(f.is_none() && d[0].is_error(), "{d:?}");
        assert_eq!(d[0].location.line, 7);
        // Without a line of a body before it, before any blank line, or a
        // Latin name (a field of another site, a typo): an unknown field, a
        // warning.
        for text in [
            "title: a\ndate: 14.10.2025\n\nМақсаты: бөлшектер.\n",
            "title: a\nМақсаты: бөлшектер.\ndate: 14.10.2025\n",
            "title: a\ndate: 14.10.2025\n\nsumary: бөлшектер.\n",
            "title: a\ndate: 14.10.2025\n\n## Кіріспе\n\nco-authors: x\n",
        ] {
            let (f, d) = fm(text);
            assert!(
                f.is_some() && !d.iter().any(|d| d.is_error()),
                "{text}: {d:?}"
            );
        }
    }

    #[test]
    fn a_date_years_ahead_warns_and_one_of_this_year_does_not() {
        let ahead = crate::lang::dates::today() + chrono::Months::new(13);
        let (f, d) = fm(&format!("title: a\ndate: {ahead}\n"));
        assert!(f.is_some(), "a warning: the entry is made");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(!d[0].is_error() && d[0].location.line == 3, "{d:?}");
        let soon = crate::lang::dates::today() + chrono::Months::new(2);
        let (_, d) = fm(&format!("title: a\ndate: {soon}\n"));
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn an_empty_file_is_said_to_be_empty() {
        let e = split("\n  \n", Path::new("a.md")).unwrap_err();
        assert_eq!(e.message.to_string(), "the file is empty");
        let e = split("title: a\n", Path::new("a.md")).unwrap_err();
        assert!(e.message.to_string().contains("does not start"));
    }

    #[test]
    fn a_dash_indented_deeper_is_taken_as_its_own_value_with_a_warning() {
        let front =
            "title: a\ndate: 14.10.2025\ntags:\n  - сыни ойлау\n     - кейс\n  - STEM - білім\n";
        let (f, d) = fm(front);
        assert_eq!(f.unwrap().tags, ["сыни ойлау", "кейс", "STEM - білім"]);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].location.line, 6);
        assert!(
            d[0].message.contains("сыни ойлау - кейс"),
            "{}",
            d[0].message
        );
        let hint = d[0].hint.as_deref().unwrap_or("");
        assert!(hint.contains("[сыни ойлау, кейс]"), "{hint}");
    }

    #[test]
    fn a_list_without_dashes_on_the_lines_below_warns() {
        let (f, d) = fm("title: a\ndate: 14.10.2025\ntags:\n  математика\n  кәсіби бағдар\n");
        assert_eq!(f.unwrap().tags, ["математика кәсіби бағдар"]);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].location.line, 4);
        let hint = d[0].hint.as_deref().unwrap_or("");
        assert!(hint.contains("- "), "{hint}");
        // One value on its own line, or a list, is no mistake.
        let (_, d) = fm("title: a\ndate: 14.10.2025\nauthors:\n  Омаров Нұрлан\n");
        assert!(d.is_empty(), "{d:?}");
        let (_, d) = fm("title: a\ndate: 14.10.2025\ntags:\n  - сыни ойлау\n  - кейс\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_wrong_time_is_told_how_times_are_written() {
        let (_, d) = fm("title: a\ndate: 2025-10-14T25:61:00+05:00\n");
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "write the time after the date as 2025-10-14 09:30 (hours 00–23, minutes 00–59), or leave it out"
            )
        );
    }

    #[test]
    fn a_yes_or_no_written_otherwise_is_told_the_words_it_takes() {
        let (f, d) = fm("title: a\ndate: 14.10.2025\nfeatured: иә емес\n");
        assert!(f.is_none());
        assert_eq!(d[0].location.line, 4);
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "write `featured: true` (or yes, иә, да) or `featured: false` (or no, жоқ, нет), with nothing else on the line"
            )
        );
    }

    #[test]
    fn a_list_inside_a_list_is_shown_as_one_list() {
        let (f, d) =
            fm("title: a\ndate: 14.10.2025\ntags:\n  - - алгебра\n    - геометрия\n  - логика\n");
        assert!(f.is_none());
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].location.line, 4);
        assert_eq!(d[0].message, "`tags` has a list inside its list");
        assert_eq!(
            d[0].hint.as_deref(),
            Some("write them as one list: tags: [алгебра, геометрия, логика]")
        );
    }

    #[test]
    fn a_hash_that_cuts_a_title_warns_where_it_is() {
        let (f, d) = fm("title: ОТМ бюллетені #1 сыни ойлау\ndate: 14.10.2025\n");
        assert_eq!(f.unwrap().title, "ОТМ бюллетені");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(!d[0].is_error());
        assert_eq!((d[0].location.line, d[0].location.column), (2, 22));
        assert_eq!(
            d[0].message,
            "«#1 сыни ойлау» is left out of the value: in YAML, a # after a space starts a comment"
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some("put the whole value in quotes: title: \"ОТМ бюллетені #1 сыни ойлау\"")
        );
    }

    #[test]
    fn one_value_with_commas_in_a_list_field_warns_with_the_list() {
        let (f, d) = fm(
            "title: a\ndate: 14.10.2025\nauthors: abenova-g, omarov-n\ntags: [a]\nattachments: a.pdf, b.pdf\n",
        );
        // Two authors, as meant: a name has no comma.
        let authors: Vec<_> = f.unwrap().authors.into_iter().map(|a| a.value).collect();
        assert_eq!(authors, ["abenova-g", "omarov-n"]);
        let hints: Vec<_> = d.iter().map(|d| d.hint.as_deref().unwrap_or("")).collect();
        assert_eq!(
            hints,
            [
                "to give several, write them as a list: authors: [abenova-g, omarov-n]",
                "to give several, write them as a list: attachments: [a.pdf, b.pdf]"
            ]
        );
        assert_eq!(d[0].location.line, 4);
        assert!(d.iter().all(|d| !d.is_error()));
        let (_, d) = fm("title: a\ndate: 14.10.2025\nattachments: Сабақ жоспары, 7 сынып.pdf\n");
        assert!(d.is_empty(), "{d:?}");
        let (_, d) =
            fm("title: a\ndate: 14.10.2025\ntags: [сыни ойлау, кейс]\nauthors: Омаров Н.Е.\n");
        assert!(d.is_empty(), "{d:?}");
    }
}

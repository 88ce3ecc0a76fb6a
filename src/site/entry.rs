//! One entry of the model made from its parsed file: its kind checked, its names
//! resolved, its address chosen, and warnings about what the catalogue would print.

use std::path::Path;

use crate::config::Config;
use crate::config::kinds::{Kind, KindId};
use crate::content::front_matter::{Detail, FrontMatter};
use crate::diagnostics::{Diagnostic, Location, nearest};
use crate::lang::dates::AcademicYear;
use crate::lang::fit;
use crate::lang::slug::slugify_short;

use super::load::Parsed;
use super::resolve::Registry;
use super::{AuthorId, DepartmentId, Doc, Entry};

/// Levels of events, with the Kazakh and Russian words a methodist may write.
const LEVELS: &[(&str, &[&str])] = &[
    (
        "college",
        &[
            "колледждік",
            "колледж",
            "колледжішілік",
            "внутриколледжный",
            "колледжный",
        ],
    ),
    ("city", &["қалалық", "городской"]),
    (
        "regional",
        &["облыстық", "областной", "аймақтық", "региональный"],
    ),
    ("republican", &["республикалық", "республиканский"]),
    ("international", &["халықаралық", "международный"]),
];

fn level_id(s: &str) -> Option<&'static str> {
    let s = s.trim().to_lowercase();
    LEVELS
        .iter()
        .find(|(id, words)| *id == s || words.contains(&s.as_str()))
        .map(|(id, _)| *id)
}

/// Turns a parsed entry into the model's entry, its names resolved through `reg`.
/// Attachments and the cover are resolved later, once every asset's place is known.
pub fn make_entry(
    p: &mut Parsed,
    kind: KindId,
    config: &Config,
    reg: &mut Registry,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let file = &p.file.path;
    let fm = &p.fm;
    let k = &config.kinds[kind];
    let errors_before = diags.iter().filter(|d| d.is_error()).count();

    check_kind(fm, k, config, diags);
    check_required(fm, file, k, diags);
    let details = details(fm, file, diags);

    let mut authors = Vec::new();
    let mut author_locs = Vec::new();
    for name in &fm.authors {
        if let Some(a) = reg.author(&name.value, &name.location, diags)
            && !authors.contains(&a)
        {
            authors.push(a);
            author_locs.push(&name.location);
        }
    }
    let department = match &fm.department {
        Some(d) => reg.department(&d.value, &d.location, diags),
        None => authors.iter().find_map(|&a| reg.authors[a].department),
    };
    let mut tags = Vec::new();
    for t in &fm.tags {
        let i = reg.tag(t);
        if !tags.contains(&i) {
            tags.push(i);
        }
    }
    let date = fm.date?;
    let slug = match &fm.slug {
        Some(s) => s.value.clone(),
        None => match slug_or_file_name(fm, 80, file) {
            Ok(s) => s,
            Err(d) => {
                diags.push(d);
                String::new()
            }
        },
    };
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    if errors_after > errors_before {
        return None;
    }
    if fm.exhibit {
        exhibit_warnings(
            fm,
            file,
            config,
            reg,
            (&authors, &author_locs, department),
            diags,
        );
    }
    Some(Entry {
        doc: Doc {
            source: file.clone(),
            title: fm.title.clone(),
            body: std::mem::take(&mut p.body),
            body_line: p.body_line,
            lang: fm.lang,
        },
        kind,
        dir: format!("{}/{slug}/", k.folder),
        slug,
        year: AcademicYear::of(date.date, config.year_start_month),
        date,
        authors,
        department,
        subject: fm.subject.clone(),
        tags,
        summary: fm.summary.clone(),
        lang: fm.lang.unwrap_or(config.language),
        exhibit: fm.exhibit,
        cover: None,
        attachments: Vec::new(),
        details,
    })
}

/// Warns about each text of an exhibit that the printed catalogue cuts or breaks
/// (`lang::fit`): its title, summary, details, and the names of its authors and
/// department (`names`, each with where the entry names it).
fn print_limits(
    fm: &FrontMatter,
    file: &Path,
    names: &[(&str, &Location)],
    diags: &mut Vec<Diagnostic>,
) {
    let mut texts: Vec<(String, &str, fit::Limit, Location)> = vec![(
        "title".into(),
        fm.title.as_str(),
        fit::TITLE,
        fm.key_location("title", file),
    )];
    if let Some(s) = &fm.summary {
        texts.push((
            "summary".into(),
            s,
            fit::SUMMARY,
            fm.key_location("summary", file),
        ));
    }
    // A level is printed as a word of the theme, not as written.
    for d in fm.details.iter().filter(|d| d.key != "level") {
        texts.push((
            format!("field `{}`", d.key),
            &d.value,
            fit::DETAIL,
            fm.key_location(&d.key, file),
        ));
    }
    for (name, loc) in names {
        let short = fit::fit(
            name,
            fit::Limit {
                what: "",
                chars: 40,
            },
        )
        .text;
        texts.push((format!("name «{short}»"), name, fit::NAME, (*loc).clone()));
    }
    for (label, text, limit, loc) in texts {
        let fitted = fit::fit(text, limit);
        if fitted.changed() {
            diags.push(
                Diagnostic::warning(
                    loc,
                    format!(
                        "the {label} is too long for the printed catalogue ({} characters): \
                         the PDF has it {}; the web page keeps the whole text",
                        text.chars().count(),
                        fitted.what_was_done(limit)
                    ),
                )
                .with_hint("shorten it here if the catalogue should print it whole"),
            );
        }
    }
}

/// An error when the entry's `kind:` disagrees with the folder it is in.
fn check_kind(fm: &FrontMatter, k: &Kind, config: &Config, diags: &mut Vec<Diagnostic>) {
    if let Some(stated) = &fm.kind {
        let (s, loc) = (stated.value.trim(), &stated.location);
        let agrees = s == k.id
            || s == k.folder
            || [
                k.label.kk.as_deref(),
                k.label.ru.as_deref(),
                k.label.en.as_deref(),
            ]
            .into_iter()
            .flatten()
            .any(|l| l.eq_ignore_ascii_case(s));
        if !agrees {
            let mut d = Diagnostic::error(
                loc.clone(),
                format!(
                    "the file is in the folder of kind `{}`, but says `kind: {s}`",
                    k.id
                ),
            );
            d = match config.kinds.iter().find(|o| o.id == s) {
                Some(o) => d.with_hint(format!(
                    "move the file to content/{}/, or remove the `kind:` line",
                    o.folder
                )),
                None => {
                    let ids = config.kinds.iter().map(|o| o.id.as_str());
                    match nearest(s, ids) {
                        Some(n) => d.with_hint(format!(
                            "did you mean `{n}`? Kinds are: {}",
                            kind_ids(config)
                        )),
                        None => d.with_hint(format!("kinds are: {}", kind_ids(config))),
                    }
                }
            };
            diags.push(d);
        }
    }
}

/// An error for each field `config.yaml` requires of the kind that is not written.
fn check_required(fm: &FrontMatter, file: &Path, k: &Kind, diags: &mut Vec<Diagnostic>) {
    for req in &k.required {
        let present = match req.as_str() {
            "authors" | "author" => !fm.authors.is_empty(),
            "department" => fm.department.is_some(),
            "subject" => fm.subject.is_some(),
            "summary" => fm.summary.is_some(),
            "tags" => !fm.tags.is_empty(),
            "cover" => fm.cover.is_some(),
            "attachments" => !fm.attachments.is_empty(),
            other => fm.details.iter().any(|d| d.key == other),
        };
        if !present {
            diags.push(
                Diagnostic::error(
                    Location::new(file, 2, 1),
                    format!(
                        "the field `{req}` is required for entries of kind `{}`",
                        k.id
                    ),
                )
                .with_hint(format!(
                    "add a line `{req}: …` to the front matter (config.yaml makes it required)"
                )),
            );
        }
    }
}

/// The kind's detail fields as the model keeps them: a level by its id.
fn details(fm: &FrontMatter, file: &Path, diags: &mut Vec<Diagnostic>) -> Vec<Detail> {
    let mut details = Vec::new();
    for d in &fm.details {
        if d.key == "level" {
            match level_id(&d.value) {
                Some(id) => details.push(Detail {
                    key: d.key.clone(),
                    value: id.to_string(),
                }),
                None => diags.push(
                    Diagnostic::error(
                        fm.key_location("level", file),
                        format!("unknown level `{}`", d.value),
                    )
                    .with_hint("use college, city, regional, republican or international"),
                ),
            }
        } else {
            details.push(d.clone());
        }
    }

    details
}

/// Warnings about what the printed catalogue would lack or cut for an exhibit.
fn exhibit_warnings(
    fm: &FrontMatter,
    file: &Path,
    config: &Config,
    reg: &Registry,
    (authors, author_locs, department): (&[AuthorId], &[&Location], Option<DepartmentId>),
    diags: &mut Vec<Diagnostic>,
) {
    let missing: Vec<&str> = [
        ("authors", authors.is_empty()),
        ("summary", fm.summary.is_none()),
        ("department", department.is_none()),
    ]
    .iter()
    .filter_map(|&(field, absent)| absent.then_some(field))
    .collect();
    if !missing.is_empty() {
        diags.push(
            Diagnostic::warning(
                Location::new(file, 1, 1),
                format!(
                    "the exhibition catalogue prints this entry without its {}",
                    missing.join(", ")
                ),
            )
            .with_hint(format!(
                "add {} to the front matter, or `exhibit: false` to leave the entry out of the catalogue",
                missing.iter().map(|m| format!("`{m}:`")).collect::<Vec<_>>().join(", ")
            )),
        );
    }
    let mut names: Vec<(&str, &Location)> = authors
        .iter()
        .zip(author_locs)
        .map(|(&a, &loc)| (reg.authors[a].name.as_str(), loc))
        .collect();
    let department_loc = match &fm.department {
        Some(d) => d.location.clone(),
        None => fm.key_location("authors", file),
    };
    let dept_name = department.map(|d| reg.departments[d].name_in(config.language));
    names.extend(dept_name.map(|n| (n, &department_loc)));
    print_limits(fm, file, &names, diags);
}

/// The slug of a title, or, when the title has no letters or digits to make one
/// of ("!!!", an emoji), of the file's name (a bundle's folder name); an error
/// when neither gives one, as the page would have no address of its own.
pub(super) fn slug_or_file_name(
    fm: &FrontMatter,
    max: usize,
    file: &Path,
) -> Result<String, Diagnostic> {
    let s = slugify_short(&fm.title, max);
    if !s.is_empty() {
        return Ok(s);
    }
    let stem = file.file_stem().map(|s| s.to_string_lossy());
    let name = match stem.as_deref() {
        Some("index" | "_index") => file
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy()),
        _ => stem,
    };
    let s = slugify_short(name.as_deref().unwrap_or(""), max);
    if s.is_empty() {
        Err(Diagnostic::error(
            fm.key_location("title", file),
            "neither the title nor the file's name has letters or digits to make the page's address of",
        )
        .with_hint("add an address in Latin letters to the front matter, e.g. slug: ashyq-sabaq"))
    } else {
        Ok(s)
    }
}

fn kind_ids(config: &Config) -> String {
    config
        .kinds
        .iter()
        .map(|k| k.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

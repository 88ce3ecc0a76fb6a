//! `ozyq init` and `ozyq new`: making a site and entries with the right fields.

use chrono::Datelike;
use std::path::{Path, PathBuf};

use crate::config::fields::{Field, FieldType};
use crate::config::kinds::{Kind, KindId, default_kinds, find_kind};
use crate::config::{CONFIG_FILE, Config};
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;
use crate::lang::dates::AcademicYear;
use crate::lang::guess::guess_lang;
use crate::lang::slug::slugify_short;
use crate::site::plan::Form;
use crate::site::plan::forms::Forms;
use crate::site::resolve::{Picked, pick};
use crate::t;
use typed_index_collections::TiSlice;

pub mod eject;

/// Why `ozyq init` or `ozyq new` could not make its files.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// `ozyq init` was given a folder that already has files.
    #[error("{0} already exists and is not empty")]
    NotEmpty(PathBuf),
    /// `ozyq new` was given a kind the site does not have.
    #[error("unknown kind `{given}`; kinds are: {known}")]
    UnknownKind {
        /// The kind as typed.
        given: String,
        /// The site's kinds, comma-separated, to list in the message.
        known: String,
        /// The kind most like it, as typed on the command line.
        nearest: Option<String>,
    },
    /// The site already has its own copy of a theme file `ozyq theme eject`
    /// was asked for; it is not written over.
    #[error("{0} is already the site's own copy")]
    OwnCopy(PathBuf),
    /// An author given as an id that `data/authors.yaml` does not have.
    #[error("no teacher of data/authors.yaml has the id `{given}`")]
    UnknownAuthor {
        /// The id as typed.
        given: String,
        /// The id most like it.
        nearest: Option<String>,
    },
    /// The new entry's file is already there; it is not overwritten.
    #[error("{0} already exists")]
    Exists(PathBuf),
    /// A file or folder could not be written.
    #[error("cannot write {0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// The kind's folder is a link to another folder, which builds do not read.
    #[error("{0} is a link to another folder, which a build does not read")]
    Linked(PathBuf),
    /// The title has nothing a file name can be made of.
    #[error("the title gives no letters for a file name")]
    EmptySlug,
    /// The date given to `ozyq new` could not be read.
    #[error("`{0}` is not a date; write it as 2025-10-14 or 14.10.2025")]
    BadDate(String),
    /// `ozyq theme` was given a name no file of the theme has.
    #[error("the theme has no file `{given}`")]
    UnknownThemeFile {
        /// The name as typed.
        given: String,
        /// The files it may have meant, or how to list them.
        hint: crate::messages::Text,
    },
    /// config.yaml could not be read: its located problems, which the caller shows
    /// like a build's.
    #[error("config.yaml has {} problems", .0.len())]
    Config(Vec<crate::diagnostics::Diagnostic>),
}

impl ScaffoldError {
    /// The error as diagnostics, to be shown like a build's in the user's language:
    /// config.yaml's own, or one at the command line.
    pub fn diagnostics(self) -> Vec<Diagnostic> {
        let at = Location::command_line();
        let one = |text: crate::messages::Text| vec![Diagnostic::error(at.clone(), text)];
        match self {
            ScaffoldError::Config(diags) => diags,
            ScaffoldError::NotEmpty(p) => one(t!("scaffold-not-empty", path = p.as_path())),
            ScaffoldError::UnknownKind {
                given,
                known,
                nearest,
            } => {
                let d =
                    Diagnostic::error(at, t!("scaffold-unknown-kind", kind = given, known = known));
                vec![match nearest {
                    Some(n) => d.with_hint(t!("did-you-mean", name = n)),
                    None => d,
                }]
            }
            ScaffoldError::UnknownAuthor { given, nearest } => {
                let d = Diagnostic::error(at, t!("site-resolve-no-author-has-id", name = given));
                vec![match nearest {
                    Some(n) => d.with_hint(t!("site-resolve-did-you-mean-hint", n = n)),
                    None => d.with_hint(t!("site-resolve-add-teacher-data-authors-hint")),
                }]
            }
            ScaffoldError::OwnCopy(p) => vec![
                Diagnostic::error(at, t!("scaffold-own-copy", path = p.as_path()))
                    .with_hint(t!("scaffold-own-copy-hint")),
            ],
            ScaffoldError::Exists(p) => vec![
                Diagnostic::error(at, t!("scaffold-exists", path = p.as_path()))
                    .with_hint(t!("scaffold-exists-hint")),
            ],
            ScaffoldError::Io(p, e) => {
                one(t!("scaffold-cannot-write", path = p.as_path(), error = &e))
            }
            ScaffoldError::EmptySlug => one(t!("scaffold-empty-slug")),
            ScaffoldError::Linked(p) => vec![
                Diagnostic::error(at, t!("scaffold-linked-folder", path = p.as_path()))
                    .with_hint(t!("scaffold-linked-folder-hint")),
            ],
            ScaffoldError::BadDate(d) => {
                let fixed = crate::lang::dates::parse_date(&d)
                    .and_then(|p| crate::lang::dates::four_digit_year(&d, p.date.year()));
                let bad = Diagnostic::error(at, t!("scaffold-bad-date", date = &d));
                vec![match fixed {
                    Some(fixed) => bad.with_hint(t!("scaffold-year-in-full-hint", fixed = fixed)),
                    None => bad,
                }]
            }
            ScaffoldError::UnknownThemeFile { given, hint } => {
                vec![
                    Diagnostic::error(at, t!("scaffold-unknown-theme-file", name = given))
                        .with_hint(hint),
                ]
            }
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), ScaffoldError> {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).map_err(|e| ScaffoldError::Io(p.to_path_buf(), e))?;
    }
    std::fs::write(path, bytes).map_err(|e| ScaffoldError::Io(path.to_path_buf(), e))
}

/// A comment of the new site's config.yaml in `lang`, wrapped at 80 columns.
fn comment(text: crate::messages::Text, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = String::from("#");
    for word in text.render(lang).split_whitespace() {
        if line.chars().count() + 1 + word.chars().count() > 80 && line != "#" {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// The language of a new site made by someone who reads ozyq in `lang`: the
/// college's (Kazakh) for English, which no site of a Kazakh college is in.
fn site_lang_of(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Kk,
        l => l,
    }
}

/// The language of a new site titled `title`, made by someone who reads ozyq in
/// `lang`: the title's, when it is Kazakh or Russian («Озық тәжірибе мектебі» on a
/// computer set to Russian is a Kazakh site), else as [`site_lang_of`].
pub fn site_language(title: &str, lang: Lang) -> Lang {
    match (guess_lang(title, site_lang_of(lang)), lang) {
        // A Cyrillic title without Kazakh letters («Колледж сайты») is no sign
        // of a Russian site for one who reads ozyq in Kazakh.
        (Lang::Ru, Lang::Kk) => Lang::Kk,
        (guessed, _) => guessed,
    }
}

/// `text` as a YAML value in double quotes: a JSON string is one, its quotes,
/// backslashes and line breaks escaped («Колледж "Озық"» stays one value).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The new site's config.yaml, its comments in `lang`.
fn config_template(title: &str, lang: Lang) -> String {
    let c = |t| comment(t, lang);
    let site_lang = site_language(title, lang);
    format!(
        "{}title: {}\ncollege: \"\"\ncity: \"\"\n{}base_url: \"\"\n{}language: {}\n{}theme: default\n{}year_start_month: 9\n{}page_size: 20\n",
        c(t!("init-comment-settings")),
        quoted(title),
        c(t!("init-comment-base-url")),
        c(t!("init-comment-language")),
        site_lang.code(),
        c(t!("init-comment-theme")),
        c(t!("init-comment-year-start")),
        c(t!("init-comment-page-size")),
    )
}

/// The GitHub Actions workflow that builds the site and publishes it on GitHub Pages.
const GITHUB_PAGES: &str = include_str!("scaffold/github-pages.yml");

/// The GitLab CI file that builds the site and publishes it on GitLab Pages.
const GITLAB_PAGES: &str = include_str!("scaffold/gitlab-pages.yml");

/// Where the CI files install ozyq from: the package's repository when it names
/// one, else an address to fill in (the CI files say so).
fn ozyq_git() -> &'static str {
    match env!("CARGO_PKG_REPOSITORY") {
        "" => "https://git.example/ozyq.git",
        url => url,
    }
}

/// A CI file with ozyq's address and version filled in.
fn pages_ci(template: &str) -> String {
    template
        .replace("{ozyq_git}", ozyq_git())
        .replace("{ozyq_version}", env!("CARGO_PKG_VERSION"))
}

/// The title `ozyq init` gives a site when it is given none, `lang` being the
/// user's language: the School's name in the site's language (see `site_lang_of`).
pub fn default_title(lang: Lang) -> &'static str {
    match site_lang_of(lang) {
        Lang::Ru => "Школа передового опыта",
        _ => "Озық тәжірибе мектебі",
    }
}

/// Makes a new, empty site in `dir` that uses the theme built into ozyq.
pub fn init(dir: &Path, title: &str, lang: Lang) -> Result<Vec<PathBuf>, ScaffoldError> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false)
    {
        return Err(ScaffoldError::NotEmpty(dir.to_path_buf()));
    }
    let mut made = Vec::new();
    let mut put = |rel: &str, bytes: &[u8]| -> Result<(), ScaffoldError> {
        let p = dir.join(rel);
        write(&p, bytes)?;
        made.push(p);
        Ok(())
    };
    put(CONFIG_FILE, config_template(title, lang).as_bytes())?;
    put(
        "content/_index.md",
        format!(
            "---\ntitle: {}\n---\n\n{}\n",
            quoted(title),
            // The site's text, in its language; the comments are the reader's.
            t!("init-home-text").render(site_language(title, lang))
        )
        .as_bytes(),
    )?;
    for k in default_kinds() {
        put(&format!("content/{}/.gitkeep", k.folder), b"")?;
    }
    put("content/pages/.gitkeep", b"")?;
    let authors = comment(t!("init-comment-authors"), lang)
        + &format!(
            "# - id: abenova-g\n#   name: \"{}\"\n#   category: expert\n#   department: it\n#   position: \"{}\"\n",
            t!("init-example-name").render(lang),
            t!("init-example-position").render(lang)
        );
    put("data/authors.yaml", authors.as_bytes())?;
    put(
        "data/departments.yaml",
        b"# - id: dept-id\n#   name: \"...\"\n#   name_ru: \"...\"\n",
    )?;
    put(".gitignore", b"/output/\n/.ozyq-cache/\n")?;
    // Publishing on GitHub Pages or GitLab Pages: each builds with ozyq on the
    // host's machines at every push (README: Publishing).
    put(
        ".github/workflows/pages.yml",
        pages_ci(GITHUB_PAGES).as_bytes(),
    )?;
    put(".gitlab-ci.yml", pages_ci(GITLAB_PAGES).as_bytes())?;
    // The theme stays in ozyq, so that its fixes reach the site with each new
    // version; these folders hold the site's own files over it.
    put("templates/.gitkeep", b"")?;
    put("static/.gitkeep", b"")?;
    Ok(made)
}

/// The `plan:` line of a new entry of kind `k` dated in `year`, when that
/// year's plan has items of its kind not yet marked done or cancelled: empty,
/// with those items in a comment to choose from (`plan: []  # 3 «…», 7 «…»`).
fn plan_line(config: &Config, k: KindId, year: AcademicYear, lang: Lang) -> Option<String> {
    let plans = config.content_dir().join("plan");
    let text = ["yaml", "yml"].iter().find_map(|ext| {
        std::fs::read_to_string(plans.join(format!("{}.{ext}", year.slug()))).ok()
    })?;
    crate::yaml::too_deep(&text).is_none().then_some(())?;
    let items: Vec<serde_yaml::Value> = serde_yaml::from_str(&text).ok()?;
    let forms = Forms::of(config);
    let text_of =
        |item: &serde_yaml::Value, key: &str| item.get(key).and_then(crate::yaml::scalar_text);
    let open: Vec<String> = (items.iter())
        .filter(|i| text_of(i, "form").and_then(|f| forms.find(&f)) == Some(Form::Kind(k)))
        // Done or cancelled ones are left out, and those moved out of the year
        // (an item an entry records is still offered: it may be recorded twice).
        .filter(|i| text_of(i, "status").is_none() || text_of(i, "to").is_some())
        .filter_map(|i| {
            let title: Vec<String> = text_of(i, "title")?
                .split_whitespace()
                .map(String::from)
                .collect();
            let title = crate::lang::quotes::inside_guillemets(&title.join(" "));
            // Cut at a word, as the catalogue cuts a title.
            let title = crate::lang::fit::fit(&title, crate::lang::fit::Limit { chars: 50 });
            Some(format!("{} «{}»", text_of(i, "id")?, title.text))
        })
        .collect();
    if open.is_empty() {
        return None;
    }
    let comment = t!("scaffold-plan-comment", year = year.label()).render(lang);
    Some(format!(
        "plan: []               # {comment}: {}\n",
        open.join(", ")
    ))
}

/// The kind `given` was likely meant for, as typed (`open-lesson`): one a slip
/// of the keyboard away, or the only one with it as a word of its id (`lesson`).
fn nearest_kind(kinds: &TiSlice<KindId, Kind>, given: &str) -> Option<String> {
    let g = given.trim().to_lowercase().replace('-', "_");
    let close = crate::diagnostics::nearest(&g, kinds.iter().map(|k| k.id.as_str()));
    let mut with_word = kinds.iter().filter(|k| k.id.split('_').any(|w| w == g));
    let one = match (with_word.next(), with_word.next()) {
        (Some(k), None) => Some(k.id.as_str()),
        _ => None,
    };
    close.or(one).map(|id| id.replace('_', "-"))
}

/// A line for `field`, left empty, with a comment in `lang` on what to write.
fn field_line(field: &Field, required: bool, lang: Lang) -> String {
    let what = match field.ty {
        FieldType::Text => t!("scaffold-field-text"),
        FieldType::Names => t!("scaffold-field-names"),
        FieldType::Number => t!("scaffold-field-number"),
        FieldType::Count => t!("scaffold-field-count"),
        FieldType::Date => t!("scaffold-field-date"),
        FieldType::Year => t!("scaffold-field-year"),
        FieldType::Choice => {
            let list: Vec<&str> = field.choices.iter().map(|c| c.label.get(lang)).collect();
            t!("scaffold-field-choice", list = list.join(", "))
        }
        FieldType::People => t!("scaffold-field-people"),
        FieldType::Url => t!("scaffold-field-url"),
        FieldType::YesNo => t!("scaffold-field-yes-no"),
        FieldType::File => t!("scaffold-field-file"),
    };
    let label = field.label.get(lang);
    let comment = if required {
        t!(
            "scaffold-field-comment-required",
            label = label,
            what = what
        )
    } else {
        t!("scaffold-field-comment", label = label, what = what)
    };
    let key = format!("{}:", field.name);
    format!("{key:<22} # {}\n", comment.render(lang))
}

/// What `ozyq new` was asked to make.
pub struct NewEntry<'a> {
    /// The kind, by id or folder (`open-lesson`).
    pub kind: &'a str,
    /// The entry's title.
    pub title: &'a str,
    /// Its date, as typed (`2025-10-14` or `14.10.2025`).
    pub date: &'a str,
    /// Author ids or names.
    pub authors: &'a [String],
    /// The entry's language; guessed from the title when `None`.
    pub lang: Option<Lang>,
    /// Whether to make a folder with `index.md`, for attachments and photos beside it.
    pub bundle: bool,
}

/// The authors to write: an id or full name as given; a surname or part of a
/// name that names one teacher of `data/authors.yaml`, as that teacher's id (the
/// build would take it for a guest); anything else as a guest's name. An id
/// (`kovaleva`) no teacher has is refused, as a build would, with the nearest
/// id: the entry is not written to fail at the next build.
fn resolve_authors(config: &Config, authors: &[String]) -> Result<Vec<String>, ScaffoldError> {
    let mut problems = Vec::new();
    let data = crate::data::Data::load(&config.data_dir(), &mut problems);
    // A teacher whose record has an error may be the one meant: the build says.
    if data.authors.is_empty() || !problems.is_empty() {
        return Ok(authors.to_vec());
    }
    let ids = || data.authors.iter().map(|a| a.id.as_str());
    // Each teacher's names: the name, its forms in each language, former names.
    fn names(a: &crate::data::AuthorData) -> impl Iterator<Item = &str> {
        let forms = [&a.names.kk, &a.names.ru, &a.names.en]
            .into_iter()
            .flatten();
        (std::iter::once(&a.name).chain(forms).chain(&a.former_names)).map(String::as_str)
    }
    let mut out = Vec::with_capacity(authors.len());
    for given in authors {
        if given.trim().is_empty() {
            continue;
        }
        // A full name is the build's to match; a surname alone would be a guest
        // there, so it is written as the id of the one teacher it names.
        let id = match pick(given, data.authors.iter(), |a| a.id.as_str(), names) {
            Picked::Whole(_) => given.clone(),
            Picked::Named(one) if one.len() == 1 => one[0].id.clone(),
            _ if crate::site::resolve::looks_like_id(given) => {
                return Err(ScaffoldError::UnknownAuthor {
                    given: given.clone(),
                    nearest: crate::diagnostics::nearest(given, ids()).map(str::to_string),
                });
            }
            _ => given.clone(),
        };
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Writes a new entry; returns the path of its Markdown file.
pub fn new_entry(root: &Path, new: &NewEntry) -> Result<PathBuf, ScaffoldError> {
    let NewEntry {
        kind,
        title,
        date,
        authors,
        lang,
        bundle,
    } = *new;
    let config = Config::load(root).map_err(ScaffoldError::Config)?;
    // Or an everyday word for it, as a plan's `form:` may be («семинар»).
    let by_word = || match Forms::of(&config).find(kind) {
        Some(Form::Kind(k)) => Some(&config.kinds[k]),
        _ => None,
    };
    let k = find_kind(&config.kinds.raw, kind)
        .or_else(by_word)
        .ok_or_else(|| ScaffoldError::UnknownKind {
            given: kind.to_string(),
            known: config
                .kinds
                .iter()
                .map(|k| k.id.replace('_', "-"))
                .collect::<Vec<_>>()
                .join(", "),
            nearest: nearest_kind(&config.kinds, kind),
        })?;
    let year = crate::lang::dates::parse_date(date).map(|d| d.date.year());
    if !year.is_some_and(|y| crate::lang::dates::YEARS.contains(&y)) {
        return Err(ScaffoldError::BadDate(date.to_string()));
    }
    let authors = &resolve_authors(&config, authors)?;
    let slug = slugify_short(title, 60);
    if slug.is_empty() {
        return Err(ScaffoldError::EmptySlug);
    }
    let folder = config.content_dir().join(&k.folder);
    // Written through a link, the work would be outside the site, and never built.
    if (folder.symlink_metadata()).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(ScaffoldError::Linked(folder));
    }
    let (path, taken) = if bundle {
        let dir = folder.join(&slug);
        (dir.join("index.md"), dir)
    } else {
        (folder.join(format!("{slug}.md")), folder.join(&slug))
    };
    // An entry and a bundle of the same name would be one address: neither is
    // made over the other.
    for p in [&path, &taken, &folder.join(format!("{slug}.md"))] {
        if p.exists() {
            return Err(ScaffoldError::Exists(p.to_path_buf()));
        }
    }
    let quoted = quoted(title);
    // `--lang` is also the language ozyq speaks in: one who reads it in Russian
    // still writes Kazakh works, whose titles say so.
    let kazakh = guess_lang(title, Lang::En) == Lang::Kk;
    let lang = match lang {
        Some(_) if kazakh => Lang::Kk,
        given => given.unwrap_or_else(|| guess_lang(title, config.language)),
    };
    let mut fm = format!("---\ntitle: {quoted}\ndate: {date}\n");
    if authors.is_empty() {
        fm.push_str(&format!(
            "authors: []            # {}\n",
            t!("scaffold-authors-comment").render(lang)
        ));
    } else {
        let list: Vec<String> = authors
            .iter()
            .map(|a| serde_json::to_string(a).unwrap_or_default())
            .collect();
        fm.push_str(&format!("authors: [{}]\n", list.join(", ")));
    }
    fm.push_str(&format!(
        "department: \"\"\ntags: []\nsummary: \"\"\nlang: {}\n",
        lang.code()
    ));
    let day = crate::lang::dates::parse_date(date).map(|d| d.date);
    let year = day.map(|d| AcademicYear::of(d, config.year_start_month));
    let kind_id = config
        .kinds
        .iter_enumerated()
        .find(|(_, x)| x.id == k.id)
        .map(|(i, _)| i);
    if let (Some(year), Some(kid)) = (year, kind_id) {
        fm.push_str(&plan_line(&config, kid, year, lang).unwrap_or_default());
    }
    for &f in &k.fields {
        let field = &config.fields[f];
        fm.push_str(&field_line(field, k.required.contains(&field.name), lang));
    }
    for r in &k.required {
        let common = ["authors", "department", "tags", "summary"].contains(&r.as_str());
        if !common && !k.fields.iter().any(|&f| &config.fields[f].name == r) {
            fm.push_str(&format!("{r}: \"\"\n"));
        }
    }
    fm.push_str("---\n\n");
    fm.push_str(&crate::content::skeleton::body(&k.id, lang));
    write(&path, fm.as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_kind_is_answered_with_the_one_meant() {
        let kinds: typed_index_collections::TiVec<KindId, Kind> =
            default_kinds().into_iter().collect();
        for (typed, meant) in [
            ("lesson", Some("open-lesson")),
            ("seminr", Some("seminar")),
            ("Open_Lesson_", Some("open-lesson")),
            ("qwerty", None),
        ] {
            assert_eq!(nearest_kind(&kinds, typed).as_deref(), meant, "{typed}");
        }
    }
}

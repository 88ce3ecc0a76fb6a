//! Building the site model from `config.yaml`, `data/` and `content/`.

use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::front_matter::{self, DocKind, FrontMatter};
use crate::content::source::{read_text, strip_forbidden};
use crate::content::walk::{SourceFile, SourceKind, walk};
use crate::data::Data;
use crate::diagnostics::{Diagnostic, Location, nearest};
use crate::lang::collation::KazakhCollator;
use crate::lang::dates::AcademicYear;
use crate::lang::fit;
use crate::lang::slug::slugify_short;

use super::resolve::Registry;
use super::{Asset, Attachment, Doc, Entry, Indexes, Page, Site};
use crate::paths::{escape_path, is_inside, normalize};

/// Options that change what goes into the model.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Keep entries marked `draft: true` (the `--drafts` option).
    pub drafts: bool,
}

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

/// A Markdown file read and its front matter parsed, before it joins the model.
/// `ozyq serve` keeps these between rebuilds so that only changed files are re-read.
pub struct Parsed {
    /// The file and what the walk found it to be.
    pub file: SourceFile,
    /// Its front matter, checked.
    pub fm: FrontMatter,
    /// Moved into the model by [`assemble`]; empty afterwards.
    pub body: String,
    /// The line of the file (from 1) the body starts on.
    pub body_line: usize,
}

/// Reads and parses one Markdown file of `content/` (not an asset).
pub fn parse_file(f: &SourceFile) -> (Option<Parsed>, Vec<Diagnostic>) {
    let mut d = Vec::new();
    let doc = doc_kind(&f.kind);
    (read_doc(f, doc, &mut d), d)
}

/// How a file's front matter is checked: as an entry's or as a page's.
pub fn doc_kind(kind: &SourceKind) -> DocKind {
    match kind {
        SourceKind::Entry { .. } => DocKind::Entry,
        _ => DocKind::Page,
    }
}

fn read_doc(file: &SourceFile, doc: DocKind, diags: &mut Vec<Diagnostic>) -> Option<Parsed> {
    let mut text = match read_text(&file.path) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    if let Some((clean, warning)) = strip_forbidden(&text, &file.path, 1) {
        text = clean;
        diags.push(warning);
    }
    let split = match front_matter::split(&text, &file.path) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let fm = front_matter::parse(split.front, &file.path, doc, diags)?;
    Some(Parsed {
        body: split.body.to_string(),
        body_line: split.body_line,
        file: file.clone(),
        fm,
    })
}

fn to_doc(p: &mut Parsed) -> Doc {
    Doc {
        source: p.file.path.clone(),
        title: p.fm.title.clone(),
        body: std::mem::take(&mut p.body),
        body_line: p.body_line,
        lang: p.fm.lang,
    }
}

/// Loads the whole site. Files with errors are left out of the model and their
/// problems are returned with the rest, so that rendering can still find its own.
pub fn load(config: Config, options: LoadOptions) -> (Site, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let files = walk(&config, &mut diags);
    let data = Data::load(&config.data_dir(), &mut diags);

    let parsed: Vec<(Option<Parsed>, Vec<Diagnostic>)> = files
        .par_iter()
        .filter(|f| !matches!(f.kind, SourceKind::Asset { .. }))
        .map(parse_file)
        .collect();
    let mut docs = Vec::with_capacity(parsed.len());
    for (p, d) in parsed {
        diags.extend(d);
        docs.extend(p);
    }
    let site = assemble(config, options, &files, &data, docs.iter_mut(), &mut diags);
    (site, diags)
}

/// Builds the model from the walked `files`, the people and departments of `data`,
/// and the parsed Markdown files `docs` (in `files` order). The bodies are moved out
/// of `docs` into the model.
pub fn assemble<'p>(
    config: Config,
    options: LoadOptions,
    files: &[SourceFile],
    data: &Data,
    docs: impl IntoIterator<Item = &'p mut Parsed>,
    diags: &mut Vec<Diagnostic>,
) -> Site {
    let mut reg = Registry::new(data);
    let collator = KazakhCollator::new();
    let mut d = sort_docs(&config, options, docs, &mut reg, diags);
    let page_of_source = page_urls(&config, &d.entries, &d.pages, d.home.as_ref(), diags);
    let (assets, asset_dest) = copied_assets(files, &d.bundle_dirs);
    attach_files(&config, &mut d.entries, &d.entry_files, &asset_dest, diags);

    // Alphabetical order of people, departments and tags; newest entries first.
    let (a_map, d_map, t_map) = reg.sort(&collator);
    for e in &mut d.entries {
        for a in &mut e.authors {
            *a = a_map[*a];
        }
        e.department = e.department.map(|x| d_map[x]);
        for t in &mut e.tags {
            *t = t_map[*t];
        }
    }
    d.entries.sort_by(entry_order);
    d.pages.sort_by(|a, b| {
        a.menu
            .unwrap_or(i64::MAX)
            .cmp(&b.menu.unwrap_or(i64::MAX))
            .then_with(|| collator.compare(&a.doc.title, &b.doc.title))
    });
    d.forewords.sort_by_key(|(y, _)| *y);

    // Files that could not become pages: their own errors are reported, so links to
    // them are not reported again.
    let failed_sources = files
        .iter()
        .filter(|f| matches!(f.kind, SourceKind::Entry { .. } | SourceKind::Page))
        .map(|f| normalize(&f.path))
        .filter(|p| !page_of_source.contains_key(p) && !d.draft_sources.contains(p))
        .collect();
    let index = Indexes::build(
        &d.entries,
        config.kinds.len(),
        reg.authors.len(),
        reg.departments.len(),
        reg.tags.len(),
    );
    Site {
        config,
        entries: d.entries,
        authors: reg.authors,
        departments: reg.departments,
        tags: reg.tags,
        pages: d.pages,
        home: d.home,
        kind_intros: d.kind_intros,
        forewords: d.forewords,
        assets,
        page_of_source,
        asset_dest,
        failed_sources,
        drafts_skipped: d.drafts_skipped,
        index,
    }
}

/// The documents sorted by what they become, before the model is put in order.
struct Docs {
    entries: Vec<Entry>,
    pages: Vec<Page>,
    home: Option<Doc>,
    kind_intros: Vec<Option<Doc>>,
    forewords: Vec<(AcademicYear, Doc)>,
    drafts_skipped: usize,
    draft_sources: HashSet<PathBuf>,
    /// Bundle folder → its entry's page folder.
    bundle_dirs: HashMap<PathBuf, String>,
    /// Each entry's attachments and cover as written, in `entries` order.
    entry_files: Vec<EntryFiles>,
}

/// An entry's attachments and cover as its front matter names them.
type EntryFiles = (Vec<front_matter::AttachmentRef>, Option<(String, Location)>);

/// Makes each parsed document the entry, page, introduction or foreword it is.
fn sort_docs<'p>(
    config: &Config,
    options: LoadOptions,
    docs: impl IntoIterator<Item = &'p mut Parsed>,
    reg: &mut Registry,
    diags: &mut Vec<Diagnostic>,
) -> Docs {
    let mut d = Docs {
        entries: Vec::new(),
        pages: Vec::new(),
        home: None,
        kind_intros: vec![None; config.kinds.len()],
        forewords: Vec::new(),
        drafts_skipped: 0,
        draft_sources: HashSet::new(),
        bundle_dirs: HashMap::new(),
        entry_files: Vec::new(),
    };
    for p in docs {
        match p.file.kind.clone() {
            SourceKind::Home => d.home = Some(to_doc(p)),
            SourceKind::KindIntro { kind } => d.kind_intros[kind] = Some(to_doc(p)),
            SourceKind::Foreword => {
                let stem = p
                    .file
                    .path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("");
                match AcademicYear::parse(stem) {
                    Some(y) => {
                        foreword_limits(p, diags);
                        d.forewords.push((y, to_doc(p)));
                    }
                    None => diags.push(
                        Diagnostic::error(
                            Location::file(&p.file.path),
                            format!("a catalogue foreword must be named after its academic year, not `{stem}`"),
                        )
                        .with_hint("name it like content/catalogue/2025-2026.md"),
                    ),
                }
            }
            SourceKind::Page => {
                let slug = match &p.fm.slug {
                    Some((s, _)) => s.clone(),
                    None => match slug_or_file_name(&p.fm, 60, &p.file.path) {
                        Ok(s) => s,
                        Err(d) => {
                            diags.push(d);
                            continue;
                        }
                    },
                };
                d.pages.push(Page {
                    doc: to_doc(p),
                    dir: format!("{slug}/"),
                    slug,
                    menu: p.fm.menu,
                });
            }
            SourceKind::Entry { kind, bundle } => {
                if p.fm.draft && !options.drafts {
                    d.drafts_skipped += 1;
                    d.draft_sources.insert(normalize(&p.file.path));
                    continue;
                }
                let Some(e) = make_entry(p, kind, config, reg, diags) else {
                    continue;
                };
                if let Some(b) = bundle {
                    d.bundle_dirs.insert(b, e.dir.clone());
                }
                d.entry_files
                    .push((p.fm.attachments.clone(), p.fm.cover.clone()));
                d.entries.push(e);
            }
            SourceKind::Asset { .. } => {}
        }
    }
    d
}

/// Where each Markdown source's page lives; URLs used twice, or by ozyq itself,
/// are errors.
fn page_urls(
    config: &Config,
    entries: &[Entry],
    pages: &[Page],
    home: Option<&Doc>,
    diags: &mut Vec<Diagnostic>,
) -> HashMap<PathBuf, String> {
    let mut page_of_source: HashMap<PathBuf, String> = HashMap::new();
    let mut owner_of_dir: HashMap<String, PathBuf> = HashMap::new();
    let reserved = [
        "authors/",
        "years/",
        "departments/",
        "tags/",
        "search/",
        "catalogue/",
        "static/",
    ];
    let kind_dirs: Vec<String> = config
        .kinds
        .iter()
        .map(|k| format!("{}/", k.folder))
        .collect();
    let claims = entries
        .iter()
        .map(|e| (&e.doc.source, &e.dir))
        .chain(pages.iter().map(|p| (&p.doc.source, &p.dir)));
    for (source, dir) in claims {
        if reserved.contains(&dir.as_str()) || kind_dirs.contains(dir) {
            diags.push(
                Diagnostic::error(
                    Location::file(source),
                    format!("the page's URL `{dir}` is used by ozyq itself"),
                )
                .with_hint("give the page another `slug:`"),
            );
        } else if let Some(other) = owner_of_dir.get(dir) {
            diags.push(
                Diagnostic::error(
                    Location::file(source),
                    format!("the URL `{dir}` is the same as that of {}", other.display()),
                )
                .with_hint("give one of the two files a different `slug:` in its front matter"),
            );
        } else {
            owner_of_dir.insert(dir.clone(), source.clone());
        }
        page_of_source.insert(normalize(source), dir.clone());
    }
    if let Some(h) = home {
        page_of_source.insert(normalize(&h.source), String::new());
    }
    page_of_source
}

/// The files copied as they are, with where they go: a bundle's files beside its
/// entry's page; a draft's bundle is left out with its entry.
fn copied_assets(
    files: &[SourceFile],
    bundle_dirs: &HashMap<PathBuf, String>,
) -> (Vec<Asset>, HashMap<PathBuf, String>) {
    let mut assets = Vec::new();
    let mut asset_dest: HashMap<PathBuf, String> = HashMap::new();
    for f in files {
        if let SourceKind::Asset { bundle } = &f.kind {
            let dest = match bundle.as_ref().and_then(|b| Some((b, bundle_dirs.get(b)?))) {
                Some((b, dir)) => {
                    let inner = f.path.strip_prefix(b).unwrap_or(&f.path);
                    let inner: Vec<_> = inner
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect();
                    format!("{dir}{}", inner.join("/"))
                }
                None if bundle.is_some() => continue,
                None => f.rel.clone(),
            };
            asset_dest.insert(normalize(&f.path), dest.clone());
            assets.push(Asset {
                source: f.path.clone(),
                dest,
            });
        }
    }
    (assets, asset_dest)
}

/// Resolves each entry's attachments and cover to the URLs of the copied files.
fn attach_files(
    config: &Config,
    entries: &mut [Entry],
    entry_files: &[EntryFiles],
    asset_dest: &HashMap<PathBuf, String>,
    diags: &mut Vec<Diagnostic>,
) {
    let content_dir = config.content_dir();
    for (e, (atts, cover)) in entries.iter_mut().zip(entry_files) {
        let base = front_matter::base_dir(&e.doc.source);
        for a in atts {
            if let Some((url, size)) = resolve_file(
                &a.file,
                &base,
                &config.root,
                &content_dir,
                asset_dest,
                &a.location,
                "attachment",
                diags,
            ) {
                let format = Path::new(&a.file)
                    .extension()
                    .and_then(|x| x.to_str())
                    .unwrap_or("")
                    .to_uppercase();
                let title = a.title.clone().unwrap_or_else(|| {
                    Path::new(&a.file)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                });
                e.attachments.push(Attachment {
                    title,
                    url: escape_path(&url).into_owned(),
                    format,
                    size,
                });
            }
        }
        if let Some((c, loc)) = cover {
            e.cover = resolve_file(
                c,
                &base,
                &config.root,
                &content_dir,
                asset_dest,
                loc,
                "cover image",
                diags,
            )
            .map(|(u, _)| u);
        }
    }
}

/// The order of entries everywhere: newest first, then by title and file (a total
/// order, so the sorted list is the same whatever order the files were read in).
pub fn entry_order(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    b.date
        .date
        .cmp(&a.date.date)
        .then_with(|| b.date.time.cmp(&a.date.time))
        .then_with(|| a.doc.title.cmp(&b.doc.title))
        .then_with(|| a.doc.source.cmp(&b.doc.source))
}

/// Turns a parsed entry into the model's entry, its names resolved through `reg`.
/// Attachments and the cover are resolved later, once every asset's place is known.
pub fn make_entry(
    p: &mut Parsed,
    kind: usize,
    config: &Config,
    reg: &mut Registry,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let file = &p.file.path;
    let fm = &p.fm;
    let k = &config.kinds[kind];
    let errors_before = diags.iter().filter(|d| d.is_error()).count();

    if let Some((stated, loc)) = &fm.kind {
        let s = stated.trim();
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
    for req in &k.required {
        let present = match req.as_str() {
            "authors" | "author" => !fm.authors.is_empty(),
            "department" => fm.department.is_some(),
            "subject" => fm.subject.is_some(),
            "summary" => fm.summary.is_some(),
            "tags" => !fm.tags.is_empty(),
            "cover" => fm.cover.is_some(),
            "attachments" => !fm.attachments.is_empty(),
            other => fm.details.iter().any(|(key, _)| key == other),
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
    let mut details = Vec::new();
    for (key, value) in &fm.details {
        if key == "level" {
            match level_id(value) {
                Some(id) => details.push((key.clone(), id.to_string())),
                None => diags.push(
                    Diagnostic::error(
                        fm.key_location("level", file),
                        format!("unknown level `{value}`"),
                    )
                    .with_hint("use college, city, regional, republican or international"),
                ),
            }
        } else {
            details.push((key.clone(), value.clone()));
        }
    }

    let mut authors = Vec::new();
    let mut author_locs = Vec::new();
    for (name, loc) in &fm.authors {
        if let Some(a) = reg.author(name, loc, diags)
            && !authors.contains(&a)
        {
            authors.push(a);
            author_locs.push(loc);
        }
    }
    let department = match &fm.department {
        Some((d, loc)) => reg.department(d, loc, diags),
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
        Some((s, _)) => s.clone(),
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
    }
    if fm.exhibit {
        let mut names: Vec<(&str, &Location)> = authors
            .iter()
            .zip(&author_locs)
            .map(|(&a, &loc)| (reg.authors[a].name.as_str(), loc))
            .collect();
        let department_loc = match &fm.department {
            Some((_, loc)) => loc.clone(),
            None => fm.key_location("authors", file),
        };
        let dept_name = department.map(|d| reg.departments[d].name_in(config.language));
        names.extend(dept_name.map(|n| (n, &department_loc)));
        print_limits(fm, file, &names, diags);
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
    for (key, value) in fm.details.iter().filter(|(k, _)| k != "level") {
        texts.push((
            format!("field `{key}`"),
            value,
            fit::DETAIL,
            fm.key_location(key, file),
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

/// Warns when the printed catalogue cuts a foreword or breaks a run in it.
fn foreword_limits(p: &Parsed, diags: &mut Vec<Diagnostic>) {
    let file = &p.file.path;
    let body = &p.body;
    let fitted = fit::fit_markdown(body, fit::FOREWORD);
    let at = |offset| Location::at_offset(file, body, offset, p.body_line);
    if fitted.cut {
        let end = body
            .char_indices()
            .nth(fit::FOREWORD.chars)
            .map_or(body.len(), |(i, _)| i);
        diags.push(
            Diagnostic::warning(
                at(end),
                format!(
                    "the foreword is too long for the printed catalogue ({} characters): \
                     the PDF has it cut to {} characters, here or at a paragraph before",
                    body.chars().count(),
                    fit::FOREWORD.chars
                ),
            )
            .with_hint("a foreword of a page or two is usual; shorten it"),
        );
    }
    if let Some(offset) = fit::markdown_long_run(&fitted.text) {
        diags.push(
            Diagnostic::warning(
                at(offset),
                format!(
                    "the foreword has a run of more than {} characters without a space: \
                     the PDF has it broken by spaces",
                    fit::LONGEST_RUN
                ),
            )
            .with_hint("add the missing spaces, or shorten it"),
        );
    }
}

/// The slug of a title, or, when the title has no letters or digits to make one
/// of ("!!!", an emoji), of the file's name (a bundle's folder name); an error
/// when neither gives one, as the page would have no address of its own.
fn slug_or_file_name(fm: &FrontMatter, max: usize, file: &Path) -> Result<String, Diagnostic> {
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

/// Finds a file named in front matter; its site-relative output URL and size.
#[allow(clippy::too_many_arguments)]
fn resolve_file(
    name: &str,
    base: &Path,
    site_root: &Path,
    content_dir: &Path,
    asset_dest: &HashMap<PathBuf, String>,
    loc: &Location,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<(String, u64)> {
    let path = normalize(&base.join(name));
    if Path::new(name).is_absolute() || !is_inside(&path, site_root) {
        diags.push(
            Diagnostic::error(loc.clone(), format!("the {what} `{name}` is outside the site folder"))
                .with_hint("put the file beside the Markdown file (make the entry a folder with index.md) and name it without ../"),
        );
        return None;
    }
    let meta = match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => m,
        _ => {
            diags.push(
                Diagnostic::error(loc.clone(), format!("the {what} `{name}` does not exist"))
                    .with_hint(format!("expected the file at {}", path.display())),
            );
            return None;
        }
    };
    match asset_dest.get(&path) {
        Some(dest) => Some((dest.clone(), meta.len())),
        None => {
            diags.push(
                Diagnostic::error(
                    loc.clone(),
                    format!("the {what} `{name}` is not inside content/"),
                )
                .with_hint(format!("move it into {}", content_dir.display())),
            );
            None
        }
    }
}

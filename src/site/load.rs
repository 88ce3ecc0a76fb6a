//! Building the site model from `config.yaml`, `data/` and `content/`.

use crate::messages::Text;
use crate::site::body;
use crate::t;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use typed_index_collections::TiVec;

use crate::config::Config;
use crate::config::kinds::KindId;
use crate::content::front_matter::{self, DocKind, FrontMatter};
use crate::content::history::{History, modified_date};
use crate::content::plan::PlanFile;
use crate::content::walk::{SourceFile, SourceKind, walk};
use crate::data::Data;
use crate::diagnostics::{Diagnostic, Located, Location};
use crate::lang::collation::KazakhCollator;
use crate::lang::dates::AcademicYear;
use crate::lang::fit;
use crate::source::{read_text_with_metadata, strip_forbidden};
use chrono::NaiveDate;

use super::addresses;
use super::entry::{Names, OwnChecks, make_entry, resolve_names};
use super::photos::Photos;
use super::published::Record;
use super::resolve::Registry;
use super::{Asset, Attachment, Doc, Entry, EntryId, Foreword, Indexes, Page, PageId, Site};
use crate::paths::{PathMap, PathSet, escape_path, is_inside, normalize};

/// Options that change what goes into the model.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Keep entries marked `draft: true` (the `--drafts` option).
    pub drafts: bool,
    /// Work out the record of published addresses as this build leaves it
    /// ([`Site::record`]): only `ozyq build` writes it.
    pub record: bool,
}

/// A Markdown file read and its front matter parsed, before it joins the model.
/// `ozyq serve` keeps these between rebuilds so that only changed files are re-read.
pub struct Parsed {
    /// The file and what the walk found it to be.
    pub file: SourceFile,
    /// Its front matter, checked.
    pub fm: FrontMatter,
    /// Shared with the model's document: a round of `ozyq serve` assembles the
    /// model again from the same parsed files without copying or moving them.
    pub body: crate::site::body::Body,
    /// The line of the file (from 1) the body starts on.
    pub body_line: usize,
    /// What its own file says of its address and of the catalogue's cuts.
    pub own: OwnChecks,
    /// When it was last changed: its last commit's date, else the file's own.
    pub updated: Option<NaiveDate>,
}

/// A Markdown file of `content/` as read.
#[expect(
    clippy::large_enum_variant,
    reason = "nearly every file is parsed: a box would add an allocation to each"
)]
pub enum DocRead {
    /// Its front matter parsed and checked.
    Parsed(Parsed),
    /// Its front matter has errors, so it joins the model only as text: its body's
    /// problems (a link to a missing file) are reported in the same build as its
    /// front matter's, and the files it names are not reported as unlinked. An
    /// entry's fields that could be read come beside it, to have their own
    /// problems told too (see [`check_partial`]).
    Rejected(Doc, Option<Box<Parsed>>),
    /// It could not be read.
    Unread,
}

impl DocRead {
    /// The file, parsed, if its front matter was sound.
    pub fn parsed(&self) -> Option<&Parsed> {
        match self {
            DocRead::Parsed(p) => Some(p),
            _ => None,
        }
    }

    /// The file's text, if it could be read but not parsed.
    pub fn rejected(&self) -> Option<&Doc> {
        match self {
            DocRead::Rejected(d, _) => Some(d),
            _ => None,
        }
    }

    /// The fields of an entry whose front matter has errors, as far as read.
    pub fn partial(&self) -> Option<&Parsed> {
        match self {
            DocRead::Rejected(_, Some(p)) => Some(p),
            _ => None,
        }
    }
}

/// Reads and parses one Markdown file of `content/` (not an asset); `history`
/// dates it.
pub fn parse_file(f: &SourceFile, history: &History) -> (DocRead, Vec<Diagnostic>) {
    let mut d = Vec::new();
    let doc = doc_kind(&f.kind);
    let read = read_doc(f, doc, history, &mut d);
    (read, d)
}

/// How a file's front matter is checked: as an entry's or as a page's.
pub fn doc_kind(kind: &SourceKind) -> DocKind {
    match kind {
        SourceKind::Entry { .. } => DocKind::Entry,
        SourceKind::Foreword => DocKind::Foreword,
        _ => DocKind::Page,
    }
}

fn read_doc(
    file: &SourceFile,
    doc: DocKind,
    history: &History,
    diags: &mut Vec<Diagnostic>,
) -> DocRead {
    let (mut text, meta) = match read_text_with_metadata(&file.path) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return DocRead::Unread;
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
            // No body is told from the front matter: only the text is kept.
            let end = text.len();
            return DocRead::Rejected(rejected(file, body::Body::new(text, end..end), 1), None);
        }
    };
    let body_line = split.body_line;
    let range = body::range_of(&text, split.body).expect("the body is a slice of the text");
    let Some((fm, sound)) = front_matter::parse_all(split.front, &file.path, doc, diags) else {
        return DocRead::Rejected(
            rejected(file, body::Body::new(text, range), body_line),
            None,
        );
    };
    let own = OwnChecks::of(&fm, file, split.body, doc == DocKind::Entry);
    let parsed = Parsed {
        own,
        body: body::Body::new(text, range),
        body_line,
        file: file.clone(),
        fm,
        updated: history.updated(file, modified_date(&meta)),
    };
    if !sound {
        let text = rejected(file, parsed.body.clone(), body_line);
        return DocRead::Rejected(text, (doc == DocKind::Entry).then(|| Box::new(parsed)));
    }
    DocRead::Parsed(parsed)
}

/// The bodies of the parsed documents and of those whose front matter has errors.
fn bodies<'a>(docs: &'a [&Parsed], rejected: &'a [&Doc]) -> impl Iterator<Item = &'a body::Body> {
    (docs.iter().map(|p| &p.body)).chain(rejected.iter().map(|d| &d.body))
}

/// Gives the names of `entries` and `plans` their ids once the registry is
/// sorted ([`Registry::sort`] says which).
pub fn renumber(
    new: &super::resolve::Renumbering,
    entries: &mut [Entry],
    plans: &mut TiVec<super::plan::PlanId, super::plan::Plan>,
) {
    for e in entries {
        for a in &mut e.authors {
            *a = new.authors[*a];
        }
        for (a, _) in &mut e.former_names {
            *a = new.authors[*a];
        }
        e.department = e.department.map(|x| new.departments[x]);
        for t in &mut e.tags {
            *t = new.tags[*t];
        }
        for f in &mut e.fields {
            if let crate::site::fields::FieldValue::People(people) = &mut f.value {
                for a in people {
                    *a = new.authors[*a];
                }
            }
        }
    }
    for item in plans.iter_mut().flat_map(|p| p.items.iter_mut()) {
        for a in &mut item.responsible {
            *a = new.authors[*a];
        }
        item.department = item.department.map(|x| new.departments[x]);
    }
}

/// Tells the problems of the fields that could be read of entries whose front
/// matter has errors (`partial`), so that one build says them all: an author id
/// no one has, a field's value not in its list. Nothing is added to `reg`: a
/// guest they name gets no page, as they are no entries.
fn check_partial(
    config: &Config,
    options: LoadOptions,
    reg: &Registry,
    partial: &[&Parsed],
    d: &mut Docs,
    diags: &mut Vec<Diagnostic>,
) {
    for p in partial {
        let SourceKind::Entry { kind, .. } = p.file.kind else {
            continue;
        };
        // A draft is left out whole, as a sound one is.
        if p.fm.draft && !options.drafts {
            continue;
        }
        for (name, k) in p.fm.authors.iter().zip(&p.own.author_keys) {
            reg.check_author(&name.value, k, &name.location, diags);
        }
        if let (Some(dep), Some(k)) = (&p.fm.department, &p.own.department_key) {
            reg.check_department(&dep.value, k, &dep.location, diags);
        }
        super::fields::read_fields(&p.fm, &config.kinds[kind], config, reg, diags);
        d.unmade_plans.extend(plan_links(p, config));
    }
}

/// The year and plan items of an entry that is left out, when its date could
/// be read.
fn plan_links(p: &Parsed, config: &Config) -> Option<(AcademicYear, Vec<Located<String>>)> {
    let year = AcademicYear::of(p.fm.date?.date, config.year_start_month);
    (!p.fm.plan.is_empty()).then(|| (year, p.fm.plan.clone()))
}

/// A file whose front matter could not be read, as a document without one.
fn rejected(file: &SourceFile, body: body::Body, body_line: usize) -> Doc {
    Doc {
        source: file.path.clone(),
        title: String::new(),
        figures: super::figures::has_block(&body),
        body,
        body_line,
        lang: None,
        translation: file.translation,
        updated: None,
        aliases: Vec::new(),
    }
}

fn to_doc(p: &Parsed) -> Doc {
    Doc {
        source: p.file.path.clone(),
        title: p.fm.title.clone(),
        figures: p.own.figures,
        body: p.body.clone(),
        body_line: p.body_line,
        lang: p.fm.lang,
        translation: p.file.translation,
        updated: p.updated,
        aliases: p.fm.aliases.clone(),
    }
}

/// Loads the whole site. Files with errors are left out of the model and their
/// problems are returned with the rest, so that rendering can still find its own.
pub fn load(config: Config, options: LoadOptions) -> (Site, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let files = walk(&config, &mut diags);
    let history = History::read(&config.content_dir(), &files);
    // data/ and the record (a long YAML file on a large site) beside the documents.
    let (
        DataFiles {
            data,
            record,
            diags: data_diags,
        },
        mut parsed,
    ) = rayon::join(
        || read_data(&config),
        || -> Vec<(DocRead, Vec<Diagnostic>)> {
            files
                .par_iter()
                .filter(|f| f.kind.is_doc())
                .map(|f| parse_file(f, &history))
                .collect()
        },
    );
    diags.extend(data_diags);
    for (_, d) in &mut parsed {
        diags.append(d);
    }
    let docs: Vec<&Parsed> = parsed.iter().filter_map(|(r, _)| r.parsed()).collect();
    let rejected: Vec<&Doc> = parsed.iter().filter_map(|(r, _)| r.rejected()).collect();
    let partial: Vec<&Parsed> = parsed.iter().filter_map(|(r, _)| r.partial()).collect();
    let plans = read_plans(&config, &files, &mut diags);
    let inputs = Inputs {
        files: &files,
        data: &data,
        record: &record,
        plans: &plans,
        rejected: &rejected,
        partial: &partial,
    };
    let site = assemble(config, options, inputs, docs, &mut diags);
    crate::memory::drop_aside((parsed, files, data, record, plans, history));
    (site, diags)
}

/// What the model is built from beside content/: the people and departments of
/// `data/` and the record of published addresses, with their problems.
pub struct DataFiles {
    /// The people and departments of `data/`.
    pub data: Data,
    /// The addresses published before.
    pub record: Record,
    /// The problems found in them.
    pub diags: Vec<Diagnostic>,
}

/// Reads `data/` and the record of published addresses.
pub fn read_data(config: &Config) -> DataFiles {
    let mut diags = Vec::new();
    let data = Data::load(&config.data_dir(), &mut diags);
    let record = Record::read(&config.root, &mut diags);
    DataFiles {
        data,
        record,
        diags,
    }
}

/// What the model is built from besides the Markdown documents.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    /// Every file the walk of content/ found.
    pub files: &'a [SourceFile],
    /// The people and departments of `data/`.
    pub data: &'a Data,
    /// The addresses published before.
    pub record: &'a Record,
    /// The work plans among `files`, read (`content::plan::read`).
    pub plans: &'a [PlanFile],
    /// The Markdown files whose front matter could not be read, as text.
    pub rejected: &'a [&'a Doc],
    /// Of those, the entries' fields that could be read.
    pub partial: &'a [&'a Parsed],
}

/// Builds the model from `inputs` and the parsed Markdown files `docs` (in the
/// order of `inputs.files`), whose bodies the model shares.
pub fn assemble<'p>(
    config: Config,
    options: LoadOptions,
    inputs: Inputs,
    docs: impl IntoIterator<Item = &'p Parsed>,
    diags: &mut Vec<Diagnostic>,
) -> Site {
    let Inputs {
        files,
        data,
        record,
        plans,
        rejected,
        ..
    } = inputs;
    let mut reg = Registry::new(data, config.language);
    let collator = KazakhCollator::of(config.language);
    let docs: Vec<&Parsed> = docs.into_iter().collect();
    super::unlinked::warn(&config, files, bodies(&docs, rejected), diags);
    let read = (docs.iter().copied(), inputs.partial);
    let mut d = sort_docs(&config, options, read, &mut reg, diags);
    let mut page_of_source = page_urls(&config, &d.entries, &d.pages, d.home.as_ref(), diags);
    for i in d.intros.iter().filter(|i| i.kind.is_none()) {
        let dir = super::tongues::prefix_of(&config, i.lang);
        page_of_source.insert(normalize(&i.doc.source), dir);
    }
    let (mut assets, mut asset_dest) = copied_assets(files, &d.bundle_dirs);
    let photos = gather_photos(&config, &mut reg, &mut assets, &mut asset_dest, diags);
    attach_files(
        &config,
        &mut d.entries,
        &d.entry_files,
        &asset_dest,
        &photos,
        &mut assets,
        diags,
    );
    for e in &mut d.entries {
        e.picture = photos.picture_of(e);
    }
    let mut plans = super::plan::resolve_plans(plans, &config, &mut reg, diags);

    // Alphabetical order of people, departments and tags; newest entries first.
    renumber(&reg.sort(&collator), &mut d.entries, &mut plans);
    let mut entries: TiVec<EntryId, Entry> = in_entry_order(d.entries).into();
    d.pages.sort_by(|a, b| {
        a.menu
            .unwrap_or(i64::MAX)
            .cmp(&b.menu.unwrap_or(i64::MAX))
            .then_with(|| collator.compare(&a.doc.title, &b.doc.title))
    });
    let mut pages: TiVec<PageId, Page> = d.pages.into();
    if config.multilingual() {
        super::tongues::link(&config, &mut entries, &mut pages, diags);
    }
    let main = super::tongues::listed(&config, &entries, config.language);
    super::plan::link_entries(&mut entries, &mut plans, &|i| main[i], &config.root, diags);
    super::plan::check_links(&d.unmade_plans, &plans, diags);
    d.forewords.sort_by_key(|f| f.year);
    let settled = addresses::settle(&config, &entries, &pages, record, options.record, diags);

    // Files that could not become pages: their own errors are reported, so links to
    // them are not reported again.
    let failed_sources = failed(files, &page_of_source, &d.draft_sources, &d.bundle_dirs);
    let unrendered = unrendered(&docs, rejected, &failed_sources);
    let counts = super::indexes::Counts {
        kinds: config.kinds.len(),
        authors: reg.authors.len(),
        departments: reg.departments.len(),
        tags: reg.tags.len(),
    };
    let index = Indexes::build(&entries, counts, &|i| main[i]);
    let tongues = super::tongues::tongues(&config, &entries, &pages, counts, main, d.intros);
    Site {
        config,
        entries,
        authors: reg.authors,
        departments: reg.departments,
        tags: reg.tags,
        pages,
        redirects: settled.redirects,
        withdrawn: settled.withdrawn,
        record: settled.record,
        address_changes: settled.changes,
        home: d.home,
        kind_intros: d.kind_intros,
        forewords: d.forewords,
        plans,
        assets,
        photos,
        page_of_source,
        asset_dest,
        failed_sources,
        unrendered,
        drafts_skipped: d.drafts_skipped,
        index,
        tongues,
    }
}

/// The entries' and pages' files that became no page for their errors (not
/// drafts), and the files of the entry folders none of whose files became one:
/// links to them are not reported, their own errors are.
fn failed(
    files: &[SourceFile],
    page_of_source: &PathMap<PathBuf, String>,
    drafts: &PathSet<PathBuf>,
    bundle_dirs: &PathMap<PathBuf, String>,
) -> PathSet<PathBuf> {
    let mut failed: PathSet<PathBuf> = files
        .iter()
        .filter(|f| matches!(f.kind, SourceKind::Entry { .. } | SourceKind::Page))
        .map(|f| normalize(&f.path))
        .filter(|p| !page_of_source.contains_key(p) && !drafts.contains(p))
        .collect();
    let bundles: PathSet<&PathBuf> = (files.iter())
        .filter_map(|f| match &f.kind {
            SourceKind::Entry {
                bundle: Some(b), ..
            } if failed.contains(&normalize(&f.path)) => Some(b),
            _ => None,
        })
        .filter(|b| !bundle_dirs.contains_key(*b))
        .collect();
    let inside = files.iter().filter_map(|f| match &f.kind {
        SourceKind::Asset { bundle: Some(b) } if bundles.contains(b) => Some(normalize(&f.path)),
        _ => None,
    });
    failed.extend(inside);
    failed
}

/// The documents that become no page for their errors: the files whose front
/// matter could not be read, and the entries and pages that failed after it.
fn unrendered(docs: &[&Parsed], rejected: &[&Doc], failed: &PathSet<PathBuf>) -> Vec<Doc> {
    // Nearly every build has none: no path of 10,000 documents is normalized then.
    let failed_after = (docs.iter())
        .take_while(|_| !failed.is_empty())
        .filter(|p| failed.contains(&normalize(&p.file.path)))
        .map(|p| to_doc(p));
    rejected
        .iter()
        .map(|&d| d.clone())
        .chain(failed_after)
        .collect()
}

/// Takes the photos of content and the authors' photos out of `assets` (they are
/// published as copies: `photos::gather`), and points each author's photo at its
/// default copy.
fn gather_photos(
    config: &Config,
    reg: &mut Registry,
    assets: &mut Vec<Asset>,
    asset_dest: &mut PathMap<PathBuf, String>,
    diags: &mut Vec<Diagnostic>,
) -> super::photos::Photos {
    let portraits = reg.authors.iter().filter_map(|a| a.photo.as_ref());
    assets.extend(portraits.map(|p| Asset {
        source: p.source.clone(),
        dest: p.url.clone(),
    }));
    let limits = config.images.limits();
    let photos = super::photos::gather(&config.root, assets, asset_dest, limits, diags);
    for p in reg.authors.iter_mut().filter_map(|a| a.photo.as_mut()) {
        p.copies = photos.by_source.get(&normalize(&p.source)).copied();
        if let Some(id) = p.copies {
            p.url = photos.list[id].default_url();
        }
    }
    photos
}

/// Reads the work plans among `files`.
fn read_plans(config: &Config, files: &[SourceFile], diags: &mut Vec<Diagnostic>) -> Vec<PlanFile> {
    let forms = super::plan::forms::ids(config).join(", ");
    files
        .iter()
        .filter(|f| f.kind == SourceKind::Plan)
        .filter_map(|f| crate::content::plan::read(f, &forms, diags))
        .collect()
}

/// The documents sorted by what they become, before the model is put in order.
struct Docs {
    entries: Vec<Entry>,
    pages: Vec<Page>,
    home: Option<Doc>,
    kind_intros: TiVec<KindId, Option<Doc>>,
    forewords: Vec<Foreword>,
    drafts_skipped: usize,
    draft_sources: PathSet<PathBuf>,
    /// Bundle folder → its entry's page folder.
    bundle_dirs: PathMap<PathBuf, String>,
    /// Each entry's attachments and cover as written, in `entries` order.
    entry_files: Vec<EntryFiles>,
    /// The home page's and kinds' texts in other languages than the main one.
    intros: Vec<super::tongues::Intro>,
    /// The plan items named by entries left out for their errors, by year: still
    /// checked, so that one build says every problem.
    unmade_plans: Vec<(AcademicYear, Vec<Located<String>>)>,
}

/// An entry's attachments and cover as its front matter names them.
struct EntryFiles {
    attachments: Vec<front_matter::AttachmentRef>,
    cover: Option<Located<String>>,
}

/// An entry's file with its names resolved, to be made into the entry.
struct PendingEntry<'p> {
    parsed: &'p Parsed,
    kind: KindId,
    bundle: Option<PathBuf>,
    names: Names,
    /// Its own problems, from its names on.
    diags: Vec<Diagnostic>,
    made: Option<Entry>,
}

/// Makes each parsed document the entry, page, introduction or foreword it is.
/// `docs`: the parsed documents, and the entries only partly read (see
/// [`check_partial`]).
fn sort_docs<'p>(
    config: &Config,
    options: LoadOptions,
    (docs, partial): (impl IntoIterator<Item = &'p Parsed>, &[&Parsed]),
    reg: &mut Registry,
    diags: &mut Vec<Diagnostic>,
) -> Docs {
    let mut d = Docs {
        entries: Vec::new(),
        pages: Vec::new(),
        home: None,
        kind_intros: config.kinds.iter().map(|_| None).collect(),
        forewords: Vec::new(),
        drafts_skipped: 0,
        draft_sources: PathSet::default(),
        bundle_dirs: PathMap::default(),
        entry_files: Vec::new(),
        intros: Vec::new(),
        unmade_plans: Vec::new(),
    };
    // Entries: their names resolved here, in file order; then made in parallel.
    let mut pending: Vec<PendingEntry> = Vec::new();
    for p in docs {
        let other = p.file.translation.filter(|&l| l != config.language);
        match p.file.kind.clone() {
            SourceKind::Home | SourceKind::KindIntro { .. } if other.is_some() => {
                let kind = match p.file.kind {
                    SourceKind::KindIntro { kind } => Some(kind),
                    _ => None,
                };
                (d.intros).extend(other.map(|lang| super::tongues::Intro {
                    lang,
                    kind,
                    doc: to_doc(p),
                }));
            }
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
                        d.forewords.push(Foreword {
                            year: y,
                            imprint: super::imprint::Imprint::read(
                                &p.fm.fields,
                                &config.catalogue,
                                diags,
                            ),
                            doc: to_doc(p),
                        });
                    }
                    None => diags.push(
                        Diagnostic::error(
                            Location::file(&p.file.path),
                            t!(
                                "site-load-catalogue-foreword-must-named",
                                stem = stem.to_string()
                            ),
                        )
                        .with_hint(t!("site-load-name-like-content-catalogue-hint")),
                    ),
                }
            }
            SourceKind::Page => {
                let slug = match &p.own.slug {
                    Ok(s) => s.clone(),
                    Err(d) => {
                        diags.push(d.clone());
                        continue;
                    }
                };
                let lang = p.file.translation.or(p.fm.lang).unwrap_or(config.language);
                d.pages.push(Page {
                    doc: to_doc(p),
                    dir: format!("{}{slug}/", super::tongues::prefix_of(config, lang)),
                    slug,
                    menu: p.fm.menu,
                    lang,
                    translations: Vec::new(),
                });
            }
            SourceKind::Entry { kind, bundle } => {
                if p.fm.draft && !options.drafts {
                    d.drafts_skipped += 1;
                    d.draft_sources.insert(normalize(&p.file.path));
                    continue;
                }
                let mut diags = Vec::new();
                let names = resolve_names(p, reg, &mut diags);
                pending.push(PendingEntry {
                    parsed: p,
                    kind,
                    bundle,
                    names,
                    diags,
                    made: None,
                });
            }
            SourceKind::Asset { .. } | SourceKind::Plan => {}
        }
    }
    inherit_names(&mut pending);
    let titles = make_entries(pending, config, reg, &mut d, diags);
    super::copies::warn(config, &d.entries, &titles, diags);
    check_partial(config, options, reg, partial, &mut d, diags);
    d
}

/// Gives each translation its original's address part (see
/// [`Names::take_slug`]), and one that names no authors its original's (see
/// [`Names::inherit`]).
fn inherit_names(pending: &mut [PendingEntry]) {
    if pending.iter().all(|w| w.parsed.file.translation.is_none()) {
        return;
    }
    let originals: PathMap<PathBuf, usize> = (pending.iter().enumerate())
        .filter(|(_, w)| w.parsed.file.translation.is_none())
        .map(|(i, w)| (normalize(&w.parsed.file.path), i))
        .collect();
    for i in 0..pending.len() {
        let p = pending[i].parsed;
        if p.file.translation.is_none() {
            continue;
        }
        let work = super::tongues::work_of_path(&p.file.path);
        let Some(&o) = originals.get(&normalize(&work)) else {
            continue;
        };
        if let Ok(slug) = &pending[o].parsed.own.slug {
            pending[i].names.take_slug(p, slug);
        }
        if !Names::inherits(p) {
            continue;
        }
        let (authors, department) = (
            pending[o].names.authors().to_vec(),
            pending[o].names.department(),
        );
        let own_department = p.fm.department.is_some();
        pending[i]
            .names
            .inherit(&authors, department, own_department);
    }
}

/// Makes the `pending` entries, in parallel, and adds them to `d` in their order;
/// returns their title keys ([`super::copies::title_key`]) in that order.
fn make_entries<'p>(
    mut pending: Vec<PendingEntry<'p>>,
    config: &Config,
    reg: &Registry,
    d: &mut Docs,
    diags: &mut Vec<Diagnostic>,
) -> Vec<&'p str> {
    let mut titles = Vec::with_capacity(pending.len());
    pending.par_iter_mut().for_each(|w| {
        w.made = make_entry(w.parsed, w.kind, config, reg, &w.names, &mut w.diags);
    });
    for w in pending {
        diags.extend(w.diags);
        let (Some(e), p, bundle) = (w.made, w.parsed, w.bundle) else {
            d.unmade_plans.extend(plan_links(w.parsed, config));
            continue;
        };
        // A bundle's files go with its original, which its translations share.
        if let Some(b) = bundle
            && p.file.translation.is_none()
        {
            d.bundle_dirs.insert(b, e.dir.clone());
        }
        d.entry_files.push(EntryFiles {
            attachments: p.fm.attachments.clone(),
            cover: p.fm.cover.clone(),
        });
        d.entries.push(e);
        titles.push(p.own.title_key.as_str());
    }
    titles
}

/// Whether `dir`, an entry's or page's folder (`authors/`, `ru/tags/`), is
/// one of ozyq's own listings, whose pages it makes there.
pub fn is_ozyq_folder(config: &Config, dir: &str) -> bool {
    const RESERVED: [&str; 7] = [
        "authors/",
        "years/",
        "departments/",
        "tags/",
        "search/",
        "catalogue/",
        "static/",
    ];
    let others = || config.languages[1..].iter().map(|l| l.code());
    // Under another language's folder, the same addresses are ozyq's.
    let bare = others()
        .find_map(|code| dir.strip_prefix(code)?.strip_prefix('/'))
        .unwrap_or(dir);
    let language_root = others().any(|code| dir.strip_prefix(code) == Some("/"));
    RESERVED.contains(&bare)
        || config
            .kinds
            .iter()
            .any(|k| bare.strip_suffix('/') == Some(&k.folder))
        || language_root
}

/// Where each Markdown source's page lives; URLs used twice, or by ozyq itself,
/// are errors.
fn page_urls(
    config: &Config,
    entries: &[Entry],
    pages: &[Page],
    home: Option<&Doc>,
    diags: &mut Vec<Diagnostic>,
) -> PathMap<PathBuf, String> {
    let mut page_of_source =
        PathMap::with_capacity_and_hasher(entries.len() + pages.len() + 1, Default::default());
    let mut owner_of_dir: PathMap<&str, &Path> =
        PathMap::with_capacity_and_hasher(entries.len() + pages.len(), Default::default());
    let claims = entries
        .iter()
        .map(|e| (&e.doc.source, &e.dir))
        .chain(pages.iter().map(|p| (&p.doc.source, &p.dir)));
    for (source, dir) in claims {
        if is_ozyq_folder(config, dir) {
            diags.push(
                Diagnostic::error(
                    Location::file(source),
                    t!("site-load-page-s-url-used", dir = dir.to_string()),
                )
                .with_hint(t!("site-load-give-page-another-slug-hint")),
            );
        } else if let Some(other) = owner_of_dir.get(dir.as_str()) {
            let hint = match look_alike(source, other) {
                true => t!("site-load-names-look-alike-hint"),
                false => t!("site-load-rename-one-two-files-hint"),
            };
            let there = address_location(other);
            let other = other.strip_prefix(&config.root).unwrap_or(other);
            let there = Location::new(other, there.line, there.column);
            diags.push(
                Diagnostic::error(
                    address_location(source),
                    t!(
                        "site-load-address-also",
                        dir = dir.to_string(),
                        other = there.to_string()
                    ),
                )
                .with_hint(hint),
            );
        } else {
            owner_of_dir.insert(dir, source);
        }
        page_of_source.insert(normalize(source), dir.clone());
    }
    if let Some(h) = home {
        page_of_source.insert(normalize(&h.source), String::new());
    }
    page_of_source
}

/// Whether two files' paths differ only in how their letters are encoded: «й»
/// as one character or as «и» and a combining mark, as macOS may save a name.
/// Shown the same, they would make an error that names one file twice.
fn look_alike(a: &Path, b: &Path) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    a != b && a.nfc().eq(b.nfc())
}

/// Where `source` gives its page's address: its `slug:` line when it has one,
/// else the file. Read again, as only a clash of addresses (which fails the
/// build) needs it.
fn address_location(source: &Path) -> Location {
    let text = std::fs::read(source)
        .ok()
        .and_then(|b| crate::source::decode(&b, source).ok());
    let split = text
        .as_deref()
        .and_then(|t| front_matter::split(t, source).ok());
    match split {
        Some(s) if s.front.lines().any(|l| l.starts_with("slug:")) => {
            crate::yaml::key_location(s.front, "slug", source, 2)
        }
        _ => Location::file(source),
    }
}

/// The files copied as they are, with where they go: a bundle's files beside its
/// entry's page; a draft's bundle is left out with its entry.
fn copied_assets(
    files: &[SourceFile],
    bundle_dirs: &PathMap<PathBuf, String>,
) -> (Vec<Asset>, PathMap<PathBuf, String>) {
    let mut assets = Vec::new();
    let mut asset_dest = PathMap::default();
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
/// A photo is published as it is (not only as its copies) when an entry
/// attaches it: it joins `assets`. An attachment larger than the config allows
/// is warned of.
fn attach_files(
    config: &Config,
    entries: &mut [Entry],
    entry_files: &[EntryFiles],
    asset_dest: &PathMap<PathBuf, String>,
    photos: &Photos,
    assets: &mut Vec<Asset>,
    diags: &mut Vec<Diagnostic>,
) {
    let content_dir = config.content_dir();
    let limit = config.attachments.max_megabytes.saturating_mul(1_000_000);
    let mut originals: BTreeMap<PathBuf, String> = BTreeMap::new();
    for (e, files) in entries.iter_mut().zip(entry_files) {
        let base = front_matter::base_dir(&e.doc.source);
        let mut attach = |written: &str, title: Option<&String>, at: &Location, what: &Text| {
            let (url, size) = resolve_file(
                written,
                &base,
                &config.root,
                &content_dir,
                asset_dest,
                at,
                what,
                diags,
            )?;
            let url = match photos.at(&url) {
                Some(p) => {
                    originals.insert(p.source.clone(), p.original.clone());
                    p.original.clone()
                }
                None => url,
            };
            if size > limit {
                diags.push(
                    Diagnostic::warning(
                        at.clone(),
                        t!(
                            "site-load-file-too-large",
                            what = what,
                            written = written,
                            megabytes = format!("{:.1}", size as f64 / 1e6),
                            limit = config.attachments.max_megabytes
                        ),
                    )
                    .with_hint(t!("site-load-make-smaller-pdf-saved-hint")),
                );
            }
            let name = Path::new(written);
            Some(Attachment {
                title: title.cloned().unwrap_or_else(|| {
                    name.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                }),
                url: escape_path(&url).into_owned(),
                format: name
                    .extension()
                    .and_then(|x| x.to_str())
                    .unwrap_or("")
                    .to_uppercase(),
                size,
            })
        };
        for a in &files.attachments {
            e.attachments.extend(attach(
                &a.file,
                a.title.as_ref(),
                &a.location,
                &t!("site-load-what-attachment"),
            ));
        }
        crate::site::fields::place_files(&mut e.fields, |w| {
            attach(&w.value, None, &w.location, &t!("site-load-what-file"))
        });
        if let Some(c) = &files.cover {
            e.cover = resolve_file(
                &c.value,
                &base,
                &config.root,
                &content_dir,
                asset_dest,
                &c.location,
                &t!("site-load-what-cover"),
                diags,
            )
            .map(|(u, _)| u);
        }
    }
    assets.extend((originals.into_iter()).map(|(source, dest)| Asset { source, dest }));
}

/// `entries` in [`entry_order`]: their keys are sorted, not the entries, which are
/// large, and each entry is moved once.
fn in_entry_order(entries: Vec<Entry>) -> Vec<Entry> {
    use std::cmp::Reverse;
    let mut keyed: Vec<_> = (entries.iter().enumerate())
        .map(|(n, e)| {
            let (date, title, source) = (&e.date, e.doc.title.as_str(), e.doc.source.as_path());
            ((Reverse(date.date), Reverse(date.time), title, source), n)
        })
        .collect();
    // The keys differ (no two entries have one source), so unstable is stable.
    keyed.sort_unstable();
    let order: Vec<usize> = keyed.into_iter().map(|(_, n)| n).collect();
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    (order.into_iter())
        .map(|n| slots[n].take().expect("each entry once"))
        .collect()
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
                t!(
                    "site-load-foreword-too-long-printed",
                    count = (body.chars().count()).to_string(),
                    chars = (fit::FOREWORD.chars).to_string()
                ),
            )
            .with_hint(t!("site-load-foreword-page-two-usual-hint")),
        );
    }
    if let Some(offset) = fit::markdown_too_deep(&fitted.text) {
        diags.push(
            Diagnostic::warning(
                at(offset),
                t!(
                    "site-load-lists-quotes-here-are",
                    nesting = (fit::NESTING).to_string()
                ),
            )
            .with_hint(t!("site-load-list-inside-list-inside-hint")),
        );
    }
    if let Some(offset) = fit::markdown_long_run(&fitted.text) {
        diags.push(
            Diagnostic::warning(
                at(offset),
                t!(
                    "site-load-foreword-has-run-more",
                    longest_run = (fit::LONGEST_RUN).to_string()
                ),
            )
            .with_hint(t!("site-load-add-missing-spaces-shorten-hint")),
        );
    }
}

/// Finds a file named in front matter; its site-relative output URL and size.
#[allow(clippy::too_many_arguments)]
fn resolve_file(
    name: &str,
    base: &Path,
    site_root: &Path,
    content_dir: &Path,
    asset_dest: &PathMap<PathBuf, String>,
    loc: &Location,
    what: &Text,
    diags: &mut Vec<Diagnostic>,
) -> Option<(String, u64)> {
    let path = normalize(&base.join(name));
    if Path::new(name).is_absolute() || !is_inside(&path, site_root) {
        diags.push(
            Diagnostic::error(
                loc.clone(),
                t!(
                    "site-load-outside-site-folder",
                    what = what,
                    name = name.to_string()
                ),
            )
            .with_hint(t!("site-load-put-file-beside-markdown-hint")),
        );
        return None;
    }
    let meta = match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => m,
        _ => {
            // A name in other capitals, or written with `\`, as in a body's link.
            let hint =
                crate::paths::missing_hint(name, &path, base, asset_dest).unwrap_or_else(|| {
                    t!(
                        "site-load-expected-file-hint",
                        path = (path.display()).to_string()
                    )
                });
            diags.push(
                Diagnostic::error(
                    loc.clone(),
                    t!(
                        "site-load-does-not-exist",
                        what = what,
                        name = name.to_string()
                    ),
                )
                .with_hint(hint),
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
                    t!(
                        "site-load-not-inside-content",
                        what = what,
                        name = name.to_string()
                    ),
                )
                .with_hint(t!(
                    "site-load-move-into-hint",
                    content_dir = (content_dir.display()).to_string()
                )),
            );
            None
        }
    }
}

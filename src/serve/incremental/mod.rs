//! Incremental rebuilds for `ozyq serve`.
//!
//! The engine keeps the parsed Markdown files, the model and, for every page it
//! wrote, the page's key (`pipeline::keys`: a hash of what the page shows). After a
//! change only the changed files are re-read, the model is re-assembled from the
//! cached documents, and `pipeline::select` picks the pages to make: those whose
//! key changed now, before the browser reloads; those that show the change only
//! through site-wide values (counts, years, menu) after it, with the sitemap and
//! the search index. Every file is made by the pipeline into a `files::Writer`,
//! which writes only what differs, so the folder always ends up byte-identical to
//! a clean build of the same files.
//!
//! Entries edited in place (the usual save while writing) take a quicker way that
//! patches the model instead of assembling it again: see `entry_edit.rs`. The second
//! half of a round, after the reload, is in `after.rs`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use typed_index_collections::TiVec;

use crate::config::kinds::KindId;
use crate::content::history::History;
use crate::content::walk::{SourceFile, SourceKind};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::dates::AcademicYear;
use crate::paths::PathMap;
use crate::pipeline::keys::{Person, Sigs};
use crate::pipeline::{Look, Output};
use crate::render::prepared::Prepared;
use crate::site::load::{DataFiles, DocRead, parse_file};
use crate::site::{EntryId, Site};

mod after;
mod changes;
mod entry_edit;
mod files;
mod full;
mod model;
mod renamed;
mod reordered;
mod seed;

pub use changes::{Changes, Round};
use files::{Stamp, stamp};

struct Cached {
    stamp: Stamp,
    is_entry: bool,
    doc: DocRead,
    diags: Vec<Diagnostic>,
    body_hash: u64,
    /// Link and image destinations written in the body: found (by parsing the body's
    /// Markdown) only when a round moved a page or file, never in a first round.
    links: OnceLock<Vec<String>>,
}

impl Cached {
    /// Reads and parses a Markdown file of content/.
    fn read(f: &SourceFile, history: &History) -> Cached {
        let stamp = stamp(&f.path);
        let (doc, diags) = parse_file(f, history);
        // XXH3, a hash made for long inputs: bodies are large, and this is per file.
        let body_hash = doc
            .parsed()
            .map_or(0, |p| xxhash_rust::xxh3::xxh3_64(p.body.as_bytes()));
        Cached {
            stamp,
            is_entry: matches!(f.kind, SourceKind::Entry { .. }),
            doc,
            diags,
            body_hash,
            links: OnceLock::new(),
        }
    }
}

/// What was on disk after the last successful round, to compare the next one with.
#[derive(Default)]
struct Snapshot {
    keys: PathMap<String, u64>,
    entry_index: PathMap<PathBuf, EntryId>,
    /// Each entry's academic year.
    years: TiVec<EntryId, AcademicYear>,
    /// Each entry's day, which ranks related works.
    days: TiVec<EntryId, i32>,
    entry_people: PathMap<PathBuf, Vec<Person>>,
    /// Each entry's related entries, by id in that round's model.
    related: TiVec<EntryId, Vec<EntryId>>,
    /// The keys of those lists, of each entry and of each kind's introduction.
    related_hashes: TiVec<EntryId, u64>,
    sigs: Sigs,
    /// The keys of the names `sigs` were made with.
    names: crate::pipeline::keys::Names,
    intro_sig: TiVec<KindId, u64>,
    site_value: serde_json::Value,
    page_of_source: PathMap<PathBuf, String>,
    asset_dest: PathMap<PathBuf, String>,
}

/// Where the engine stands between rounds. (One engine lives for a whole serve
/// session: the variants' sizes do not matter.)
#[allow(clippy::large_enum_variant)]
enum State {
    /// Nothing can be rendered: nothing read yet, or config.yaml or the templates
    /// could not be read. The next round is a full one.
    Cold,
    /// The look was read but the last round found errors; the served files are
    /// still those of the last good round, whose snapshot `snap` is.
    Broken {
        look: Look,
        site: Site,
        snap: Option<Snapshot>,
    },
    /// The last round succeeded: the served files are its files.
    Built {
        look: Look,
        site: Site,
        snap: Snapshot,
        /// The values pages share, made from `site`.
        prepared: Vec<Prepared>,
    },
}

/// The parts of a [`State`], taken out for a round.
struct Parts {
    look: Option<Look>,
    site: Option<Site>,
    snap: Option<Snapshot>,
    /// The last round's shared values, when it succeeded: their cards are kept
    /// where entries have not changed.
    prepared: Vec<Prepared>,
}

impl State {
    fn into_parts(self) -> Parts {
        match self {
            State::Cold => Parts {
                look: None,
                site: None,
                snap: None,
                prepared: Vec::new(),
            },
            State::Broken { look, site, snap } => Parts {
                look: Some(look),
                site: Some(site),
                snap,
                prepared: Vec::new(),
            },
            State::Built {
                look,
                site,
                snap,
                prepared,
            } => Parts {
                look: Some(look),
                site: Some(site),
                snap: Some(snap),
                prepared,
            },
        }
    }

    fn site(&self) -> Option<&Site> {
        match self {
            State::Cold => None,
            State::Broken { site, .. } | State::Built { site, .. } => Some(site),
        }
    }

    fn look(&self) -> Option<&Look> {
        match self {
            State::Cold => None,
            State::Broken { look, .. } | State::Built { look, .. } => Some(look),
        }
    }
}

/// Keeps a site built in a folder of its own, rebuilding what each change affects.
pub struct Engine {
    root: PathBuf,
    out: PathBuf,
    drafts: bool,
    state: State,
    /// `data/` and the record of published addresses, with their problems.
    data: Option<DataFiles>,
    cache: PathMap<PathBuf, Cached>,
    /// The work plans, read.
    plans: model::Plans,
    /// The last walk of content/, kept while saves only change files it found.
    walked: Option<model::Walked>,
    /// When each file was last committed, read once (see [`History`]).
    history: Option<History>,
    /// Site-relative path → hash of the file's bytes as written (or of its source's
    /// path, time and size for copied files).
    files: PathMap<String, u64>,
    /// What the search index keeps of each entry, by its file.
    search_docs: HashMap<PathBuf, crate::search::SearchDoc>,
    /// The search index's words and compressed bodies, kept for the serve's life.
    search: std::sync::Arc<crate::search::State>,
    /// The files of the search index written last (they are not among the
    /// outputs, whose list does not know how the index is cut).
    search_files: HashSet<String>,
    /// Files whose last making failed: made again next time.
    failed: HashSet<String>,
    /// Warnings of the last round, by file: a round tells only those it finds
    /// anew, and a file's are replaced when it is read again.
    warnings: HashMap<PathBuf, Vec<Diagnostic>>,
    /// Catalogue PDFs are compiled by the caller (see [`Engine::take_pdf_work`]).
    defer_pdfs: bool,
    /// PDFs to compile, and the key each PDF being compiled must have to be used.
    pdf_work: Vec<crate::pipeline::PdfJob>,
    pdf_wanted: HashMap<String, String>,
    /// The folder `ozyq build` makes (see [`Engine::seed_from`]).
    seed: Option<PathBuf>,
    /// Entries whose words the search index has not read yet: the first round
    /// copied their pages, and the index, from the built site.
    unindexed: bool,
}

impl Engine {
    /// An engine that keeps the site in `root` built in `out` (which it owns).
    pub fn new(root: impl Into<PathBuf>, out: impl Into<PathBuf>, drafts: bool) -> Engine {
        let root = root.into();
        let root = std::path::absolute(&root).unwrap_or(root);
        let search_root = root.clone();
        let out = out.into();
        let out = std::path::absolute(&out).unwrap_or(out);
        Engine {
            root,
            out,
            drafts,
            state: State::Cold,
            data: None,
            cache: PathMap::default(),
            plans: model::Plans::default(),
            walked: None,
            history: None,
            files: PathMap::default(),
            search_docs: HashMap::new(),
            search: std::sync::Arc::new(crate::search::State::load(&search_root)),
            search_files: HashSet::new(),
            failed: HashSet::new(),
            warnings: HashMap::new(),
            defer_pdfs: false,
            pdf_work: Vec::new(),
            pdf_wanted: HashMap::new(),
            seed: None,
            unindexed: false,
        }
    }

    /// Lets the first round copy, from `dir` where `ozyq build` built the same
    /// site, the pages that would come out the same (as a build keeps them: by
    /// their keys, and only files untouched since that build), instead of
    /// rendering them.
    pub fn seed_from(&mut self, dir: impl Into<PathBuf>) {
        let dir = dir.into();
        self.seed = Some(std::path::absolute(&dir).unwrap_or(dir));
    }

    /// The site's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder the site is built in.
    pub fn output(&self) -> &Path {
        &self.out
    }

    /// The path of the published site (`/otm/` for `https://college.example/otm/`).
    pub fn site_path(&self) -> Option<String> {
        let url = self.state.look()?.config.base_url.as_deref()?;
        Some(crate::render::context::url_path(url))
    }

    /// Builds everything: the first build, and after a change of config.yaml.
    /// The output folder is emptied first when nothing has been written yet.
    pub fn full(&mut self, on_fast: impl FnOnce(&Round)) -> Round {
        if self.files.is_empty() && self.out.exists() {
            let _ = std::fs::remove_dir_all(&self.out);
        }
        self.update(
            &Changes {
                all: true,
                ..Changes::default()
            },
            on_fast,
        )
    }

    /// Rebuilds after `changes`. `on_fast` is called once the pages that show the
    /// change are written (the moment to reload browsers); the sitemap, search index
    /// and pages affected only through site-wide values are made after it.
    pub fn update(&mut self, changes: &Changes, on_fast: impl FnOnce(&Round)) -> Round {
        match self.plan_entry_edit(changes) {
            Some(plan) => self.apply_entry_edit(plan, changes, on_fast),
            None => self.update_all(changes, on_fast),
        }
    }

    /// Forgets everything a round that stopped halfway (a panic) may have left
    /// half-done: the model and the bodies it held, the cached documents, and what
    /// was written, which may not be what was recorded. The next round is a full one
    /// that reads every file again and rewrites every output, over the served folder,
    /// which stays served meanwhile.
    pub fn start_over(&mut self) {
        self.state = State::Cold;
        self.data = None;
        self.cache.clear();
        self.walked = None;
        self.history = None;
        self.search_docs.clear();
        self.unindexed = false;
        self.warnings.clear();
        for h in self.files.values_mut() {
            *h = files::UNKNOWN;
        }
    }

    /// Keeps what a good round made for the next one and reports it.
    fn end_round(
        &mut self,
        site: Site,
        look: Look,
        mut snap: Snapshot,
        prepared: Vec<Prepared>,
        mut round: Round,
        errors: Vec<Diagnostic>,
    ) -> Round {
        // Pages that failed to render keep no key, so they are tried again.
        for p in &self.failed {
            snap.keys.remove(p);
        }
        self.state = State::Built {
            look,
            site,
            snap,
            prepared,
        };
        round.errors = self.relative(errors);
        round
    }

    pub(super) fn relative(&self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        self.located(diags.into_iter().filter(Diagnostic::is_error))
    }

    /// `diags` named from the site's folder, sorted.
    fn located(&self, diags: impl IntoIterator<Item = Diagnostic>) -> Vec<Diagnostic> {
        let mut d = Diagnostics::new();
        d.extend(diags);
        d.relative_to(&self.root);
        d.sorted()
    }

    /// Keeps `now` as the warnings of the files it names (every file's when
    /// `all`) and returns those of them the last round did not have.
    pub(super) fn renew_warnings(
        &mut self,
        now: HashMap<PathBuf, Vec<Diagnostic>>,
        all: bool,
    ) -> Vec<Diagnostic> {
        if all {
            self.warnings.retain(|file, _| now.contains_key(file));
        }
        let mut fresh = Vec::new();
        for (file, ws) in now {
            let old = self.warnings.remove(&file).unwrap_or_default();
            fresh.extend(ws.iter().filter(|w| !old.contains(w)).cloned());
            if !ws.is_empty() {
                self.warnings.insert(file, ws);
            }
        }
        self.located(fresh)
    }
}

/// The look a round renders with, and what changed in it since the last round.
pub(super) struct Refreshed {
    pub look: Look,
    pub changed: LookChanges,
}

impl Refreshed {
    fn new(look: Look, templates: HashSet<String>, theme: bool) -> Refreshed {
        Refreshed {
            look,
            changed: LookChanges {
                templates,
                theme,
                only_entries: false,
            },
        }
    }
}

/// What changed in the look and the sources since the last round, beside the model.
pub(super) struct LookChanges {
    /// The templates whose text changed, or that came or went.
    pub templates: HashSet<String>,
    /// Whether the theme was read again (its static files may have changed).
    pub theme: bool,
    /// Whether only entries' texts changed since a good round, so that a catalogue
    /// page need be made again only for its entries' years.
    pub only_entries: bool,
}

/// A round's model, everything it makes, and each output's path.
pub(super) struct Planned {
    pub site: Site,
    pub outputs: Vec<Output>,
    pub paths: Vec<String>,
    /// The entry whose file changed, when no other entry's keys may have (the
    /// same names): the others keep theirs.
    pub edited: Option<EntryId>,
}

/// What makes a round panic in the library's own tests, in an entry's text: the
/// way to prove that serve survives a bug of its own without leaving one in.
#[cfg(test)]
pub(crate) const PANIC_MARK: &str = "OZYQTESTPANICROUND";

/// Panics, in the library's own tests, when an entry's text has [`PANIC_MARK`];
/// called where a round has taken its model apart and written pages it has not
/// recorded yet, the worst place for a bug.
#[cfg(test)]
fn panic_if_marked(site: &Site) {
    if site.entries.iter().any(|e| e.doc.body.contains(PANIC_MARK)) {
        panic!("a test made this round panic");
    }
}

/// With `OZYQ_TIMINGS` set, a function that prints how long the round has taken
/// at each named step.
pub(super) fn phases() -> impl Fn(&str) {
    let start = std::time::Instant::now();
    let on = std::env::var_os("OZYQ_TIMINGS").is_some();
    move |name: &str| {
        if on {
            eprintln!(
                "[serve] {name}: {:.1} ms",
                start.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
}

/// The hash of each cached document's body, for the keys.
fn bodies(cache: &PathMap<PathBuf, Cached>) -> impl Fn(&Path) -> u64 + Sync + '_ {
    move |p| cache.get(p).map_or(0, |c| c.body_hash)
}

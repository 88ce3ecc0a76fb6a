//! The commands that write a site's files: `ozyq build` and `ozyq check` (here),
//! `ozyq catalogue` ([`catalogue`]), `ozyq certificates` ([`certificates`]) and
//! `ozyq portfolio` ([`portfolio`]). Each runs the pipeline and writes what it
//! makes atomically.

mod catalogue;
mod portfolio;

use crate::t;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::search;
use std::time::{Duration, Instant};

use crate::config::source_paths;
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::output::Staging;
use crate::output::target::{self, Refusal};
use crate::pipeline::{self, Loaded, Pdfs, Reuse, Sink, Timer, make::Discard};
use crate::render::context::Renderer;
use crate::site::addresses::Change;
use crate::site::published;

pub use catalogue::{CatalogueReport, CertificatesReport, catalogue, certificates};
pub use portfolio::{PortfolioReport, portfolio};

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site's folder (the one with config.yaml).
    pub root: PathBuf,
    /// Where to write; `None` means `output/` in the site's folder.
    pub output: Option<PathBuf>,
    /// Include entries marked `draft: true`.
    pub drafts: bool,
    /// Check everything but write nothing.
    pub check_only: bool,
    /// With `check_only`, check the spelling of what will be printed too.
    pub spelling: bool,
    /// Write into `output` even when it is a folder with files that ozyq did not
    /// make (they are deleted). The site's sources are refused all the same.
    pub force: bool,
}

impl BuildOptions {
    /// Building the site in `root` into its `output/`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            drafts: false,
            check_only: false,
            spelling: false,
            force: false,
        }
    }
}

/// What a successful build made.
#[derive(Debug)]
pub struct BuildReport {
    /// Works in the model: its entries less their translations.
    pub entries: usize,
    /// Entries that translate another (`lesson.ru.md` beside `lesson.md`).
    pub translations: usize,
    /// Pages rendered from templates (the sitemap among them).
    pub pages: usize,
    /// Files of the output, pages included.
    pub files: usize,
    /// Pages kept as the last build into the same folder made them (they show
    /// nothing that changed since).
    pub pages_kept: usize,
    /// Entries left out as drafts.
    pub drafts_skipped: usize,
    /// Warnings, with paths relative to the site's folder.
    pub warnings: Diagnostics,
    /// How long the build took.
    pub elapsed: Duration,
    /// The output folder.
    pub output: PathBuf,
    /// Addresses this build moved or withdrew (said once, when it happens).
    pub address_changes: Vec<Change>,
}

pub(crate) fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Checks that a build, or a command writing into the output, may write to
/// `out_dir`. The site's own `output/` is ozyq's by definition, marked or not,
/// unless it is a link to a folder elsewhere.
pub(crate) fn check_output(root: &Path, out_dir: &Path, force: bool) -> Result<(), Diagnostic> {
    let own = force || target::is_own_output(root, out_dir);
    target::check(out_dir, &source_paths(root), own).map_err(|r| refused(out_dir, &r))
}

/// Checks where a command writes its PDF: `output` when given (a new file, or
/// an earlier PDF, outside the site's sources; `hint` says how to name one),
/// else the site's `output/`, as a build checks it.
pub(crate) fn check_pdf_target(
    root: &Path,
    output: Option<&Path>,
    hint: crate::messages::Text,
) -> Option<Diagnostic> {
    match output {
        Some(o) => (target::check_file(o, &source_paths(root), b"%PDF-").err())
            .map(|r| Diagnostic::error(Location::file(absolute(o)), r.text()).with_hint(hint)),
        None => check_output(root, &root.join("output"), false).err(),
    }
}

/// The error for an output folder a build may not replace, with the way out.
pub(crate) fn refused(out_dir: &Path, refusal: &Refusal) -> Diagnostic {
    let hint = match refusal {
        Refusal::NotMadeByOzyq => t!("output-force-hint"),
        _ => t!("output-choose-folder-hint"),
    };
    Diagnostic::error(Location::folder(out_dir), refusal.text()).with_hint(hint)
}

/// Builds the site; on failure the previous output is left as it was.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let timer = Timer::start();
    let root = absolute(&opts.root);
    let finish = |mut d: Diagnostics| {
        d.relative_to(&root);
        d
    };
    let out_dir = opts
        .output
        .clone()
        .map(|o| absolute(&o))
        .unwrap_or_else(|| root.join("output"));
    if !opts.check_only
        && let Err(refused) = check_output(&root, &out_dir, opts.force)
    {
        let mut d = Diagnostics::new();
        d.push(refused);
        return Err(finish(d));
    }
    // Read beside the site, whose loading leaves a core free now and then.
    let search_cache = (!opts.check_only).then(|| search_cache_aside(&root));
    let (loaded, found) = pipeline::load(&root, opts.drafts);
    timer.step("load");
    let mut diags = Diagnostics::new();
    diags.extend(found);
    let Some(Loaded { look, site }) = loaded else {
        return Err(finish(diags));
    };
    let outputs = pipeline::output::all(&site, &look.theme);
    let paths = pipeline::output::paths(&site, &outputs);
    diags.extend(pipeline::output::check_paths(
        &site,
        &look.theme,
        &outputs,
        &paths,
    ));
    let failed = diags.has_errors();
    diags.extend(check_only_warnings(opts, &site, failed));
    timer.step("outputs listed");
    let mut renderer = Renderer::for_site(&site, &look.strings, &look.others, look.tera);
    timer.step("renderer");

    // With errors already found, render anyway (writing nothing) to report the
    // problems rendering finds too, all in one run.
    let staging = if opts.check_only || diags.has_errors() {
        None
    } else {
        match staging(&out_dir) {
            Ok(s) => Some(s),
            Err(d) => {
                diags.push(d);
                return Err(finish(diags));
            }
        }
    };
    let reuse = keep_and_feed(
        &look.templates,
        &site,
        &mut renderer,
        staging.as_ref(),
        &outputs,
        &out_dir,
        search_cache,
    );
    drop(paths);
    timer.step("keys and search state");
    let (sink, pdfs): (&dyn Sink, Pdfs) = match &staging {
        Some(s) => (s, Pdfs::Now),
        // `check` finds what a build would: the PDFs are made too (from the cache
        // when it has them), only kept nowhere.
        None if opts.check_only && !diags.has_errors() => (&Discard, Pdfs::Now),
        None => (&Discard, Pdfs::Skip),
    };
    let (found, made) = pipeline::make_all(
        &mut renderer,
        &look.theme,
        &outputs,
        pdfs,
        reuse.as_ref(),
        sink,
        &timer,
    );
    diags.extend(found);
    if diags.has_errors() {
        if let Some(s) = staging {
            s.abandon();
        }
        return Err(finish(diags));
    }
    if let Some(s) = staging
        && let Err(d) = record_and_commit(s, &site, !opts.drafts, &out_dir)
    {
        diags.push(d);
        return Err(finish(diags));
    }
    timer.step("commit");
    if let Some(reuse) = &reuse {
        reuse.save(&made);
    }
    renderer.search.as_ref().inspect(|s| s.save(&root));
    timer.step("search cache kept");
    let report = report(&site, &outputs, &made, &root, finish(diags), start, out_dir);
    crate::memory::drop_aside((renderer.into_prepared(), site, outputs, made));
    Ok(report)
}

/// What a build that made `outputs` of `site` says of itself.
fn report(
    site: &crate::site::Site,
    outputs: &[pipeline::Output],
    made: &pipeline::Made,
    root: &Path,
    warnings: Diagnostics,
    start: Instant,
    output: PathBuf,
) -> BuildReport {
    let pages = outputs
        .iter()
        .filter(|o| matches!(o, pipeline::Output::Page(_) | pipeline::Output::Sitemap))
        .count();
    let translations = (0..site.entries.len())
        .filter(|&i| crate::site::tongues::original_of(&site.entries, i.into()).is_some())
        .count();
    BuildReport {
        entries: site.entries.len() - translations,
        translations,
        pages,
        files: outputs.len(),
        pages_kept: (made.pages.iter())
            .filter(|&&m| m == pipeline::make::PageMade::Kept)
            .count(),
        drafts_skipped: site.drafts_skipped,
        warnings,
        elapsed: start.elapsed(),
        output,
        address_changes: site
            .address_changes
            .iter()
            .map(|c| c.relative_to(root))
            .collect(),
    }
}

/// Reads the search index's cache (`search::State`) on a thread of its own.
fn search_cache_aside(root: &Path) -> SearchCache {
    let root = root.to_path_buf();
    let aside = std::thread::Builder::new()
        .name("ozyq-search-cache".into())
        .spawn({
            let root = root.clone();
            move || search::State::load(&root)
        });
    SearchCache {
        root,
        aside: aside.ok(),
    }
}

/// The search index's cache, being read.
struct SearchCache {
    root: PathBuf,
    aside: Option<std::thread::JoinHandle<search::State>>,
}

impl SearchCache {
    /// The cache as read; read here when no thread could read it.
    fn get(self) -> search::State {
        match self.aside.map(std::thread::JoinHandle::join) {
            Some(Ok(state)) => state,
            _ => search::State::load(&self.root),
        }
    }
}

/// What this build keeps of the last one into `out_dir` (only a build that writes
/// keeps pages: `check` renders every one), and the search state given to the
/// renderer unless the index is kept as it was (`ozyq check` feeds none: it has no
/// `search_cache`).
fn keep_and_feed(
    templates: &pipeline::look::TemplateFacts,
    site: &crate::site::Site,
    renderer: &mut Renderer,
    staging: Option<&Staging>,
    outputs: &[pipeline::Output],
    out_dir: &Path,
    search_cache: Option<SearchCache>,
) -> Option<Reuse> {
    let reuse = staging.map(|s| {
        let pages: Vec<_> = outputs.iter().filter_map(pipeline::Output::page).collect();
        let mut reuse = Reuse::new(templates, site, renderer, &pages, out_dir);
        reuse.keep_index(s);
        reuse
    });
    // The index's words and compressed bodies.
    let feeds_index = reuse.as_ref().is_none_or(|u| u.index_kept().is_none());
    let state = search_cache.filter(|_| feeds_index).map(SearchCache::get);
    renderer.set_search(state.map(Arc::new));
    reuse
}

/// The staging folder of a build into `out_dir`.
fn staging(out_dir: &Path) -> Result<Staging, Diagnostic> {
    // Beside the folder a link leads to: its files are renamed into place, which
    // works only on one disk (an output/ linked to a USB stick).
    Staging::new(&target::resolve(out_dir)).map_err(|e| {
        Diagnostic::error(
            Location::folder(out_dir),
            t!("build-cannot-prepare-output-folder", e = &e),
        )
    })
}

/// What only `ozyq check` says: the plans' overdue items, worth a look but no
/// reason to fail, and too noisy for every build. Not after errors (`failed`):
/// an entry left out for one may be the one that records an item.
fn check_only_warnings(
    opts: &BuildOptions,
    site: &crate::site::Site,
    failed: bool,
) -> Vec<Diagnostic> {
    if !opts.check_only {
        return Vec::new();
    }
    let mut found = Vec::new();
    if !failed {
        found = crate::site::plan::overdue(&site.plans, crate::lang::dates::today());
    }
    if opts.spelling {
        found.extend(crate::spelling::check(site));
    }
    found
}

/// Writes the record of published addresses (when `record`), then replaces the
/// output with the staged build; on failure the output is left as it was.
fn record_and_commit(
    staging: Staging,
    site: &crate::site::Site,
    record: bool,
    out_dir: &Path,
) -> Result<(), Diagnostic> {
    // Recorded before the output is replaced: an address recorded but not yet
    // published is harmless, one published but not recorded could be lost.
    if record && let Err(d) = write_record(site) {
        staging.abandon();
        return Err(d);
    }
    staging.commit().map_err(|e| {
        Diagnostic::error(
            Location::folder(out_dir),
            t!("build-cannot-replace-output-folder", e = &e),
        )
    })
}

/// Writes the record of published addresses when it changed.
fn write_record(site: &crate::site::Site) -> Result<(), Diagnostic> {
    let path = site.config.root.join(published::FILE);
    let text = site.record.to_yaml();
    if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    crate::output::write_atomic(&path, text.as_bytes()).map_err(|e| {
        Diagnostic::error(
            Location::file(&path),
            t!("build-cannot-write-record-published", e = &e),
        )
        .with_hint(t!("build-site-s-folder-must-hint"))
    })
}

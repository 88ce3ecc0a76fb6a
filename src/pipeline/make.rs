//! Making outputs: the one place where pages are rendered, indexes written, files
//! copied and catalogues made. Where the bytes go is the caller's [`Sink`]: the
//! staging folder of `ozyq build`, nowhere for `ozyq check`, the served folder
//! (written only when changed) for `ozyq serve`.

use crate::t;
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

use crate::catalogue::layout::Layouts;
use crate::catalogue::{self, Catalogue, Lookup, PdfOptions, PdfWork};
use crate::diagnostics::{Diagnostic, Location};
use crate::images;
use crate::lang::dates::AcademicYear;
use crate::messages::Text;
use crate::output::manifest::Record;
use crate::portfolio::Portfolio;
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::render::templates::tera_error;
use crate::render::theme::Theme;
use crate::report::Report;
use crate::site::photos::PhotoId;
use crate::site::{AuthorId, Site};

use super::output::{Output, PortfolioOf};

/// Where made files go.
pub trait Sink: Sync {
    /// Takes the bytes of the file at site-relative `rel`.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic>;
    /// Takes a file copied as it is from `source`.
    fn copy(&self, source: &Path, rel: &str) -> Result<(), Diagnostic>;
    /// Takes a file copied from `source`, whose size and hash are known already
    /// (a cached PDF): it need not be read when the output holds it.
    fn copy_recorded(&self, source: &Path, rel: &str, _record: Record) -> Result<(), Diagnostic> {
        self.copy(source, rel)
    }
    /// Hears that `rel` could not be made this time (its old file, if any, stays).
    fn failed(&self, _rel: &str) {}
    /// Whether `rel` holds already the file `key` names (a photo's copy: its
    /// photo, width and settings), which then need not be read or made.
    fn holds(&self, _rel: &str, _key: u64) -> bool {
        false
    }
    /// Takes the bytes of `rel`, the file `key` names.
    fn write_keyed(&self, rel: &str, bytes: &[u8], _key: u64) -> Result<(), Diagnostic> {
        self.write(rel, bytes)
    }
    /// Whether the output holds `rel`, untouched, as the last build made it.
    fn can_keep(&self, _rel: &str) -> bool {
        false
    }
    /// Keeps `rel` as the last build made it, when the output holds it untouched.
    fn keep(&self, _rel: &str) -> bool {
        false
    }
}

/// A sink that keeps nothing: `ozyq check` renders everything to find problems.
pub struct Discard;

impl Sink for Discard {
    fn write(&self, _: &str, _: &[u8]) -> Result<(), Diagnostic> {
        Ok(())
    }
    fn copy(&self, source: &Path, _: &str) -> Result<(), Diagnostic> {
        // A file a build could not copy fails `check` too.
        std::fs::File::open(source).map(drop).map_err(|e| {
            Diagnostic::error(
                Location::file(source),
                t!("pipeline-make-cannot-copy-output", e = &e),
            )
        })
    }
}

/// The staging folder of a build.
impl Sink for crate::output::Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        crate::output::Staging::write(self, rel, bytes).map_err(|e| {
            Diagnostic::error(
                Location::file(self.dir.join(rel)),
                t!("pipeline-make-cannot-write", e = &e),
            )
        })
    }
    fn copy(&self, source: &Path, rel: &str) -> Result<(), Diagnostic> {
        crate::output::Staging::copy(self, source, rel).map_err(|e| copy_failed(source, &e))
    }
    fn copy_recorded(&self, source: &Path, rel: &str, record: Record) -> Result<(), Diagnostic> {
        crate::output::Staging::copy_recorded(self, source, rel, record)
            .map_err(|e| copy_failed(source, &e))
    }
    fn can_keep(&self, rel: &str) -> bool {
        self.kept_record(rel).is_some()
    }
    fn keep(&self, rel: &str) -> bool {
        crate::output::Staging::keep(self, rel)
    }
}

fn copy_failed(source: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        Location::file(source),
        t!("pipeline-make-cannot-copy-output-2", e = e),
    )
}

/// Renders `pages` in parallel into `sink`; returns the problems found.
pub fn pages(r: &Renderer, theme: &Theme, pages: &[Page], sink: &dyn Sink) -> Vec<Diagnostic> {
    pages_keeping(r, theme, pages, sink, &|_| false).0
}

/// Renders `pages` in parallel into `sink`, but for those `unchanged` (by their
/// place in `pages`) that the sink can keep as they are; returns the problems
/// found, and how each page was made.
pub fn pages_keeping(
    r: &Renderer,
    theme: &Theme,
    pages: &[Page],
    sink: &dyn Sink,
    unchanged: &(dyn Fn(usize) -> bool + Sync),
) -> (Vec<Diagnostic>, Vec<PageMade>) {
    let made: Vec<(PageMade, Vec<Diagnostic>)> = pages
        .par_iter()
        .enumerate()
        .map(|(j, &page)| {
            let rel = page.path(r.site);
            if unchanged(j) && sink.keep(&rel) {
                if let Page::Entry(i) = page {
                    // A new search index needs the words of every entry.
                    r.of_page(page).index_only(i);
                }
                return (PageMade::Kept, Vec::new());
            }
            let local = page_into(r, theme, page, &rel, sink);
            let how = if local.is_empty() {
                PageMade::Clean
            } else {
                PageMade::WithProblems
            };
            (how, local)
        })
        .collect();
    let how = made.iter().map(|(h, _)| *h).collect();
    (made.into_iter().flat_map(|(_, d)| d).collect(), how)
}

/// How a page was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMade {
    /// Kept as the last build made it.
    Kept,
    /// Rendered without a problem.
    Clean,
    /// Rendered, or failed, with problems reported.
    WithProblems,
}

/// Renders one page into `sink` at `rel`; returns the problems found.
fn page_into(
    r: &Renderer,
    theme: &Theme,
    page: Page,
    rel: &str,
    sink: &dyn Sink,
) -> Vec<Diagnostic> {
    let mut local = Vec::new();
    let r = r.of_page(page);
    let started = super::tally::start();
    let (template, ctx) = r.context(page, &mut local);
    let gathered = super::tally::start();
    // One buffer per thread, reused: pages are written as bytes, never
    // re-validated as UTF-8 or copied into a String.
    thread_local!(static BUF: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) });
    BUF.with_borrow_mut(|buf| {
        buf.clear();
        match r.tera().render_to(template, &ctx, &mut *buf) {
            Err(e) => {
                local.push(tera_error(theme, template, &e));
                sink.failed(rel);
            }
            Ok(()) if local.iter().any(Diagnostic::is_error) => sink.failed(rel),
            Ok(()) => {
                if let Err(d) = sink.write(rel, buf) {
                    local.push(d);
                    sink.failed(rel);
                }
            }
        }
    });
    super::tally::add(template, started, gathered);
    local
}

/// Renders `sitemap.xml` listing the pages among `outputs`.
pub fn sitemap(
    r: &Renderer,
    theme: &Theme,
    outputs: &[Output],
    sink: &dyn Sink,
) -> Vec<Diagnostic> {
    let ctx = r.sitemap(&super::output::sitemap_pages(r.site, outputs));
    let rel = Output::Sitemap.path(r.site);
    match r.tera().render("sitemap.xml", &ctx) {
        Ok(text) => sink
            .write(&rel, text.as_bytes())
            .err()
            .into_iter()
            .collect(),
        Err(e) => {
            sink.failed(&rel);
            vec![tera_error(theme, "sitemap.xml", &e)]
        }
    }
}

/// Writes the search index (`search/index.js`, its shards and texts) from what
/// the search index keeps of each entry (in site order), when the renderer
/// feeds an index. Returns the problems and the paths written.
pub fn search_index(
    r: &Renderer,
    docs: &[Option<&crate::search::SearchDoc>],
    sink: &dyn Sink,
) -> (Vec<Diagnostic>, Vec<String>) {
    let Some(state) = &r.search else {
        return (Vec::new(), Vec::new());
    };
    let diags = std::sync::Mutex::new(Vec::new());
    let strings = r.all_strings();
    let paths = crate::search::files(r.site, docs, state, &strings, &|rel, text| {
        if let Err(d) = sink.write(rel, text.as_bytes()) {
            diags.lock().unwrap_or_else(|e| e.into_inner()).push(d);
        }
    });
    (diags.into_inner().unwrap_or_else(|e| e.into_inner()), paths)
}

/// Copies the files copied as they are and writes the theme's static files.
pub fn files(theme: &Theme, outputs: &[Output], sink: &dyn Sink) -> Vec<Diagnostic> {
    outputs
        .par_iter()
        .filter_map(|o| match o {
            Output::Copy { source, dest } => sink.copy(source, dest).err(),
            Output::ThemeStatic(rel) => theme
                .file(&format!("static/{rel}"))
                .and_then(|f| sink.write(&format!("static/{rel}"), &f.bytes).err()),
            _ => None,
        })
        .collect()
}

/// Makes the photo copies among `outputs`: from `.ozyq-cache/images/` when they
/// were made before, else each photo is decoded once for all its missing copies.
pub fn photos(site: &Site, outputs: &[Output], sink: &dyn Sink) -> Vec<Diagnostic> {
    let mut wanted: BTreeMap<PhotoId, Vec<u32>> = BTreeMap::new();
    for o in outputs {
        if let Output::PhotoCopy { photo, width } = o {
            wanted.entry(*photo).or_default().push(*width);
        }
    }
    let cache = images::cache::Cache::in_site(&site.config.root);
    let limits = site.config.images.limits();
    let wanted: Vec<(PhotoId, Vec<u32>)> = wanted.into_iter().collect();
    wanted
        .par_iter()
        .flat_map_iter(|(id, widths)| {
            let photo = &site.photos.list[*id];
            let failed = |e: images::PhotoError| {
                vec![Diagnostic::error(Location::file(&photo.source), e.text()).with_hint(e.hint())]
            };
            let mut missing = Vec::new();
            let mut diags = Vec::new();
            let key = |w| images::cache::copy_key(&photo.probe, w);
            for &w in widths {
                if sink.holds(&photo.url(w), key(w)) {
                    continue;
                }
                match cache.get(&photo.probe, w) {
                    Some(bytes) => {
                        diags.extend(sink.write_keyed(&photo.url(w), &bytes, key(w)).err())
                    }
                    None => missing.push(w),
                }
            }
            if missing.is_empty() {
                return diags;
            }
            let bytes = match std::fs::read(&photo.source) {
                Ok(b) => b,
                Err(e) => return failed(images::PhotoError::io(&e)),
            };
            match images::encode::copies(&bytes, &photo.probe, &missing, limits) {
                Ok(copies) => {
                    for c in copies {
                        cache.put(&photo.probe, c.width, &c.bytes);
                        let rel = photo.url(c.width);
                        diags.extend(sink.write_keyed(&rel, &c.bytes, key(c.width)).err());
                    }
                    diags
                }
                Err(e) => failed(e),
            }
        })
        .collect()
}

/// A catalogue's PDF left to compile, with the site-relative path it goes to.
#[derive(Debug, Clone)]
pub struct PdfJob {
    /// Where the PDF goes, site-relative.
    pub path: String,
    /// What compiles it.
    pub work: PdfWork,
    /// What it is, for messages ([`pdf_name`], [`portfolio_name`]).
    pub name: Text,
}

/// What to do about the catalogues' PDFs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pdfs {
    /// Nothing (`ozyq check`).
    Skip,
    /// Take them from the cache, or compile them now, one year at a time.
    Now,
    /// Take them from the cache; return the others as work for the caller.
    Later,
}

/// Makes the catalogues of `years`: each year's web page (when the theme has
/// `catalogue.html`) and PDF. With [`Pdfs::Later`] the PDFs not in the cache are
/// returned, with their site-relative paths, for the caller to compile.
pub fn catalogues(
    r: &Renderer,
    theme: &Theme,
    years: &[AcademicYear],
    pdfs: Pdfs,
    sink: &dyn Sink,
    diags: &mut Vec<Diagnostic>,
) -> Vec<PdfJob> {
    let site = r.site;
    if years.is_empty() {
        return Vec::new();
    }
    let has_page = r.tera().contains_template("catalogue.html");
    let has_report = r.tera().contains_template("report.html");
    let opts = catalogue::check_settings(&site.config, has_page, diags);
    let sheet = catalogue::labels::configured_sheet(&site.config).unwrap_or_else(|d| {
        diags.push(d);
        catalogue::labels::Sheet::DEFAULT
    });
    let labels_variant = format!("labels-{}", sheet.id());
    let layouts = Layouts::of(theme);
    let cache = catalogue::pdf::Cache::in_site(&site.config.root);
    let found = Mutex::new(Vec::new());
    let day = crate::lang::dates::today();
    let looked: Vec<Vec<(AcademicYear, String, Lookup)>> = years
        .par_iter()
        .map(|&year| {
            let mut local = Vec::new();
            let cat = Catalogue::new(site, r.strings, year);
            if has_page {
                local.extend(catalogue_page(r, theme, &cat, sink));
            }
            // The year's report shows what its catalogue shows, and the plan.
            let rep = Report::new(site, r.strings, year, day);
            if has_report {
                local.extend(report_page(r, theme, &rep, sink));
            }
            let mut lookups = Vec::new();
            if pdfs != Pdfs::Skip {
                let catalogue = PdfWork::lookup(&cat, &layouts, opts, Some(&cache));
                let report = crate::report::typst::markup(&rep, &layouts);
                let report = PdfWork::of_markup(report, REPORT_VARIANT, Some(&cache));
                lookups.push((year, Output::CataloguePdf(year).path(site), catalogue));
                lookups.push((year, Output::ReportPdf(year).path(site), report));
                if !cat.is_empty() {
                    let labels = catalogue::labels::markup(&cat, &layouts, sheet);
                    let labels = PdfWork::of_markup(labels, &labels_variant, Some(&cache));
                    lookups.push((year, Output::LabelsPdf(year).path(site), labels));
                    let whom = catalogue::certificates::Whom::All;
                    let letter = catalogue::certificates::Letter::Certificate;
                    let certificates =
                        catalogue::certificates::markup(&cat, &layouts, whom, letter);
                    let certificates =
                        PdfWork::of_markup(certificates, CERTIFICATES_VARIANT, Some(&cache));
                    let rel = Output::CertificatesPdf(year).path(site);
                    lookups.push((year, rel, certificates));
                }
            }
            found
                .lock()
                .expect("no panics while holding the lock")
                .extend(local);
            lookups
        })
        .collect();
    diags.extend(
        found
            .into_inner()
            .expect("no panics while holding the lock"),
    );
    let (mut keys, mut report_keys, mut label_keys) = (Vec::new(), Vec::new(), Vec::new());
    let mut certificate_keys = Vec::new();
    let mut work = Vec::new();
    for (year, rel, lookup) in looked.into_iter().flatten() {
        let kept = if rel.ends_with(REPORT_PDF) {
            &mut report_keys
        } else if rel.ends_with(LABELS_PDF) {
            &mut label_keys
        } else if rel.ends_with(CERTIFICATES_PDF) {
            &mut certificate_keys
        } else {
            &mut keys
        };
        match lookup {
            Lookup::Cached { key, path } => {
                diags.extend(copy_cached(&cache, &key, &path, &rel, sink).err());
                kept.push(key);
            }
            Lookup::Compile(w) => {
                kept.push(w.key.clone());
                let name = pdf_name(&rel, year);
                work.push(PdfJob {
                    path: rel,
                    work: w,
                    name,
                });
            }
        }
    }
    // The cache keeps what the catalogues and reports of every year need, no more.
    if pdfs != Pdfs::Skip && years.len() == site.index.by_year.len() {
        cache.prune(&opts.variant(), &keys);
        cache.prune(REPORT_VARIANT, &report_keys);
        cache.prune(&labels_variant, &label_keys);
        cache.prune(CERTIFICATES_VARIANT, &certificate_keys);
    }
    if pdfs == Pdfs::Later {
        return work;
    }
    diags.extend(compile_side_by_side(site, work, sink));
    Vec::new()
}

/// Renders a year's catalogue page into `sink`.
fn catalogue_page(
    r: &Renderer,
    theme: &Theme,
    cat: &Catalogue,
    sink: &dyn Sink,
) -> Vec<Diagnostic> {
    let mut local = Vec::new();
    let rel = Output::CataloguePage(cat.year).path(r.site);
    let ctx = catalogue::web::context(r, cat, &mut local);
    match r.tera().render("catalogue.html", &ctx) {
        Ok(html) => local.extend(sink.write(&rel, html.as_bytes()).err()),
        Err(e) => {
            sink.failed(&rel);
            local.push(tera_error(theme, "catalogue.html", &e));
        }
    }
    local
}

/// Renders a year's report page into `sink`.
fn report_page(r: &Renderer, theme: &Theme, rep: &Report, sink: &dyn Sink) -> Vec<Diagnostic> {
    let rel = Output::ReportPage(rep.year).path(r.site);
    let ctx = crate::report::web::context(r, rep);
    match r.tera().render("report.html", &ctx) {
        Ok(html) => sink
            .write(&rel, html.as_bytes())
            .err()
            .into_iter()
            .collect(),
        Err(e) => {
            sink.failed(&rel);
            vec![tera_error(theme, "report.html", &e)]
        }
    }
}

/// The variant the reports' PDFs are cached under.
const REPORT_VARIANT: &str = "report-a4";
/// The name of a report's PDF.
const REPORT_PDF: &str = "report.pdf";
/// The name of a year's exhibit labels.
const LABELS_PDF: &str = "labels.pdf";
/// The name of a year's certificates.
const CERTIFICATES_PDF: &str = "certificates.pdf";
/// The variant the certificates are cached under.
const CERTIFICATES_VARIANT: &str = "certificates-a4";

/// What the PDF at `path` of `year` is, for messages: «the catalogue of
/// 2025–2026», «the report of 2025–2026» or «the exhibit labels of 2025–2026».
pub fn pdf_name(path: &str, year: AcademicYear) -> Text {
    let year = year.label();
    if path.ends_with(REPORT_PDF) {
        t!("pdf-name-report", year = year)
    } else if path.ends_with(LABELS_PDF) {
        t!("pdf-name-labels", year = year)
    } else if path.ends_with(CERTIFICATES_PDF) {
        t!("pdf-name-certificates", year = year)
    } else {
        t!("pdf-name-catalogue", year = year)
    }
}

/// Compiles a catalogue's or a report's PDF (`name`, from [`pdf_name`]) and keeps
/// it in the cache; problems go to `diags`.
pub fn compile_pdf(
    site: &Site,
    work: PdfWork,
    name: &Text,
    cache: &catalogue::pdf::Cache,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<u8>> {
    let timer = super::Timer::start();
    let made = work.compile(Some(cache));
    timer.step_named(|| format!("PDF {}", name.render(crate::lang::Lang::En)));
    match made {
        Ok(p) => {
            if let Some(w) = p.warning {
                diags.push(Diagnostic::warning(
                    Location::folder(site.config.content_dir()),
                    t!("pipeline-make-message", name = name, w = w),
                ));
            }
            Some(p.bytes)
        }
        Err(e) => {
            diags.push(pdf_error(site, name, &e));
            None
        }
    }
}

/// The error of a PDF (`name`, from [`pdf_name`]) that could not be made: at
/// its place in a layout the site overrides, else as [`pdf_failed`].
pub fn pdf_error(site: &Site, name: &Text, e: &catalogue::pdf::PdfError) -> Diagnostic {
    match e {
        catalogue::pdf::PdfError::SiteLayout { message, at } => Diagnostic::error(
            at.clone(),
            t!(
                "pipeline-make-cannot-make-layout-has",
                name = name,
                message = message.to_string()
            ),
        )
        .with_hint(t!("pipeline-make-site-s-own-typst-hint")),
        _ => pdf_failed(site, name, e),
    }
}

/// The error of a PDF (`name`, from [`pdf_name`]) that could not be made.
pub fn pdf_failed(site: &Site, name: &Text, msg: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        Location::folder(site.config.content_dir().join("catalogue")),
        t!(
            "pipeline-make-cannot-make",
            name = name,
            msg = msg.to_string()
        ),
    )
}

/// Puts the cached PDF `key` (at `path`) at `rel`: by its record, unread, when
/// the cache has one.
fn copy_cached(
    cache: &catalogue::pdf::Cache,
    key: &str,
    path: &Path,
    rel: &str,
    sink: &dyn Sink,
) -> Result<(), Diagnostic> {
    match cache.record(key) {
        Some(record) => sink.copy_recorded(path, rel, record),
        None => sink.copy(path, rel),
    }
}

/// The variant the portfolios are cached under.
const PORTFOLIO_VARIANT: &str = "portfolio-a4";

/// What the portfolio PDF of `author` is, for messages.
pub fn portfolio_name(site: &Site, author: AuthorId) -> Text {
    t!(
        "pdf-name-portfolio",
        name = site.authors[author].name.as_str()
    )
}

/// Makes the portfolios' PDFs of `authors` (each in the cache, or compiled, in
/// parallel: each is small). With [`Pdfs::Later`] the ones not in the cache are
/// returned for the caller to compile.
pub fn portfolios(
    r: &Renderer,
    theme: &Theme,
    authors: &[PortfolioOf],
    pdfs: Pdfs,
    sink: &dyn Sink,
    diags: &mut Vec<Diagnostic>,
) -> Vec<PdfJob> {
    let site = r.site;
    if pdfs == Pdfs::Skip || authors.is_empty() {
        return Vec::new();
    }
    let layouts = Layouts::of(theme);
    let cache = catalogue::pdf::Cache::in_site(&site.config.root);
    let looked: Vec<(AuthorId, String, Lookup)> = authors
        .par_iter()
        .filter_map(|&of| {
            let p = Portfolio {
                site,
                strings: r.of(of.tongue).strings,
                tongue: of.tongue,
                author: of.author,
                span: None,
            };
            let markup = p.markup(&layouts)?;
            let lookup = PdfWork::of_markup(markup, PORTFOLIO_VARIANT, Some(&cache));
            Some((of.author, Output::PortfolioPdf(of).path(site), lookup))
        })
        .collect();
    let mut keys = Vec::new();
    let mut work = Vec::new();
    for (author, rel, lookup) in looked {
        match lookup {
            Lookup::Cached { key, path } => {
                diags.extend(copy_cached(&cache, &key, &path, &rel, sink).err());
                keys.push(key);
            }
            Lookup::Compile(w) => {
                keys.push(w.key.clone());
                work.push(PdfJob {
                    path: rel,
                    work: w,
                    name: portfolio_name(site, author),
                });
            }
        }
    }
    if authors.len() == super::output::portfolio_pdfs(site).len() {
        cache.prune(PORTFOLIO_VARIANT, &keys);
    }
    if pdfs == Pdfs::Later {
        return work;
    }
    diags.extend(compile_side_by_side(site, work, sink));
    Vec::new()
}

/// Compiles `jobs` into `sink`, one at a time on each of as many threads as the
/// build has cores. Threads of their own, not rayon tasks: Typst lays out in
/// parallel on rayon, and a rayon worker waiting for that work steals the next
/// PDF and compiles it on top of the first, so that a pool of two held dozens of
/// half-made PDFs at once (1.8 GB for the 10,000-entry archive's portfolios). Each
/// thread gives Typst a pool of its own, the cores the others leave, so that its
/// layout does not queue behind pages rendered at the same time on rayon's.
pub fn compile_side_by_side(site: &Site, jobs: Vec<PdfJob>, sink: &dyn Sink) -> Vec<Diagnostic> {
    let cores = rayon::current_num_threads().max(1);
    let threads = cores.clamp(1, jobs.len().max(1));
    let cache = catalogue::pdf::Cache::in_site(&site.config.root);
    let queue = Mutex::new(jobs.into_iter());
    let next = || {
        queue
            .lock()
            .expect("no panics while holding the lock")
            .next()
    };
    let work = || {
        let mut diags = Vec::new();
        while let Some(job) = next() {
            match compile_pdf(site, job.work, &job.name, &cache, &mut diags) {
                Some(bytes) => diags.extend(sink.write(&job.path, &bytes).err()),
                None => sink.failed(&job.path),
            }
        }
        diags
    };
    let on_own_pool = || {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads((cores / threads).max(1))
            .stack_size(catalogue::pdf::TYPST_STACK)
            .thread_name(|_| "ozyq-typst".into())
            .build();
        match pool {
            Ok(pool) => pool.install(work),
            Err(_) => work(),
        }
    };
    std::thread::scope(|scope| {
        // Typst recurses deeply: a whole compilation needs a larger stack than a
        // thread's default. One that cannot be started leaves its share to the others.
        let started: Vec<_> = (0..threads)
            .filter_map(|_| {
                (std::thread::Builder::new().stack_size(catalogue::pdf::TYPST_STACK))
                    .spawn_scoped(scope, on_own_pool)
                    .ok()
            })
            .collect();
        let mut diags = if started.is_empty() {
            work()
        } else {
            Vec::new()
        };
        for thread in started {
            // compile_pdf turns a panic of Typst's into an error of its PDF; any
            // other is ozyq's bug, and stops the build as it would on this thread.
            let made = thread.join();
            diags.extend(made.unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        diags
    })
}

/// The options a year's PDF is laid out with by default.
pub fn default_pdf_options(site: &Site) -> PdfOptions {
    PdfOptions {
        paper: catalogue::configured_paper(&site.config).unwrap_or_default(),
        booklet: false,
    }
}

//! The one way from a site's files to its outputs, shared by `ozyq build`,
//! `ozyq check`, `ozyq catalogue` and `ozyq serve`.
//!
//! [`look`] reads config, theme, UI strings and templates; [`load`] adds the site
//! model. [`output`] lists everything a build makes, each output knowing its file
//! and template; [`keys`] says what each output shows, as a key that changes when
//! anything it shows changes; [`select`] picks, from two models' keys, the outputs a
//! change requires making again. [`make`] makes outputs into a [`make::Sink`].
//! A build makes them all ([`make_all`]); `ozyq catalogue` makes one year's; serve
//! makes the ones [`select`] picks.

pub mod keys;
pub mod look;
pub mod make;
pub mod output;
pub mod reuse;
pub mod select;
pub mod tally;

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::lang::dates::AcademicYear;
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::render::theme::Theme;
use crate::site::load::{LoadOptions, load as load_site};
use crate::site::tongues::MAIN;
use crate::site::{Doc, Site};

pub use look::Look;
pub use make::{PdfJob, Pdfs, Sink};
pub use output::Output;
pub use reuse::Reuse;

/// A site read whole: its look and its model.
pub struct Loaded {
    /// Config, theme, UI strings and templates.
    pub look: Look,
    /// The model.
    pub site: Site,
}

/// Reads and checks the whole site in `root`. `None` when it cannot be rendered at
/// all (no settings, no templates); the diagnostics hold every problem found
/// either way, the content's included whenever config.yaml could be read.
pub fn load(root: &Path, drafts: bool) -> (Option<Loaded>, Vec<Diagnostic>) {
    let root = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let (look, config, mut diags) = match Look::load(&root) {
        Ok(mut look) => {
            let diags = std::mem::take(&mut look.diags);
            let config = look.config.clone();
            (Some(look), config, diags)
        }
        Err(look::Unusable {
            config: Some(config),
            diags,
        }) => (None, *config, diags),
        Err(look::Unusable {
            config: None,
            diags,
        }) => return (None, diags),
    };
    let (site, site_diags) = load_site(
        config,
        LoadOptions {
            drafts,
            record: !drafts,
        },
    );
    diags.extend(site_diags);
    diags.extend(check_bodies(&site, look.is_some()));
    (look.map(|look| Loaded { look, site }), diags)
}

/// The problems of the Markdown (links to missing files and the like) of the
/// documents that no page shows for their own errors ([`Site::unrendered`]),
/// and, unless `rendered` (when the look cannot be used, nothing is), of every
/// entry's and page's; found without templates, so that they come in the same
/// run as the errors that hide them.
pub fn check_bodies(site: &Site, rendered: bool) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    if rendered && site.unrendered.is_empty() {
        return Vec::new();
    }
    let strings = crate::lang::strings::Strings::new();
    let r = Renderer::new(site, &strings, tera::Tera::default(), MAIN);
    // Each document with its page's folder and the year its figures count.
    let mut docs: Vec<(&Doc, String, Option<AcademicYear>)> = Vec::new();
    docs.extend(site.unrendered.iter().map(|d| (d, String::new(), None)));
    if !rendered {
        docs.extend(
            site.entries
                .iter()
                .map(|e| (&e.doc, e.dir.clone(), Some(e.year))),
        );
        docs.extend(site.pages.iter().map(|p| (&p.doc, p.dir.clone(), None)));
        docs.extend(site.home.iter().map(|h| (h, String::new(), None)));
        for (k, intro) in site.kind_intros.iter_enumerated() {
            docs.extend(
                intro
                    .iter()
                    .map(|d| (d, crate::site::urls::kind_dir(site, MAIN, k), None)),
            );
        }
    }
    docs.par_iter()
        .flat_map_iter(|(doc, dir, year)| {
            let mut diags = Vec::new();
            r.render_markdown(doc, dir, *year, &mut diags);
            diags
        })
        .collect()
}

/// What [`make_all`] made, for [`Reuse::save`].
#[derive(Default)]
pub struct Made {
    /// How each page was made.
    pub pages: Vec<make::PageMade>,
    /// The search index's files.
    pub search_files: Vec<String>,
}

/// Makes every output in `outputs` into `sink`, keeping the pages `reuse` finds
/// unchanged (and the search index when it kept it). Returns the problems found.
///
/// The catalogues' and portfolios' PDFs that are not in the cache compile on
/// threads of their own from the start, beside the pages: a one-entry change
/// compiles its year's four PDFs, whose single Typst layouts would otherwise leave
/// a core idle after the pages are done.
pub fn make_all(
    r: &mut Renderer,
    theme: &Theme,
    outputs: &[Output],
    pdfs: Pdfs,
    reuse: Option<&Reuse>,
    sink: &dyn Sink,
    timer: &Timer,
) -> (Vec<Diagnostic>, Made) {
    let site = r.site;
    let mut diags = Vec::new();
    let mut made = Made::default();
    let later = match pdfs {
        Pdfs::Skip => Pdfs::Skip,
        Pdfs::Now | Pdfs::Later => Pdfs::Later,
    };
    let years: Vec<_> = outputs.iter().filter_map(Output::catalogue_page).collect();
    let mut jobs = make::catalogues(r, theme, &years, later, sink, &mut diags);
    let authors: Vec<_> = outputs.iter().filter_map(Output::portfolio).collect();
    jobs.extend(make::portfolios(
        r, theme, &authors, later, sink, &mut diags,
    ));
    timer.step("catalogues and portfolios looked up");
    let has_index = outputs.contains(&Output::SearchIndex);
    let kept_files = reuse.and_then(Reuse::index_kept).filter(|_| has_index);
    let index_kept = kept_files.is_some();
    made.search_files = kept_files.map(<[String]>::to_vec).unwrap_or_default();
    std::thread::scope(|scope| {
        let compiling = (pdfs == Pdfs::Now && !jobs.is_empty())
            .then(|| scope.spawn(|| make::compile_side_by_side(site, jobs, sink)));
        let pages: Vec<Page> = outputs.iter().filter_map(Output::page).collect();
        let unchanged = |j| reuse.is_some_and(|u| u.unchanged(j));
        let (found, how) = make::pages_keeping(r, theme, &pages, sink, &unchanged);
        diags.extend(found);
        made.pages = how;
        timer.step("pages");
        tally::print();
        let docs = (has_index && !index_kept).then(|| r.search_docs());
        let r = &*r;
        // Neither waits for the other: the sitemap is one thread's work.
        let (sitemap, search) = rayon::join(
            || (outputs.contains(&Output::Sitemap)).then(|| make::sitemap(r, theme, outputs, sink)),
            || {
                docs.as_ref().map(|docs| {
                    let docs: Vec<Option<&crate::search::SearchDoc>> =
                        docs.iter().map(Option::as_ref).collect();
                    make::search_index(r, &docs, sink)
                })
            },
        );
        if let Some((found, files)) = search {
            diags.extend(found);
            made.search_files = files;
        }
        diags.extend(sitemap.into_iter().flatten());
        diags.extend(make::files(theme, outputs, sink));
        timer.step("index, sitemap, files");
        diags.extend(make::photos(site, outputs, sink));
        timer.step("photos");
        if let Some(compiling) = compiling {
            // A panic that is not Typst's (those are errors of their PDF) is ozyq's
            // bug, and stops the build as it would on this thread.
            let done = compiling.join();
            diags.extend(done.unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        timer.step("PDFs");
    });
    (diags, made)
}

/// With `OZYQ_TIMINGS` set, prints how long a run has taken at each named step.
pub struct Timer(Option<std::time::Instant>);

impl Timer {
    /// Starts timing now (silently unless `OZYQ_TIMINGS` is set).
    pub fn start() -> Timer {
        Timer(std::env::var_os("OZYQ_TIMINGS").map(|_| std::time::Instant::now()))
    }

    /// Like [`step`](Self::step), with a name that is made only when timing is on.
    pub fn step_named(&self, name: impl FnOnce() -> String) {
        if self.0.is_some() {
            self.step(&name());
        }
    }

    /// Prints the time taken so far, naming the step just done, and (where the
    /// system says it) the memory the process holds then.
    pub fn step(&self, name: &str) {
        if let Some(s) = self.0 {
            // Fields 14 and 15 of /proc/self/stat: user and system time, in ticks
            // of (on Linux, always) a hundredth of a second.
            let cpu = std::fs::read_to_string("/proc/self/stat")
                .ok()
                .and_then(|stat| {
                    let after_name = &stat[stat.rfind(')')? + 2..];
                    let mut f = after_name.split_whitespace().skip(11);
                    let user: u64 = f.next()?.parse().ok()?;
                    let system: u64 = f.next()?.parse().ok()?;
                    Some(format!(", CPU {:.2} s", (user + system) as f64 / 100.0))
                })
                .unwrap_or_default();
            let resident = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|status| {
                    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
                    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
                    Some(format!(", {} MiB resident", kib / 1024))
                })
                .unwrap_or_default();
            eprintln!(
                "[timing] {name}: {:.3} s{cpu}{resident}",
                s.elapsed().as_secs_f64()
            );
        }
    }
}

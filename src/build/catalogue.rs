//! `ozyq catalogue YEAR`: one year's exhibition catalogue, its web page and PDF,
//! made by the pipeline like in a build, with the paper and imposition asked for.

use crate::t;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::catalogue::layout::Layouts;
use crate::catalogue::{Catalogue, PdfOptions, Produced, pdf, produce};
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::lang::dates::AcademicYear;
use crate::pipeline::{self, Loaded, Sink};
use crate::render::context::Renderer;

use super::absolute;

/// What `ozyq catalogue` made.
#[derive(Debug)]
pub struct CatalogueReport {
    /// Where the PDF was written.
    pub pdf: PathBuf,
    /// The PDF is in `output/` but is not the one a build makes (other paper, a
    /// booklet): the next `ozyq build` removes it.
    pub removed_by_build: bool,
    /// Where the web page was written (none when the theme has no `catalogue.html`).
    pub page: Option<PathBuf>,
    /// How many exhibits the catalogue shows.
    pub exhibits: usize,
    /// The PDF, and whether it came from the cache.
    pub produced: Produced,
    /// The academic year, as its folder is named (`2025-2026`).
    pub year: String,
    /// Warnings, with paths relative to the site's folder.
    pub warnings: Diagnostics,
    /// How many warnings about other years' works were left out.
    pub other_years: usize,
}

/// Writes each file atomically into a folder: a failed or interrupted run leaves
/// the earlier files whole.
struct Atomic<'a>(&'a Path);

impl Sink for Atomic<'_> {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let path = self.0.join(rel);
        crate::output::write_atomic(&path, bytes).map_err(|e| {
            Diagnostic::error(
                Location::file(&path),
                t!("build-catalogue-cannot-write", e = &e),
            )
        })
    }
    fn copy(&self, source: &Path, rel: &str) -> Result<(), Diagnostic> {
        let bytes = std::fs::read(source).map_err(|e| {
            Diagnostic::error(
                Location::file(source),
                t!("build-catalogue-cannot-read", e = &e),
            )
        })?;
        self.write(rel, &bytes)
    }
}

/// The year asked for on the command line.
fn parse_year(year: &str) -> Result<AcademicYear, Diagnostic> {
    AcademicYear::parse(year).ok_or_else(|| {
        Diagnostic::error(
            Location::command_line(),
            t!("build-catalogue-not-academic-year", year = year.to_string()),
        )
        .with_hint(t!("build-catalogue-write-like-hint"))
    })
}

/// The year asked for, checked against the years that have entries.
fn year_of(loaded: &Loaded, parsed: AcademicYear) -> Result<AcademicYear, Diagnostic> {
    let site = &loaded.site;
    if site.index.year_index(parsed).is_none() {
        let known: Vec<String> = site.index.by_year.iter().map(|y| y.year.slug()).collect();
        let hint = if known.is_empty() {
            t!("build-catalogue-no-year-has-entries-hint")
        } else {
            t!(
                "build-catalogue-years-with-entries-hint",
                years = known.join(", ")
            )
        };
        return Err(Diagnostic::error(
            Location::command_line(),
            t!(
                "build-catalogue-no-entries-academic-year",
                slug = (parsed.slug()).to_string()
            ),
        )
        .with_hint(hint));
    }
    Ok(parsed)
}

/// Writes a PDF a command made to `path` atomically; the failure located there.
pub(super) fn write_pdf(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    crate::output::write_atomic(path, bytes).map_err(|e| {
        Diagnostic::error(
            Location::file(path),
            t!("build-catalogue-cannot-write-2", e = &e),
        )
    })
}

/// Whether `written`, a PDF a command wrote, lies in the site's `output/`
/// without being `own` there, the file a build makes itself: the next build
/// replaces `output/` whole, and the file is gone with it.
pub(super) fn removed_by_build(root: &Path, written: &Path, own: &str) -> bool {
    let out = root.join("output");
    let own = out.join(own).canonicalize().ok();
    match (out.canonicalize(), written.canonicalize()) {
        (Ok(out), Ok(written)) => written.starts_with(out) && own != Some(written),
        _ => false,
    }
}

/// A command's failure, its problems' paths relative to the site's folder.
pub(super) fn failed<T>(root: &Path, mut diags: Diagnostics) -> Result<T, Diagnostics> {
    diags.relative_to(root);
    Err(diags)
}

/// The site at `root` loaded for a command on `year` that writes a PDF to
/// `output` (checked first), with the year checked against the site's.
fn load_year(
    root: &Path,
    year: &str,
    output: Option<&Path>,
    diags: &mut Diagnostics,
) -> Option<(Loaded, AcademicYear)> {
    let parsed = parse_year(year).map_err(|d| diags.push(d)).ok();
    let hint = t!("build-catalogue-name-new-pdf-file-hint");
    diags.extend(super::check_pdf_target(root, output, hint));
    let parsed = parsed.filter(|_| !diags.has_errors())?;
    let (loaded, found) = pipeline::load(root, false);
    diags.extend(found);
    let loaded = loaded.filter(|_| !diags.has_errors())?;
    match year_of(&loaded, parsed) {
        Ok(y) => Some((loaded, y)),
        Err(d) => {
            diags.push(d);
            None
        }
    }
}

/// What `ozyq certificates` made.
#[derive(Debug)]
pub struct CertificatesReport {
    /// Where the PDF was written.
    pub pdf: PathBuf,
    /// The PDF is in `output/` but is not the one a build makes (letters of
    /// thanks, one event's certificates): the next `ozyq build` removes it.
    pub removed_by_build: bool,
    /// How many certificates it holds.
    pub count: usize,
    /// The academic year, as its folder is named (`2025-2026`).
    pub year: String,
}

/// The error for `--event TEXT` when `found`, the year's events whose names
/// hold it, are not one.
fn event_unclear(text: &str, found: &[String], year: AcademicYear) -> Diagnostic {
    let at = Location::command_line();
    if crate::catalogue::certificates::event_key(text).is_empty() {
        return Diagnostic::error(at, t!("build-catalogue-event-names-nothing"))
            .with_hint(t!("build-catalogue-event-matched-event-field-hint"));
    }
    if found.is_empty() {
        let what = t!(
            "build-catalogue-no-event-exhibit",
            year = year.slug(),
            event = text
        );
        return Diagnostic::error(at, what)
            .with_hint(t!("build-catalogue-event-matched-event-field-hint"));
    }
    let names: Vec<String> = found.iter().map(|e| format!("`{e}`")).collect();
    Diagnostic::error(
        at,
        t!(
            "build-catalogue-event-several",
            event = text,
            year = year.slug(),
            count = found.len()
        ),
    )
    .with_hint(t!(
        "build-catalogue-event-several-hint",
        events = names.join("; ")
    ))
}

/// `ozyq certificates YEAR [--event TEXT] [--thanks]`: the certificates (or
/// letters of thanks) of a year's exhibitors, or of those whose exhibit's `event`
/// contains `event`. The PDF goes to `output` when given, else to
/// `output/catalogue/<year>/`: `certificates.pdf` (what a build makes too) or
/// `thanks.pdf`, and for an event `certificates-<event>.pdf` or `thanks-<event>.pdf`.
pub fn certificates(
    root: &Path,
    year: &str,
    event: Option<&str>,
    letter: crate::catalogue::certificates::Letter,
    output: Option<&Path>,
) -> Result<CertificatesReport, Diagnostics> {
    use crate::catalogue::certificates::{self, Whom};
    let root = absolute(root);
    let mut diags = Diagnostics::new();
    let Some((Loaded { look, site }, year)) = load_year(&root, year, output, &mut diags) else {
        return failed(&root, diags);
    };
    // The site's warnings are `ozyq build`'s to say (as for a portfolio).
    let mut diags = Diagnostics::new();
    let cat = Catalogue::new(&site, &look.strings, year);
    let events = event.map(|e| certificates::events(&cat, e));
    let whom = match (event, events.as_deref()) {
        (Some(e), Some(found)) => match found {
            [one] if !certificates::event_key(e).is_empty() => Whom::Event(one),
            _ => {
                diags.push(event_unclear(e, found, year));
                return failed(&root, diags);
            }
        },
        _ => Whom::All,
    };
    let count = certificates::count(&cat, whom);
    if count == 0 {
        let what = t!("build-catalogue-year-without-exhibits", year = year.slug());
        diags.push(Diagnostic::error(Location::command_line(), what));
        return failed(&root, diags);
    }
    let layouts = Layouts::of(&look.theme);
    let markup = certificates::markup(&cat, &layouts, whom, letter);
    let pdf = match crate::catalogue::pdf::compile(&markup) {
        Ok(p) => p,
        Err(e) => {
            let name = t!("pdf-name-the-certificates");
            diags.push(pipeline::make::pdf_error(&site, &name, &e));
            return failed(&root, diags);
        }
    };
    let own = pipeline::Output::CertificatesPdf(year).path(&site);
    let stem = letter.file_stem();
    let pdf_path = match (output, event) {
        (Some(o), _) => absolute(o),
        (None, None) => root
            .join("output")
            .join(own.replace("certificates.pdf", &format!("{stem}.pdf"))),
        (None, Some(e)) => root.join("output").join(own.replace(
            "certificates.pdf",
            &format!("{stem}-{}.pdf", crate::lang::slug::slugify(e)),
        )),
    };
    if let Err(d) = write_pdf(&pdf_path, &pdf.bytes) {
        diags.push(d);
        return failed(&root, diags);
    }
    Ok(CertificatesReport {
        removed_by_build: removed_by_build(&root, &pdf_path, &own),
        pdf: pdf_path,
        count,
        year: year.slug(),
    })
}

/// Where a year's PDF laid out with `opts` goes in the output: the site's own
/// `catalogue.pdf` when they are the site's settings, else a file of its own
/// beside it (`catalogue-booklet.pdf`, `catalogue-a4.pdf`), so that printing a
/// booklet does not replace what the site offers for download.
fn pdf_file(site: &crate::site::Site, year: AcademicYear, opts: PdfOptions) -> String {
    let own = pipeline::Output::CataloguePdf(year).path(site);
    if opts == pipeline::make::default_pdf_options(site) {
        return own;
    }
    let suffix = if opts.booklet {
        "booklet"
    } else {
        opts.paper.id()
    };
    own.replace("catalogue.pdf", &format!("catalogue-{suffix}.pdf"))
}

/// `ozyq catalogue YEAR`: makes one year's catalogue page and PDF, and again the
/// year's report, labels and certificates, which show the same exhibits. The PDF goes to
/// `output` when given, else beside the page in `output/catalogue/<year>/`: the
/// site's `catalogue.pdf`, or another name for other settings ([`pdf_file`]).
pub fn catalogue(
    root: &Path,
    year: &str,
    opts: Option<PdfOptions>,
    output: Option<&Path>,
) -> Result<CatalogueReport, Diagnostics> {
    let root = absolute(root);
    let mut diags = Diagnostics::new();
    let Some((Loaded { look, site }, year)) = load_year(&root, year, output, &mut diags) else {
        return failed(&root, diags);
    };
    let opts = opts.unwrap_or_else(|| pipeline::make::default_pdf_options(&site));
    let renderer = Renderer::new(&site, &look.strings, look.tera, crate::site::tongues::MAIN);
    let out = root.join("output");
    let sink = Atomic(&out);
    let page = pipeline::Output::CataloguePage(year);
    let page_path = renderer
        .tera()
        .contains_template("catalogue.html")
        .then(|| out.join(page.path(&site)));
    let cat = Catalogue::new(&site, &look.strings, year);
    let layouts = Layouts::of(&look.theme);
    let cache = pdf::Cache::in_site(&root);
    // The PDF asked for first, so that its time is its own; the year's other
    // outputs then take it from the cache when it is the site's own.
    let produced = match produce(&cat, &layouts, opts, Some(&cache)) {
        Ok(p) => p,
        Err(e) => {
            let name = t!("pdf-name-catalogue", year = year.label());
            diags.push(pipeline::make::pdf_error(&site, &name, &e));
            return failed(&root, diags);
        }
    };
    if let Some(w) = &produced.warning {
        diags.push(Diagnostic::warning(
            Location::folder(site.config.content_dir()),
            w.clone(),
        ));
    }
    // The page, the report, the labels and the certificates show the same
    // exhibits: a catalogue made alone must not leave them as they were.
    let mut local = Vec::new();
    pipeline::make::catalogues(
        &renderer,
        &look.theme,
        &[year],
        pipeline::Pdfs::Now,
        &sink,
        &mut local,
    );
    diags.extend(local);
    let pdf_path = match output {
        Some(o) => absolute(o),
        None => out.join(pdf_file(&site, year, opts)),
    };
    diags.extend(write_pdf(&pdf_path, &produced.bytes).err());
    if diags.has_errors() {
        return failed(&root, diags);
    }
    let other_years = only_of_year(&mut diags, &site, year);
    diags.relative_to(&root);
    let own = pipeline::Output::CataloguePdf(year).path(&site);
    Ok(CatalogueReport {
        removed_by_build: removed_by_build(&root, &pdf_path, &own),
        pdf: pdf_path,
        page: page_path,
        exhibits: cat.len(),
        produced,
        year: year.slug(),
        warnings: diags,
        other_years,
    })
}

/// Leaves out the warnings about the works of other years than `year`, which
/// `ozyq build` and `ozyq check` say: a year's catalogue need not repeat the
/// whole archive's. Returns how many were left out.
fn only_of_year(diags: &mut Diagnostics, site: &crate::site::Site, year: AcademicYear) -> usize {
    let others: HashSet<&Path> = (site.entries.iter())
        .filter(|e| e.year != year)
        .map(|e| e.doc.source.as_path())
        .collect();
    let before = diags.len();
    diags.retain(|d| d.is_error() || !others.contains(d.location.file.as_path()));
    before - diags.len()
}

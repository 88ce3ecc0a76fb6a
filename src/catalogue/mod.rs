//! The yearly exhibition catalogue («Әдістемелік көрме каталогы»): a web page and a
//! PDF for each academic year, made from the site model.
//!
//! [`model`] decides what is in a year's catalogue (the exhibits, their numbers, the
//! figures, the author index); [`web`] makes the context of `catalogue.html`;
//! [`typst`] writes the catalogue as Typst markup; [`pdf`] compiles it with the
//! bundled fonts and keeps the result in `.ozyq-cache/`; [`booklet`] imposes the A5
//! pages for saddle-stitch printing.

pub mod booklet;
pub mod model;
pub mod pdf;
pub mod produce;
pub mod typst;
pub mod web;

pub use model::Catalogue;
pub use produce::{Lookup, PdfWork, Produced, produce};
pub use typst::Paper;

/// How to lay out a catalogue's PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PdfOptions {
    pub paper: Paper,
    /// Impose the A5 pages two per A4 sheet in folding order (A5 only).
    pub booklet: bool,
}

impl PdfOptions {
    pub fn variant(self) -> String {
        format!(
            "{}{}",
            self.paper.id(),
            if self.booklet { "-booklet" } else { "" }
        )
    }
}

/// The paper of `config.yaml`'s `catalogue.paper`, A5 when it is not set.
pub fn configured_paper(config: &crate::config::Config) -> Result<Paper, String> {
    match config.catalogue.paper.as_deref() {
        None => Ok(Paper::A5),
        Some(p) => Paper::parse(p).ok_or_else(|| format!("unknown catalogue paper `{p}`")),
    }
}

/// The site-relative folder of a year's catalogue.
pub fn dir(year: crate::lang::dates::AcademicYear) -> String {
    format!("catalogue/{}/", year.slug())
}

/// The site-relative paths of the files [`make_all`] makes (with `pdf`).
pub fn output_paths(site: &crate::site::Site) -> Vec<String> {
    site.index
        .by_year
        .iter()
        .flat_map(|(y, _)| {
            let d = dir(*y);
            [format!("{d}index.html"), format!("{d}catalogue.pdf")]
        })
        .collect()
}

/// Whether and when [`make_all`] makes the PDFs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfMode {
    /// Only the web pages (when checking a site).
    Skip,
    /// Compiled now when not in the cache.
    Now,
    /// Compiled by the caller: what is not in the cache is returned as work to do.
    Later,
}

/// The files [`make_all`] made, and the PDFs it left to compile (with `PdfMode::Later`),
/// each with its site-relative path.
pub type Made = (Vec<(String, Vec<u8>)>, Vec<(String, PdfWork)>);

/// Makes every academic year's catalogue (or those `only` names): `catalogue/<year>/index.html` and
/// `catalogue/<year>/catalogue.pdf` (from `.ozyq-cache/` when nothing it shows
/// changed). Problems go to `diags`.
pub fn make_all(
    r: &crate::render::context::Renderer,
    theme: &crate::render::theme::Theme,
    mode: PdfMode,
    only: Option<&[crate::lang::dates::AcademicYear]>,
    diags: &mut Vec<crate::diagnostics::Diagnostic>,
) -> Made {
    use crate::diagnostics::{Diagnostic, Location};
    use rayon::prelude::*;

    let site = r.site;
    let cfg = &site.config;
    if site.index.by_year.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let paper = match configured_paper(cfg) {
        Ok(p) => p,
        Err(msg) => {
            diags.push(
                Diagnostic::error(
                    crate::yaml::key_location(&cfg.text, "paper", &cfg.file, 1),
                    msg,
                )
                .with_hint("use a5 or a4"),
            );
            Paper::A5
        }
    };
    if cfg.base_url.is_none() {
        diags.push(
            Diagnostic::warning(
                Location::file(&cfg.file),
                "the exhibition catalogue has no QR codes: config.yaml has no base_url",
            )
            .with_hint("set base_url to the address the site is published at"),
        );
    }
    let page = r.tera().contains_template("catalogue.html");
    if !page {
        diags.push(
            Diagnostic::warning(
                Location::file(cfg.root.join("themes").join(&cfg.theme)),
                "the theme has no template `catalogue.html`; the catalogues get no web page",
            )
            .with_hint("copy it from the default theme"),
        );
    }
    let cache = pdf::Cache::in_site(&cfg.root);
    let opts = PdfOptions {
        paper,
        booklet: false,
    };
    type Year = (
        Vec<(String, Vec<u8>)>,
        Option<(String, PdfWork, String)>,
        Vec<Diagnostic>,
        Option<String>,
    );
    let results: Vec<Year> = site
        .index
        .by_year
        .par_iter()
        .filter(|(y, _)| only.is_none_or(|o| o.contains(y)))
        .map(|(year, _)| {
            let mut local = Vec::new();
            let mut files = Vec::new();
            let mut key = None;
            let cat = Catalogue::new(site, r.strings, *year);
            let dir = dir(*year);
            if page {
                let ctx = web::context(r, &cat, &mut local);
                match r.tera().render("catalogue.html", &ctx) {
                    Ok(html) => files.push((format!("{dir}index.html"), html.into_bytes())),
                    Err(e) => local.push(crate::render::templates::tera_error(
                        theme,
                        "catalogue.html",
                        &e,
                    )),
                }
            }
            let mut later = None;
            let pdf_rel = format!("{dir}catalogue.pdf");
            match mode {
                PdfMode::Skip => {}
                // What is not in the cache is compiled below, one year at a time.
                PdfMode::Now | PdfMode::Later => match PdfWork::lookup(&cat, opts, Some(&cache)) {
                    Lookup::Cached { key: k, bytes } => {
                        key = Some(k);
                        files.push((pdf_rel, bytes));
                    }
                    Lookup::Compile(work) => {
                        key = Some(work.key.clone());
                        later = Some((pdf_rel, work, year.label()));
                    }
                },
            }
            (files, later, local, key)
        })
        .collect();
    let mut files = Vec::new();
    let mut later = Vec::new();
    let mut keys = Vec::new();
    // The cache keeps what the catalogues of every year need, no more.
    let mut complete = mode != PdfMode::Skip && only.is_none();
    for (f, l, d, k) in results {
        files.extend(f);
        later.extend(l);
        diags.extend(d);
        match k {
            Some(k) => keys.push(k),
            None => complete = false,
        }
    }
    if complete {
        cache.prune(&opts.variant(), &keys);
    }
    if mode == PdfMode::Later {
        return (
            files,
            later.into_iter().map(|(rel, w, _)| (rel, w)).collect(),
        );
    }
    // One at a time: Typst lays out a year's pages in parallel already, and years
    // compiled side by side multiply its memory (gigabytes on a large archive).
    for (rel, work, label) in later {
        match work.compile(Some(&cache)) {
            Ok(p) => {
                if let Some(w) = p.warning {
                    diags.push(Diagnostic::warning(
                        Location::file(cfg.content_dir()),
                        format!("catalogue of {label}: {w}"),
                    ));
                }
                files.push((rel, p.bytes));
            }
            Err(msg) => diags.push(Diagnostic::error(
                Location::file(cfg.content_dir().join("catalogue")),
                format!("cannot make the catalogue of {label}: {msg}"),
            )),
        }
    }
    (files, Vec::new())
}

/// Makes every academic year's catalogue during a build and writes it to `staging`
/// (when only checking, `staging` is `None`: the pages are rendered to find template
/// errors, the PDFs are not made). Returns how many files were written.
pub fn build_all(
    r: &crate::render::context::Renderer,
    theme: &crate::render::theme::Theme,
    staging: Option<&crate::output::Staging>,
    diags: &mut Vec<crate::diagnostics::Diagnostic>,
) -> usize {
    let mode = if staging.is_some() {
        PdfMode::Now
    } else {
        PdfMode::Skip
    };
    let (files, _) = make_all(r, theme, mode, None, diags);
    let Some(s) = staging else {
        return 0;
    };
    for (rel, bytes) in &files {
        if let Err(e) = s.write(rel, bytes) {
            diags.push(crate::diagnostics::Diagnostic::error(
                crate::diagnostics::Location::file(s.dir.join(rel)),
                format!("cannot write: {e}"),
            ));
        }
    }
    files.len()
}

/// What `ozyq catalogue` made.
#[derive(Debug)]
pub struct CommandReport {
    pub pdf: std::path::PathBuf,
    pub page: Option<std::path::PathBuf>,
    pub exhibits: usize,
    pub produced: Produced,
    pub warnings: crate::diagnostics::Diagnostics,
}

/// `ozyq catalogue YEAR`: makes one year's catalogue page and PDF. The PDF goes to
/// `output` when given, else beside the page in `output/catalogue/<year>/`.
pub fn command(
    root: &std::path::Path,
    year: &str,
    opts: Option<PdfOptions>,
    output: Option<&std::path::Path>,
) -> Result<CommandReport, crate::diagnostics::Diagnostics> {
    use crate::diagnostics::{Diagnostic, Diagnostics, Location};

    let root = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let mut diags = Diagnostics::new();
    let fail = |mut d: Diagnostics| {
        d.relative_to(&root);
        Err(d)
    };
    let (prepared, found) = crate::build::prepare(&root, false);
    diags.extend(found);
    let Some(p) = prepared else {
        return fail(diags);
    };
    if diags.has_errors() {
        return fail(diags);
    }
    let site = &p.site;
    let Some(year) = crate::lang::dates::AcademicYear::parse(year) else {
        diags.push(
            Diagnostic::error(
                Location::file(&site.config.file),
                format!("`{year}` is not an academic year"),
            )
            .with_hint("write it like 2025-2026"),
        );
        return fail(diags);
    };
    if !site.index.by_year.iter().any(|(y, _)| *y == year) {
        let known: Vec<String> = site.index.by_year.iter().map(|(y, _)| y.slug()).collect();
        diags.push(
            Diagnostic::error(
                Location::file(site.config.content_dir()),
                format!("no entries in the academic year {}", year.slug()),
            )
            .with_hint(format!("years with entries: {}", known.join(", "))),
        );
        return fail(diags);
    }
    let opts = match opts {
        Some(o) => o,
        None => PdfOptions {
            paper: configured_paper(&site.config).unwrap_or_default(),
            booklet: false,
        },
    };
    if site.config.base_url.is_none() {
        diags.push(
            Diagnostic::warning(
                Location::file(&site.config.file),
                "the exhibition catalogue has no QR codes: config.yaml has no base_url",
            )
            .with_hint("set base_url to the address the site is published at"),
        );
    }
    let renderer = crate::render::context::Renderer::new(site, &p.strings, p.tera);
    let cat = Catalogue::new(site, &p.strings, year);
    let out_dir = root.join("output").join("catalogue").join(year.slug());
    // A failed or interrupted run leaves the earlier files whole.
    let write = crate::output::write_atomic;
    let mut page = None;
    if renderer.tera().contains_template("catalogue.html") {
        let mut local = Vec::new();
        let ctx = web::context(&renderer, &cat, &mut local);
        diags.extend(local);
        match renderer.tera().render("catalogue.html", &ctx) {
            Ok(html) => {
                let path = out_dir.join("index.html");
                if let Err(e) = write(&path, html.as_bytes()) {
                    diags.push(Diagnostic::error(
                        Location::file(&path),
                        format!("cannot write: {e}"),
                    ));
                }
                page = Some(path);
            }
            Err(e) => diags.push(crate::render::templates::tera_error(
                &p.theme,
                "catalogue.html",
                &e,
            )),
        }
    }
    let produced = match produce(&cat, opts, Some(&pdf::Cache::in_site(&root))) {
        Ok(p) => p,
        Err(msg) => {
            diags.push(Diagnostic::error(
                Location::file(site.config.content_dir().join("catalogue")),
                format!("cannot make the catalogue of {}: {msg}", year.label()),
            ));
            return fail(diags);
        }
    };
    if let Some(w) = &produced.warning {
        diags.push(Diagnostic::warning(
            Location::file(site.config.content_dir()),
            w.clone(),
        ));
    }
    let pdf_path = output
        .map(|o| std::path::absolute(o).unwrap_or_else(|_| o.to_path_buf()))
        .unwrap_or_else(|| out_dir.join("catalogue.pdf"));
    if let Err(e) = write(&pdf_path, &produced.bytes) {
        diags.push(Diagnostic::error(
            Location::file(&pdf_path),
            format!("cannot write: {e}"),
        ));
    }
    if diags.has_errors() {
        return fail(diags);
    }
    diags.relative_to(&root);
    Ok(CommandReport {
        pdf: pdf_path,
        page,
        exhibits: cat.len(),
        produced,
        warnings: diags,
    })
}

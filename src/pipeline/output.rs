//! Everything a build makes, as a list of values: each output knows the file it is
//! written to and the template it is made with. What each one shows (and so when
//! `ozyq serve` must make it again) is in [`super::keys`].

use crate::t;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Location};
use crate::paths::PathMap;

use crate::lang::dates::AcademicYear;
use crate::render::context::SitemapPage;
use crate::render::page::{Page, site_wide};
use crate::render::theme::Theme;
use crate::site::photos::PhotoId;
use crate::site::tongues::{LangId, MAIN};
use crate::site::urls::{PORTFOLIO_PDF, author_dir, catalogue_dir, page_count, report_dir};
use crate::site::{AuthorId, Site};

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Output {
    /// A page rendered from a template.
    Page(Page),
    /// `sitemap.xml`: every page people read.
    Sitemap,
    /// `search/index.js`: the search index.
    SearchIndex,
    /// A year's exhibition catalogue as a web page.
    CataloguePage(AcademicYear),
    /// A year's exhibition catalogue as a PDF (from the cache, or compiled).
    CataloguePdf(AcademicYear),
    /// A year's report as a web page (made with the year's catalogue).
    ReportPage(AcademicYear),
    /// A year's report as a PDF (made with the year's catalogue).
    ReportPdf(AcademicYear),
    /// The labels of a year's exhibits as a PDF, to print (made with the year's
    /// catalogue; only for a year with exhibits).
    LabelsPdf(AcademicYear),
    /// The certificates of a year's exhibitors as a PDF, to print (made with the
    /// year's catalogue; only for a year with exhibits).
    CertificatesPdf(AcademicYear),
    /// A teacher's portfolio as a PDF, for attestation (only for an author with
    /// works), in each of the site's languages, beside their page in it.
    PortfolioPdf(PortfolioOf),
    /// A file of the site copied as it is: a content asset or an author's photo.
    Copy {
        /// Where it comes from.
        source: PathBuf,
        /// Site-relative path.
        dest: String,
    },
    /// A copy of a photo, `width` px wide.
    PhotoCopy {
        /// The photo.
        photo: PhotoId,
        /// The copy's width.
        width: u32,
    },
    /// One of the theme's static files, by its path inside the theme's `static/`.
    ThemeStatic(String),
}

impl Output {
    /// The site-relative path of the file.
    pub fn path(&self, site: &Site) -> String {
        match self {
            Output::Page(p) => p.path(site),
            Output::Sitemap => "sitemap.xml".into(),
            Output::SearchIndex => "search/index.js".into(),
            Output::CataloguePage(y) => format!("{}index.html", catalogue_dir(*y)),
            Output::CataloguePdf(y) => format!("{}catalogue.pdf", catalogue_dir(*y)),
            Output::ReportPage(y) => format!("{}index.html", report_dir(*y)),
            Output::ReportPdf(y) => format!("{}report.pdf", report_dir(*y)),
            Output::LabelsPdf(y) => format!("{}labels.pdf", catalogue_dir(*y)),
            Output::CertificatesPdf(y) => format!("{}certificates.pdf", catalogue_dir(*y)),
            Output::PortfolioPdf(p) => {
                format!("{}{PORTFOLIO_PDF}", author_dir(site, p.tongue, p.author))
            }
            Output::Copy { dest, .. } => dest.clone(),
            Output::PhotoCopy { photo, width } => site.photos.list[*photo].url(*width),
            Output::ThemeStatic(rel) => format!("static/{rel}"),
        }
    }

    /// The page, when the output is one made from a template.
    pub fn page(&self) -> Option<Page> {
        match self {
            Output::Page(p) => Some(*p),
            _ => None,
        }
    }

    /// The year, when the output is a catalogue's web page.
    pub fn catalogue_page(&self) -> Option<AcademicYear> {
        match self {
            Output::CataloguePage(y) => Some(*y),
            _ => None,
        }
    }

    /// Whose portfolio, in which language, when the output is a portfolio's PDF.
    pub fn portfolio(&self) -> Option<PortfolioOf> {
        match self {
            Output::PortfolioPdf(p) => Some(*p),
            _ => None,
        }
    }

    /// The file it is made from, when there is one a user wrote: an entry's or a
    /// page's Markdown, a copied file, a theme file that is not built in.
    pub fn source<'a>(&'a self, site: &'a Site, theme: &'a Theme) -> Option<&'a Path> {
        match self {
            Output::Page(Page::Entry(i)) => Some(&site.entries[*i].doc.source),
            Output::Page(Page::Static(i)) => Some(&site.pages[*i].doc.source),
            Output::Copy { source, .. } => Some(source),
            Output::PhotoCopy { photo, .. } => Some(&site.photos.list[*photo].source),
            Output::ThemeStatic(rel) => theme
                .file(&format!("static/{rel}"))
                .and_then(|f| f.path.as_deref()),
            _ => None,
        }
    }

    /// The template it is made with, if any.
    pub fn template(&self) -> Option<&'static str> {
        match self {
            Output::Page(p) => Some(p.template()),
            Output::Sitemap => Some("sitemap.xml"),
            Output::CataloguePage(_) => Some("catalogue.html"),
            Output::ReportPage(_) => Some("report.html"),
            _ => None,
        }
    }
}

/// The pages of the site made from templates, in the order the sitemap lists them:
/// each language's, the main one first.
pub fn pages(site: &Site) -> Vec<Page> {
    let size = site.config.page_size;
    let listing = |n: usize| 1..=page_count(n, size);
    let mut pages = Vec::new();
    for l in site.tongues.keys() {
        let ix = site.index_in(l);
        pages.extend(site_wide(l));
        if l == MAIN {
            pages.push(Page::Robots);
        }
        pages.extend(
            (site.entries.keys())
                .filter(|&i| site.entry_tongue(i) == l)
                .map(Page::Entry),
        );
        for (k, list) in ix.by_kind.iter_enumerated() {
            pages.extend(listing(list.len()).map(|p| Page::Kind(l, k, p)));
        }
        for (y, year) in ix.by_year.iter_enumerated() {
            pages.extend(listing(year.entries.len()).map(|p| Page::Year(l, y, p)));
        }
        for (d, list) in ix.by_department.iter_enumerated() {
            if !list.is_empty() {
                pages.extend(listing(list.len()).map(|p| Page::Department(l, d, p)));
            }
        }
        for (t, list) in ix.by_tag.iter_enumerated() {
            if !list.is_empty() {
                pages.extend(listing(list.len()).map(|p| Page::Tag(l, t, p)));
            }
        }
        pages.extend(
            (site.authors.keys())
                .filter(|&a| site.author_shown_in(l, a))
                .map(|a| Page::Author(l, a)),
        );
        pages.extend(
            (site.pages.keys())
                .filter(|&i| site.page_tongue(i) == l)
                .map(Page::Static),
        );
    }
    pages.extend(site.plans.keys().map(Page::Plan));
    pages.extend(site.redirects.keys().map(Page::Redirect));
    pages.extend(site.withdrawn.keys().map(Page::Withdrawn));
    pages
}

/// The years that get an exhibition catalogue: every year with entries, newest first.
pub fn catalogue_years(site: &Site) -> Vec<AcademicYear> {
    site.index.by_year.iter().map(|y| y.year).collect()
}

/// Whether `year` has an exhibit (an entry without `exhibit: false`).
pub fn has_exhibits(site: &Site, year: AcademicYear) -> bool {
    (site.index.year_index(year)).is_some_and(|y| {
        site.index.by_year[y]
            .entries
            .iter()
            .any(|&i| site.entries[i].exhibit)
    })
}

/// A year's PDFs: its catalogue, its report, and its exhibits' labels and
/// exhibitors' certificates when it has exhibits.
pub fn year_pdfs(site: &Site, year: AcademicYear) -> Vec<Output> {
    let mut pdfs = vec![Output::CataloguePdf(year), Output::ReportPdf(year)];
    if has_exhibits(site, year) {
        pdfs.push(Output::LabelsPdf(year));
        pdfs.push(Output::CertificatesPdf(year));
    }
    pdfs
}

/// A teacher's portfolio in one of the site's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PortfolioOf {
    /// The teacher.
    pub author: AuthorId,
    /// The language it is written in.
    pub tongue: LangId,
}

/// The portfolios' PDFs: one beside each author's page in each of the site's
/// languages where [`Site::has_portfolio`] says so.
pub fn portfolio_pdfs(site: &Site) -> Vec<Output> {
    (site.authors.keys())
        .flat_map(|author| {
            (site.tongues.keys())
                .filter(move |&tongue| site.has_portfolio(tongue, author))
                .map(move |tongue| Output::PortfolioPdf(PortfolioOf { author, tongue }))
        })
        .collect()
}

/// The files copied as they are, with their site-relative destinations.
pub fn copies(site: &Site) -> Vec<Output> {
    site.copied_files()
        .into_iter()
        .map(|a| Output::Copy {
            source: a.source,
            dest: a.dest,
        })
        .collect()
}

/// The copies of the site's photos.
pub fn photo_copies(site: &Site) -> Vec<Output> {
    site.photos
        .list
        .iter_enumerated()
        .flat_map(|(photo, p)| {
            p.probe
                .widths()
                .into_iter()
                .map(move |width| Output::PhotoCopy { photo, width })
        })
        .collect()
}

/// Every output of a build, in the order a build makes them: pages, the sitemap and
/// the search index, the catalogue pages, the copied files and the theme's static
/// files, then the catalogue PDFs (the slowest, so that nothing waits for them).
pub fn all(site: &Site, theme: &Theme) -> Vec<Output> {
    let years = catalogue_years(site);
    let mut out: Vec<Output> = pages(site).into_iter().map(Output::Page).collect();
    out.push(Output::Sitemap);
    out.push(Output::SearchIndex);
    out.extend(years.iter().map(|&y| Output::CataloguePage(y)));
    out.extend(years.iter().map(|&y| Output::ReportPage(y)));
    out.extend(copies(site));
    out.extend(photo_copies(site));
    out.extend(
        theme
            .statics()
            .map(|(rel, _)| Output::ThemeStatic(rel.to_string())),
    );
    out.extend(years.iter().flat_map(|&y| year_pdfs(site, y)));
    out.extend(portfolio_pdfs(site));
    out
}

/// The sitemap's pages: each page's site-relative folder, and its date when known.
pub fn sitemap_pages(site: &Site, outputs: &[Output]) -> Vec<SitemapPage> {
    let folder = |p: String| match p.strip_suffix("index.html") {
        Some(d) => d.to_string(),
        None => p,
    };
    outputs
        .iter()
        .filter_map(|o| match o {
            Output::Page(p) if p.in_sitemap() => {
                let lastmod = match p {
                    Page::Entry(i) => Some(site.entries[*i].last_change().to_string()),
                    Page::Static(i) => site.pages[*i].doc.updated.map(|d| d.to_string()),
                    _ => None,
                };
                let alternates = crate::render::alternates::alternates(site, *p);
                Some(SitemapPage {
                    dir: folder(p.path(site)),
                    lastmod,
                    alternates: if alternates.len() > 1 {
                        alternates
                    } else {
                        Vec::new()
                    },
                })
            }
            Output::CataloguePage(y) => Some(SitemapPage {
                dir: catalogue_dir(*y),
                lastmod: None,
                alternates: Vec::new(),
            }),
            Output::ReportPage(y) => Some(SitemapPage {
                dir: report_dir(*y),
                lastmod: None,
                alternates: Vec::new(),
            }),
            _ => None,
        })
        .collect()
}

/// Whether `o` is the page of an entry or of a page of the site, whose address
/// [`crate::site`] checks against the others' when it reads them.
fn is_document_page(o: &Output) -> bool {
    matches!(o, Output::Page(Page::Entry(_) | Page::Static(_)))
}

/// The file each of `outputs` makes, in their order (worked out in parallel: a site
/// has as many as it has pages).
pub fn paths(site: &Site, outputs: &[Output]) -> Vec<String> {
    outputs.par_iter().map(|o| o.path(site)).collect()
}

/// Problems with where the outputs go (`paths`, from [`paths`]): a path that would
/// leave the output folder, a file among the search index's shards and texts
/// (whose names are known only when the index is made), and two outputs
/// written to one file (a stray
/// `content/index.html` over the home page, `content/static/a.css` over the
/// theme's) — found before anything is written, each naming the files involved.
pub fn check_paths(
    site: &Site,
    theme: &Theme,
    outputs: &[Output],
    paths: &[String],
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut owner: PathMap<&str, &Output> =
        PathMap::with_capacity_and_hasher(outputs.len(), Default::default());
    // An old address's page comes from its line in published.yaml.
    let old_address = |o: &Output| match o {
        Output::Page(Page::Redirect(r)) => Some(site.redirects[*r].address.as_str()),
        Output::Page(Page::Withdrawn(w)) => Some(site.withdrawn[*w].address.as_str()),
        _ => None,
    };
    let name = |o: &Output| match (o.source(site, theme), old_address(o)) {
        (Some(p), _) => crate::messages::arg(
            p.strip_prefix(&site.config.root)
                .unwrap_or(p)
                .display()
                .to_string(),
        ),
        (None, Some(a)) => crate::messages::arg(site.record.line_ref(a)),
        (None, None) => {
            crate::messages::arg(t!("pipeline-output-page-ozyq-makes", path = o.path(site)))
        }
    };
    let root = &site.config.root;
    let at = |o: &Output| match old_address(o) {
        Some(a) => site.record.location(root, a),
        None => Location::file(o.source(site, theme).unwrap_or(root)),
    };
    for (o, path) in outputs.iter().zip(paths) {
        if !crate::paths::is_site_relative(path) {
            diags.push(
                Diagnostic::error(
                    at(o),
                    t!(
                        "pipeline-output-address-not-path-inside",
                        path = path.to_string()
                    ),
                )
                .with_hint(t!("pipeline-output-give-file-name-letters-hint")),
            );
            continue;
        }
        if *o != Output::SearchIndex && crate::search::owns(path) {
            diags.push(
                Diagnostic::error(
                    at(o),
                    t!(
                        "pipeline-output-would-written-among-search",
                        o = name(o),
                        path = path.to_string()
                    ),
                )
                .with_hint(t!("pipeline-output-search-s-search-t-hint")),
            );
            continue;
        }
        if let Some(first) = owner.get(path.as_str()) {
            if is_document_page(o) && is_document_page(first) {
                // Two documents with one address: the site's model says so, once.
                continue;
            }
            // Report it at the user's file: the generated page cannot be renamed.
            let (mine, other) = if o.source(site, theme).is_some() {
                (o, *first)
            } else {
                (*first, o)
            };
            let folder = path.strip_suffix("index.html").unwrap_or("");
            if is_document_page(mine) && crate::site::load::is_ozyq_folder(&site.config, folder) {
                // The site's model said so, with the hint to give it a slug.
                continue;
            }
            diags.push(
                Diagnostic::error(
                    at(mine),
                    t!(
                        "pipeline-output-would-both-written",
                        mine = name(mine),
                        other = name(other),
                        path = path.to_string()
                    ),
                )
                .with_hint(t!("pipeline-output-rename-move-one-them-hint")),
            );
            continue;
        }
        owner.insert(path, o);
    }
    diags
}

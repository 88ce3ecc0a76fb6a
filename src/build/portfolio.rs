//! `ozyq portfolio AUTHOR [--years 2023-2026]`: one teacher's portfolio as a PDF,
//! for attestation, over the academic years asked for (all by default).

use crate::t;
use std::path::{Path, PathBuf};

use crate::catalogue::layout::Layouts;
use crate::catalogue::{Lookup, PdfWork, pdf};
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::lang::Lang;
use crate::lang::fold::fold;
use crate::lang::slug::slugify;
use crate::pipeline::output::PortfolioOf;
use crate::pipeline::{self, Loaded, Output};
use crate::portfolio::Portfolio;
use crate::site::portfolio::{YearSpan, works};
use crate::site::resolve::{Picked, pick};
use crate::site::{AuthorId, LangId, Site};

use super::absolute;
use super::catalogue::{failed, removed_by_build, write_pdf};

/// What `ozyq portfolio` made.
#[derive(Debug)]
pub struct PortfolioReport {
    /// Where the PDF was written.
    pub pdf: PathBuf,
    /// The PDF is in `output/` but is not the one a build makes (some years'
    /// portfolio): the next `ozyq build` removes it.
    pub removed_by_build: bool,
    /// The teacher's name.
    pub name: String,
    /// How many works it shows.
    pub works: usize,
}

/// The cache variant of portfolios made on the command line: the build's
/// portfolios are pruned without them.
const VARIANT: &str = "portfolio-command";

/// Makes the portfolio of `author` (an id or a full name) over `years` (like
/// `2023-2026`; every year when `None`), in `lang` (one of the site's languages;
/// its main one when `None`). The PDF goes to `output` when given, else to
/// the author's folder, `output/authors/<id>/` (in another language, under its
/// folder: `output/ru/authors/<id>/`): `portfolio.pdf` (what a build makes too)
/// or, for some years, `portfolio-2023-2026.pdf`.
pub fn portfolio(
    root: &Path,
    author: &str,
    years: Option<&str>,
    lang: Option<Lang>,
    output: Option<&Path>,
) -> Result<PortfolioReport, Diagnostics> {
    let root = absolute(root);
    let mut diags = Diagnostics::new();
    let span = years.map(|y| {
        YearSpan::parse(y).ok_or_else(|| {
            Diagnostic::error(
                Location::command_line(),
                t!("build-portfolio-not-span-academic-years", y = y.to_string()),
            )
            .with_hint(t!("build-portfolio-write-like-three-academic-hint"))
        })
    });
    let span = match span.transpose() {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            None
        }
    };
    let hint = t!("build-portfolio-name-new-pdf-file-hint");
    diags.extend(super::check_pdf_target(&root, output, hint));
    if diags.has_errors() {
        return failed(&root, diags);
    }
    let (loaded, found) = pipeline::load(&root, false);
    diags.extend(found);
    let Some(Loaded { look, site }) = loaded.filter(|_| !diags.has_errors()) else {
        return failed(&root, diags);
    };
    // The site's warnings are `ozyq build`'s to say: a portfolio asked for
    // wrongly is told only what stops it, as a portfolio made is told none.
    let mut diags = Diagnostics::new();
    let lang = lang.unwrap_or(site.config.language);
    let tongue = published_in(&site, lang).map_err(|d| diags.push(d)).ok();
    let a = find_author(&site, author).map_err(|d| diags.push(d)).ok();
    let (Some(a), Some(tongue)) = (a, tongue) else {
        return failed(&root, diags);
    };
    if let Err(d) = with_works(&site, a, tongue, span) {
        diags.push(d);
        return failed(&root, diags);
    }
    let n = usize::from(tongue);
    let p = Portfolio {
        site: &site,
        strings: n.checked_sub(1).map_or(&look.strings, |n| &look.others[n]),
        tongue,
        author: a,
        span,
    };
    let layouts = Layouts::of(&look.theme);
    let markup = p
        .markup(&layouts)
        .expect("the author has works in the span");
    let cache = pdf::Cache::in_site(&root);
    let made = match PdfWork::of_markup(markup, VARIANT, Some(&cache)) {
        Lookup::Cached { path, .. } => pdf::Cache::read(&path),
        Lookup::Compile(work) => work.compile(Some(&cache)).map(|made| made.bytes),
    };
    let bytes = match made {
        Ok(bytes) => bytes,
        Err(e) => {
            let name = pipeline::make::portfolio_name(&site, a);
            diags.push(pipeline::make::pdf_error(&site, &name, &e));
            return failed(&root, diags);
        }
    };
    let own = Output::PortfolioPdf(PortfolioOf { author: a, tongue }).path(&site);
    // What the build makes is `portfolio.pdf` beside the author's page in each
    // language; other years are named so beside it.
    let suffix: String = span.map(|s| format!("-{}", s.slug())).unwrap_or_default();
    let pdf_path = match output {
        Some(o) => absolute(o),
        None => (root.join("output"))
            .join(own.replace("portfolio.pdf", &format!("portfolio{suffix}.pdf"))),
    };
    if let Err(d) = write_pdf(&pdf_path, &bytes) {
        diags.push(d);
        return failed(&root, diags);
    }
    Ok(PortfolioReport {
        removed_by_build: removed_by_build(&root, &pdf_path, &own),
        pdf: pdf_path,
        name: site.authors[a].name.clone(),
        works: p.works().len(),
    })
}

/// The author `wanted` names: their id, their full name in any case, or some
/// words of it (a surname and a first name) that only one author's name has.
fn find_author(site: &Site, wanted: &str) -> Result<AuthorId, Diagnostic> {
    let wanted = wanted.trim();
    let named: Vec<AuthorId> = match pick(
        wanted,
        site.authors.iter_enumerated(),
        |(_, a)| a.id.as_str(),
        |(_, a)| a.all_names(),
    ) {
        Picked::Whole((i, _)) => return Ok(i),
        Picked::Named(named) => named.into_iter().map(|(i, _)| i).collect(),
    };
    match named[..] {
        [one] => Ok(one),
        [] => {
            let ids = || site.authors.iter().map(|a| a.id.as_str());
            // An id typed in Cyrillic (абенова-г) is near its Latin spelling.
            let near = crate::diagnostics::nearest(wanted, ids())
                .or_else(|| crate::diagnostics::nearest(&slugify(wanted), ids()))
                .map(str::to_string)
                .or_else(|| name_like(site, wanted));
            let hint = match near {
                Some(n) => t!("build-portfolio-did-you-mean-author-hint", name = n),
                None => t!("build-portfolio-name-author-hint"),
            };
            Err(Diagnostic::error(
                Location::command_line(),
                t!(
                    "build-portfolio-there-no-author",
                    wanted = wanted.to_string()
                ),
            )
            .with_hint(hint))
        }
        _ => {
            let who: Vec<String> = (named.iter())
                .map(|&i| format!("{} ({})", site.authors[i].name, site.authors[i].id))
                .collect();
            Err(Diagnostic::error(
                Location::command_line(),
                t!(
                    "build-portfolio-several-authors",
                    wanted = wanted.to_string()
                ),
            )
            .with_hint(t!(
                "build-portfolio-which-author-hint",
                who = who.join(", ")
            )))
        }
    }
}

/// Which of the site's languages `lang` is; the error listing them when it is
/// none.
fn published_in(site: &Site, lang: Lang) -> Result<LangId, Diagnostic> {
    if let Some((l, _)) = site.tongues.iter_enumerated().find(|(_, t)| t.lang == lang) {
        return Ok(l);
    }
    let list: Vec<&str> = site.tongues.iter().map(|t| t.lang.code()).collect();
    Err(Diagnostic::error(
        Location::command_line(),
        t!("build-portfolio-language-not-published", lang = lang.code()),
    )
    .with_hint(t!(
        "build-portfolio-language-not-published-hint",
        list = list.join(", ")
    )))
}

/// Nothing when `a` has works in `span` on their page in language `l`; else the
/// error saying in which years, or in which languages, they have some.
fn with_works(
    site: &Site,
    a: AuthorId,
    l: LangId,
    span: Option<YearSpan>,
) -> Result<(), Diagnostic> {
    if site.is_guest(a) {
        return Err(Diagnostic::error(
            Location::command_line(),
            t!(
                "build-portfolio-guest",
                name = site.authors[a].name.as_str()
            ),
        )
        .with_hint(t!("build-portfolio-guest-hint")));
    }
    if !works(site, l, a, span).is_empty() {
        return Ok(());
    }
    let name = &site.authors[a].name;
    // A site that hides untranslated works lists in each language only those
    // written in it: with none in this one, say where they are.
    let elsewhere = (site.tongues.iter_enumerated())
        .find(|&(t, _)| !works(site, t, a, None).is_empty())
        .map(|(_, t)| t.lang.code());
    if let Some(other) = elsewhere.filter(|_| works(site, l, a, None).is_empty()) {
        let lang = site.tongues[l].lang.code();
        return Err(Diagnostic::error(
            Location::command_line(),
            t!(
                "build-portfolio-no-works-in-language",
                name = name.as_str(),
                lang = lang
            ),
        )
        .with_hint(t!(
            "build-portfolio-no-works-in-language-hint",
            list = other
        )));
    }
    let mut years: Vec<String> = works(site, l, a, None)
        .iter()
        .map(|&i| site.entries[i].year.slug())
        .collect();
    years.dedup();
    let name = name.as_str();
    let (what, hint) = match span {
        Some(s) if !years.is_empty() => (
            t!(
                "build-portfolio-no-works-in-years",
                name = name,
                years = s.label(),
                count = if s.first == s.last { 1 } else { 2 }
            ),
            t!(
                "build-portfolio-works-are-in-hint",
                years = years.join(", ")
            ),
        ),
        _ => (
            t!("build-portfolio-no-works", name = name),
            t!("build-portfolio-entry-counts-hint"),
        ),
    };
    Err(Diagnostic::error(Location::command_line(), what).with_hint(hint))
}

/// The one author whose name has a word near each word of `wanted`, which
/// has no error other than a letter or so («абенва гульнар» for Абенова Гульнар
/// Сериковна), as `Name (id)`.
fn name_like(site: &Site, wanted: &str) -> Option<String> {
    let folded = fold(&wanted.to_lowercase());
    let words: Vec<&str> = folded.split_whitespace().collect();
    let near = |w: &str, n: &str| strsim::damerau_levenshtein(w, n) <= 1.max(n.chars().count() / 4);
    let mut found = (site.authors.iter()).filter(|a| {
        a.all_names().any(|n| {
            let n = fold(&n.to_lowercase());
            let own: Vec<&str> = n.split_whitespace().collect();
            !words.is_empty() && words.iter().all(|w| own.iter().any(|o| near(w, o)))
        })
    });
    let one = found.next()?;
    found
        .next()
        .is_none()
        .then(|| format!("{} ({})", one.name, one.id))
}

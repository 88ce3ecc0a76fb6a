//! The second half of a round, after browsers reloaded: pages affected only through
//! site-wide values, the sitemap, the search index and the catalogues, whose PDFs
//! the engine compiles itself or leaves to its caller.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::catalogue::pdf::PdfError;
use crate::diagnostics::{Diagnostic, Severity};
use crate::lang::dates::AcademicYear;
use crate::pipeline::output::{PortfolioOf, portfolio_pdfs, year_pdfs};
use crate::pipeline::{Look, Output, PdfJob, Pdfs, make};
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::render::prepared::Prepared;
use crate::site::{EntryId, Site};
use rayon::prelude::*;

use super::files::{Writer, record, remove_file_and_empty_parents};
use super::{Engine, Round};

/// What the second half of a round has to do.
pub(super) struct Later<'a> {
    /// The pages to make.
    pub(super) pages: &'a [Page],
    /// Every output of the site, for the sitemap.
    pub(super) outputs: &'a [Output],
    /// Whether to make the sitemap (the pages may have changed).
    pub(super) sitemap: bool,
    /// The years whose catalogues may have changed; `None` for all.
    pub(super) catalogues: Option<Vec<AcademicYear>>,
}

impl Engine {
    /// Leaves the catalogue PDFs that are not in the cache to the caller, who takes
    /// them with [`Engine::take_pdf_work`] and hands the results to
    /// [`Engine::accept_pdf`]: a large year takes seconds.
    pub fn defer_pdfs(&mut self) {
        self.defer_pdfs = true;
    }

    /// The PDFs the last rounds left to compile, with their site-relative paths.
    pub fn take_pdf_work(&mut self) -> Vec<PdfJob> {
        std::mem::take(&mut self.pdf_work)
    }

    /// Takes a PDF compiled in the background: written if it is still the one the
    /// site needs (nothing it shows changed since, and its year still exists);
    /// returns whether the file changed, or the failure as a diagnostic.
    pub fn accept_pdf(
        &mut self,
        rel: &str,
        key: &str,
        compiled: Result<&[u8], &PdfError>,
    ) -> Result<bool, Vec<Diagnostic>> {
        if self.pdf_wanted.get(rel).is_none_or(|k| k != key) {
            return Ok(false);
        }
        self.pdf_wanted.remove(rel);
        let Some(site) = self.state.site() else {
            return Ok(false);
        };
        let year = (site.index.by_year.iter().map(|y| y.year))
            .find(|&y| year_pdfs(site, y).iter().any(|o| o.path(site) == rel));
        let name = match year {
            Some(year) => make::pdf_name(rel, year),
            None => match (portfolio_pdfs(site).iter())
                .find(|o| o.path(site) == rel)
                .and_then(Output::portfolio)
            {
                Some(of) => make::portfolio_name(site, of.author),
                None => return Ok(false),
            },
        };
        let bytes = match compiled {
            Ok(b) => b,
            Err(e) => {
                let d = make::pdf_error(site, &name, e);
                return Err(self.relative(vec![d]));
            }
        };
        let writer = Writer::new(&self.files, &self.out);
        if let Err(d) = crate::pipeline::Sink::write(&writer, rel, bytes) {
            return Err(self.relative(vec![d]));
        }
        let made = writer.into_made();
        let mut round = Round::default();
        record(&mut self.files, &mut self.failed, &mut round, made);
        Ok(!round.changed.is_empty())
    }

    /// Writes the search index from what it keeps of each entry: of the entries
    /// rendered this round, from their pages; of the others, from earlier rounds,
    /// or read now for entries no round has rendered. Returns the index's files
    /// it no longer has.
    fn write_index(
        &mut self,
        site: &Site,
        renderer: &mut Renderer,
        round: &mut Round,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<String> {
        self.take_search_docs(site, renderer);
        let live: crate::paths::PathSet<&PathBuf> =
            site.entries.iter().map(|e| &e.doc.source).collect();
        self.search_docs.retain(|p, _| live.contains(p));
        if std::mem::take(&mut self.unindexed) {
            let missing: Vec<EntryId> = (site.entries.iter_enumerated())
                .filter(|(_, e)| !self.search_docs.contains_key(&e.doc.source))
                .map(|(i, _)| i)
                .collect();
            let r = &*renderer;
            missing
                .par_iter()
                .for_each(|&i| r.of_page(Page::Entry(i)).index_only(i));
            self.take_search_docs(site, renderer);
        }
        let docs: Vec<Option<&crate::search::SearchDoc>> = site
            .entries
            .iter()
            .map(|e| self.search_docs.get(&e.doc.source))
            .collect();
        let writer = Writer::new(&self.files, &self.out);
        let (search_errors, written) = make::search_index(renderer, &docs, &writer);
        errors.extend(search_errors);
        let made = writer.into_made();
        let written: HashSet<String> = written.into_iter().collect();
        if self.search_files.is_empty() {
            // The first index of this serve rendered every entry: keep their
            // compressed bodies for the next build (later rounds render a few).
            self.search.save(&self.root);
        }
        let stale: Vec<String> = self.search_files.difference(&written).cloned().collect();
        self.search_files = written;
        record(&mut self.files, &mut self.failed, round, made);
        stale
    }

    /// Keeps what the index keeps of the entries `renderer` rendered.
    fn take_search_docs(&mut self, site: &Site, renderer: &mut Renderer) {
        for (i, doc) in renderer.search_docs().into_iter_enumerated() {
            if let Some(d) = doc {
                self.search_docs
                    .insert(site.entries[i].doc.source.clone(), d);
            }
        }
    }

    /// The second half of a round, after browsers reloaded: the pages affected only
    /// through site-wide values, the sitemap, the search index and the catalogues.
    pub(super) fn after_reload(
        &mut self,
        site: &Site,
        mut renderer: Renderer,
        look: &Look,
        later: Later,
        round: &mut Round,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<Prepared> {
        let phase = super::phases();
        let writer = Writer::new(&self.files, &self.out);
        errors.extend(make::pages(&renderer, &look.theme, later.pages, &writer));
        round.rendered += later.pages.len();
        if later.sitemap {
            errors.extend(make::sitemap(
                &renderer,
                &look.theme,
                later.outputs,
                &writer,
            ));
        }
        let made = writer.into_made();
        record(&mut self.files, &mut self.failed, round, made);
        phase("after: slow pages");
        // A page that cannot be made is an error that a build would stop at: the
        // search index and the PDFs stay as the last good round made them.
        if errors.iter().any(Diagnostic::is_error) {
            // What the pages made read is kept for the next good round.
            self.take_search_docs(site, &mut renderer);
            return renderer.into_prepared();
        }
        // A round whose renderer feeds no index kept the built site's (see `seed`).
        let stale = if renderer.search.is_some() {
            self.write_index(site, &mut renderer, round, errors)
        } else {
            Vec::new()
        };
        phase("after: search index");
        let writer = Writer::new(&self.files, &self.out);
        // The exhibition catalogues: a year's PDF comes from .ozyq-cache/ unless
        // something it shows changed; what must be compiled is compiled now, or
        // handed to whoever runs the engine (`ozyq serve` does it in the background).
        let years: Vec<AcademicYear> = match &later.catalogues {
            Some(only) => only.clone(),
            None => crate::pipeline::output::catalogue_years(site),
        };
        let mode = if self.defer_pdfs {
            Pdfs::Later
        } else {
            Pdfs::Now
        };
        let mut catalogue_diags = Vec::new();
        let mut work = make::catalogues(
            &renderer,
            &look.theme,
            &years,
            mode,
            &writer,
            &mut catalogue_diags,
        );
        // Portfolios: each is looked up by what it shows, so only those whose
        // works changed are compiled again.
        let portfolios = portfolio_pdfs(site);
        let authors: Vec<PortfolioOf> = portfolios.iter().filter_map(Output::portfolio).collect();
        work.extend(make::portfolios(
            &renderer,
            &look.theme,
            &authors,
            mode,
            &writer,
            &mut catalogue_diags,
        ));
        let pdfs = years.iter().flat_map(|&y| year_pdfs(site, y));
        for rel in pdfs.chain(portfolios).map(|o| o.path(site)) {
            match work.iter().find(|j| j.path == rel) {
                // Still waiting for the same PDF: no need to compile it again.
                Some(j) if self.pdf_wanted.get(&rel) == Some(&j.work.key) => {}
                Some(j) => {
                    self.pdf_wanted.insert(rel, j.work.key.clone());
                    self.pdf_work.push(j.clone());
                }
                // A year that is back to a cached PDF no longer waits for a compilation.
                None => {
                    self.pdf_wanted.remove(&rel);
                }
            }
        }
        errors.extend(
            catalogue_diags
                .into_iter()
                .filter(|d| d.severity == Severity::Error),
        );
        phase("after: catalogues");
        let made = writer.into_made();
        record(&mut self.files, &mut self.failed, round, made);
        // Shards and texts the index no longer has.
        for rel in stale {
            remove_file_and_empty_parents(&self.out, &rel);
            self.files.remove(&rel);
            round.changed.push(rel);
        }
        renderer.into_prepared()
    }
}

//! The second half of a round, after browsers reloaded: pages affected only through
//! site-wide values, the search index and the catalogues, whose PDFs the engine
//! compiles itself or leaves to its caller.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::catalogue::{PdfMode, PdfWork, make_all};
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::dates::AcademicYear;
use crate::render::context::Renderer;
use crate::render::jobs::Job;
use crate::render::prepared::Prepared;
use crate::site::Site;

use super::files::{record, render, write_if_changed};
use super::look::Look;
use super::{Engine, Round};

/// What the second half of a round has to do.
pub(super) struct Later<'a> {
    /// The round's jobs and their output paths.
    pub(super) jobs: (&'a [Job], &'a [String]),
    /// Which of them to render now.
    pub(super) slow: &'a [usize],
    /// The entries whose pages were rendered in the round, for the search index.
    pub(super) rendered_texts: Mutex<Vec<usize>>,
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
    pub fn take_pdf_work(&mut self) -> Vec<(String, PdfWork)> {
        std::mem::take(&mut self.pdf_work)
    }

    /// Takes a PDF compiled in the background: written if it is still the one the
    /// site needs (nothing it shows changed since, and its year still exists);
    /// returns whether the file changed, or the failure as a diagnostic.
    pub fn accept_pdf(
        &mut self,
        rel: &str,
        key: &str,
        compiled: Result<&[u8], &str>,
    ) -> Result<bool, Vec<Diagnostic>> {
        if self.pdf_wanted.get(rel).is_none_or(|k| k != key) {
            return Ok(false);
        }
        self.pdf_wanted.remove(rel);
        let Some(site) = &self.site else {
            return Ok(false);
        };
        if !crate::catalogue::output_paths(site)
            .iter()
            .any(|p| p == rel)
        {
            return Ok(false);
        }
        let bytes = match compiled {
            Ok(b) => b,
            Err(msg) => {
                let d = Diagnostic::error(
                    Location::file(site.config.content_dir().join("catalogue")),
                    format!("cannot make {rel}: {msg}"),
                );
                return Err(self.relative(vec![d]));
            }
        };
        let mut writes = Vec::new();
        let mut errors = Vec::new();
        write_if_changed(
            (&self.files, &self.out),
            rel,
            bytes,
            &mut writes,
            &mut errors,
        );
        if !errors.is_empty() {
            return Err(self.relative(errors));
        }
        let mut round = Round::default();
        record(&mut self.files, &mut self.failed, &mut round, writes);
        Ok(!round.changed.is_empty())
    }

    /// The second half of a round, after browsers reloaded: the pages affected only
    /// through site-wide values, the search index and the catalogues.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn after_reload(
        &mut self,
        site: &Site,
        mut renderer: Renderer,
        look: &Look,
        later: Later,
        round: &mut Round,
        errors: &mut Vec<Diagnostic>,
    ) -> Prepared {
        let Later {
            jobs: (jobs, paths),
            slow,
            rendered_texts,
            catalogues,
        } = later;
        let phase = super::phases();
        let (w, errs) = render(
            &self.files,
            &self.out,
            &renderer,
            &look.theme,
            (jobs, paths),
            slow,
            &rendered_texts,
        );
        round.rendered += slow.len();
        let mut writes = w;
        errors.extend(errs);
        // Texts of the entries rendered, for the search index.
        let texts = renderer.entry_texts();
        for i in rendered_texts.into_inner().expect("no panics") {
            self.texts
                .insert(site.entries[i].doc.source.clone(), texts[i].clone());
        }
        let live: HashSet<&PathBuf> = site.entries.iter().map(|e| &e.doc.source).collect();
        self.texts.retain(|p, _| live.contains(p));
        let body_texts: Vec<String> = site
            .entries
            .iter()
            .map(|e| self.texts.get(&e.doc.source).cloned().unwrap_or_default())
            .collect();
        phase("after: slow pages");
        let js = crate::search::index_js(site, &body_texts, &look.strings);
        let out = (&self.files, self.out.as_path());
        write_if_changed(out, "search/index.js", js.as_bytes(), &mut writes, errors);
        // The exhibition catalogues: a year's PDF comes from .ozyq-cache/ unless
        // something it shows changed; what must be compiled is compiled now, or
        // handed to whoever runs the engine (`ozyq serve` does it in the background).
        phase("after: search index");
        let mut catalogue_diags = Vec::new();
        let mode = if self.defer_pdfs {
            PdfMode::Later
        } else {
            PdfMode::Now
        };
        let (made, to_compile) = match &catalogues {
            Some(years) if years.is_empty() => Default::default(),
            only => make_all(
                &renderer,
                &look.theme,
                mode,
                only.as_deref(),
                &mut catalogue_diags,
            ),
        };
        for (rel, bytes) in made {
            // A year that is back to a cached PDF no longer waits for a compilation.
            self.pdf_wanted.remove(&rel);
            write_if_changed(out, &rel, &bytes, &mut writes, errors);
        }
        for (rel, work) in to_compile {
            if self.pdf_wanted.get(&rel) != Some(&work.key) {
                self.pdf_wanted.insert(rel.clone(), work.key.clone());
                self.pdf_work.push((rel, work));
            }
        }
        errors.extend(
            catalogue_diags
                .into_iter()
                .filter(|d| d.severity == crate::diagnostics::Severity::Error),
        );
        phase("after: catalogues");
        record(&mut self.files, &mut self.failed, round, writes);
        renderer.into_prepared()
    }
}

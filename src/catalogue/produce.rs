//! Making a catalogue's PDF: its markup and cache key first (quick), the Typst
//! compilation second (seconds for a large year), so that `ozyq serve` can do the
//! second part in the background.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::messages::Text;
use crate::t;

use super::layout::Layouts;
use super::typst::{self, Markup, Paper};
use super::{Catalogue, PdfOptions, booklet, pdf};

/// A produced PDF and how it was made.
#[derive(Debug, Clone)]
pub struct Produced {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Whether it came from the cache unchanged.
    pub cached: bool,
    /// How long looking it up and compiling it took.
    pub elapsed: Duration,
    /// Set when a cover or the logo could not be used and was left out, or
    /// Typst warned.
    pub warning: Option<Text>,
    /// Its key in the cache.
    pub key: String,
}

/// Everything a PDF is compiled from; it owns its data, so it can be compiled on
/// another thread.
#[derive(Debug, Clone)]
pub struct PdfWork {
    /// The key the PDF is cached under.
    pub key: String,
    markup: Markup,
    /// The markup without covers and logo, for when Typst cannot read an image.
    plain: Option<Markup>,
    booklet: bool,
}

/// A catalogue's PDF found in the cache, or what to compile it from.
pub enum Lookup {
    /// The PDF was in the cache. Only its path is kept: a build copies many
    /// cached PDFs, and holding all their bytes at once would cost hundreds of MB.
    Cached {
        /// Its key in the cache.
        key: String,
        /// The cached file.
        path: PathBuf,
    },
    /// The PDF must be compiled from this.
    Compile(PdfWork),
}

impl PdfWork {
    /// Makes the markup of `cat` and looks its PDF up in `cache`; a booklet is laid
    /// out on A5 whatever `opts.paper` says.
    pub fn lookup(
        cat: &Catalogue,
        layouts: &Layouts,
        opts: PdfOptions,
        cache: Option<&pdf::Cache>,
    ) -> Lookup {
        let paper = if opts.booklet { Paper::A5 } else { opts.paper };
        let markup = typst::markup(cat, layouts, paper, true);
        let key = pdf::Cache::key(&markup, &opts.variant());
        if let Some(path) = cache.and_then(|c| c.find(&key)) {
            return Lookup::Cached { key, path };
        }
        let images = markup.files.iter().any(|f| !f.path.starts_with("/qr/"));
        Lookup::Compile(PdfWork {
            key,
            plain: images.then(|| typst::markup(cat, layouts, paper, false)),
            markup,
            booklet: opts.booklet,
        })
    }

    /// Looks up the PDF of any `markup` (the yearly report's) in `cache`, under
    /// `variant`; it has no images to leave out and is not imposed.
    pub fn of_markup(markup: Markup, variant: &str, cache: Option<&pdf::Cache>) -> Lookup {
        let key = pdf::Cache::key(&markup, variant);
        match cache.and_then(|c| c.find(&key)) {
            Some(path) => Lookup::Cached { key, path },
            None => Lookup::Compile(PdfWork {
                key,
                markup,
                plain: None,
                booklet: false,
            }),
        }
    }

    /// Compiles the PDF and keeps it in `cache`.
    pub fn compile(self, cache: Option<&pdf::Cache>) -> Result<Produced, pdf::PdfError> {
        let start = Instant::now();
        let mut left_out = None;
        let mut out = match pdf::compile(&self.markup) {
            Ok(out) => out,
            Err(e) => {
                // A cover or the logo that Typst cannot read must not cost the catalogue.
                let Some(plain) = &self.plain else {
                    return Err(e);
                };
                let out = pdf::compile(plain).map_err(|_| e.clone())?;
                left_out = Some(e.to_string());
                out
            }
        };
        // Typst's own warnings are given in its words.
        let typst = (!out.warnings.is_empty()).then(|| out.warnings.join("; "));
        let warning = match (left_out, typst) {
            (Some(error), Some(w)) => Some(t!(
                "catalogue-covers-left-out-and",
                error = error,
                warnings = w
            )),
            (Some(error), None) => Some(t!("catalogue-covers-left-out", error = error)),
            (None, Some(w)) => Some(t!("catalogue-pdf-warnings", warnings = w)),
            (None, None) => None,
        };
        if self.booklet {
            out = booklet::impose(&out)?;
        }
        if let Some(c) = cache {
            c.put(&self.key, &out.bytes);
        }
        Ok(Produced {
            bytes: out.bytes,
            cached: false,
            elapsed: start.elapsed(),
            warning,
            key: self.key,
        })
    }
}

/// Makes (or takes from the cache) the PDF of a catalogue.
pub fn produce(
    cat: &Catalogue,
    layouts: &Layouts,
    opts: PdfOptions,
    cache: Option<&pdf::Cache>,
) -> Result<Produced, pdf::PdfError> {
    let start = Instant::now();
    match PdfWork::lookup(cat, layouts, opts, cache) {
        Lookup::Cached { key, path } => Ok(Produced {
            bytes: pdf::Cache::read(&path)?,
            cached: true,
            elapsed: start.elapsed(),
            warning: None,
            key,
        }),
        Lookup::Compile(work) => {
            let mut p = work.compile(cache)?;
            p.elapsed = start.elapsed();
            Ok(p)
        }
    }
}

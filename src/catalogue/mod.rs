//! The yearly exhibition catalogue («Әдістемелік көрме каталогы»): a web page and a
//! PDF for each academic year, made from the site model.
//!
//! [`model`] decides what is in a year's catalogue (the exhibits, their numbers, the
//! figures, the author index); [`web`] makes the context of `catalogue.html`;
//! [`typst`] writes the catalogue as Typst markup; [`pdf`] compiles it with the
//! bundled fonts and keeps the result in `.ozyq-cache/`; [`booklet`] imposes the A5
//! pages for saddle-stitch printing; [`labels`] lays out the exhibits' labels.

pub mod booklet;
pub mod labels;
pub mod model;
pub mod pdf;
pub mod produce;
pub mod typst;
pub mod web;

pub use model::Catalogue;
pub use produce::{Lookup, PdfWork, Produced, produce};
pub use typst::Paper;

use crate::diagnostics::{Diagnostic, Location};

/// How to lay out a catalogue's PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PdfOptions {
    /// The page size.
    pub paper: Paper,
    /// Impose the A5 pages two per A4 sheet in folding order (A5 only).
    pub booklet: bool,
}

impl PdfOptions {
    /// A name for these options, like `a5` or `a5-booklet`: cached PDFs are keyed
    /// and pruned by it.
    pub fn variant(self) -> String {
        format!(
            "{}{}",
            self.paper.id(),
            if self.booklet { "-booklet" } else { "" }
        )
    }
}

/// The paper of `config.yaml`'s `catalogue.paper`, A5 when it is not set; an unknown
/// paper is an error located at the setting.
pub fn configured_paper(config: &crate::config::Config) -> Result<Paper, Diagnostic> {
    match config.catalogue.paper.as_deref() {
        None => Ok(Paper::A5),
        Some(p) => Paper::parse(p).ok_or_else(|| {
            Diagnostic::error(
                crate::yaml::key_location(&config.text, "paper", &config.file, 1),
                format!("unknown catalogue paper `{p}`"),
            )
            .with_hint("use a5 or a4")
        }),
    }
}

/// The problems of a site's catalogues that concern all years: the paper setting, a
/// missing `base_url` (no QR codes), a theme without `catalogue.html` (no web
/// pages). Returns the options to lay the PDFs out with.
pub fn check_settings(
    config: &crate::config::Config,
    has_page_template: bool,
    diags: &mut Vec<Diagnostic>,
) -> PdfOptions {
    let paper = configured_paper(config).unwrap_or_else(|d| {
        diags.push(d);
        Paper::A5
    });
    if config.base_url.is_none() {
        diags.push(no_base_url(config));
    }
    if !has_page_template {
        diags.push(
            Diagnostic::warning(
                Location::file(config.root.join("themes").join(&config.theme)),
                "the theme has no template `catalogue.html`; the catalogues get no web page",
            )
            .with_hint("copy it from the default theme"),
        );
    }
    PdfOptions {
        paper,
        booklet: false,
    }
}

/// The warning that catalogues have no QR codes.
pub fn no_base_url(config: &crate::config::Config) -> Diagnostic {
    Diagnostic::warning(
        Location::file(&config.file),
        "the exhibition catalogue has no QR codes: config.yaml has no base_url",
    )
    .with_hint("set base_url to the address the site is published at")
}

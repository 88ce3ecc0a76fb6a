//! The yearly exhibition catalogue («Әдістемелік көрме каталогы»): a web page and a
//! PDF for each academic year, made from the site model.
//!
//! [`model`] decides what is in a year's catalogue (the exhibits, their numbers, the
//! figures, the author index); [`web`] makes the context of `catalogue.html`;
//! [`typst`] writes the catalogue as Typst markup; [`pdf`] compiles it with the
//! bundled fonts and keeps the result in `.ozyq-cache/`; [`booklet`] imposes the A5
//! pages for saddle-stitch printing; [`labels`] lays out the exhibits' labels and [`certificates`]
//! the participants' certificates.

pub mod booklet;
pub mod certificates;
pub mod labels;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod produce;
pub mod qr;
pub mod typst;
pub mod web;

pub use model::Catalogue;
pub use produce::{Lookup, PdfWork, Produced, produce};
pub use typst::Paper;

use crate::diagnostics::{Diagnostic, Location};
use crate::t;

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
                t!("catalogue-unknown-catalogue-paper", p = p.to_string()),
            )
            .with_hint(t!("catalogue-use-hint"))
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
    let pictures = [
        ("logo", &config.catalogue.logo),
        ("cover_photo", &config.catalogue.cover_photo),
    ];
    for (key, file) in pictures {
        if let Some(file) = file {
            diags.extend(check_picture(config, key, file).err());
        }
    }
    if !has_page_template {
        diags.push(
            Diagnostic::warning(
                Location::folder(config.root.join("themes").join(&config.theme)),
                t!("catalogue-theme-has-no-template"),
            )
            .with_hint(t!("catalogue-copy-from-default-theme-hint")),
        );
    }
    PdfOptions {
        paper,
        booklet: false,
    }
}

/// Whether the catalogue's logo or cover photo (`key` in config.yaml) is a
/// picture the PDF can print: a file inside the site, PNG, JPEG, WebP, GIF or
/// SVG, and a photo that can be read.
fn check_picture(config: &crate::config::Config, key: &str, file: &str) -> Result<(), Diagnostic> {
    let at = crate::yaml::key_location(&config.text, key, &config.file, 1);
    let path = crate::paths::normalize(&config.root.join(file));
    let fail = |msg: crate::messages::Text, hint: crate::diagnostics::Said| {
        Err(Diagnostic::error(at.clone(), msg).with_hint(hint))
    };
    if crate::paths::is_inside(&path, &config.root) && !path.exists() {
        return fail(
            t!("catalogue-picture-missing", key = key, file = file),
            t!("catalogue-picture-missing-hint", file = file).into(),
        );
    }
    if !crate::paths::is_inside(&path, &config.root) || !path.is_file() {
        return fail(
            t!("catalogue-picture-not-inside", key = key, file = file),
            t!("catalogue-picture-path-hint").into(),
        );
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(
        ext.as_str(),
        "png" | "jpg" | "jpeg" | "webp" | "gif" | "svg"
    ) {
        return fail(
            t!("catalogue-picture-not-picture", key = key, file = file),
            t!("catalogue-picture-save-hint").into(),
        );
    }
    if crate::images::is_photo(&path) {
        let bytes = std::fs::read(&path).unwrap_or_default();
        if let Err(e) = crate::images::probe(&bytes, &path, config.images.limits()) {
            return fail(
                t!(
                    "catalogue-picture-unreadable",
                    key = key,
                    file = file,
                    error = e.text()
                ),
                e.hint().into(),
            );
        }
    }
    Ok(())
}

/// The warning that catalogues have no QR codes.
pub fn no_base_url(config: &crate::config::Config) -> Diagnostic {
    Diagnostic::warning(
        Location::file(&config.file),
        t!("catalogue-exhibition-catalogue-has-no"),
    )
    .with_hint(t!("catalogue-set-base-url-address-hint"))
}

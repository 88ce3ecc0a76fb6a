//! Typst as a library: an in-memory world holding the generated markup, its files
//! and the bundled fonts; compiling it to PDF; and the cache that keeps a year's PDF
//! until something it shows changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rayon::prelude::*;

use typst::diag::{FileError, FileResult, Severity};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::typst::{Markup, VirtualFile};
use crate::diagnostics::guard::run_guarded;

/// The fonts the catalogue is set in (PT Serif, ParaType Free Font License), shipped
/// in the binary: every Kazakh and Russian letter in all four styles.
const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../../fonts/PTSerif-Regular.ttf"),
    include_bytes!("../../fonts/PTSerif-Italic.ttf"),
    include_bytes!("../../fonts/PTSerif-Bold.ttf"),
    include_bytes!("../../fonts/PTSerif-BoldItalic.ttf"),
];

/// Part of every cache key: the program's version and Typst's. The layout
/// (`catalogue.typ`) is part of the markup and the fonts are hashed, so a change of
/// either remakes the cached PDFs too.
pub const LAYOUT_VERSION: &str = concat!("ozyq-", env!("CARGO_PKG_VERSION"), "/typst-0.15");

static FONTS_HASH: LazyLock<u128> = LazyLock::new(|| typst::utils::hash128(&FONT_FILES));

struct Fonts {
    fonts: Vec<Font>,
    book: LazyHash<FontBook>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .filter_map(|b| Font::new(Bytes::new(*b), 0))
        .collect();
    let book = LazyHash::new(FontBook::from_fonts(&fonts));
    Fonts { fonts, book }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The family names of the bundled fonts, as Typst sees them.
pub fn font_families() -> Vec<String> {
    FONTS
        .fonts
        .iter()
        .map(|f| format!("{} {:?}", f.info().family, f.info().variant.style))
        .collect()
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| {
        VirtualPath::new("/invalid").expect("a plain absolute path is a valid virtual path")
    });
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

/// A Typst world that holds everything in memory: no file system, no packages.
struct CatalogueWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

impl CatalogueWorld {
    fn new(source: &str, files: &[VirtualFile]) -> Self {
        let main_id = file_id("/main.typ");
        let today = {
            use chrono::Datelike;
            let d = chrono::Local::now().date_naive();
            Datetime::from_ymd(d.year(), d.month() as u8, d.day() as u8)
        };
        CatalogueWorld {
            main: Source::new(main_id, source.to_string()),
            files: files
                .par_iter()
                .map(|f| (file_id(&f.path), Bytes::new(f.data.bytes())))
                .collect(),
            today,
        }
    }
}

impl World for CatalogueWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(PathBuf::from(format!("{id:?}"))))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(PathBuf::from(format!("{id:?}"))))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

/// A compiled PDF.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// Typst's warnings, such as a character no bundled font has.
    pub warnings: Vec<String>,
}

/// Why a catalogue's PDF could not be made. The messages are Typst's; the caller
/// locates them (the catalogue's content folder) as a `Diagnostic`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// Typst could not lay the document out: its errors, each with the line of the
    /// generated markup when known.
    #[error("{0}")]
    Layout(String),
    /// The laid-out document could not be written as PDF.
    #[error("{0}")]
    Export(String),
    /// Typst or its PDF writer panicked: a bug of theirs (or ozyq's) that some input
    /// set off. It costs this document only.
    #[error("Typst stopped with an internal error (a bug in Typst or ozyq, not in the site): {0}")]
    Internal(String),
}

/// Compiles Typst markup with its files into a PDF. A panic inside Typst is this
/// document's [`PdfError::Internal`], so that a build still makes everything else.
pub fn compile(source: &str, files: &[VirtualFile]) -> Result<Pdf, PdfError> {
    let result = run_guarded(|| compile_unguarded(source, files));
    // Each catalogue is compiled once per change of its inputs, so memoized layout
    // results are rarely reused; keeping them made a large archive's first build
    // hold gigabytes. After a panic they are not to be trusted either.
    typst::comemo::evict(0);
    result.unwrap_or_else(|panic| Err(PdfError::Internal(panic.0)))
}

fn compile_unguarded(source: &str, files: &[VirtualFile]) -> Result<Pdf, PdfError> {
    let world = CatalogueWorld::new(source, files);
    let result = typst::compile::<PagedDocument>(&world);
    let mut warnings: Vec<String> = result
        .warnings
        .iter()
        .map(|w| w.message.to_string())
        .collect();
    warnings.dedup();
    let doc = result.output.map_err(|errors| {
        let msg = errors
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| {
                let at = typst::WorldExt::range(&world, d.span)
                    .map(|r| {
                        let line = source[..r.start.min(source.len())].lines().count();
                        format!(" (generated markup, line {line})")
                    })
                    .unwrap_or_default();
                format!("{}{at}", d.message)
            })
            .collect::<Vec<_>>()
            .join("; ");
        PdfError::Layout(msg)
    })?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom("ozyq-catalogue".into()),
        creator: typst::foundations::Smart::Custom(Some(
            concat!("ozyq ", env!("CARGO_PKG_VERSION"), " (Typst)").into(),
        )),
        ..Default::default()
    };
    let bytes = typst_pdf::pdf(&doc, &options).map_err(|errors| {
        let msg = errors
            .iter()
            .map(|d| d.message.to_string())
            .collect::<Vec<_>>()
            .join("; ");
        PdfError::Export(msg)
    })?;
    let pages = doc.pages().len();
    Ok(Pdf {
        bytes,
        pages,
        warnings,
    })
}

/// The cache of produced PDFs: `<site>/.ozyq-cache/catalogue/<variant>-<hash>.pdf`.
#[derive(Debug, Clone)]
pub struct Cache {
    /// The folder holding the cached PDFs.
    pub dir: PathBuf,
}

impl Cache {
    /// The cache of the site at `root`, in its `.ozyq-cache/catalogue/`.
    pub fn in_site(root: &Path) -> Self {
        Cache {
            dir: root.join(".ozyq-cache").join("catalogue"),
        }
    }

    /// The key of a PDF: its variant (`a5`, `a4-booklet`, …) and a hash of everything
    /// it is made from.
    pub fn key(markup: &Markup, variant: &str) -> String {
        format!(
            "{variant}-{:032x}",
            typst::utils::hash128(&(LAYOUT_VERSION, *FONTS_HASH, variant, markup))
        )
    }

    /// Removes the cached PDFs of `variant` other than `keep`: what a build no longer
    /// shows is not kept forever.
    pub fn prune(&self, variant: &str, keep: &[String]) {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let prefix = format!("{variant}-");
        for item in dir.filter_map(Result::ok) {
            let name = item.file_name().to_string_lossy().into_owned();
            if let Some(key) = name.strip_suffix(".pdf").filter(|k| k.starts_with(&prefix))
                && !keep.iter().any(|k| k == key)
            {
                let _ = std::fs::remove_file(item.path());
            }
        }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.pdf"))
    }

    /// The cached PDF with `key`, if there is one.
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        std::fs::read(self.path(key)).ok()
    }

    /// Stores a PDF; failing to cache is not an error of the build.
    pub fn put(&self, key: &str, bytes: &[u8]) {
        let _ = crate::output::write_atomic(&self.path(key), bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_typst_is_an_error_of_the_document() {
        // Over 64 KiB of two-byte letters without a space, as `lang::fit` would never
        // let through: krilla 0.8 slices such a string inside a letter and panics.
        let run = "ж".repeat(35_000);
        let src = format!("#set page(width: auto)\n#text(lang: \"ru\", \"{run}\")\n");
        match compile(&src, &[]) {
            Err(PdfError::Internal(msg)) => assert!(msg.contains("char boundary"), "{msg}"),
            other => panic!("expected an internal error, got {other:?}"),
        }
        // Typst works as before afterwards.
        assert!(compile("Сәлем", &[]).is_ok());
    }
}

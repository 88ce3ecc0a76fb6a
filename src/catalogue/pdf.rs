//! Typst as a library: an in-memory world holding the generated markup, its files
//! and the bundled fonts; compiling it to PDF; and the cache that keeps a year's PDF
//! until something it shows changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use typst::diag::{FileError, FileResult, Severity};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::layout::Layout;
use super::typst::Markup;
use crate::diagnostics::Location;
use crate::diagnostics::guard::run_guarded;
use crate::output::manifest::Record;

/// Part of every cache key: the program's version, Typst's, and the way QR codes
/// are drawn (`qr-2`: rectangles instead of squares). The layout (`catalogue.typ`)
/// is part of the markup and the fonts are hashed, so a change of either remakes
/// the cached PDFs too.
pub const LAYOUT_VERSION: &str = concat!("ozyq-", env!("CARGO_PKG_VERSION"), "/typst-0.15/qr-2");

static FONTS_HASH: LazyLock<u128> = LazyLock::new(|| typst::utils::hash128(&crate::fonts::FILES));

struct Fonts {
    fonts: Vec<Font>,
    book: LazyHash<FontBook>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = crate::fonts::FONTS.clone();
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
struct CatalogueWorld<'m> {
    main: Source,
    /// The layouts the main file imports, by their virtual paths.
    layouts: Vec<(FileId, Source, &'m Layout)>,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

impl<'m> CatalogueWorld<'m> {
    fn new(markup: &'m Markup) -> Self {
        let main_id = file_id("/main.typ");
        CatalogueWorld {
            main: Source::new(main_id, markup.source.clone()),
            layouts: (markup.layouts.iter())
                .map(|l| {
                    let id = file_id(&l.virtual_path());
                    (id, Source::new(id, l.text.clone()), l)
                })
                .collect(),
            files: (markup.files.par_iter())
                .map(|f| (file_id(&f.path), f.data.bytes()))
                .collect(),
            today: today(),
        }
    }

    /// Where an error Typst found lies: in a site's own layout, its file, line and
    /// column; in a built-in layout or the generated markup, words that say so.
    fn place(&self, span: typst::syntax::DiagSpan) -> Place {
        let (Some(id), Some(range)) = (span.id(), typst::WorldExt::range(self, span)) else {
            return Place::Unknown;
        };
        if let Some((_, source, layout)) = self.layouts.iter().find(|(i, ..)| *i == id) {
            return match &layout.path {
                Some(path) => Place::File(Location::at_offset(
                    path,
                    source.text(),
                    range.start,
                    layout.first_line,
                )),
                None => Place::Described(format!(
                    "built-in layout print/{}.typ, line {}",
                    layout.name,
                    line_of(source.text(), range.start)
                )),
            };
        }
        Place::Described(format!(
            "generated markup, line {}",
            line_of(self.main.text(), range.start)
        ))
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    Location::at_offset("", text, offset, 1).line
}

fn today() -> Option<Datetime> {
    use chrono::Datelike;
    let d = crate::lang::dates::today();
    Datetime::from_ymd(d.year(), d.month() as u8, d.day() as u8)
}

/// Where a Typst error lies.
enum Place {
    /// In a file of the site: a layout it overrides.
    File(Location),
    /// In ozyq's own text, described.
    Described(String),
    /// Nowhere known.
    Unknown,
}

impl World for CatalogueWorld<'_> {
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
            return Ok(self.main.clone());
        }
        (self.layouts.iter())
            .find(|(i, ..)| *i == id)
            .map(|(_, s, _)| s.clone())
            .ok_or_else(|| FileError::NotFound(PathBuf::from(format!("{id:?}"))))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some((_, s, _)) = self.layouts.iter().find(|(i, ..)| *i == id) {
            return Ok(Bytes::from_string(s.text().to_string()));
        }
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

/// The stack a thread that compiles a whole Typst document needs (Typst
/// recurses deeply; rayon's threads have 2 MiB).
pub const TYPST_STACK: usize = 64 << 20;

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

/// Why a PDF could not be made. The messages are Typst's; an error in a layout
/// the site overrides carries its place there, and the caller locates the others
/// (the catalogue's content folder) as a `Diagnostic`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// Typst could not lay the document out: its errors, each with the line of the
    /// generated markup or the built-in layout when known.
    #[error("{0}")]
    Layout(String),
    /// An error in a layout the site overrides (`print/<name>.typ`).
    #[error("{message}")]
    SiteLayout {
        /// Typst's message.
        message: String,
        /// Its file, line and column.
        at: Location,
    },
    /// The laid-out document could not be written as PDF.
    #[error("{0}")]
    Export(String),
    /// Typst or its PDF writer panicked: a bug of theirs (or ozyq's) that some input
    /// set off. It costs this document only.
    #[error("Typst stopped with an internal error (a bug in Typst or ozyq, not in the site): {0}")]
    Internal(String),
}

/// Compiles a document's markup into a PDF (PDF/A-2b when every character has a
/// glyph in the bundled fonts). A panic inside Typst is this document's
/// [`PdfError::Internal`], so that a build still makes everything else.
pub fn compile(markup: &Markup) -> Result<Pdf, PdfError> {
    COMPILING.fetch_add(1, Ordering::SeqCst);
    let result = run_guarded(|| compile_unguarded(markup));
    let others = COMPILING.fetch_sub(1, Ordering::SeqCst) - 1;
    // Each catalogue is compiled once per change of its inputs, so memoized layout
    // results are rarely reused; keeping them made a large archive's first build
    // hold gigabytes. Those of a PDF still being compiled on another thread are
    // kept (they were used since the last eviction): its later layout passes need
    // them. After a panic nothing is to be trusted.
    let keep = usize::from(others > 0 && result.is_ok());
    typst::comemo::evict(keep);
    result.unwrap_or_else(|panic| Err(PdfError::Internal(panic.0)))
}

/// How many PDFs are being compiled, on any thread.
static COMPILING: AtomicUsize = AtomicUsize::new(0);

fn compile_unguarded(markup: &Markup) -> Result<Pdf, PdfError> {
    let world = CatalogueWorld::new(markup);
    let result = typst::compile::<PagedDocument>(&world);
    let mut warnings: Vec<String> = result
        .warnings
        .iter()
        .map(|w| w.message.to_string())
        .collect();
    warnings.dedup();
    let doc = result.output.map_err(|errors| {
        let errors: Vec<_> = errors
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        // An error in the site's own layout is the one to show, at its place.
        for d in &errors {
            if let Place::File(at) = world.place(d.span) {
                let message = d.message.to_string();
                return PdfError::SiteLayout { message, at };
            }
        }
        let msg = (errors.iter())
            .map(|d| match world.place(d.span) {
                Place::Described(at) => format!("{} ({at})", d.message),
                _ => d.message.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; ");
        PdfError::Layout(msg)
    })?;
    let bytes = match export(&doc, true) {
        Ok(bytes) => bytes,
        // PDF/A forbids a character without a glyph; such a document is still
        // made, as plain PDF, and says why.
        Err(archival) => {
            let bytes = export(&doc, false).map_err(PdfError::Export)?;
            warnings.push(format!("not PDF/A: {archival}"));
            bytes
        }
    };
    let pages = doc.pages().len();
    Ok(Pdf {
        bytes,
        pages,
        warnings,
    })
}

/// Writes `doc` as PDF, as PDF/A-2b when `archival`.
fn export(doc: &PagedDocument, archival: bool) -> Result<Vec<u8>, String> {
    use typst::foundations::Smart;
    let standards = if archival {
        typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2b])
            .map_err(|e| e.message().to_string())?
    } else {
        typst_pdf::PdfStandards::default()
    };
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom("ozyq-catalogue".into()),
        creator: Smart::Custom(Some(
            concat!("ozyq ", env!("CARGO_PKG_VERSION"), " (Typst)").into(),
        )),
        // PDF/A needs a date; the day the PDF is made, so that the same input
        // gives the same file all day (`ozyq serve` and `build` agree).
        timestamp: today().map(typst_pdf::Timestamp::new_utc),
        standards,
        ..Default::default()
    };
    typst_pdf::pdf(doc, &options).map_err(|errors| {
        let mut msgs: Vec<String> = errors.iter().map(|d| d.message.to_string()).collect();
        msgs.dedup();
        msgs.join("; ")
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

    /// Removes the cached PDFs of `variant` other than `keep` (and their
    /// records): what a build no longer shows is not kept forever.
    pub fn prune(&self, variant: &str, keep: &[String]) {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let prefix = format!("{variant}-");
        for item in dir.filter_map(Result::ok) {
            let name = item.file_name().to_string_lossy().into_owned();
            // `a5-<hash>` only: `a5-booklet-<hash>` is another variant's.
            let key = (name.strip_suffix(".pdf"))
                .or_else(|| name.strip_suffix(RECORD_SUFFIX))
                .filter(|k| {
                    k.strip_prefix(&prefix)
                        .is_some_and(|hash| hash.bytes().all(|b| b.is_ascii_hexdigit()))
                });
            if let Some(key) = key
                && !keep.iter().any(|k| k == key)
            {
                let _ = std::fs::remove_file(item.path());
            }
        }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.pdf"))
    }

    fn record_path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}{RECORD_SUFFIX}"))
    }

    /// The cached PDF with `key`, if there is one.
    pub fn find(&self, key: &str) -> Option<PathBuf> {
        Some(self.path(key)).filter(|p| p.is_file())
    }

    /// The bytes of a cached PDF [`find`](Self::find) found.
    pub fn read(path: &Path) -> Result<Vec<u8>, PdfError> {
        std::fs::read(path).map_err(|e| PdfError::Export(format!("{}: {e}", path.display())))
    }

    /// Stores a PDF and its record; failing to cache is not an error of the build.
    pub fn put(&self, key: &str, bytes: &[u8]) {
        if crate::output::write_atomic(&self.path(key), bytes).is_ok() {
            self.put_record(key, Record::of(bytes));
        }
    }

    fn put_record(&self, key: &str, r: Record) {
        let text = format!("{:032x} {}\n", r.hash, r.len);
        let _ = crate::output::write_atomic(&self.record_path(key), text.as_bytes());
    }

    /// The size and hash of the cached PDF with `key`, so that a build can tell
    /// whether its output holds that PDF already without reading it (the cached
    /// PDFs of the 10,000-entry archive are 160 MB). Kept beside the PDF, written
    /// after it; a record that is older than its PDF or gives another size is not
    /// trusted, and the PDF is read to make it again. `None` when the PDF cannot
    /// be read.
    pub fn record(&self, key: &str) -> Option<Record> {
        let pdf = std::fs::metadata(self.path(key)).ok()?;
        let rec = self.record_path(key);
        let kept = std::fs::metadata(&rec)
            .ok()
            .filter(|m| matches!((m.modified(), pdf.modified()), (Ok(r), Ok(p)) if r >= p))
            .and_then(|_| std::fs::read_to_string(&rec).ok())
            .and_then(|text| parse_record(&text))
            .filter(|r| r.len == pdf.len());
        if kept.is_some() {
            return kept;
        }
        let r = Record::of(&std::fs::read(self.path(key)).ok()?);
        self.put_record(key, r);
        Some(r)
    }
}

/// The end of a cached PDF's record's name (`<key>.pdf.rec`).
const RECORD_SUFFIX: &str = ".pdf.rec";

/// A record as [`Cache::put_record`] writes it: the hash in hex, a space, the size.
fn parse_record(text: &str) -> Option<Record> {
    let (hash, len) = text.trim_end().split_once(' ')?;
    Some(Record {
        hash: u128::from_str_radix(hash, 16).ok()?,
        len: len.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_pdfs_record_is_trusted_only_while_it_matches_the_pdf() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache {
            dir: dir.path().to_path_buf(),
        };
        let pdf = b"%PDF-1.7 not really";
        cache.put("a5-1", pdf);
        assert_eq!(cache.record("a5-1"), Some(Record::of(pdf)));
        // A record that gives another size is made again from the PDF.
        std::fs::write(dir.path().join("a5-1.pdf.rec"), "00 3\n").unwrap();
        assert_eq!(cache.record("a5-1"), Some(Record::of(pdf)));
        let kept = std::fs::read_to_string(dir.path().join("a5-1.pdf.rec")).unwrap();
        assert_eq!(parse_record(&kept), Some(Record::of(pdf)));
        // So is a missing one; a missing PDF has none.
        std::fs::remove_file(dir.path().join("a5-1.pdf.rec")).unwrap();
        assert_eq!(cache.record("a5-1"), Some(Record::of(pdf)));
        assert_eq!(cache.record("a5-2"), None);
        // Pruning takes the records with their PDFs, and leaves other variants'.
        cache.put("a5-2", b"%PDF other");
        cache.put("a5-booklet-1", b"%PDF booklet");
        cache.prune("a5", &["a5-2".to_string()]);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                "a5-2.pdf",
                "a5-2.pdf.rec",
                "a5-booklet-1.pdf",
                "a5-booklet-1.pdf.rec"
            ]
        );
    }

    fn plain(source: &str) -> Markup {
        Markup {
            source: source.to_string(),
            files: Vec::new(),
            layouts: Vec::new(),
        }
    }

    #[test]
    fn a_panic_inside_typst_is_an_error_of_the_document() {
        // Over 64 KiB of two-byte letters without a space, as `lang::fit` would never
        // let through: krilla 0.8 slices such a string inside a letter and panics.
        let run = "ж".repeat(35_000);
        let src = format!("#set page(width: auto)\n#text(lang: \"ru\", \"{run}\")\n");
        match compile(&plain(&src)) {
            Err(PdfError::Internal(msg)) => assert!(msg.contains("char boundary"), "{msg}"),
            other => panic!("expected an internal error, got {other:?}"),
        }
        // Typst works as before afterwards.
        assert!(compile(&plain("Сәлем")).is_ok());
    }
}

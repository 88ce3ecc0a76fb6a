//! The catalogue as Typst markup.
//!
//! The layout is a fixed Typst preamble (`catalogue.typ`, compiled into the binary)
//! that defines the document's functions; the generated part only calls them with
//! data. Every text from front matter, data files and Markdown is passed as a Typst
//! string literal (`"…"` with `\` and `"` escaped), never as markup, so no title,
//! name or paragraph can change the document's structure.

use std::fmt::Write;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

use super::layout::{CATALOGUE, Layout, LayoutName, Layouts};
use super::model::{Catalogue, Exhibit, ExhibitAuthor, ExhibitDetail, Figure};
use crate::images::PhotoLimits;
use crate::lang::fit;
use crate::lang::fit::{
    DETAIL, FOREWORD, NAME, RunBreaker, SUMMARY, TITLE, fit, fit_markdown, markdown_options,
};
use crate::render::figures::{FiguresBlocks, Shown};
use crate::site::figures::BLOCK;
use crate::site::photos::Photo;

/// The paper the catalogue is laid out on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    /// A4, 210 × 297 mm.
    A4,
    /// A5, 148 × 210 mm: the usual size of a printed catalogue, and the default.
    #[default]
    A5,
}

impl Paper {
    /// Reads `a4` or `a5`, in any case.
    pub fn parse(s: &str) -> Option<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "a5" => Some(Paper::A5),
            _ => None,
        }
    }

    /// The width of an exhibit's cover, mm: its side column, beside the text.
    pub fn cover_mm(self) -> f64 {
        match self {
            Paper::A4 => 45.0,
            Paper::A5 => 38.0,
        }
    }

    /// The most an exhibit's cover may be high, mm.
    pub fn cover_max_mm(self) -> f64 {
        self.cover_mm() * 1.4
    }

    /// `a4` or `a5`, as in `config.yaml` and the names of cached PDFs.
    pub fn id(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
        }
    }
}

/// A file the markup refers to, served by the in-memory Typst world.
#[derive(Debug, Clone, Hash)]
pub struct VirtualFile {
    /// Absolute path inside the Typst project, like `/qr/12.png`.
    pub path: String,
    /// Its content.
    pub data: FileData,
}

/// A file's content, or what it is made from: QR codes are drawn only when the PDF
/// is compiled, not when a cached PDF is looked up.
#[derive(Debug, Clone, Hash)]
pub enum FileData {
    /// The file's bytes, read already (a cover, the logo, or the A5 PDF a booklet imposes).
    Bytes(Vec<u8>),
    /// A QR code (SVG) that opens this URL.
    QrCode(String),
    /// A photo's copy for print, from the photo cache or made into it.
    Photo(PrintedPhoto),
}

/// A photo printed `width` px wide (about 300 dpi at its printed size).
#[derive(Debug, Clone, Hash)]
pub struct PrintedPhoto {
    /// The site's root, whose photo cache holds the copy.
    pub root: std::path::PathBuf,
    /// The photo.
    pub photo: Photo,
    /// The copy's width, px.
    pub width: u32,
    /// The site's limits for photos.
    pub limits: PhotoLimits,
}

impl FileData {
    /// The file's content, drawing the QR code if it is one (empty if it cannot be drawn).
    pub fn bytes(&self) -> ::typst::foundations::Bytes {
        use ::typst::foundations::Bytes;
        match self {
            FileData::Bytes(b) => Bytes::new(b.clone()),
            FileData::QrCode(url) => super::qr::png(url),
            // A photo that cannot be read was reported when the site was loaded.
            FileData::Photo(p) => Bytes::new(
                crate::images::cache::Cache::in_site(&p.root)
                    .copy(&p.photo.source, &p.photo.probe, p.width, p.limits)
                    .unwrap_or_default(),
            ),
        }
    }
}

/// The markup of a document and the files (QR codes, covers, logo) and layouts
/// it uses.
#[derive(Debug, Clone, Hash)]
pub struct Markup {
    /// The Typst document: the import of its layouts and the calls with the data.
    pub source: String,
    /// The files the document refers to by their virtual paths.
    pub files: Vec<VirtualFile>,
    /// The layouts it imports (part of the key its PDF is cached under).
    pub layouts: Vec<Layout>,
}

impl Markup {
    /// A document laid out with `names` of `layouts`: it starts with their imports.
    pub fn new(layouts: &Layouts, names: &[LayoutName], capacity: usize) -> Markup {
        let mut source = String::with_capacity(capacity + 256);
        source.push_str(&super::layout::imports(names));
        Markup {
            source,
            files: Vec::new(),
            layouts: layouts.pick(names),
        }
    }
}

/// A Typst string literal holding `s` exactly, but for the characters the print
/// fonts lack.
pub fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push(' '),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            // No glyph in the print fonts (an emoji): left out, so that the PDF
            // stays PDF/A; the file that has it was told when it was read. A
            // space without one (ideographic) is still a space.
            c if !crate::fonts::printable(c) => {
                if c.is_whitespace() {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Typst string literal, or `none`.
pub fn opt_lit(s: Option<&str>) -> String {
    s.map(lit).unwrap_or_else(|| "none".into())
}

/// A Typst array of string literals.
pub fn strings<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> String {
    let mut s = String::from("(");
    for i in items {
        s.push_str(&lit(i.as_ref()));
        s.push(',');
    }
    s.push(')');
    s
}

/// The catalogue's approver (`catalogue: {approved_by: …}`) as the post and the
/// name signed for: «… орынбасары Н. Ж. Бекмұхамбетова» gives the post, then
/// the name with its initials bound; without a name the whole is the post.
pub fn approver(cfg: &crate::config::Config) -> (Option<String>, Option<String>) {
    match cfg.catalogue.approved_by.as_deref() {
        Some(a) => match crate::lang::nbsp::split_name(a) {
            Some((post, name)) => (
                Some(post.to_string()),
                Some(crate::lang::nbsp::bind(name).into_owned()),
            ),
            None => (Some(a.to_string()), None),
        },
        None => (None, None),
    }
}

/// A Typst array of already written values (rows); `()` when there are none.
pub fn array(items: &[String]) -> String {
    if items.is_empty() {
        "()".into()
    } else {
        format!("({},)", items.join(", "))
    }
}

/// A figures block of a foreword as markup: its chart, then its table.
fn shown_typst(shown: &Shown) -> String {
    let mut s = String::new();
    if let Some(items) = &shown.chart {
        let _ = writeln!(s, "#chart({}, {})", lit(&shown.caption), figures_arg(items));
    }
    if let Some(t) = &shown.table {
        if shown.chart.is_none() {
            let _ = writeln!(
                s,
                "#block(below: 0.4em, text(weight: \"bold\", {}))",
                lit(&shown.caption)
            );
        }
        let rows: Vec<String> = t.rows.iter().map(strings).collect();
        let _ = writeln!(
            s,
            "#figures-table({}, {}, foot: {})",
            strings(&t.head),
            array(&rows),
            t.foot.as_ref().map_or_else(|| "none".into(), strings)
        );
    }
    s
}

/// Counts as a Typst array of (label, count) pairs, for `#chart`.
pub fn figures_arg(items: &[Figure]) -> String {
    let mut s = String::from("(");
    for f in items {
        let _ = write!(s, "({}, {}),", lit(&f.label), f.count);
    }
    s.push(')');
    s
}

/// Reads a file the cover or logo points at; unknown formats are left out.
fn image_file(path: &std::path::Path, stem: &str) -> Option<VirtualFile> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if !matches!(
        ext.as_str(),
        "png" | "jpg" | "jpeg" | "gif" | "svg" | "webp"
    ) {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    Some(VirtualFile {
        path: format!("/{stem}.{ext}"),
        data: FileData::Bytes(bytes),
    })
}

/// Whether an exhibit may not fit on one page, judged by its length in characters
/// (an A5 page holds about 40 lines of 55 characters, an A4 page 50 lines of 80).
/// Such an exhibit may break across pages rather than run off the bottom of one.
fn too_long_for_a_page(ex: &super::model::Exhibit, paper: Paper) -> bool {
    let (lines, per_line) = match paper {
        Paper::A5 => (40, 50),
        Paper::A4 => (50, 75),
    };
    let text_lines = |s: &str| s.chars().count().div_ceil(per_line).max(1);
    // The names run on in one paragraph, each with its category.
    let names: usize = (ex.authors.iter())
        .map(|a| {
            a.name.chars().count() + a.category.as_ref().map_or(0, |c| c.chars().count() + 3) + 2
        })
        .sum();
    let mut n = text_lines(&ex.title) + names.div_ceil(per_line) + 2;
    n += ex
        .details
        .iter()
        .map(|d| text_lines(&format!("{}: {}", d.label, d.value)))
        .sum::<usize>();
    n += ex.summary.as_deref().map_or(0, text_lines);
    n > lines * 3 / 4
}

/// The whole document; `images: false` leaves out the covers and the logo (QR codes
/// stay), for when one of them cannot be read.
pub fn markup(cat: &Catalogue, layouts: &Layouts, paper: Paper, images: bool) -> Markup {
    let cfg = &cat.site.config;
    let mut m = Markup::new(layouts, &[CATALOGUE], 4096 + cat.len() * 1024);
    let (s, files) = (&mut m.source, &mut m.files);
    let logo = cfg
        .catalogue
        .logo
        .as_deref()
        .filter(|_| images)
        .and_then(|l| image_file(&cfg.root.join(l), "logo"));
    let logo_path = logo.as_ref().map(|f| f.path.clone());
    files.extend(logo);
    let photo = (cfg.catalogue.cover_photo.as_deref())
        .filter(|_| images)
        .and_then(|p| cover_photo(cat, &cfg.root.join(p), paper));
    let photo_path = photo.as_ref().map(|f| f.path.clone());
    files.extend(photo);
    opening_pages(s, cat, paper, logo_path.as_deref(), photo_path.as_deref());
    foreword_and_figures(s, cat);
    exhibits(s, files, cat, paper, images);
    author_index(s, cat);
    m
}

/// The document's settings, the cover, the imprint and the contents.
fn opening_pages(
    s: &mut String,
    cat: &Catalogue,
    paper: Paper,
    logo_path: Option<&str>,
    photo_path: Option<&str>,
) {
    let cfg = &cat.site.config;
    let college = cfg.college.as_deref().unwrap_or(&cfg.title);
    let _ = writeln!(
        s,
        "#set document(title: {}, author: {})",
        lit(&format!("{} {}", cat.title(), cat.year.label())),
        lit(college)
    );
    let _ = writeln!(
        s,
        "#show: catalogue.with(paper: {}, lang: {}, title: {}, college: {}, year: {}, \
         contents: {}, section: {})",
        lit(paper.id()),
        lit(cfg.language.code()),
        lit(cat.title()),
        lit(college),
        lit(&cat.year.label()),
        lit(cat.t("contents")),
        lit(cat.t("catalogue_exhibits")),
    );
    let (post, approver) = approver(cfg);
    let exhibition_year = (cat.year.0 + 1).to_string();
    let _ = writeln!(
        s,
        "#cover(college: {}, title: {}, year: {}, year-label: {}, city: {}, logo: {}, \
         photo: {}, approved-label: {}, approved-by: {}, approver: {}, approved-date: {}, place-year: {})",
        lit(college),
        lit(cat.title()),
        lit(&cat.year.label()),
        lit(cat.t("academic_year")),
        opt_lit(cfg.city_in(cfg.language)),
        opt_lit(logo_path),
        opt_lit(photo_path),
        lit(cat.t("catalogue_approved")),
        opt_lit(post.as_deref()),
        opt_lit(approver.as_deref()),
        lit(&cat
            .t("catalogue_approved_date")
            .replace("{year}", &exhibition_year)),
        lit(&exhibition_year),
    );
    imprint(s, cat, college);
    let _ = writeln!(s, "#contents-page({})", lit(cat.t("contents")));
}

/// The imprint page: what the year's foreword and config.yaml say of the
/// catalogue, and its description at the foot.
fn imprint(s: &mut String, cat: &Catalogue, college: &str) {
    let cfg = &cat.site.config;
    let im = &cat.imprint;
    let dates = crate::lang::dates::DateFormatter::new(cfg.language);
    let approval = (im.minutes.is_some() || im.approved.is_some()).then(|| {
        let parts: Vec<String> = (im.minutes.as_deref())
            .map(|n| cat.t("catalogue_minutes").replace("{n}", n))
            .into_iter()
            .chain(im.approved.map(|d| dates.format(d)))
            .collect();
        format!("{} ({}).", cat.t("catalogue_approval"), parts.join(", "))
    });
    let place = match cfg.city_in(cfg.language) {
        Some(city) => format!("{city}: {college}, {}", cat.year.0 + 1),
        None => format!("{college}, {}", cat.year.0 + 1),
    };
    // As a library describes a publication: title, place, publisher, year; the
    // page count follows.
    let description = format!(
        "{}: {} {}. — {place}.",
        cat.title(),
        cat.year.label(),
        cat.t("academic_year"),
    );
    let _ = writeln!(
        s,
        "#imprint(udc: {}, bbk: {}, approval: {}, compiler-label: {}, compiler: {}, \
         reviewers-label: {}, reviewers: {}, annotation: {}, description: {}, pages-abbr: {})",
        opt_lit(im.udc.as_deref()),
        opt_lit(im.bbk.as_deref()),
        opt_lit(approval.as_deref()),
        lit(cat.t("catalogue_compiler")),
        opt_lit(im.compiler.as_deref()),
        lit(cat.t("catalogue_reviewers")),
        strings(&im.reviewers),
        opt_lit(im.annotation.as_deref()),
        lit(&description),
        lit(cat.t("catalogue_pages_abbr")),
    );
}

/// The foreword, when the year has one, and the year in figures.
fn foreword_and_figures(s: &mut String, cat: &Catalogue) {
    let cfg = &cat.site.config;
    if let Some(doc) = cat.foreword {
        let _ = writeln!(
            s,
            "#section({}, lang: {})[",
            lit(cat.t("catalogue_foreword")),
            lit(doc.lang.unwrap_or(cfg.language).code())
        );
        let body = fit_markdown(&doc.body, FOREWORD).text;
        let blocks = FiguresBlocks {
            site: cat.site,
            strings: cat.strings,
            year: Some(cat.year),
        };
        let figures = |block: &str| {
            (blocks.print(block, &doc.source))
                .map(|shown| shown_typst(&shown))
                .unwrap_or_default()
        };
        s.push_str(&markdown_to_typst(
            &body,
            cat.t("catalogue_foreword"),
            Some(&figures),
        ));
        s.push_str("]\n");
    }

    let f = &cat.figures;
    let _ = writeln!(
        s,
        "#section({}, lang: {})[\n#totals({}, {}, {}, {})",
        lit(cat.t("catalogue_figures")),
        lit(cfg.language.code()),
        lit(cat.t("catalogue_exhibit_count")),
        cat.len(),
        lit(cat.t("catalogue_author_count")),
        f.authors,
    );
    for (key, items) in f.charts() {
        let _ = writeln!(s, "#chart({}, {})", lit(cat.t(key)), figures_arg(items));
    }
    s.push_str("]\n");
}

/// Every exhibit, grouped by kind, with its cover and QR code among `files`.
fn exhibits(
    s: &mut String,
    files: &mut Vec<VirtualFile>,
    cat: &Catalogue,
    paper: Paper,
    images: bool,
) {
    let cfg = &cat.site.config;
    let _ = writeln!(
        s,
        "#part({}, lang: {})",
        lit(cat.t("catalogue_exhibits")),
        lit(cfg.language.code())
    );
    for g in &cat.groups {
        let _ = writeln!(s, "#group({})", lit(&g.title));
        for ex in &g.exhibits {
            let qr = qr_file(ex, files);
            let (cover, cover_width) = match (&ex.cover_photo, images) {
                (_, false) => (None, paper.cover_mm()),
                (Some(photo), true) => {
                    let printed = printed_photo(cat, photo, paper);
                    let path = format!("/cover/{}.{}", ex.number, photo.probe.format.ext());
                    let mm = printed.1;
                    files.push(VirtualFile {
                        path: path.clone(),
                        data: FileData::Photo(printed.0),
                    });
                    (Some(path), mm)
                }
                (None, true) => {
                    let cover = (ex.cover.as_deref())
                        .and_then(|c| image_file(c, &format!("cover/{}", ex.number)))
                        .map(|f| {
                            let p = f.path.clone();
                            files.push(f);
                            p
                        });
                    (cover, paper.cover_mm())
                }
            };
            let ex = &printed(ex);
            let authors: String = ex
                .authors
                .iter()
                .map(|a| format!("({}, {}),", lit(&a.name), opt_lit(a.category.as_deref())))
                .collect();
            let details: String = ex
                .details
                .iter()
                .map(|d| format!("({}, {}),", lit(&d.label), lit(&d.value)))
                .collect();
            let _ = writeln!(
                s,
                "#exhibit(number: {}, title: {}, authors: ({}), department: {}, date: {}, \
                 details: ({}), summary: {}, cover: {}, cover-width: {:.1}mm, side: {}mm, qr: {}, \
                 url: {}, lang: {}, breakable: {})",
                ex.number,
                lit(&ex.title),
                authors,
                opt_lit(ex.department.as_deref()),
                // A date split over two lines («2025 ж. / 30 мамыр») reads badly.
                lit(&crate::lang::nbsp::unbroken(&ex.date)),
                details,
                // Typst has no Kazakh hyphenation patterns: soft hyphens between
                // syllables let a Kazakh summary be justified as the others are.
                opt_lit(
                    ex.summary
                        .as_deref()
                        .map(|t| match ex.lang {
                            crate::lang::Lang::Kk => crate::lang::hyphen::soft_hyphens(t),
                            _ => t.to_string(),
                        })
                        .as_deref()
                ),
                opt_lit(cover.as_deref()),
                cover_width,
                paper.cover_mm(),
                opt_lit(qr.as_deref()),
                opt_lit(qr.as_ref().and(ex.url.as_deref())),
                lit(ex.lang.code()),
                too_long_for_a_page(ex, paper),
            );
        }
    }
}

/// The cover photo of config.yaml, printed across the cover: a photo from a
/// copy for 300 dpi at the text's width, another picture as it is; `None` when
/// it cannot be read (the problem is reported by `check_settings`).
fn cover_photo(cat: &Catalogue, path: &std::path::Path, paper: Paper) -> Option<VirtualFile> {
    if !crate::images::is_photo(path) {
        return image_file(path, "cover-photo");
    }
    let cfg = &cat.site.config;
    let limits = cfg.images.limits();
    let bytes = std::fs::read(path).ok()?;
    let probe = crate::images::probe(&bytes, path, limits).ok()?;
    let text_mm = match paper {
        Paper::A5 => 118.0,
        Paper::A4 => 180.0,
    };
    let width = ((text_mm / 25.4 * PRINT_DPI).ceil() as u32).clamp(1, probe.width);
    let photo = Photo {
        source: path.to_path_buf(),
        stem: String::new(),
        probe,
        original: String::new(),
    };
    Some(VirtualFile {
        path: format!("/cover-photo.{}", probe.format.ext()),
        data: FileData::Photo(PrintedPhoto {
            root: cfg.root.clone(),
            photo,
            width,
            limits,
        }),
    })
}

/// The QR code of an exhibit's page among `files` (none without a `base_url`),
/// and its path.
pub(super) fn qr_file(ex: &Exhibit, files: &mut Vec<VirtualFile>) -> Option<String> {
    let url = ex.url.as_deref()?;
    let path = format!("/qr/{}.png", ex.number);
    files.push(VirtualFile {
        path: path.clone(),
        data: FileData::QrCode(url.to_string()),
    });
    Some(path)
}

/// A photo cover as printed: its copy for about 300 dpi, and its printed width
/// in mm (narrower than the column for a tall photo, so that it is at most
/// [`Paper::cover_max_mm`] high).
fn printed_photo(cat: &Catalogue, photo: &Photo, paper: Paper) -> (PrintedPhoto, f64) {
    let (w, h) = (f64::from(photo.probe.width), f64::from(photo.probe.height));
    let mm = paper.cover_mm().min(paper.cover_max_mm() * w / h.max(1.0));
    let px = ((mm / 25.4 * PRINT_DPI).ceil() as u32).clamp(1, photo.probe.width);
    let cfg = &cat.site.config;
    let printed = PrintedPhoto {
        root: cfg.root.clone(),
        photo: photo.clone(),
        width: px,
        limits: cfg.images.limits(),
    };
    (printed, mm)
}

/// The resolution photos are printed at: sharp on paper, and a PDF a fraction
/// of the originals' size.
const PRINT_DPI: f64 = 300.0;

/// The exhibit as printed: its texts within the limits of `lang::fit` (the site
/// model warned about each one cut when it loaded the entry).
pub(super) fn printed(ex: &Exhibit) -> Exhibit {
    let f = |s: &str, limit| fit(s, limit).text.into_owned();
    Exhibit {
        number: ex.number,
        entry: ex.entry,
        title: f(&ex.title, TITLE),
        authors: ex
            .authors
            .iter()
            .map(|a| ExhibitAuthor {
                index: a.index,
                name: f(&a.name, NAME),
                category: a.category.clone(),
            })
            .collect(),
        department: ex.department.as_deref().map(|d| f(d, NAME)),
        date: ex.date.clone(),
        details: ex
            .details
            .iter()
            .map(|d| ExhibitDetail {
                label: d.label.clone(),
                value: f(&d.value, DETAIL),
            })
            .collect(),
        summary: ex.summary.as_deref().map(|s| f(s, SUMMARY)),
        cover: ex.cover.clone(),
        cover_photo: ex.cover_photo.clone(),
        url: ex.url.clone(),
        page: ex.page.clone(),
        lang: ex.lang,
    }
}

/// The author index: each author with the numbers of their exhibits.
fn author_index(s: &mut String, cat: &Catalogue) {
    let _ = writeln!(
        s,
        "#author-index({}, {}, (",
        lit(cat.t("catalogue_author_index")),
        lit(cat.t("catalogue_index_note"))
    );
    for a in &cat.author_index {
        let nums: Vec<String> = a.numbers.iter().map(|n| n.to_string()).collect();
        let name = fit(&a.name, NAME).text;
        let _ = writeln!(s, "  ({}, {}),", lit(&name), lit(&nums.join(", ")));
    }
    s.push_str("))\n");
}

/// Markdown as Typst markup in which every piece of text is a string literal.
/// A first heading that repeats the section's title is left out; runs of text too
/// long to print whole are broken (`lang::fit::RunBreaker`).
pub fn markdown_to_typst(
    md: &str,
    section_title: &str,
    figures: Option<&dyn Fn(&str) -> String>,
) -> String {
    let mut w = TypstWriter {
        section_title,
        first_block: true,
        figures,
        ..TypstWriter::default()
    };
    for ev in Parser::new_ext(md, markdown_options()) {
        if w.take_figures(&ev) {
            continue;
        }
        if !RunBreaker::continues_after(&ev) {
            w.runs.reset();
        }
        if w.nests_too_deep(&ev) {
            continue;
        }
        if let Some(ev) = w.block(ev) {
            w.inline(ev);
        }
    }
    w.out
}

/// The state of [`markdown_to_typst`] between Markdown events.
#[derive(Default)]
struct TypstWriter<'t> {
    section_title: &'t str,
    out: String,
    runs: RunBreaker,
    first_block: bool,
    skip_heading: bool,
    heading_text: String,
    in_heading: bool,
    /// Lists: each item becomes one argument of #list(…) or #enum(…).
    list_depth: usize,
    in_code: bool,
    /// Makes a figures block's text into markup, when the document may have them.
    figures: Option<&'t dyn Fn(&str) -> String>,
    /// The text of the figures block being read.
    figures_text: Option<String>,
    /// Lists and quotes deeper than `fit::NESTING` are not opened (their items and
    /// text go on at the deepest level printed); each level says whether it was.
    opened: Vec<bool>,
}

impl TypstWriter<'_> {
    /// Reads a figures block and writes what it shows in its place; false for
    /// every other event.
    fn take_figures(&mut self, ev: &Event) -> bool {
        let Some(figures) = self.figures else {
            return false;
        };
        match (ev, &mut self.figures_text) {
            (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None)
                if info.split_whitespace().next() == Some(BLOCK) =>
            {
                self.figures_text = Some(String::new());
            }
            (Event::Text(t), Some(text)) => text.push_str(t),
            (Event::End(TagEnd::CodeBlock), Some(text)) => {
                let markup = figures(text);
                self.figures_text = None;
                self.first_block = false;
                self.out.push_str(&markup);
            }
            _ => return false,
        }
        true
    }

    /// Whether `ev` opens or closes a list or quote that is not printed.
    fn nests_too_deep(&mut self, ev: &Event) -> bool {
        match fit::nesting_step(ev) {
            Some(true) => {
                let open = self.opened.iter().filter(|&&o| o).count() < fit::NESTING;
                self.opened.push(open);
                !open
            }
            Some(false) => !self.opened.pop().unwrap_or(true),
            None => false,
        }
    }

    /// Writes a block-level event; gives back any other.
    fn block<'e>(&mut self, ev: Event<'e>) -> Option<Event<'e>> {
        let out = &mut self.out;
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                self.in_heading = true;
                self.heading_text.clear();
                let depth = match level {
                    HeadingLevel::H1 | HeadingLevel::H2 => 3,
                    _ => 4,
                };
                self.skip_heading = self.first_block;
                let _ = write!(out, "#heading(level: {depth}, outlined: false)[");
            }
            Event::End(TagEnd::Heading(_)) => {
                self.in_heading = false;
                out.push_str("]\n");
                if self.skip_heading
                    && self.heading_text.trim().to_lowercase() == self.section_title.to_lowercase()
                {
                    // Drop the heading just written.
                    if let Some(p) = out.rfind("#heading(") {
                        out.truncate(p);
                    }
                }
                self.skip_heading = false;
                self.first_block = false;
            }
            Event::Start(Tag::Paragraph) => {
                self.first_block = false;
                if self.list_depth == 0 {
                    out.push_str("#par[");
                }
            }
            Event::End(TagEnd::Paragraph) => {
                out.push_str(if self.list_depth == 0 {
                    "]\n"
                } else {
                    "#parbreak();"
                });
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.first_block = false;
                out.push_str("#quote(block: true)[");
            }
            Event::End(TagEnd::BlockQuote(_)) => out.push_str("]\n"),
            Event::Start(Tag::List(start)) => {
                self.first_block = false;
                self.list_depth += 1;
                match start {
                    Some(n) => {
                        let _ = write!(out, "#enum(start: {n}, ");
                    }
                    None => out.push_str("#list("),
                }
            }
            Event::End(TagEnd::List(_)) => {
                self.list_depth -= 1;
                out.push_str(")\n");
            }
            // An item of a list not opened is a line of its own at the deepest level.
            Event::Start(Tag::Item) if self.opened.last() == Some(&false) => {
                out.push_str("#linebreak();")
            }
            Event::End(TagEnd::Item) if self.opened.last() == Some(&false) => {}
            Event::Start(Tag::Item) => out.push('['),
            Event::End(TagEnd::Item) => out.push_str("],"),
            Event::Start(Tag::CodeBlock(kind)) => {
                self.first_block = false;
                let lang = match kind {
                    CodeBlockKind::Fenced(l) if !l.is_empty() => lit(&l),
                    _ => "none".into(),
                };
                self.in_code = true;
                let _ = write!(out, "#raw(block: true, lang: {lang}, ");
            }
            Event::End(TagEnd::CodeBlock) => {
                self.in_code = false;
                out.push_str("\"\")\n");
            }
            Event::Start(Tag::Table(_)) => out.push_str("#block["),
            Event::End(TagEnd::Table) => out.push_str("]\n"),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => out.push_str("#linebreak();"),
            Event::End(TagEnd::TableCell) => out.push_str("#h(1em);"),
            Event::Rule => out.push_str("#line(length: 100%, stroke: 0.4pt)\n"),
            other => return Some(other),
        }
        None
    }

    /// Writes an inline event: text and its marks.
    fn inline(&mut self, ev: Event) {
        let out = &mut self.out;
        match ev {
            Event::Start(Tag::Emphasis) => out.push_str("#emph["),
            Event::Start(Tag::Strong) => out.push_str("#strong["),
            Event::Start(Tag::Strikethrough) => out.push_str("#strike["),
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough) => out.push(']'),
            Event::Start(Tag::Link { dest_url, .. }) => {
                // Only absolute links mean something on paper; others stay text.
                if ["http://", "https://", "mailto:"]
                    .iter()
                    .any(|p| dest_url.starts_with(p))
                    && dest_url.len() > 8
                {
                    let _ = write!(out, "#link({})[", lit(&dest_url));
                } else {
                    out.push_str("#[");
                }
            }
            Event::End(TagEnd::Link) => out.push(']'),
            Event::Start(Tag::Image { .. }) => out.push_str("#["),
            Event::End(TagEnd::Image) => out.push(']'),
            Event::Text(t) => {
                // Initials stay with the name: a signature is not split.
                let bound = crate::lang::nbsp::bind(&t);
                let t = self.runs.break_runs(&bound);
                if self.in_heading {
                    self.heading_text.push_str(&t);
                }
                if self.in_code {
                    // The code block's text is the raw element's string, joined with
                    // `+` and closed by an empty string.
                    let _ = write!(out, "{} + ", lit(&t));
                } else {
                    let _ = write!(out, "#{};", lit(&t));
                }
            }
            Event::Code(t) => {
                let _ = write!(out, "#raw({});", lit(&self.runs.break_runs(&t)));
            }
            Event::SoftBreak => out.push_str("#\" \";"),
            Event::HardBreak => out.push_str("#linebreak();"),
            // HTML, footnotes, math and the rest are not part of a foreword.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exhibit_with_many_authors_and_a_short_text_keeps_to_one_page() {
        // As a site writes them: most teachers of data/authors.yaml, two guests.
        let author = |i: usize| super::super::model::ExhibitAuthor {
            index: crate::site::AuthorId::from(i),
            name: "Қасымова Айгерім Нұрланқызы".into(),
            category: (i < 9).then(|| "педагог-шебер".into()),
        };
        let summary = "Сабақта оқушылар шағын топпен жұмыс істеп, мәтінді талдады. ".repeat(13);
        let mut ex = super::super::model::Exhibit {
            number: 12,
            entry: crate::site::EntryId::from(0),
            title: "Ашық сабақ".into(),
            authors: (0..11).map(author).collect(),
            department: None,
            date: String::new(),
            details: vec![super::super::model::ExhibitDetail {
                label: "Топ".into(),
                value: "ҚТ-24".into(),
            }],
            summary: Some(summary),
            cover: None,
            cover_photo: None,
            url: None,
            page: String::new(),
            lang: crate::lang::Lang::Kk,
        };
        // Eleven names run on in about six lines, not eleven.
        assert!(!too_long_for_a_page(&ex, Paper::A5));
        ex.summary = Some("Мәтін. ".repeat(400));
        assert!(too_long_for_a_page(&ex, Paper::A5));
    }

    #[test]
    fn literals_escape_everything_typst_reads() {
        assert_eq!(lit(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(lit("x\ny"), r#""x\ny""#);
        assert_eq!(
            lit("#set page(width: 1pt) $x$ <l> @r *b* _i_ ]"),
            "\"#set page(width: 1pt) $x$ <l> @r *b* _i_ ]\""
        );
    }

    #[test]
    fn every_markdown_construct_compiles() {
        let md = "## Алғы сөз\n\nМәтін *курсив* **жуан** ~~сызылған~~ `код` [сілтеме](https://a.kz/?q=\"x\") \\\nжаңа жол.\n\n\
                  ### Тақырып #x\n\n> Дәйексөз ] [\n\n1. бір\n2. екі\n   - ішкі\n\n\
                  ```rust\nfn main() { \"}\" }\n```\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![сурет](x.png) [бос]() [ішкі](../a.md) <https://b.kz>\n";
        let body = markdown_to_typst(md, "Алғы сөз", None);
        let mut m = Markup::new(&Layouts::builtin(), &[CATALOGUE], 0);
        m.source += &format!("#show: catalogue.with()\n#section(\"Алғы сөз\")[\n{body}]\n");
        let pdf = crate::catalogue::pdf::compile(&m).unwrap_or_else(|e| panic!("{e}\n{body}"));
        assert!(pdf.pages >= 1);
    }

    #[test]
    fn random_hostile_text_never_breaks_the_document() {
        // Titles made of everything Typst reads as syntax, in every argument.
        const CHARS: &[char] = &[
            '#', '[', ']', '{', '}', '(', ')', '"', '\\', '$', '*', '_', '`', '<', '>', '@', '=',
            '-', '+', '/', ';', ',', ':', '.', '~', '\n', '\t', '\u{0}', 'ә', 'Қ', ' ',
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut m = Markup::new(&Layouts::builtin(), &[CATALOGUE], 0);
        let src = &mut m.source;
        src.push_str("#show: catalogue.with()\n");
        for n in 1..=40 {
            let mut text = String::new();
            for _ in 0..(next() % 30) {
                text.push(CHARS[(next() % CHARS.len() as u64) as usize]);
            }
            let t = lit(&text);
            src.push_str(&format!(
                "#exhibit(number: {n}, title: {t}, authors: (({t}, {t}),), department: {t}, \
                 date: {t}, details: (({t}, {t}),), summary: {t})\n"
            ));
            src.push_str(&markdown_to_typst(&text, "x", None));
            src.push('\n');
        }
        crate::catalogue::pdf::compile(&m).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn markdown_becomes_literals() {
        let t = markdown_to_typst(
            "## Алғы сөз\n\nСөз *бір* **екі** #x\n\n- a\n- b\n",
            "Алғы сөз",
            None,
        );
        assert!(!t.contains("heading"), "{t}");
        assert!(t.contains("#emph[#\"бір\";]"), "{t}");
        assert!(t.contains("#\" #x\";"), "{t}");
        assert!(t.contains("#list("), "{t}");
    }
}

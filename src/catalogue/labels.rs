//! Exhibit labels: `catalogue/<year>/labels.pdf`, sheets of labels to cut apart
//! and set beside the exhibits at the exhibition, each with the exhibit's № in
//! the catalogue, its kind, title, authors, department and a QR code to its page.

use crate::t;
use std::fmt::Write;

use super::Catalogue;
use super::layout::{LABELS, Layouts};
use super::typst::{Markup, lit, opt_lit, printed, qr_file, strings};
use crate::config::Config;
use crate::diagnostics::Diagnostic;

/// How labels are laid out on paper: a grid of cells on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sheet {
    /// Labels across a page.
    pub cols: u32,
    /// Labels down a page.
    pub rows: u32,
    /// The page's width, mm.
    pub width_mm: u32,
    /// The page's height, mm.
    pub height_mm: u32,
}

impl Sheet {
    /// Eight labels of 105 × 74 mm to an A4 sheet.
    pub const DEFAULT: Sheet = Sheet {
        cols: 2,
        rows: 4,
        width_mm: 210,
        height_mm: 297,
    };

    /// Reads `2x4` (columns × rows of an A4 sheet, up to 4 × 10) or `a6` (one
    /// label to an A6 page, landscape).
    pub fn parse(s: &str) -> Option<Sheet> {
        let s = s.trim().to_ascii_lowercase();
        if s == "a6" {
            return Some(Sheet {
                cols: 1,
                rows: 1,
                width_mm: 148,
                height_mm: 105,
            });
        }
        let (c, r) = s.split_once(['x', '×', '*'])?;
        let (cols, rows) = (c.trim().parse().ok()?, r.trim().parse().ok()?);
        ((1..=4).contains(&cols) && (1..=10).contains(&rows)).then_some(Sheet {
            cols,
            rows,
            ..Sheet::DEFAULT
        })
    }

    /// `2x4` or `a6`, as cached PDFs are named.
    pub fn id(self) -> String {
        if self.width_mm == 148 {
            "a6".into()
        } else {
            format!("{}x{}", self.cols, self.rows)
        }
    }

    /// Labels to a page.
    fn per_page(self) -> usize {
        (self.cols * self.rows) as usize
    }
}

/// The sheet `catalogue: {labels: …}` in config.yaml asks for; 2 × 4 on A4 when
/// not set.
pub fn configured_sheet(config: &Config) -> Result<Sheet, Diagnostic> {
    match config.catalogue.labels.as_deref() {
        None => Ok(Sheet::DEFAULT),
        Some(s) => Sheet::parse(s).ok_or_else(|| {
            Diagnostic::error(
                crate::yaml::key_location(&config.text, "labels", &config.file, 1),
                t!(
                    "catalogue-labels-unknown-layout-exhibit-labels",
                    s = s.to_string()
                ),
            )
            .with_hint(t!("catalogue-labels-write-columns-rows-sheet-hint"))
        }),
    }
}

/// The labels of `cat`'s exhibits, in the catalogue's order, `sheet.cols ×
/// sheet.rows` to a page.
pub fn markup(cat: &Catalogue, layouts: &Layouts, sheet: Sheet) -> Markup {
    let cfg = &cat.site.config;
    let lang = cfg.language.code();
    let mut m = Markup::new(layouts, &[LABELS], 2048 + cat.len() * 400);
    let (s, files) = (&mut m.source, &mut m.files);
    let college = cfg.college.as_deref().unwrap_or(&cfg.title);
    let page = format!(
        "page-w: {}mm, page-h: {}mm, cols: {}, rows: {}",
        sheet.width_mm, sheet.height_mm, sheet.cols, sheet.rows
    );
    let _ = writeln!(
        s,
        "#set document(title: {}, author: {})\n#show: labels.with(lang: {}, {page})",
        lit(&format!(
            "{} {}: {}",
            cat.title(),
            cat.year.label(),
            cat.t("catalogue_labels")
        )),
        lit(college),
        lit(lang),
    );
    let mut cells = Vec::new();
    for g in &cat.groups {
        let kind = cfg.kinds[g.kind].label.get(cfg.language);
        for ex in &g.exhibits {
            let qr = qr_file(ex, files);
            let ex = printed(ex);
            cells.push(format!(
                "label(number: {}, title: {}, authors: {}, kind: {}, department: {}, qr: {}, lang: {}, names-lang: {})",
                ex.number,
                lit(&ex.title),
                strings(ex.authors.iter().map(|a| &a.name)),
                lit(kind),
                opt_lit(ex.department.as_deref()),
                opt_lit(qr.as_deref()),
                lit(ex.lang.code()),
                lit(lang),
            ));
        }
    }
    for (i, page_cells) in cells.chunks(sheet.per_page()).enumerate() {
        if i > 0 {
            s.push_str("#pagebreak()\n");
        }
        let _ = writeln!(s, "#sheet({page}, {})", page_cells.join(", "));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_are_read_as_columns_by_rows_or_a6() {
        assert_eq!(Sheet::parse("2x4"), Some(Sheet::DEFAULT));
        assert_eq!(
            Sheet::parse(" 3 × 8 ").map(Sheet::id).as_deref(),
            Some("3x8")
        );
        assert_eq!(Sheet::parse("A6").map(Sheet::id).as_deref(), Some("a6"));
        for bad in ["", "2", "0x4", "5x2", "2x11", "a5", "twoxfour"] {
            assert_eq!(Sheet::parse(bad), None, "{bad}");
        }
    }
}

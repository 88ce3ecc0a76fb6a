//! Saddle-stitch imposition: the A5 pages of a catalogue placed two per A4 sheet side
//! in folding order, so that the printed sheets, folded in the middle and stapled,
//! read in order.
//!
//! It is done by Typst itself: a second document of landscape A4 pages places the
//! pages of the compiled A5 PDF (`image("/a5.pdf", page: n)`) side by side. The A5
//! pages stay vector graphics with their fonts embedded; blank pages pad the count to
//! a multiple of four.

use std::fmt::Write;

use super::pdf::{self, Pdf};
use super::typst::{FileData, Markup, VirtualFile};

/// One side of an A4 sheet: the A5 page numbers (from 1; `None` for a blank) on
/// its left and right halves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// The page on the left half.
    pub left: Option<usize>,
    /// The page on the right half.
    pub right: Option<usize>,
}

/// The A4 sides in print order: for every sheet its front, then its back.
pub fn order(pages: usize) -> Vec<Side> {
    // The back cover stays blank: the last page of the text (the author index)
    // goes inside, so a full booklet gets a sheet more.
    let n = (pages + 1).div_ceil(4) * 4;
    let side = |l: usize, r: usize| Side {
        left: (l <= pages).then_some(l),
        right: (r <= pages).then_some(r),
    };
    let mut sides = Vec::with_capacity(n / 2);
    for s in 0..n / 4 {
        sides.push(side(n - 2 * s, 1 + 2 * s));
        sides.push(side(2 + 2 * s, n - 1 - 2 * s));
    }
    sides
}

/// Imposes an A5 PDF of `a5.pages` pages as a saddle-stitch booklet on A4.
pub fn impose(a5: &Pdf) -> Result<Pdf, super::pdf::PdfError> {
    let mut s = String::from(
        "#set page(width: 297mm, height: 210mm, margin: 0pt)\n\
         #let half(n) = box(width: 148.5mm, height: 210mm, if n != none { \
         image(\"/a5.pdf\", page: n, width: 148.5mm, height: 210mm, fit: \"contain\") })\n",
    );
    let sides = order(a5.pages);
    for (i, side) in sides.iter().enumerate() {
        let num = |p: &Option<usize>| p.map(|p| p.to_string()).unwrap_or_else(|| "none".into());
        if i > 0 {
            s.push_str("#pagebreak()\n");
        }
        let (l, r) = (num(&side.left), num(&side.right));
        let _ = writeln!(s, "#grid(columns: 2, half({l}), half({r}))");
    }
    pdf::compile(&Markup {
        source: s,
        files: vec![VirtualFile {
            path: "/a5.pdf".into(),
            data: FileData::Bytes(a5.bytes.clone()),
        }],
        layouts: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(left: Option<usize>, right: Option<usize>) -> Side {
        Side { left, right }
    }

    #[test]
    fn seven_pages_fold_into_two_sheets_with_a_blank_back_cover() {
        assert_eq!(
            order(7),
            vec![
                side(None, Some(1)),
                side(Some(2), Some(7)),
                side(Some(6), Some(3)),
                side(Some(4), Some(5)),
            ]
        );
    }

    #[test]
    fn eight_pages_get_a_third_sheet_so_that_the_back_cover_is_blank() {
        let sides = order(8);
        assert_eq!(sides.len(), 6);
        assert_eq!(sides[0], side(None, Some(1)));
        assert!(
            sides
                .iter()
                .all(|s| s.left != Some(12) && s.right != Some(12))
        );
    }

    #[test]
    fn missing_pages_are_blank() {
        assert_eq!(order(3), vec![side(None, Some(1)), side(Some(2), Some(3))]);
    }
}

//! QR codes as the PDFs print them: a small SVG drawn from the code's modules.
//!
//! A large archive prints tens of thousands of QR codes (each year's catalogue and
//! labels, every portfolio), and they were most of a first build's time: choosing
//! a code's mask is costly, and an SVG with a square per dark module is parsed,
//! converted and compressed square by square. So codes are made by `fast_qr`
//! (which scores the eight masks about six times faster than the `qrcode` crate),
//! each URL's code once per process and kept, and the SVG covers the dark modules
//! with as few rectangles as a greedy pass finds (about a third of the squares),
//! each drawn as one stroked line.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::sync::{LazyLock, Mutex};

use fast_qr::{ECL, QRBuilder};
use typst::foundations::Bytes;

/// How many codes are kept before the store starts again: far more than a year's
/// or a site's exhibits, so a build makes each code once, while a long `ozyq serve`
/// session whose addresses keep changing does not grow without end.
const KEPT: usize = 100_000;

static MADE: LazyLock<Mutex<HashMap<String, Bytes>>> = LazyLock::new(Default::default);

/// The QR code that opens `url`, as SVG (error correction M, no quiet zone: the
/// layouts leave white around it); empty if `url` is too long for a QR code.
pub fn svg(url: &str) -> Bytes {
    if let Some(made) = lock().get(url) {
        return made.clone();
    }
    let drawn = Bytes::new(draw(url).unwrap_or_default().into_bytes());
    let mut made = lock();
    if made.len() >= KEPT {
        made.clear();
    }
    made.insert(url.to_string(), drawn.clone());
    drawn
}

fn lock() -> std::sync::MutexGuard<'static, HashMap<String, Bytes>> {
    // The map holds finished values only, so one a panicking thread left is whole.
    MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The modules of the code of `url`, row by row (true for dark).
fn modules(url: &str) -> Option<Vec<bool>> {
    let code = QRBuilder::new(url).ecl(ECL::M).build().ok()?;
    let n = code.size;
    Some(code.data[..n * n].iter().map(|m| m.value()).collect())
}

/// Draws the code of `url` in module units: a white square, and the dark modules
/// covered by rectangles, each as wide as its row allows and then as tall as the
/// rows below repeat it.
///
/// Each rectangle is drawn as a line along its long side, stroked as wide as its
/// short side (butt ends, so it covers exactly the rectangle): two points where a
/// filled rectangle has four. The PDF writer compresses every page's drawing, and
/// the codes are most of what the catalogues and portfolios draw, so half the
/// points is a good part of a first build's time. The lines of one width and
/// direction share a path, shifted by half the width so that their points stay
/// whole numbers.
fn draw(url: &str) -> Option<String> {
    let mut left = modules(url)?;
    let n = left.len().isqrt();
    // (across, width) → the path data of its lines.
    let mut paths: BTreeMap<(bool, usize), String> = BTreeMap::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !left[y * n + x] {
                x += 1;
                continue;
            }
            let end = (x..n).find(|&i| !left[y * n + i]).unwrap_or(n);
            let bottom = (y + 1..n)
                .find(|&row| !(x..end).all(|i| left[row * n + i]))
                .unwrap_or(n);
            for row in y..bottom {
                left[row * n + x..row * n + end].fill(false);
            }
            let (w, h) = (end - x, bottom - y);
            let across = w >= h;
            let d = paths.entry((across, w.min(h))).or_default();
            let _ = if across {
                write!(d, "M{x} {y}h{w}")
            } else {
                write!(d, "M{x} {y}v{h}")
            };
            x = end;
        }
    }
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" \
         width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\">\
         <path fill=\"#fff\" d=\"M0 0h{n}v{n}H0z\"/>",
        px = n * 4
    );
    for ((across, width), d) in paths {
        let half = if width % 2 == 0 {
            (width / 2).to_string()
        } else {
            format!("{}.5", width / 2)
        };
        let (dx, dy) = if across { ("0", &*half) } else { (&*half, "0") };
        let _ = write!(
            svg,
            "<path fill=\"none\" stroke=\"#000\" stroke-width=\"{width}\" \
             transform=\"translate({dx} {dy})\" d=\"{d}\"/>"
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules the SVG's lines cover, read back from its paths.
    fn covered(svg: &str, n: usize) -> Vec<bool> {
        let mut grid = vec![false; n * n];
        for path in svg.split("<path fill=\"none\"").skip(1) {
            let attr = |name: &str| {
                let from = path.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                &path[from..from + path[from..].find('"').unwrap()]
            };
            let width: usize = attr("stroke-width").parse().unwrap();
            let shift = attr("transform");
            for line in attr("d").split('M').filter(|l| !l.is_empty()) {
                let across = line.contains('h');
                let nums: Vec<usize> = line
                    .split([' ', 'h', 'v'])
                    .map(|s| s.parse().unwrap())
                    .collect();
                let [x, y, len] = nums[..] else {
                    panic!("{line}")
                };
                let half = format!("{}", width as f64 / 2.0);
                let (w, h) = if across {
                    assert_eq!(shift, format!("translate(0 {half})"));
                    (len, width)
                } else {
                    assert_eq!(shift, format!("translate({half} 0)"));
                    (width, len)
                };
                for row in y..y + h {
                    for col in x..x + w {
                        assert!(!grid[row * n + col], "{line} overlaps another line");
                        grid[row * n + col] = true;
                    }
                }
            }
        }
        grid
    }

    #[test]
    fn the_rectangles_cover_exactly_the_dark_modules() {
        for url in [
            "https://college.kz/otm/",
            "https://college.kz/otm/articles/2025-2026/sabaqtagy-sandyq-qural/",
            &format!("https://example.org/{}", "ә".repeat(40)),
        ] {
            let dark = modules(url).unwrap();
            let n = dark.len().isqrt();
            let svg = draw(url).unwrap();
            assert_eq!(covered(&svg, n), dark, "{url}");
            assert!(svg.contains(&format!("viewBox=\"0 0 {n} {n}\"")));
            // Far fewer lines than dark modules.
            let rects = svg.matches('M').count() - 1;
            let modules = dark.iter().filter(|d| **d).count();
            assert!(
                rects * 2 < modules,
                "{rects} rectangles for {modules} modules"
            );
        }
    }

    #[test]
    fn a_code_is_made_once_and_an_impossible_one_is_empty() {
        let url = "https://college.kz/otm/once/";
        let first = svg(url);
        assert_eq!(first.as_ptr(), svg(url).as_ptr());
        assert!(svg(&"x".repeat(5000)).is_empty());
    }
}

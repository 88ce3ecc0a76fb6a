//! QR codes as the PDFs print them: a PNG of one pixel per module, printed
//! without smoothing (the layouts set `scaling: "pixelated"`), so that each
//! module is a sharp square at any size.
//!
//! A large archive prints tens of thousands of QR codes (each year's catalogue and
//! labels, every portfolio), and they were a good part of a first build's time.
//! Drawn as vectors, each code was an SVG that Typst parsed, converted and the PDF
//! writer compressed, line by line, in every PDF that printed it: about a tenth of
//! a cold build of the 10,000-entry archive. A code's image is a few hundred bytes
//! the PDF keeps as it is. Codes are made by `fast_qr` (which scores the eight
//! masks about six times faster than the `qrcode` crate), each URL's code once per
//! process and kept.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use fast_qr::{ECL, QRBuilder};
use image::ImageEncoder;
use typst::foundations::Bytes;

/// How many codes are kept before the store starts again: far more than a year's
/// or a site's exhibits, so a build makes each code once, while a long `ozyq serve`
/// session whose addresses keep changing does not grow without end.
const KEPT: usize = 100_000;

static MADE: LazyLock<Mutex<HashMap<String, Bytes>>> = LazyLock::new(Default::default);

/// The QR code that opens `url`, as a PNG (error correction M, no quiet zone: the
/// layouts leave white around it); empty if `url` is too long for a QR code.
pub fn png(url: &str) -> Bytes {
    if let Some(made) = lock().get(url) {
        return made.clone();
    }
    let drawn = Bytes::new(draw(url).unwrap_or_default());
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

/// The code of `url` as a greyscale PNG, black modules on white, a pixel each.
fn draw(url: &str) -> Option<Vec<u8>> {
    let dark = modules(url)?;
    let n = u32::try_from(dark.len().isqrt()).ok()?;
    let pixels: Vec<u8> = dark.iter().map(|&d| if d { 0 } else { 255 }).collect();
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(&pixels, n, n, image::ExtendedColorType::L8)
        .ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_holds_exactly_the_dark_modules() {
        for url in [
            "https://college.kz/otm/",
            "https://college.kz/otm/articles/2025-2026/sabaqtagy-sandyq-qural/",
            &format!("https://example.org/{}", "ә".repeat(40)),
        ] {
            let dark = modules(url).unwrap();
            let n = dark.len().isqrt() as u32;
            let png = draw(url).unwrap();
            let read = image::load_from_memory(&png).unwrap().to_luma8();
            assert_eq!(read.dimensions(), (n, n), "{url}");
            let shown: Vec<bool> = read.pixels().map(|p| p.0[0] == 0).collect();
            assert_eq!(shown, dark, "{url}");
        }
    }

    #[test]
    fn a_code_is_made_once_and_an_impossible_one_is_empty() {
        let url = "https://college.kz/otm/once/";
        let first = png(url);
        assert_eq!(first.as_ptr(), png(url).as_ptr());
        assert!(png(&"x".repeat(5000)).is_empty());
    }
}

//! Photos: what a build needs to know of one before it is shown (its upright
//! size, read from its headers without decoding it), and the copies a site
//! publishes instead of the original ([`encode`]): upright, without any metadata
//! (GPS position, camera, owner), in a few widths, kept in `.ozyq-cache/images/`
//! by content hash ([`cache`]).

pub mod cache;
pub mod encode;

use std::io::Cursor;
use std::path::Path;

use crate::messages::Text;
use crate::t;

use image::metadata::Orientation;
use image::{ImageDecoder, ImageReader, Limits};

/// The widths a photo is published in, px; a photo narrower than one is
/// published at its own width instead of the wider ones (never enlarged).
pub const WIDTHS: [u32; 3] = [480, 960, 1600];

/// The width pages show when a browser does not choose from `srcset`.
pub const DEFAULT_WIDTH: u32 = 960;

/// How large a photo may be before anything is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PhotoLimits {
    /// The most pixels (width × height); a larger one is refused before its
    /// pixels are allocated (a «decompression bomb» is a small file that claims
    /// a huge size).
    pub max_pixels: u64,
}

/// The default limits: 50 megapixels, more than any phone camera makes.
pub const LIMITS: PhotoLimits = PhotoLimits {
    max_pixels: 50_000_000,
};

/// The formats a photo is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Photos: JPEG sources, WebP sources (re-encoded for every browser).
    Jpeg,
    /// Drawings, screenshots and pictures with transparency: PNG stays PNG.
    Png,
}

impl Format {
    /// The file extension of a copy in this format.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }
}

/// What a photo is, read from its headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Probe {
    /// Its width once upright, px.
    pub width: u32,
    /// Its height once upright, px.
    pub height: u32,
    /// The format its copies are written in.
    pub format: Format,
    /// A hash of the file's bytes: the cache's key.
    pub hash: u64,
}

impl Probe {
    /// The widths of its copies, narrowest first: those of [`WIDTHS`] narrower
    /// than the photo, then the photo's own width if it is narrower than the
    /// widest.
    pub fn widths(&self) -> Vec<u32> {
        let mut out: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < self.width).collect();
        let top = self.width.min(WIDTHS[WIDTHS.len() - 1]);
        if out.last() != Some(&top) {
            out.push(top);
        }
        out
    }

    /// The height of its copy `width` wide, rounded, at least 1.
    pub fn height_at(&self, width: u32) -> u32 {
        ((u64::from(self.height) * u64::from(width) + u64::from(self.width) / 2)
            / u64::from(self.width).max(1))
        .max(1) as u32
    }

    /// The width pages show by default: [`DEFAULT_WIDTH`], or the widest copy
    /// when the photo is narrower.
    pub fn default_width(&self) -> u32 {
        let widths = self.widths();
        widths
            .iter()
            .copied()
            .find(|&w| w >= DEFAULT_WIDTH)
            .unwrap_or(widths[widths.len() - 1])
    }
}

/// Why a photo cannot be published.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    /// The file is empty.
    #[error("the image file is empty")]
    Empty,
    /// A format browsers or this build do not read (HEIC, TIFF, BMP).
    #[error("{0} images cannot be shown on the site")]
    Unsupported(&'static str),
    /// The file is not the image its name says.
    #[error("this is not a {expected} image (its content is not one)")]
    NotAnImage {
        /// The format its name says.
        expected: &'static str,
    },
    /// More pixels than the limit.
    #[error("the image is {width} × {height} pixels, more than the {max} megapixels allowed")]
    TooLarge {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
        /// The limit, in megapixels.
        max: u64,
    },
    /// A JPEG cut short: it was not copied whole.
    #[error(
        "the image cannot be read: the file ends before the picture does (it was not copied whole)"
    )]
    Truncated,
    /// An image of no pixels.
    #[error("the image cannot be read: it has no pixels")]
    NoPixels,
    /// A file damaged otherwise, with the image library's words.
    #[error("the image cannot be read: {0}")]
    Damaged(String),
    /// The file could not be read at all: the kind of OS error, and its words.
    #[error("cannot read the file: {1}")]
    Io(std::io::ErrorKind, String),
}

impl PhotoError {
    /// An OS error while reading the photo.
    pub fn io(e: &std::io::Error) -> Self {
        PhotoError::Io(e.kind(), e.to_string())
    }

    /// What is wrong, to say in the user's language; its English is the error's
    /// `Display`.
    pub fn text(&self) -> Text {
        match self {
            PhotoError::Empty => t!("images-empty"),
            PhotoError::Unsupported(format) => t!("images-unsupported", format = *format),
            PhotoError::NotAnImage { expected } => {
                t!("images-not-an-image", format = *expected)
            }
            PhotoError::TooLarge { width, height, max } => t!(
                "images-too-large",
                width = *width,
                height = *height,
                max = *max
            ),
            PhotoError::Truncated => t!("images-truncated"),
            PhotoError::NoPixels => t!("images-no-pixels"),
            PhotoError::Damaged(detail) => t!("images-damaged", detail = detail),
            PhotoError::Io(kind, words) => t!(
                "images-cannot-read",
                error = crate::messages::io_error_kind(*kind, words)
            ),
        }
    }

    /// What to do about it, for the message.
    pub fn hint(&self) -> Text {
        match self {
            PhotoError::Unsupported(_) => t!("images-save-as-jpeg-hint"),
            PhotoError::TooLarge { .. } => t!("images-make-smaller-hint"),
            PhotoError::Empty
            | PhotoError::Truncated
            | PhotoError::NoPixels
            | PhotoError::Damaged(_)
            | PhotoError::NotAnImage { .. } => t!("images-copy-again-hint"),
            PhotoError::Io(..) => t!("images-check-file-hint"),
        }
    }
}

/// Whether a content file is a photo the build publishes as copies, by its
/// name: JPEG, PNG and WebP.
pub fn is_photo(path: &Path) -> bool {
    matches!(ext(path).as_str(), "jpg" | "jpeg" | "png" | "webp")
}

/// Whether a content file is a picture browsers cannot show, which a page
/// should not point at: HEIC/HEIF, TIFF, BMP.
pub fn is_unshowable(path: &Path) -> Option<&'static str> {
    match ext(path).as_str() {
        "heic" | "heif" => Some("HEIC"),
        "tif" | "tiff" => Some("TIFF"),
        "bmp" => Some("BMP"),
        _ => None,
    }
}

fn ext(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// What the bytes of a file are, by their first bytes, when not one of the
/// formats decoded here.
fn sniff_other(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        if [b"heic", b"heix", b"mif1", b"msf1", b"heim", b"hevc"]
            .iter()
            .any(|b| brand == *b)
        {
            return Some("HEIC");
        }
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return Some("TIFF");
    }
    if bytes.starts_with(b"BM") {
        return Some("BMP");
    }
    None
}

/// Whether a JPEG file holds its whole picture: its end marker follows the
/// picture's data. The decoder fills a cut file with grey without a word, and a
/// photo copied half-way off a phone is common. The segments before the picture
/// (EXIF with its own thumbnail among them) are stepped over by their lengths;
/// bytes after the end marker (phones append motion-photo videos) do not matter.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let mut i = 2; // after SOI
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1; // fill byte
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        if marker == 0xDA {
            // Start of scan: entropy-coded data, in which 0xFF is followed only
            // by 0x00 or a restart marker, until the end marker (or another scan).
            return bytes
                .get(i + 2 + len..)
                .is_some_and(|data| data.windows(2).any(|w| w == [0xFF, 0xD9]));
        }
        i += 2 + len;
    }
    false
}

/// Whether an orientation turns the picture a quarter turn (its width becomes
/// its height).
pub(crate) fn swaps_axes(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// A reader of `bytes` whose format is told by their content, with `limits`.
pub(crate) fn reader(
    bytes: &[u8],
    limits: PhotoLimits,
) -> Result<ImageReader<Cursor<&[u8]>>, PhotoError> {
    let mut r = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| PhotoError::io(&e))?;
    let mut l = Limits::default();
    // Three bytes a pixel, twice over (the decoded photo and its copy), with room.
    l.max_alloc = Some(limits.max_pixels.saturating_mul(8));
    r.limits(l);
    Ok(r)
}

/// Reads what a photo is from its bytes (`name` is its file name, for the format
/// it claims), without decoding its pixels.
pub fn probe(bytes: &[u8], name: &Path, limits: PhotoLimits) -> Result<Probe, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if let Some(other) = sniff_other(bytes) {
        return Err(PhotoError::Unsupported(other));
    }
    let claimed = match ext(name).as_str() {
        "png" => "PNG",
        "webp" => "WebP",
        _ => "JPEG",
    };
    let r = reader(bytes, limits)?;
    let format = match r.format() {
        Some(image::ImageFormat::Png) => Format::Png,
        Some(image::ImageFormat::Jpeg | image::ImageFormat::WebP) => Format::Jpeg,
        _ => return Err(PhotoError::NotAnImage { expected: claimed }),
    };
    if r.format() == Some(image::ImageFormat::Jpeg) && !jpeg_is_whole(bytes) {
        return Err(PhotoError::Truncated);
    }
    let mut decoder = r
        .into_decoder()
        .map_err(|e| PhotoError::Damaged(e.to_string()))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(PhotoError::NoPixels);
    }
    if u64::from(w) * u64::from(h) > limits.max_pixels {
        return Err(PhotoError::TooLarge {
            width: w,
            height: h,
            max: limits.max_pixels / 1_000_000,
        });
    }
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let (width, height) = if swaps_axes(orientation) {
        (h, w)
    } else {
        (w, h)
    };
    Ok(Probe {
        width,
        height,
        format,
        hash: xxhash_rust::xxh3::xxh3_64(bytes),
    })
}

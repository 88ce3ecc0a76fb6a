//! A photo's published copies: decoded once, made smaller (Lanczos, with
//! `fast_image_resize`), turned upright, and written without metadata (an
//! encoder writes only pixels, so GPS and camera data stay behind).

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, PngEncoder};
use image::metadata::Orientation;
use image::{DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, RgbImage, RgbaImage};

use super::{Format, PhotoError, PhotoLimits, Probe, reader, swaps_axes};

/// JPEG quality of the copies: photos on a page look as the originals do, at a
/// tenth of their size.
const JPEG_QUALITY: u8 = 80;

/// One copy: its width and its bytes.
#[derive(Debug, Clone)]
pub struct Copy {
    /// Its width, px.
    pub width: u32,
    /// The encoded file.
    pub bytes: Vec<u8>,
}

/// Makes the copies of a photo `widths` wide (as [`Probe::widths`] gives them),
/// each resized from the next wider one, so a phone photo is read once and
/// scaled down step by step.
pub fn copies(
    bytes: &[u8],
    probe: &Probe,
    widths: &[u32],
    limits: PhotoLimits,
) -> Result<Vec<Copy>, PhotoError> {
    let mut decoder = reader(bytes, limits)?
        .into_decoder()
        .map_err(|e| PhotoError::Damaged(e.to_string()))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image =
        DynamicImage::from_decoder(decoder).map_err(|e| PhotoError::Damaged(e.to_string()))?;
    let alpha = probe.format == Format::Png && image.color().has_alpha();
    // Pixels as RGB(A) bytes, in the photo's stored (not yet upright) frame.
    let (mut pixels, mut w, mut h) = if alpha {
        let i = image.into_rgba8();
        let (w, h) = i.dimensions();
        (i.into_raw(), w, h)
    } else {
        let i = image.into_rgb8();
        let (w, h) = i.dimensions();
        (i.into_raw(), w, h)
    };
    let pixel = if alpha {
        PixelType::U8x4
    } else {
        PixelType::U8x3
    };
    let mut resizer = Resizer::new();
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    let mut out = Vec::with_capacity(widths.len());
    // Widest first: each copy is made from the one before.
    for &width in widths.iter().rev() {
        let height = probe.height_at(width);
        // The target in the stored frame.
        let (tw, th) = if swaps_axes(orientation) {
            (height, width)
        } else {
            (width, height)
        };
        if (tw, th) != (w, h) {
            let src = ImageRef::new(w, h, &pixels, pixel)
                .map_err(|e| PhotoError::Damaged(e.to_string()))?;
            let mut dst = Image::new(tw, th, pixel);
            resizer
                .resize(&src, &mut dst, &options)
                .map_err(|e| PhotoError::Damaged(e.to_string()))?;
            pixels = dst.into_vec();
            (w, h) = (tw, th);
        }
        out.push(Copy {
            width,
            bytes: write(&pixels, w, h, alpha, probe.format, orientation)?,
        });
    }
    out.reverse();
    Ok(out)
}

/// Turns stored pixels upright and encodes them.
fn write(
    pixels: &[u8],
    w: u32,
    h: u32,
    alpha: bool,
    format: Format,
    orientation: Orientation,
) -> Result<Vec<u8>, PhotoError> {
    let broken = |e: image::ImageError| PhotoError::Damaged(e.to_string());
    let mut image = if alpha {
        DynamicImage::ImageRgba8(
            RgbaImage::from_raw(w, h, pixels.to_vec()).expect("the buffer fits its size"),
        )
    } else {
        DynamicImage::ImageRgb8(
            RgbImage::from_raw(w, h, pixels.to_vec()).expect("the buffer fits its size"),
        )
    };
    image.apply_orientation(orientation);
    let (w, h) = (image.width(), image.height());
    let mut bytes = Vec::new();
    match format {
        Format::Jpeg => JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
            .write_image(image.as_bytes(), w, h, ExtendedColorType::Rgb8)
            .map_err(broken)?,
        Format::Png => PngEncoder::new_with_quality(
            &mut bytes,
            CompressionType::Default,
            image::codecs::png::FilterType::Adaptive,
        )
        .write_image(
            image.as_bytes(),
            w,
            h,
            if alpha {
                ExtendedColorType::Rgba8
            } else {
                ExtendedColorType::Rgb8
            },
        )
        .map_err(broken)?,
    }
    Ok(bytes)
}

//! Benchmark: a site with phone-sized photos (200 JPEGs of 4000 × 3000 px, in 20
//! entries of 10). Prints the first build with an empty photo cache, a build with
//! the cache warm, the same site built without its photos, and the bytes of the
//! published copies against the originals. Not a test: it asserts nothing about
//! speed.
//!
//!     cargo bench --bench images            # 200 photos
//!     cargo bench --bench images -- 40      # another count
//!
//! The photos are generated once into `target/bench-images/N/` (gradients with
//! grain, so that they compress like photos, about 4 MB each) and reused. Each
//! build is `ozyq build` run as a process of its own.

use std::path::{Path, PathBuf};
use std::time::Instant;

use image::{ImageEncoder, RgbImage};
use rayon::prelude::*;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PER_ENTRY: usize = 10;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().expect("a parent")).expect("mkdir");
    std::fs::write(p, text).expect("write");
}

/// A 4000 × 3000 photo-like JPEG: a gradient that differs per photo, with grain.
fn photo(seed: u32) -> Vec<u8> {
    let (w, h) = (4000u32, 3000u32);
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let img = RgbImage::from_fn(w, h, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let grain = (state % 24) as i32 - 12;
        let c = |base: u32, scale: u32| {
            let v = ((base + x * scale / w + y * (255 - scale) / h) % 256) as i32 + grain;
            v.clamp(0, 255) as u8
        };
        image::Rgb([
            c(seed * 37, 180),
            c(seed * 11 + 60, 90),
            c(seed * 5 + 120, 140),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .expect("encode");
    out
}

/// The site: `n` photos in entries of [`PER_ENTRY`], each shown in its entry's
/// text; `with_photos: false` leaves the photos and their images out.
fn site(root: &Path, photos: &[PathBuf], with_photos: bool) {
    write(
        root,
        "config.yaml",
        "title: Озық тәжірибе мектебі\nbase_url: https://college.example/otm/\n",
    );
    for (e, chunk) in photos.chunks(PER_ENTRY).enumerate() {
        let dir = format!("content/open-lessons/sabaq-{e}");
        let mut body = String::from("Ашық сабақтың барысы.\n\n");
        for (i, p) in chunk.iter().enumerate() {
            if with_photos {
                let name = format!("photo-{i}.jpg");
                let dest = root.join(&dir).join(&name);
                std::fs::create_dir_all(dest.parent().expect("a parent")).expect("mkdir");
                if std::fs::hard_link(p, &dest).is_err() {
                    std::fs::copy(p, &dest).expect("copy a photo");
                }
                body.push_str(&format!("![Сабақтан сурет {i}]({name})\n\n"));
            } else {
                body.push_str(&format!("Сурет {i} орнына мәтін.\n\n"));
            }
        }
        write(
            root,
            &format!("{dir}/index.md"),
            &format!(
                "---\ntitle: Ашық сабақ {e}\ndate: 2025-10-{:02}\nauthors: [\"Әбенова Гүлнар\"]\n{}---\n{body}",
                1 + e % 28,
                if with_photos {
                    "cover: photo-0.jpg\n"
                } else {
                    ""
                }
            ),
        );
    }
}

/// Runs `ozyq build` as a user does, in a process of its own (so that nothing
/// read by an earlier build in this process is reused).
fn build(root: &Path, out: &Path) -> f64 {
    let t = Instant::now();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .arg("--root")
        .arg(root)
        .args(["build", "--force", "--output"])
        .arg(out)
        .output()
        .expect("run ozyq");
    assert!(
        run.status.success(),
        "the build failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    t.elapsed().as_secs_f64()
}

fn bytes_of(dir: &Path, ext: &str) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == ext))
        .map(|e| e.metadata().map_or(0, |m| m.len()))
        .sum()
}

fn main() {
    ozyq::memory::small_pages();
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-images");
    let originals = target.join(n.to_string());
    std::fs::create_dir_all(&originals).expect("mkdir");
    let photos: Vec<PathBuf> = (0..n)
        .map(|i| originals.join(format!("p{i}.jpg")))
        .collect();
    let t = Instant::now();
    photos.par_iter().enumerate().for_each(|(i, p)| {
        if !p.exists() {
            std::fs::write(p, photo(i as u32 + 1)).expect("write a photo");
        }
    });
    let original_bytes: u64 = photos
        .iter()
        .map(|p| p.metadata().map_or(0, |m| m.len()))
        .sum();
    println!(
        "{n} photos of 4000 × 3000, {:.0} MB, ready in {:.1} s",
        original_bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );

    let work = tempfile::tempdir().expect("a temporary folder");
    let with = work.path().join("with");
    let without = work.path().join("without");
    site(&with, &photos, true);
    site(&without, &photos, false);
    let out = work.path().join("out");
    let cold = build(&with, &out.join("a"));
    let published = bytes_of(&out.join("a"), "jpg");
    let warm: f64 = (0..3)
        .map(|_| build(&with, &out.join("b")))
        .fold(f64::MAX, f64::min);
    let bare: f64 = (0..3)
        .map(|_| build(&without, &out.join("c")))
        .fold(f64::MAX, f64::min);
    println!("first build (no cached copies): {cold:.2} s");
    println!("warm build (copies from .ozyq-cache/images): {warm:.3} s (best of 3)");
    println!(
        "the same site without photos: {bare:.3} s (best of 3); photos add {:.3} s warm",
        warm - bare
    );
    println!(
        "published copies: {:.1} MB, {:.1} % of the originals",
        published as f64 / 1e6,
        100.0 * published as f64 / original_bytes as f64
    );
    webp_against_jpeg(&out.join("a/open-lessons/sabaq-0/photo-1-1600.jpg"));
}

/// The image crate writes WebP only losslessly: what that would weigh against
/// the JPEG copy of the same pixels.
fn webp_against_jpeg(copy: &Path) {
    let jpeg = std::fs::read(copy).expect("a 1600 px copy");
    let pixels = image::load_from_memory(&jpeg).expect("decode").to_rgb8();
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .write_image(
            pixels.as_raw(),
            pixels.width(),
            pixels.height(),
            image::ExtendedColorType::Rgb8,
        )
        .expect("encode WebP");
    println!(
        "a 1600 px copy: JPEG {} KB, lossless WebP {} KB ({:.1}×)",
        jpeg.len() / 1024,
        webp.len() / 1024,
        webp.len() as f64 / jpeg.len() as f64
    );
}

//! Makes the sample site's photos: drawn scenes of a classroom, a seminar and an
//! exhibition, with grain, so that they compress like phone photos, and one
//! stored on its side with an EXIF orientation, as phones write them. They are
//! committed to the repository; run this only to make them again.
//!
//!     cargo run --release --example sample_photos
//!
//! Writes into `content/` and `data/photos/` of the sample site (the current
//! folder), about 1.2 MB in all.

use std::path::Path;

use image::{ImageEncoder, Rgb, RgbImage};

/// A scene's palette and layout, varied by `seed`.
#[derive(Clone, Copy)]
enum Scene {
    /// Students at desks facing a board.
    Lesson,
    /// Rows of people facing a projected slide with a bar chart.
    Seminar,
    /// Tables with stands of posters.
    Exhibition,
    /// A head and shoulders against a plain wall.
    Portrait,
}

/// A small deterministic random source (xorshift).
struct Noise(u32);

impl Noise {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n.max(1)
    }
}

fn mix(a: [u8; 3], b: [u8; 3], t: f32) -> [u8; 3] {
    let t = t.clamp(0.0, 1.0);
    [0, 1, 2].map(|i| (f32::from(a[i]) * (1.0 - t) + f32::from(b[i]) * t) as u8)
}

fn rect(img: &mut RgbImage, x0: i64, y0: i64, w: i64, h: i64, c: [u8; 3]) {
    let (iw, ih) = (i64::from(img.width()), i64::from(img.height()));
    for y in y0.max(0)..(y0 + h).min(ih) {
        for x in x0.max(0)..(x0 + w).min(iw) {
            img.put_pixel(x as u32, y as u32, Rgb(c));
        }
    }
}

fn ellipse(img: &mut RgbImage, cx: i64, cy: i64, rx: i64, ry: i64, c: [u8; 3]) {
    let (iw, ih) = (i64::from(img.width()), i64::from(img.height()));
    for y in (cy - ry).max(0)..(cy + ry).min(ih) {
        for x in (cx - rx).max(0)..(cx + rx).min(iw) {
            let (dx, dy) = ((x - cx) as f32 / rx as f32, (y - cy) as f32 / ry as f32);
            if dx * dx + dy * dy <= 1.0 {
                img.put_pixel(x as u32, y as u32, Rgb(c));
            }
        }
    }
}

/// A person seen from behind or the front: shoulders and a head.
fn person(img: &mut RgbImage, n: &mut Noise, cx: i64, base: i64, size: i64) {
    let shirts = [
        [38, 70, 120],
        [150, 40, 50],
        [60, 110, 70],
        [200, 200, 205],
        [90, 60, 110],
        [30, 30, 35],
    ];
    let skins = [[224, 182, 150], [198, 150, 112], [170, 120, 90]];
    let hair = [[30, 22, 18], [60, 40, 25], [20, 20, 20], [110, 80, 50]];
    let shirt = shirts[n.below(6) as usize];
    ellipse(img, cx, base, size, size * 9 / 10, shirt);
    ellipse(
        img,
        cx,
        base - size * 11 / 10,
        size * 11 / 20,
        size * 13 / 20,
        skins[n.below(3) as usize],
    );
    ellipse(
        img,
        cx,
        base - size * 13 / 10,
        size * 12 / 20,
        size * 9 / 20,
        hair[n.below(4) as usize],
    );
}

fn draw(scene: Scene, w: u32, h: u32, seed: u32) -> RgbImage {
    let mut n = Noise(seed.wrapping_mul(2_654_435_761).max(1));
    let (wi, hi) = (i64::from(w), i64::from(h));
    let wall = match scene {
        Scene::Lesson => [222, 214, 190],
        Scene::Seminar => [205, 210, 214],
        Scene::Exhibition => [232, 228, 220],
        Scene::Portrait => [176, 192, 206],
    };
    let floor_at = match scene {
        Scene::Portrait => h,
        _ => h * 62 / 100,
    };
    let mut img = RgbImage::from_fn(w, h, |_, y| {
        if y < floor_at {
            Rgb(mix(wall, [150, 145, 130], y as f32 / h as f32 * 0.6))
        } else {
            Rgb(mix(
                [150, 110, 75],
                [95, 65, 45],
                (y - floor_at) as f32 / h as f32 * 2.5,
            ))
        }
    });
    match scene {
        Scene::Lesson => {
            // A window with sky, the board with chalk lines, rows of desks.
            rect(
                &mut img,
                wi * 3 / 100,
                hi * 12 / 100,
                wi / 7,
                hi * 36 / 100,
                [240, 240, 236],
            );
            rect(
                &mut img,
                wi * 4 / 100,
                hi * 13 / 100,
                wi / 8,
                hi * 34 / 100,
                [150, 190, 225],
            );
            rect(
                &mut img,
                wi * 28 / 100,
                hi * 14 / 100,
                wi * 48 / 100,
                hi * 30 / 100,
                [40, 70, 55],
            );
            for line in 0..5 {
                let len = wi * (18 + i64::from(n.below(22))) / 100;
                let y = hi * (18 + line * 5) / 100;
                rect(
                    &mut img,
                    wi * 31 / 100,
                    y,
                    len,
                    (hi / 200).max(2),
                    [215, 222, 215],
                );
            }
            for row in 0..3i64 {
                let y = hi * (66 + row * 12) / 100;
                let size = wi * (5 + row * 2) / 100;
                for col in 0..4i64 {
                    let cx = wi * (14 + col * 24) / 100 + i64::from(n.below(30)) - 15;
                    person(&mut img, &mut n, cx, y, size / 2);
                    rect(
                        &mut img,
                        cx - size,
                        y + size / 4,
                        size * 2,
                        size / 3,
                        [120, 85, 55],
                    );
                }
            }
        }
        Scene::Seminar => {
            // A screen with a bar chart, a speaker, and rows of listeners.
            rect(
                &mut img,
                wi * 30 / 100,
                hi * 8 / 100,
                wi * 42 / 100,
                hi * 34 / 100,
                [248, 248, 248],
            );
            for bar in 0..5i64 {
                let bh = hi * (6 + i64::from(n.below(20))) / 100;
                rect(
                    &mut img,
                    wi * (35 + bar * 7) / 100,
                    hi * 38 / 100 - bh,
                    wi * 4 / 100,
                    bh,
                    [30, 90, 140],
                );
            }
            person(&mut img, &mut n, wi * 82 / 100, hi * 50 / 100, wi * 5 / 100);
            for row in 0..3i64 {
                let y = hi * (70 + row * 13) / 100;
                let size = wi * (6 + row * 2) / 100;
                for col in 0..6i64 {
                    let cx = wi * (8 + col * 17) / 100 + i64::from(n.below(20)) - 10;
                    person(&mut img, &mut n, cx, y, size / 2);
                }
            }
        }
        Scene::Exhibition => {
            // Tables with stands, each stand a poster of a few coloured blocks.
            for t in 0..3i64 {
                let x = wi * (4 + t * 33) / 100;
                rect(
                    &mut img,
                    x,
                    hi * 18 / 100,
                    wi * 26 / 100,
                    hi * 38 / 100,
                    [250, 250, 246],
                );
                let accent = [[180, 60, 60], [40, 110, 150], [70, 130, 70]][t as usize];
                rect(
                    &mut img,
                    x + wi / 50,
                    hi * 21 / 100,
                    wi * 22 / 100,
                    hi * 6 / 100,
                    accent,
                );
                for k in 0..3i64 {
                    let len = wi * (8 + i64::from(n.below(12))) / 100;
                    rect(
                        &mut img,
                        x + wi / 50,
                        hi * (31 + k * 6) / 100,
                        len,
                        hi / 60,
                        [90, 90, 90],
                    );
                }
                rect(
                    &mut img,
                    x - wi / 100,
                    hi * 58 / 100,
                    wi * 28 / 100,
                    hi * 5 / 100,
                    [110, 75, 50],
                );
            }
            for k in 0..4i64 {
                let cx = wi * (12 + k * 25) / 100 + i64::from(n.below(40)) - 20;
                person(&mut img, &mut n, cx, hi * 88 / 100, wi * 6 / 100);
            }
        }
        Scene::Portrait => {
            // Shoulders, hair, the face in front of it, and the eyes.
            let (cx, s) = (wi / 2, wi / 100);
            ellipse(&mut img, cx, hi * 104 / 100, s * 46, s * 36, [38, 70, 120]);
            rect(
                &mut img,
                cx - s * 7,
                hi * 56 / 100,
                s * 14,
                s * 20,
                [205, 160, 122],
            );
            ellipse(&mut img, cx, hi * 40 / 100, s * 22, s * 26, [40, 28, 22]);
            ellipse(&mut img, cx, hi * 44 / 100, s * 17, s * 22, [214, 170, 134]);
            for dx in [-7, 7] {
                ellipse(&mut img, cx + s * dx, hi * 42 / 100, s * 2, s, [50, 40, 35]);
            }
            rect(
                &mut img,
                cx - s * 5,
                hi * 52 / 100,
                s * 10,
                s,
                [170, 90, 90],
            );
        }
    }
    // Grain and a soft vignette, as a phone camera leaves them.
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let d = ((x as f32 - cx) / cx).powi(2) + ((y as f32 - cy) / cy).powi(2);
        let shade = 1.0 - 0.18 * d.min(2.0);
        let grain = (n.below(13) as f32) - 6.0;
        for c in &mut p.0 {
            *c = (f32::from(*c) * shade + grain).clamp(0.0, 255.0) as u8;
        }
    }
    img
}

/// EXIF holding only an orientation (a little-endian TIFF directory).
fn exif(orientation: u8) -> Vec<u8> {
    let mut e = b"II\x2a\0\x08\0\0\0".to_vec();
    e.extend_from_slice(&[1, 0]);
    e.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0]);
    e.extend_from_slice(&[0, 0, 0, 0]);
    e
}

/// Writes a scene as a JPEG; `sideways` stores it turned a quarter to the left
/// with EXIF orientation 6, which a build must turn upright.
fn write(path: &str, scene: Scene, (w, h): (u32, u32), seed: u32, sideways: bool) {
    let mut img = draw(scene, w, h, seed);
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 82);
    if sideways {
        img = image::imageops::rotate270(&img);
        enc.set_exif_metadata(exif(6)).expect("EXIF");
    }
    enc.write_image(
        img.as_raw(),
        img.width(),
        img.height(),
        image::ExtendedColorType::Rgb8,
    )
    .expect("encode");
    let path = Path::new(path);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, &out).expect("write");
    println!("{} ({} KB)", path.display(), out.len() / 1024);
}

fn main() {
    let lesson = "content/open-lessons/abai-shygarmashylygy-ashyq-sabaq";
    write(
        &format!("{lesson}/sabaq-1.jpg"),
        Scene::Lesson,
        (1600, 1200),
        1,
        false,
    );
    write(
        &format!("{lesson}/sabaq-2.jpg"),
        Scene::Lesson,
        (1600, 1200),
        2,
        true,
    );
    write(
        &format!("{lesson}/sabaq-3.jpg"),
        Scene::Lesson,
        (1600, 1200),
        3,
        false,
    );
    write(
        &format!("{lesson}/taqta.jpg"),
        Scene::Seminar,
        (1200, 1600),
        4,
        false,
    );
    let bulletin = "content/bulletins/otm-byulleteni-2-oqu-zhyly-qorytyndysy";
    write(
        &format!("{bulletin}/seminar.jpg"),
        Scene::Seminar,
        (1600, 1000),
        5,
        false,
    );
    write(
        &format!("{bulletin}/korme.jpg"),
        Scene::Exhibition,
        (1600, 1067),
        6,
        false,
    );
    write(
        "data/photos/usenova.jpg",
        Scene::Portrait,
        (600, 800),
        7,
        false,
    );
    write(
        "data/catalogue-cover.jpg",
        Scene::Exhibition,
        (1800, 1000),
        8,
        false,
    );
}

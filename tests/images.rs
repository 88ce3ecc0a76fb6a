//! Photos: published as upright copies in a few widths without their metadata,
//! shown with `srcset`, `width` and `height`, made once and then taken from the
//! cache; a photo that cannot be read is an error at its file.

mod common;

use std::io::Cursor;

use common::Fixture;
use image::{ImageEncoder, RgbImage};

/// EXIF with one entry, Orientation = `o` (a little-endian TIFF directory), and a
/// camera model, which the copies must not carry.
fn exif(o: u8) -> Vec<u8> {
    let mut e = b"II\x2a\0\x08\0\0\0".to_vec();
    e.extend_from_slice(&[2, 0]); // two entries
    e.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, o, 0, 0, 0]); // Orientation
    // Model (0x0110), ASCII, 8 bytes at offset 38.
    e.extend_from_slice(&[0x10, 0x01, 2, 0, 8, 0, 0, 0, 38, 0, 0, 0]);
    e.extend_from_slice(&[0, 0, 0, 0]); // no next directory
    e.extend_from_slice(b"Camera1\0");
    e
}

/// A `w`×`h` JPEG, left half red and right half blue as stored, with
/// `orientation` in its EXIF.
fn jpeg(w: u32, h: u32, orientation: u8) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, _| {
        if x < w / 2 {
            image::Rgb([220, 30, 30])
        } else {
            image::Rgb([30, 30, 220])
        }
    });
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
    enc.set_exif_metadata(exif(orientation)).unwrap();
    enc.write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// CRC-32 of PNG chunks.
fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xffff_ffffu32;
    for &b in bytes {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// A small PNG file whose header claims `w` × `h` pixels: a «decompression bomb»
/// would hold the pixels too, compressed to almost nothing.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00]);
    chunk(b"IEND", &[]);
    out
}

fn site() -> Fixture {
    let f = Fixture::valid();
    f.write_bytes("content/open-lessons/sabaq/photo.jpg", &jpeg(1200, 800, 6));
    f.write_bytes("content/open-lessons/sabaq/big.jpg", &jpeg(2400, 1600, 1));
    f.write(
        "content/open-lessons/sabaq/index.md",
        "---\ntitle: Сабақ\ndate: 2025-03-01\nauthors: [abenova-g]\ncover: big.jpg\n---\n\
         Кіріспе.\n\n![Сабақ *барысы*](photo.jpg \"Тақтада\")\n\nСоңы.\n",
    );
    f
}

fn decode(bytes: &[u8]) -> image::DynamicImage {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .unwrap()
        .decode()
        .unwrap()
}

#[test]
fn photos_are_published_as_upright_copies_without_metadata() {
    let f = site();
    f.build_ok();
    let dir = f.path("output/open-lessons/sabaq");
    // The stored 1200×800 photo turned a quarter: 800×1200, so 480 and its own 800.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".jpg"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "big-1600.jpg",
            "big-480.jpg",
            "big-960.jpg",
            "photo-480.jpg",
            "photo-800.jpg"
        ]
    );
    for (name, w, h) in [
        ("photo-480.jpg", 480, 720),
        ("photo-800.jpg", 800, 1200),
        ("big-960.jpg", 960, 640),
        ("big-1600.jpg", 1600, 1067),
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let img = decode(&bytes);
        assert_eq!((img.width(), img.height()), (w, h), "{name}");
        assert!(
            !bytes.windows(4).any(|b| b == b"Exif") && !bytes.windows(7).any(|b| b == b"Camera1"),
            "{name} keeps metadata"
        );
    }
    // Upright: the stored left half (red) is now the top.
    let img = decode(&std::fs::read(dir.join("photo-800.jpg")).unwrap()).to_rgb8();
    let top = img.get_pixel(400, 100);
    let bottom = img.get_pixel(400, 1100);
    assert!(top[0] > 150 && top[2] < 100, "top is {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "bottom is {bottom:?}");

    let html = f.read("output/open-lessons/sabaq/index.html");
    assert!(
        html.contains(
            "<img src=\"../../open-lessons/sabaq/photo-800.jpg\" \
             srcset=\"../../open-lessons/sabaq/photo-480.jpg 480w, ../../open-lessons/sabaq/photo-800.jpg 800w\" \
             sizes=\"(max-width: 48rem) 100vw, 46rem\" width=\"800\" height=\"1200\" \
             alt=\"Сабақ барысы\" decoding=\"async\"><figcaption>Тақтада</figcaption></figure>"
        ),
        "{html}"
    );
    // The cover, from its copies, with its size.
    assert!(
        html.contains(
            "srcset=\"../../open-lessons/sabaq/big-480.jpg 480w, ../../open-lessons/sabaq/big-960.jpg 960w, \
             ../../open-lessons/sabaq/big-1600.jpg 1600w\""
        ) && html.contains("width=\"960\" height=\"640\""),
        "{html}"
    );
    // Shared in a message, the page shows the cover.
    assert!(
        html.contains(
            "<meta property=\"og:image\" content=\"https://college.example/otm/open-lessons/sabaq/big-960.jpg\">"
        ),
        "{html}"
    );
}

#[test]
fn a_second_build_takes_the_copies_from_the_cache() {
    let f = site();
    f.build_ok();
    let cache = f.path(".ozyq-cache/images");
    let stamps = |dir: &std::path::Path| -> Vec<(String, std::time::SystemTime)> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    e.metadata().unwrap().modified().unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let before = stamps(&cache);
    // Five copies, the cover's copy for print, and the record of what was read
    // of each photo.
    assert_eq!(before.len(), 7, "{before:?}");
    assert!(before.iter().any(|(n, _)| n == "probes.tsv"), "{before:?}");
    let first = std::fs::read(f.path("output/open-lessons/sabaq/photo-800.jpg")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    f.build_ok();
    assert_eq!(
        stamps(&cache),
        before,
        "copies were made or photos read again"
    );
    let second = std::fs::read(f.path("output/open-lessons/sabaq/photo-800.jpg")).unwrap();
    assert_eq!(first, second);
}

#[test]
fn photos_that_cannot_be_read_are_errors_at_their_files() {
    let f = site();
    f.build_ok();
    let before = f.read("output/open-lessons/sabaq/index.html");
    let good = jpeg(600, 400, 1);
    f.write_bytes("content/open-lessons/sabaq/empty.jpg", b"");
    f.write_bytes(
        "content/open-lessons/sabaq/text.png",
        b"this is a text file, not a picture\n",
    );
    f.write_bytes(
        "content/open-lessons/sabaq/cut.jpg",
        &good[..good.len() / 3],
    );
    f.write_bytes(
        "content/open-lessons/sabaq/bomb.png",
        &png_claiming(30000, 30000),
    );
    // HEIC: the start of an ISO box naming the brand.
    f.write_bytes(
        "content/open-lessons/sabaq/phone.jpg",
        b"\0\0\0\x18ftypheic\0\0\0\0mif1heic",
    );
    let err = f.build_fails();
    let at = |name: &str| format!("content/open-lessons/sabaq/{name}:1:1: ");
    for (name, needle) in [
        ("empty.jpg", "the image file is empty"),
        ("text.png", "this is not a PNG image"),
        ("cut.jpg", "the image cannot be read"),
        (
            "bomb.png",
            "30000 × 30000 pixels, more than the 50 megapixels allowed",
        ),
        ("phone.jpg", "HEIC images cannot be shown on the site"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.contains(&at(name)) && l.contains(needle)),
            "{name}: {needle}\n{err}"
        );
    }
    assert!(err.contains("Most Compatible"), "{err}");
    assert_eq!(f.read("output/open-lessons/sabaq/index.html"), before);
}

#[test]
fn a_photo_cover_is_printed_in_the_catalogue() {
    let f = site();
    f.build_ok();
    let doc = lopdf::Document::load(f.path("output/catalogue/2024-2025/catalogue.pdf")).unwrap();
    let images: Vec<(i64, i64)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(|t| t.as_name())
                .is_ok_and(|n| n == b"Image")
        })
        .filter_map(|s| {
            Some((
                s.dict.get(b"Width").ok()?.as_i64().ok()?,
                s.dict.get(b"Height").ok()?.as_i64().ok()?,
            ))
        })
        .collect();
    // 38 mm wide on A5 at 300 dpi, not the 2400 px original.
    assert!(images.contains(&(449, 299)), "{images:?}");
    assert!(!images.iter().any(|&(w, _)| w > 449), "{images:?}");

    // Made again with only the web's copies kept, the print copy (and so the
    // PDF) is the same: it is made from the original whatever the cache holds.
    let pdf = "output/catalogue/2024-2025/catalogue.pdf";
    let before = std::fs::read(f.path(pdf)).unwrap();
    std::fs::remove_dir_all(f.path(".ozyq-cache/catalogue")).unwrap();
    for e in std::fs::read_dir(f.path(".ozyq-cache/images")).unwrap() {
        let p = e.unwrap().path();
        if p.to_string_lossy().contains("-449-") {
            std::fs::remove_file(p).unwrap();
        }
    }
    f.build_ok();
    assert!(
        std::fs::read(f.path(pdf)).unwrap() == before,
        "the PDF changed"
    );
}

#[test]
fn an_image_with_a_title_is_a_figure_and_a_paragraph_of_photos_a_gallery() {
    let f = site();
    for i in 1..=3 {
        f.write_bytes(
            &format!("content/open-lessons/sabaq/g{i}.jpg"),
            &jpeg(2000, 1500, 1),
        );
    }
    f.write(
        "content/open-lessons/sabaq/index.md",
        "---\ntitle: Сабақ\ndate: 2025-03-01\nauthors: [abenova-g]\n---\n\
         Кіріспе.\n\n![Бірінші](g1.jpg \"Жұппен жұмыс\")\n![Екінші](g2.jpg)\n![](g3.jpg \"Тақта\")\n\n\
         ![Сызба](https://x.kz/s.png \"Сызбаның атауы\")\n\n\
         Мәтін ішінде ![сурет](photo.jpg \"Тақтада\") тұр.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    let html = f.read("output/open-lessons/sabaq/index.html");
    let gallery = &html[html.find("<div class=\"gallery\">").expect("a gallery")..];
    let gallery = &gallery[..gallery.find("</div>").unwrap()];
    // Each picture links to its widest copy, which the build wrote.
    for (i, caption) in [(1, Some("Жұппен жұмыс")), (2, None), (3, Some("Тақта"))] {
        let href = format!("<a href=\"../../open-lessons/sabaq/g{i}-1600.jpg\"");
        assert!(gallery.contains(&href), "{href}\n{gallery}");
        if let Some(c) = caption {
            assert!(
                gallery.contains(&format!("<figcaption>{c}</figcaption>")),
                "{gallery}"
            );
        }
    }
    assert!(f.path("output/open-lessons/sabaq/g1-1600.jpg").is_file());
    assert_eq!(gallery.matches("<figure>").count(), 3, "{gallery}");
    assert!(
        gallery.contains("sizes=\"(max-width: 30rem) 50vw, 12rem\""),
        "{gallery}"
    );
    // A picture without alt text is still a named link; its warning is given.
    assert!(gallery.contains("aria-label=\"Тақта\""), "{gallery}");
    assert!(
        err.contains("the image `g3.jpg` has no description"),
        "{err}"
    );
    // Not inside a paragraph.
    assert!(
        !html.contains("<p><div") && !html.contains("<p><figure"),
        "{html}"
    );
    // Any image alone with a title gets its caption; one inside text keeps its title.
    assert!(
        html.contains(
            "<figure class=\"picture\"><img src=\"https://x.kz/s.png\" alt=\"Сызба\" />\
             <figcaption>Сызбаның атауы</figcaption></figure>"
        ),
        "{html}"
    );
    assert!(html.contains("alt=\"сурет\" title=\"Тақтада\""), "{html}");
    // The viewer's script is loaded where there is a gallery, with its words.
    assert!(
        html.contains("static/gallery.js\" data-title=") && html.contains("data-close=\"Жабу\""),
        "{html}"
    );
    assert!(f.path("output/static/gallery.js").is_file());
    assert!(
        !f.read("output/seminars/sem/index.html")
            .contains("gallery.js")
    );
}

#[test]
fn cards_show_the_cover_or_the_first_photo_and_portfolios_the_authors_photo() {
    let f = site();
    // An entry without a cover: its card shows the first photo of its text.
    f.write_bytes("content/seminars/seminar/hall.jpg", &jpeg(1600, 1200, 1));
    f.write(
        "content/seminars/seminar/index.md",
        "---\ntitle: Семинар залы\ndate: 2025-02-01\nauthors: [omarov-n]\n---\n\
         Мәтін.\n\n![Зал](hall.jpg)\n",
    );
    f.write_bytes("data/photos/abenova.jpg", &jpeg(900, 1200, 1));
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace(
            "  position: Оқытушы\n",
            "  position: Оқытушы\n  photo: photos/abenova.jpg\n",
        ),
    );
    f.build_ok();
    let list = f.read("output/seminars/index.html");
    assert!(
        list.contains(
            "<img class=\"card-picture\" src=\"../seminars/seminar/hall-480.jpg\" \
             srcset=\"../seminars/seminar/hall-480.jpg 480w, ../seminars/seminar/hall-960.jpg 960w, \
             ../seminars/seminar/hall-1600.jpg 1600w\" sizes=\"7rem\" width=\"480\" height=\"360\" alt=\"\""
        ),
        "{list}"
    );
    // A photo's name with a space is escaped, in `srcset` above all, where a
    // space would part its address from its width.
    f.write_bytes("content/seminars/ekinshi/Зал 2.jpg", &jpeg(1000, 500, 1));
    f.write(
        "content/seminars/ekinshi/index.md",
        "---\ntitle: Екінші семинар\ndate: 2025-02-02\nauthors: [omarov-n]\ncover: Зал 2.jpg\n---\nМәтін.\n",
    );
    f.build_ok();
    let page = f.read("output/seminars/ekinshi/index.html");
    let name = "%D0%97%D0%B0%D0%BB%202";
    assert!(
        page.contains(&format!("srcset=\"../../seminars/ekinshi/{name}-480.jpg 480w, ../../seminars/ekinshi/{name}-960.jpg 960w, ../../seminars/ekinshi/{name}-1000.jpg 1000w\"")),
        "{page}"
    );
    assert!(f.path("output/seminars/ekinshi/Зал 2-480.jpg").is_file());
    // The lesson's card shows its cover; a card without a photo shows none.
    let lessons = f.read("output/open-lessons/index.html");
    assert!(
        lessons.contains("src=\"../open-lessons/sabaq/big-480.jpg\""),
        "{lessons}"
    );
    assert_eq!(lessons.matches("card-picture").count(), 1, "{lessons}");
    // A cover that is a drawing is shown as it is.
    let articles = f.read("output/articles/index.html");
    assert!(
        articles
            .contains("<img class=\"card-picture\" src=\"../articles/maqala/cover.svg\" alt=\"\""),
        "{articles}"
    );
    // The portfolio shows the author's photo from its copies; the original is
    // not published.
    let page = f.read("output/authors/abenova-g/index.html");
    assert!(
        page.contains(
            "src=\"../../authors/abenova-g/photo-480.jpg\" srcset=\"../../authors/abenova-g/photo-480.jpg 480w, \
             ../../authors/abenova-g/photo-900.jpg 900w\" sizes=\"140px\""
        ),
        "{page}"
    );
    assert!(f.path("output/authors/abenova-g/photo-900.jpg").is_file());
    assert!(!f.path("output/authors/abenova-g/photo.jpg").exists());
}

#[test]
fn an_attached_photo_is_published_as_it_is_and_large_attachments_are_warned_of() {
    let f = site();
    let original = jpeg(1200, 800, 6);
    f.write_bytes("content/open-lessons/sabaq/photo.jpg", &original);
    f.write_bytes(
        "content/open-lessons/sabaq/video.mp4",
        &vec![7u8; 1_500_000],
    );
    f.write(
        "config.yaml",
        &format!("{}attachments:\n  max_megabytes: 1\n", common::CONFIG),
    );
    f.write(
        "content/open-lessons/sabaq/index.md",
        "---\ntitle: Сабақ\ndate: 2025-03-01\nauthors: [abenova-g]\nattachments:\n  \
         - file: photo.jpg\n    title: Түпнұсқа\n  - file: video.mp4\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert_eq!(
        std::fs::read(f.path("output/open-lessons/sabaq/photo.jpg")).unwrap(),
        original
    );
    let html = f.read("output/open-lessons/sabaq/index.html");
    assert!(
        html.contains("href=\"../../open-lessons/sabaq/photo.jpg\" download>Түпнұсқа"),
        "{html}"
    );
    assert!(
        err.lines().any(
            |l| l.starts_with("warning: content/open-lessons/sabaq/index.md:8:")
                && l.contains("the attachment `video.mp4` is 1.5 MB, more than the 1 MB")
        ),
        "{err}"
    );
    assert!(!err.contains("photo.jpg` is"), "{err}");
    let (_, _, check) = f.run(&["check"]);
    assert!(check.contains("`video.mp4` is 1.5 MB"), "{check}");
}

#[test]
fn copies_of_photos_the_site_no_longer_has_leave_the_cache() {
    let f = site();
    f.build_ok();
    let count = |prefix: &str| {
        std::fs::read_dir(f.path(".ozyq-cache/images"))
            .unwrap()
            .filter(|e| (e.as_ref().unwrap().file_name().to_string_lossy()).starts_with(prefix))
            .count()
    };
    let hash = |rel: &str| {
        let probes = f.read(".ozyq-cache/images/probes.tsv");
        let line = probes
            .lines()
            .find(|l| l.ends_with(rel))
            .unwrap()
            .to_string();
        line.split('\t').nth(5).unwrap().to_string()
    };
    let old = hash("photo.jpg");
    assert_eq!(count(&old), 2);
    f.write_bytes("content/open-lessons/sabaq/photo.jpg", &jpeg(1000, 700, 1));
    f.build_ok();
    assert_eq!(count(&old), 0, "the replaced photo's copies are kept");
    assert_eq!(count(&hash("photo.jpg")), 3);
}

#[test]
fn a_link_to_a_photo_outside_the_site_is_refused() {
    let f = site();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("private.jpg"), jpeg(800, 600, 1)).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("private.jpg"),
        f.path("content/open-lessons/sabaq/linked.jpg"),
    )
    .unwrap();
    let err = f.build_fails();
    assert!(
        err.lines()
            .any(|l| l.starts_with("error: content/open-lessons/sabaq/linked.jpg")),
        "{err}"
    );
    assert!(!f.path("output/open-lessons/sabaq/linked-480.jpg").exists());
}

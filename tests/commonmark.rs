//! Every example of the CommonMark spec (0.31.2, `tests/commonmark/spec.json`)
//! renders through ozyq's Markdown renderer as through pulldown-cmark's own HTML
//! writer with the same extensions: what ozyq adds on purpose (heading ids, the
//! scrolling region around tables, links made of bare addresses) is compared
//! apart, and relative links, whose files do not exist here, stay as written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ozyq::diagnostics::Diagnostic;
use ozyq::markdown::{self, Links};
use ozyq::paths::{PathMap, PathSet};

#[derive(serde::Deserialize)]
struct Example {
    markdown: String,
    example: usize,
    section: String,
}

/// Examples in which ozyq links a bare address that CommonMark leaves as text, as
/// GitHub does. Their outputs must be equal once such links are unwrapped.
const BARE_ADDRESSES: &[(usize, &str)] = &[
    (
        602,
        "`<https://foo.bar/baz bim>` is no autolink (it has a space): the address in it is",
    ),
    (
        606,
        "`<foo\\+@bar.example.com>` is no autolink (no escapes in one): the address in it is",
    ),
    (
        608,
        "`< https://foo.bar >` is no autolink (spaces inside): the address in it is",
    ),
    (
        611,
        "`https://example.com` alone is text in CommonMark; it is",
    ),
    (
        612,
        "`foo@bar.example.com` alone is text in CommonMark; it is",
    ),
];

/// The examples of an image alone in its paragraph with a title
/// (`![foo](/url "title")`): a figure with the title as its caption.
const CAPTIONED: &[usize] = &[572, 573, 576, 577, 584, 585, 586, 588, 589, 591];

/// The examples with an image without alt text (`![](/url)`), which is a warning.
const NO_ALT_TEXT: &[usize] = &[581];

/// Examples with relative links or images (`[link](foo)`): none of their files
/// exists here, so each is reported as an error and kept as written, which is what
/// a site's author is told in a build. No other example may report anything
/// (but the warnings of [`NO_ALT_TEXT`] and [`SPACED_ADDRESSES`]).
const MISSING_FILES: &[usize] = &[
    194, 195, 203, 204, 484, 492, 495, 496, 498, 499, 500, 502, 503, 504, 517, 520, 522, 531, 573,
    576, 577, 578, 580,
];

/// Examples with a link whose address has a space (`[link](/my uri)`): shown as
/// text, as in CommonMark, with a warning that says why.
const SPACED_ADDRESSES: &[usize] = &[41, 488];

fn examples() -> Vec<Example> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/commonmark/spec.json");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn ozyq_html(md: &str, diags: &mut Vec<Diagnostic>) -> String {
    let none: PathMap<PathBuf, String> = PathMap::default();
    let failed: PathSet<PathBuf> = PathSet::default();
    let links = Links {
        source: Path::new("/site/content/spec/example.md"),
        page_dir: "spec/example/",
        page_of_source: &none,
        asset_dest: &none,
        failed_sources: &failed,
        table_label: "Table",
        task_done: "done",
        task_todo: "to do",
        footnotes: "Footnotes",
        footnote_back: "Back",
        raw_html: true,
        blocks: None,
        photos: None,
    };
    markdown::render(md, 1, &links, 0, diags).html
}

fn reference_html(md: &str) -> String {
    let mut html = String::new();
    let parser = pulldown_cmark::Parser::new_ext(md, markdown::options());
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

/// `html` without what ozyq adds on purpose, and with whitespace runs made one
/// space (none between tags).
fn normalize(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let heading = tag.len() > 3 && tag.starts_with("<h") && tag.as_bytes()[2].is_ascii_digit();
        if heading {
            // `<h2 id="x">` → `<h2>`: ids are compared by the unit tests.
            out.push_str(&tag[..3]);
            out.push('>');
        } else if !tag.starts_with("<div class=\"table-wrap\"") {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let out = out.replace("</table>\n</div>", "</table>");
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    out.replace("> <", "><")
}

/// `html` with each figure of one image and its caption written as pulldown-cmark
/// writes the image: in a paragraph, the caption its title.
fn unwrap_figures(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<figure class=\"picture\">") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "<figure class=\"picture\">".len()..];
        let Some((img, tail)) = after.split_once(" /><figcaption>") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let (caption, tail) = tail
            .split_once("</figcaption></figure>")
            .unwrap_or((tail, ""));
        out.push_str(&format!("<p>{img} title=\"{caption}\" /></p>"));
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// `html` with every link whose text is its own address (`<a href="https://x">x</a>`,
/// `www.x` → `https://www.x`, `mailto:`) replaced by the text.
fn unwrap_address_links(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<a href=\"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 9..];
        let unwrapped = after.split_once("\">").and_then(|(href, tail)| {
            let (text, tail) = tail.split_once("</a>")?;
            let href = percent_encoding::percent_decode_str(href)
                .decode_utf8()
                .ok()?;
            let bare = href
                .strip_prefix("mailto:")
                .or_else(|| {
                    href.strip_prefix("https://")
                        .filter(|h| h.starts_with("www."))
                })
                .unwrap_or(&href);
            (!text.contains('<') && bare == text).then_some((text, tail))
        });
        match unwrapped {
            Some((text, tail)) => {
                out.push_str(text);
                rest = tail;
            }
            None => {
                out.push_str(&rest[i..i + 9]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn every_commonmark_example_renders_as_pulldown_cmark_renders_it() {
    let examples = examples();
    assert_eq!(examples.len(), 652);
    let bare: HashMap<usize, &str> = BARE_ADDRESSES.iter().copied().collect();
    let (mut equal, mut with_link_errors, mut without_alt) = (0, Vec::new(), Vec::new());
    let mut spaced = Vec::new();
    let mut problems = Vec::new();
    for ex in &examples {
        let mut diags = Vec::new();
        let ours = normalize(&ozyq_html(&ex.markdown, &mut diags));
        let theirs = normalize(&reference_html(&ex.markdown));
        let (ours, theirs) = match bare.get(&ex.example) {
            Some(why) if ours == theirs => {
                problems.push(format!("example {}: {why} not linked", ex.example));
                (ours, theirs)
            }
            Some(_) => (unwrap_address_links(&ours), unwrap_address_links(&theirs)),
            None if CAPTIONED.contains(&ex.example) => {
                if !ours.contains("<figcaption>") {
                    problems.push(format!("example {}: no caption", ex.example));
                }
                (unwrap_figures(&ours), theirs)
            }
            None => (ours, theirs),
        };
        if ours == theirs && !bare.contains_key(&ex.example) {
            equal += 1;
        } else if ours != theirs {
            problems.push(format!(
                "example {} ({}):\n  markdown: {:?}\n  ozyq:     {ours}\n  pulldown: {theirs}",
                ex.example, ex.section, ex.markdown
            ));
        }
        for d in &diags {
            if d.is_error() && d.message.contains("that does not exist") {
                with_link_errors.push(ex.example);
            } else if !d.is_error() && d.message.contains("has no description (alt text)") {
                without_alt.push(ex.example);
            } else if !d.is_error() && d.message.contains("its address has a space in it") {
                spaced.push(ex.example);
            } else if !d.is_error()
                && d.message
                    .contains("starts with /, so it leads from the root")
            {
                // The examples' `/url`: kept as written, with the warning a site's
                // author gets for a path from the web server's root.
            } else {
                problems.push(format!("example {}: unexpected {d}", ex.example));
            }
        }
    }
    with_link_errors.dedup();
    without_alt.dedup();
    if without_alt != NO_ALT_TEXT {
        problems.push(format!(
            "images without alt text warned of in {without_alt:?}, expected in {NO_ALT_TEXT:?}"
        ));
    }
    if spaced != SPACED_ADDRESSES {
        problems.push(format!(
            "links with a space in their address warned of in {spaced:?}, expected in {SPACED_ADDRESSES:?}"
        ));
    }
    if with_link_errors != MISSING_FILES {
        problems.push(format!(
            "links to missing files reported in {with_link_errors:?}, expected in {MISSING_FILES:?}"
        ));
    }
    eprintln!(
        "{equal} of {} CommonMark examples render equivalent to pulldown-cmark ({} of them \
         with an image's title as a figure's caption); {} more differ only by bare addresses \
         made links ({:?}); {} report links to missing files: {with_link_errors:?}",
        examples.len(),
        CAPTIONED.len(),
        bare.len(),
        BARE_ADDRESSES.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        with_link_errors.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

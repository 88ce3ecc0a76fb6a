//! The first line of a theme file a site copied with `ozyq theme eject`: it names
//! the theme's file and a hash of it as copied, so that a build can tell when a
//! newer ozyq (or theme) changed the file the copy stands in for.
//!
//! The line is a comment in the file's own syntax, and the theme loader takes it
//! off before the file is used, so an ejected copy makes the same output as the
//! theme's file (an XML declaration must still be the first thing in sitemap.xml).

use crate::t;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Location};

/// The word the marker line is found by.
const TAG: &str = "ozyq-ejected";

/// A hash of a theme file's bytes, as written in the marker.
pub fn hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// The comment delimiters for the theme file at `rel` (`templates/base.html`), or
/// `None` when the file has no comments to carry a marker (pictures, fonts).
fn comment(rel: &str, bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let ext = rel.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if rel.starts_with("templates/") {
        // Every file under templates/ is a Tera template, whatever its extension.
        return Some(("{#", "#}"));
    }
    match ext {
        "css" | "js" => Some(("/*", "*/")),
        "typ" => Some(("//", "")),
        "svg" if bytes.starts_with(b"<svg") => Some(("<!--", "-->")),
        _ => None,
    }
}

/// The theme file's bytes with a marker line in front, or as they are when the
/// file cannot carry one.
pub fn mark(rel: &str, bytes: &[u8]) -> Vec<u8> {
    let Some((open, close)) = comment(rel, bytes) else {
        return bytes.to_vec();
    };
    let line = format!(
        "{open} {TAG} {rel} {:016x}: a copy of the theme's file; ozyq warns when the theme's file changes {close}",
        hash(bytes)
    );
    let mut out = line.trim_end().as_bytes().to_vec();
    out.push(b'\n');
    out.extend_from_slice(bytes);
    out
}

/// What a marker line says.
#[derive(Debug, PartialEq, Eq)]
pub struct Marker {
    /// The theme file the copy was made from, like `templates/base.html`.
    pub rel: String,
    /// The hash of that file's bytes when it was copied.
    pub hash: u64,
    /// The length of the line with its newline, to take it off.
    pub len: usize,
}

/// The marker on the first line of `bytes`, if there is one.
pub fn read(bytes: &[u8]) -> Option<Marker> {
    let end = bytes.iter().position(|&b| b == b'\n')?;
    let line = std::str::from_utf8(&bytes[..end]).ok()?;
    let after = &line[line.find(TAG)? + TAG.len()..];
    let mut words = after.split_whitespace();
    let rel = words.next()?.to_string();
    let hash = u64::from_str_radix(words.next()?.trim_end_matches(':'), 16).ok()?;
    Some(Marker {
        rel,
        hash,
        len: end + 1,
    })
}

/// The warning for a copy at `path` whose marker no longer matches the theme:
/// `theme_file` is the theme's file now (`None` when the theme has none by that name).
pub fn stale(path: &Path, marker: &Marker, theme_file: Option<&[u8]>) -> Option<Diagnostic> {
    let at = Location::new(path, 1, 1);
    match theme_file {
        Some(now) if hash(now) == marker.hash => None,
        Some(now) => Some(
            Diagnostic::warning(
                at,
                t!(
                    "render-ejected-copy-theme-s-older",
                    rel = (marker.rel).to_string()
                ),
            )
            .with_hint(t!(
                "render-ejected-bring-up-to-date-hint",
                rel = &marker.rel,
                new = format!("{:016x}", hash(now)),
                old = format!("{:016x}", marker.hash)
            )),
        ),
        None => Some(
            Diagnostic::warning(
                at,
                t!(
                    "render-ejected-file-was-copied-from",
                    rel = (marker.rel).to_string()
                ),
            )
            .with_hint(t!("render-ejected-ozyq-theme-list-names-hint")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_copy_reads_back_and_loses_its_line() {
        for (rel, body) in [
            (
                "templates/sitemap.xml",
                "<?xml version=\"1.0\"?>\n<urlset/>\n",
            ),
            ("static/style.css", "body { margin: 0 }\n"),
            ("print/catalogue.typ", "#set page(paper: \"a5\")\n"),
            (
                "static/favicon.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            ),
        ] {
            let marked = mark(rel, body.as_bytes());
            let m = read(&marked).expect(rel);
            assert_eq!(m.rel, rel);
            assert_eq!(m.hash, hash(body.as_bytes()));
            assert_eq!(&marked[m.len..], body.as_bytes(), "{rel}");
        }
    }

    #[test]
    fn files_without_comments_are_copied_as_they_are() {
        let font = b"wOF2\x00\x01";
        assert_eq!(mark("static/fonts/pt.woff2", font), font.to_vec());
        assert_eq!(read(b"body { margin: 0 }\n"), None);
    }

    #[test]
    fn a_changed_theme_file_is_a_warning_and_an_unchanged_one_is_not() {
        let path = Path::new("templates/base.html");
        let marker = read(&mark("templates/base.html", b"old\n")).unwrap();
        assert!(stale(path, &marker, Some(b"old\n")).is_none());
        let w = stale(path, &marker, Some(b"new\n")).unwrap();
        assert!(!w.is_error());
        assert!(
            w.hint
                .unwrap()
                .contains(&format!("{:016x}", hash(b"new\n")))
        );
        assert!(stale(path, &marker, None).is_some());
    }
}

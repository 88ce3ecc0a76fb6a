//! Paths of source files and the site-relative URLs of what they become.

use crate::messages::Text;
use crate::t;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// The hasher of maps keyed by source paths: every round of `ozyq serve` and every
/// build looks up each of the site's files in such maps, and the standard SipHash
/// took a tenth of a 10,000-entry round. The keys are the site's own files.
pub type PathHasher = foldhash::fast::RandomState;

/// A map keyed by paths of the site's files (source paths, or site-relative
/// paths of what it makes).
pub type PathMap<K, V> = HashMap<K, V, PathHasher>;

/// A set of paths of the site's files.
pub type PathSet<K> = HashSet<K, PathHasher>;

/// What a file's name must not carry as it is into a URL path: what would end the
/// path (`?`, `#`), start an escape (`%`), or be changed by a browser or HTML writer.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A site-relative path (`articles/x/100% план.pdf`) as a URL path, `/` kept as
/// the separator. Letters beyond ASCII are encoded too, as pulldown-cmark's HTML
/// writer encodes them in every other link of a page body.
pub fn escape_path(path: &str) -> Cow<'_, str> {
    utf8_percent_encode(path, PATH).into()
}

/// Resolves `.` and `..` without touching the disk (the file may not exist yet).
pub fn normalize(path: &Path) -> PathBuf {
    // Most paths are normal already: telling so from the bytes is several times
    // quicker than taking them apart, which a model of 10,000 entries did often.
    if is_plain(path) {
        return path.to_path_buf();
    }
    by_parts(path)
}

/// [`normalize`], part by part.
fn by_parts(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Whether [`normalize`] would give `path` back as it is: a path whose parts,
/// between single `/`, are names (none `.` or `..`), with no `/` at its end. On
/// Windows, where separators and prefixes take more care, never.
fn is_plain(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    !cfg!(windows)
        && !bytes.is_empty()
        && (bytes.split(|&b| b == b'/').enumerate())
            .all(|(n, part)| !matches!(part, b"." | b"..") && (n == 0 || !part.is_empty()))
}

/// Whether `path` stays inside `dir`, also after following symbolic links.
pub fn is_inside(path: &Path, dir: &Path) -> bool {
    if !normalize(path).starts_with(normalize(dir)) {
        return false;
    }
    match (path.canonicalize(), dir.canonicalize()) {
        (Ok(p), Ok(d)) => p.starts_with(d),
        _ => true,
    }
}

/// Whether the site-relative file path `rel` (like `seminars/x/index.html`) names a
/// file inside the output folder: not empty, not absolute, no `.` or `..` parts, no
/// empty parts or parts longer than [`PART_MAX`] bytes, no backslashes or drive
/// letters that Windows would read as a path, no control characters (a line
/// break in an address typed into published.yaml).
pub fn is_site_relative(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains(['\\', ':'])
        && !rel.contains(char::is_control)
        && rel
            .split('/')
            .all(|part| !part.is_empty() && part.len() <= PART_MAX && part != "." && part != "..")
}

/// Whether `id` may name a folder of the site (an author's or department's id, a
/// kind's folder): ASCII letters, digits, `-`, `_` and `.`, starting with a letter
/// or digit; so it is one path part that stays where it is put.
pub fn is_safe_id(id: &str) -> bool {
    id.len() <= ID_MAX
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The longest id [`is_safe_id`] accepts: file systems take 255 bytes per name.
pub const ID_MAX: usize = 100;

/// The longest part of a site-relative path that [`is_site_relative`] accepts.
pub const PART_MAX: usize = 200;

/// The hint for an id that [`is_safe_id`] refuses.
pub fn safe_id_hint() -> crate::messages::Text {
    crate::t!("paths-safe-id-hint")
}

/// `target` as a relative reference from `base_dir`, using `/`.
pub fn relative_url(from_dir: &str, target: &str) -> String {
    let depth = from_dir.split('/').filter(|s| !s.is_empty()).count();
    let mut s = "../".repeat(depth);
    s.push_str(target);
    s
}

/// The prefix that leads from a page in `dir` (site-relative, like `seminars/x/`) to the root.
pub fn root_prefix(dir: &str) -> String {
    let depth = dir.split('/').filter(|s| !s.is_empty()).count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// Splits `file.md#part` into the path and the fragment.
pub fn split_fragment(link: &str) -> (&str, Option<&str>) {
    match link.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (link, None),
    }
}

/// Whether a link points outside the site (has a scheme) or is only a fragment.
pub fn is_external(link: &str) -> bool {
    link.starts_with('#')
        || link.starts_with("//")
        || link.starts_with('/')
        || link.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && scheme.len() > 1
        })
}

/// The hint for a link written `written` that was looked for at `target`
/// among `known` (the site's files or pages by source path), from `base`.
pub fn missing_hint<V>(
    written: &str,
    target: &Path,
    base: &Path,
    known: &PathMap<PathBuf, V>,
) -> Option<Text> {
    // A path on the writer's own computer (`C:\Users\…\plan.pdf`, a share):
    // no site has it; the file goes beside the entry.
    let bytes = written.as_bytes();
    let drive = bytes.len() > 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if drive || written.starts_with("\\\\") {
        let name = written.rsplit(['\\', '/']).next().unwrap_or(written);
        return Some(t!(
            "markdown-link-own-computer-hint",
            name = name.to_string()
        ));
    }
    if written.contains('\\') {
        return Some(t!(
            "markdown-link-backslash-hint",
            fixed = written.replace('\\', "/")
        ));
    }
    // A file on the web (a cover's or an attachment's): the site has only its own.
    if written.starts_with("http://") || written.starts_with("https://") {
        let name = written
            .rsplit('/')
            .find(|s| !s.is_empty())
            .unwrap_or(written);
        let name = name.split(['?', '#']).next().unwrap_or(name);
        return Some(t!("markdown-link-web-file-hint", name = name.to_string()));
    }
    // `Сабақ #5.docx`: the link read `#5.docx` as a place in the page `Сабақ `.
    if let Some((_, fragment)) = written.split_once('#') {
        let fragment = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
        let whole = PathBuf::from(format!("{}#{fragment}", target.display()));
        if known.contains_key(&whole) {
            return Some(t!(
                "markdown-link-hash-hint",
                fixed = written.replace('#', "%23")
            ));
        }
    }
    let wanted = target.to_string_lossy().to_lowercase();
    // Lengths first: a site has tens of thousands of files, and a build after
    // a folder was moved hundreds of broken links.
    let len = target.as_os_str().len();
    let found = known
        .keys()
        .filter(|k| k.as_os_str().len() == len)
        .find(|k| k.to_string_lossy().to_lowercase() == wanted)?;
    let name = found.strip_prefix(base).unwrap_or(found);
    Some(t!(
        "markdown-link-case-hint",
        name = name.to_string_lossy().into_owned()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_on_the_writer_s_computer_is_told_to_be_copied_beside_the_entry() {
        let known: PathMap<PathBuf, ()> = PathMap::default();
        let hint = |w: &str| {
            missing_hint(w, Path::new("x"), Path::new("."), &known)
                .map(|t| t.render(crate::messages::Lang::En))
        };
        for w in [
            "C:\\Users\\Гүлнар\\plan.pdf",
            "D:/otm/plan.pdf",
            "\\\\server\\share\\plan.pdf",
        ] {
            let h = hint(w).unwrap();
            assert!(
                h.contains("copy the file into the entry's folder") && h.ends_with("plan.pdf"),
                "{w}: {h}"
            );
        }
        assert!(hint("files\\plan.pdf").unwrap().contains("files/plan.pdf"));
    }

    #[test]
    fn a_plain_path_is_normal_as_it_is() {
        let cases = [
            "a",
            "a/b.md",
            "/a/b",
            "/",
            "//a",
            "a//b",
            "a/",
            "./a",
            "a/.",
            "a/./b",
            "a/..",
            "../a",
            "a/b/../c",
            ".",
            "..",
            ".a/b..",
            "a/.../b",
            "content/Ә ә/x.md",
        ];
        // Compared as bytes: paths compare part by part, so `a/` equals `a`.
        for c in cases {
            let p = Path::new(c);
            assert_eq!(normalize(p).as_os_str(), by_parts(p).as_os_str(), "{c}");
        }
        for c in ["a/", "a//b", "/", "./a", "a/..", ""] {
            assert!(!is_plain(Path::new(c)), "{c}");
        }
        assert_eq!(is_plain(Path::new("/site/content/a.md")), !cfg!(windows));
        assert!(!is_plain(Path::new("/site/content/../a.md")));
    }

    #[test]
    fn normalizes_and_checks_containment() {
        assert_eq!(normalize(Path::new("a/b/../c/./d")), Path::new("a/c/d"));
        assert!(!is_inside(
            Path::new("/site/content/../../etc/passwd"),
            Path::new("/site")
        ));
        assert!(is_inside(
            Path::new("/site/content/a.pdf"),
            Path::new("/site")
        ));
    }

    #[test]
    fn site_relative_paths_stay_inside() {
        assert!(is_site_relative("seminars/x/index.html"));
        assert!(is_site_relative("static/a.css"));
        for bad in [
            "",
            "/index.html",
            "a//b",
            "../x",
            "a/../../x",
            "./a",
            "a\\..\\b",
            "C:/x",
            "a/",
            "seminars/a\nb/index.html",
            "a\tb",
        ] {
            assert!(!is_site_relative(bad), "{bad}");
        }
    }

    #[test]
    fn ids_are_one_plain_path_part() {
        assert!(is_safe_id("abenova-g"));
        assert!(is_safe_id("it_2.0"));
        assert!(!is_safe_id(&"a".repeat(101)));
        assert!(!is_site_relative(&format!(
            "authors/{}/index.html",
            "a".repeat(201)
        )));
        for bad in ["", "../x", "a/b", ".hidden", "-x", "Әбенова", "a b", "a\\b"] {
            assert!(!is_safe_id(bad), "{bad}");
        }
    }

    #[test]
    fn paths_become_url_paths() {
        assert_eq!(escape_path("a/b-c_d.pdf"), "a/b-c_d.pdf");
        assert_eq!(escape_path("a/x#y?z 100%.pdf"), "a/x%23y%3Fz%20100%25.pdf");
        assert_eq!(escape_path("a/ә.pdf"), "a/%D3%99.pdf");
    }

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix(""), "./");
        assert_eq!(root_prefix("seminars/x/"), "../../");
        assert!(is_external("https://x"));
        assert!(is_external("mailto:a@b"));
        assert!(!is_external("../a.md"));
        assert!(!is_external("C:file"));
    }
}

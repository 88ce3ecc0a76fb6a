//! Paths of source files and the site-relative URLs of what they become.

use std::path::{Component, Path, PathBuf};

/// Resolves `.` and `..` without touching the disk (the file may not exist yet).
pub fn normalize(path: &Path) -> PathBuf {
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

/// A site-relative path as a link writes it: spaces and the other characters a URL
/// cannot have as they are, and those that would end the path (`?`, `#`) or start an
/// escape (`%`), percent-encoded. Letters of every alphabet stay as they are, as in
/// the site's other links (browsers encode them when they follow a link).
pub fn encode_url_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c.is_whitespace() || c.is_control() || "\"#%<>?[\\]^`{|}".contains(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn link_paths_encode_what_a_url_cannot_hold() {
        assert_eq!(
            encode_url_path("articles/x/оқу жоспары #2?.pdf"),
            "articles/x/оқу%20жоспары%20%232%3F.pdf"
        );
        assert_eq!(encode_url_path("a/100%.pdf"), "a/100%25.pdf");
        assert_eq!(encode_url_path("a\u{a0}b"), "a%C2%A0b");
        assert_eq!(encode_url_path("static/plan.pdf"), "static/plan.pdf");
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

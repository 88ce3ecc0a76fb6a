//! Which folder a build may replace. `ozyq build` makes its output folder hold
//! exactly the files of the build, deleting everything else in it, so the folder
//! must be one that holds nothing of the user's: never the site's sources, nor a
//! folder they are in, and only a non-empty folder that ozyq made itself (it leaves
//! a [`MARKER`] file in every output folder it writes).

use std::path::{Path, PathBuf};

/// The file that marks a folder as made by `ozyq build`.
pub const MARKER: &str = ".ozyq-output";

/// What the marker file says to someone who opens it.
pub const MARKER_TEXT: &str = "This folder is made by `ozyq build`: each build replaces everything in it.\n\
Keep nothing of your own here.\n";

/// The folder of the caches ozyq keeps in a site (images, PDFs, search, pages).
pub const CACHE: &str = ".ozyq-cache";

/// Whether `out` is the site's own `output/` where it seems to be: not a link
/// to a folder elsewhere, which may hold anything (another site, a user's
/// files), and which a build must check as any other folder.
pub fn is_own_output(root: &Path, out: &Path) -> bool {
    out == root.join("output") && resolve(out) == resolve(root).join("output")
}

/// Checks that the site's cache folder (a link, maybe) neither holds nor lies
/// inside the site's sources, where its files would be written.
pub fn check_cache(root: &Path, sources: &[PathBuf]) -> Result<(), Refusal> {
    outside_sources(&resolve(&root.join(CACHE)), sources)
}

/// Why a folder may not be an output folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The folder is one of the site's sources, or holds one (the site's own folder).
    HoldsSource(PathBuf),
    /// The folder is inside one of the site's sources.
    InsideSource(PathBuf),
    /// Something that is not a folder is at that path.
    NotAFolder,
    /// A folder with files in it, not made by ozyq.
    NotMadeByOzyq,
    /// A file that is not of the kind ozyq writes there (would be overwritten).
    NotOurFile,
}

impl Refusal {
    /// What is refused, as a message.
    pub fn text(&self) -> crate::messages::Text {
        match self {
            Refusal::HoldsSource(s) => crate::t!("output-holds-source", source = s.as_path()),
            Refusal::InsideSource(s) => crate::t!("output-inside-source", source = s.as_path()),
            Refusal::NotAFolder => crate::t!("output-not-a-folder"),
            Refusal::NotOurFile => crate::t!("output-not-our-file"),
            Refusal::NotMadeByOzyq => crate::t!("output-not-made-by-ozyq"),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().render(crate::messages::Lang::En))
    }
}

/// `path` made absolute with its links followed, also when its last parts do not
/// exist yet (they are appended to the nearest folder that does).
pub fn resolve(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let abs = crate::paths::normalize(&abs);
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            out.extend(rest.iter().rev());
            return out;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return abs,
        }
    }
}

/// Checks that `target` (resolved) neither holds nor lies inside any of
/// `sources`, so that writing there cannot touch them.
pub fn outside_sources(target: &Path, sources: &[PathBuf]) -> Result<(), Refusal> {
    for s in sources {
        let s = resolve(s);
        if s.starts_with(target) {
            return Err(Refusal::HoldsSource(s));
        }
        if target.starts_with(&s) {
            return Err(Refusal::InsideSource(s));
        }
    }
    Ok(())
}

/// Checks that a single file (like `ozyq catalogue --output x.pdf`) may be written
/// at `path`: not among the sources, and, if there is a file already, one that
/// starts with `magic` (an earlier one of the same kind).
pub fn check_file(path: &Path, sources: &[PathBuf], magic: &[u8]) -> Result<(), Refusal> {
    let path = resolve(path);
    outside_sources(&path, sources)?;
    match std::fs::metadata(&path) {
        Err(_) => Ok(()),
        Ok(m) if m.is_dir() => Err(Refusal::NotOurFile),
        Ok(_) => {
            let mut head = vec![0; magic.len()];
            let read = std::fs::File::open(&path)
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head));
            if read.is_ok() && head == magic {
                Ok(())
            } else {
                Err(Refusal::NotOurFile)
            }
        }
    }
}

/// Checks that a build may replace `target`. `sources` are the site's own files and
/// folders; `replace_unmarked` allows a non-empty folder without the marker (the
/// site's default `output/`, or `--force`).
pub fn check(target: &Path, sources: &[PathBuf], replace_unmarked: bool) -> Result<(), Refusal> {
    let target = resolve(target);
    outside_sources(&target, sources)?;
    match std::fs::metadata(&target) {
        Err(_) => Ok(()),
        Ok(m) if !m.is_dir() => Err(Refusal::NotAFolder),
        Ok(_) if replace_unmarked || target.join(MARKER).is_file() => Ok(()),
        Ok(_) => match std::fs::read_dir(&target).map(|mut items| items.next()) {
            Ok(None) => Ok(()),
            _ => Err(Refusal::NotMadeByOzyq),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, Vec<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("config.yaml"), "title: x\n").unwrap();
        std::fs::create_dir_all(root.join("content/seminars")).unwrap();
        let sources = vec![root.join("config.yaml"), root.join("content")];
        (dir, sources)
    }

    #[test]
    fn the_sites_folder_and_its_sources_are_refused() {
        let (dir, sources) = site();
        let root = dir.path();
        assert!(matches!(
            check(root, &sources, true),
            Err(Refusal::HoldsSource(_))
        ));
        assert!(matches!(
            check(root.parent().unwrap(), &sources, true),
            Err(Refusal::HoldsSource(_))
        ));
        assert!(matches!(
            check(&root.join("content"), &sources, true),
            Err(Refusal::HoldsSource(_))
        ));
        assert!(matches!(
            check(&root.join("content/seminars/new"), &sources, true),
            Err(Refusal::InsideSource(_))
        ));
        assert!(matches!(
            check(&root.join("config.yaml"), &sources, true),
            Err(Refusal::HoldsSource(_))
        ));
        // `.` spelled in a roundabout way is still the site's folder.
        assert!(matches!(
            check(&root.join("content/.."), &sources, true),
            Err(Refusal::HoldsSource(_))
        ));
        assert_eq!(check(&root.join("output"), &sources, false), Ok(()));
        assert_eq!(check(&root.join("public/otm"), &sources, false), Ok(()));
    }

    #[test]
    fn a_folder_with_files_must_carry_the_marker() {
        let (dir, sources) = site();
        let other = dir.path().join("elsewhere");
        std::fs::create_dir_all(&other).unwrap();
        assert_eq!(check(&other, &sources, false), Ok(()), "empty");
        std::fs::write(other.join("notes.txt"), "mine").unwrap();
        assert_eq!(check(&other, &sources, false), Err(Refusal::NotMadeByOzyq));
        assert_eq!(check(&other, &sources, true), Ok(()), "forced");
        std::fs::write(other.join(MARKER), MARKER_TEXT).unwrap();
        assert_eq!(check(&other, &sources, false), Ok(()), "marked");
        assert_eq!(
            check(&other.join("notes.txt"), &sources, true),
            Err(Refusal::NotAFolder)
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_output_or_cache_linked_elsewhere_is_not_the_site_s_own() {
        let (dir, sources) = site();
        let root = dir.path();
        assert!(is_own_output(root, &root.join("output")));
        let elsewhere = root.join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, root.join("output")).unwrap();
        assert!(!is_own_output(root, &root.join("output")));
        assert_eq!(check_cache(root, &sources), Ok(()));
        std::os::unix::fs::symlink(root.join("content"), root.join(CACHE)).unwrap();
        assert!(matches!(
            check_cache(root, &sources),
            Err(Refusal::HoldsSource(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_sources_is_followed() {
        let (dir, sources) = site();
        let link = dir.path().join("out-link");
        std::os::unix::fs::symlink(dir.path().join("content"), &link).unwrap();
        assert!(check(&link, &sources, true).is_err());
    }
}

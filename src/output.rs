//! Writing the output so that a failed build leaves the previous site intact.
//!
//! Pages are written into a staging folder beside `output/`; a page whose bytes are
//! already in `output/` is not written again. Only when the whole build succeeded
//! are the new and changed files moved into `output/` and the files no longer made
//! removed. A first build simply renames the staging folder. Rebuilding a large
//! archive where little changed thus costs reads, not writes and deletions.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Writes one file so that readers see the old bytes or the new, never half of them
/// (a temporary file beside it, renamed over it).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(
        ".{}.{}.tmp",
        name.unwrap_or_default(),
        std::process::id()
    ));
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
}

/// One build's output on its way to the target folder: files are staged, then
/// [`commit`](Staging::commit)ted all together or [`abandon`](Staging::abandon)ed.
pub struct Staging {
    /// The staging folder, `.output.building-<pid>` beside the target.
    pub dir: PathBuf,
    target: PathBuf,
    /// Whether an earlier output exists to compare with and update.
    update: bool,
    /// Site-relative paths of every file this build makes.
    made: Mutex<Vec<String>>,
    /// Those of them that differ from the earlier output (and so are staged).
    changed: Mutex<Vec<String>>,
}

impl Staging {
    /// A fresh, empty staging folder for `target`.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        let dir = parent.join(format!(".{name}.building-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            dir,
            update: target.is_dir(),
            target: target.to_path_buf(),
            made: Mutex::new(Vec::new()),
            changed: Mutex::new(Vec::new()),
        })
    }

    fn unchanged(&self, rel: &str, bytes: &[u8]) -> bool {
        if !self.update {
            return false;
        }
        let old = self.target.join(rel);
        match std::fs::metadata(&old) {
            Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
                std::fs::read(&old).is_ok_and(|b| b == bytes)
            }
            _ => false,
        }
    }

    fn record(&self, rel: &str, changed: bool) {
        self.made
            .lock()
            .expect("no panics while holding the lock")
            .push(rel.to_string());
        if changed {
            self.changed
                .lock()
                .expect("no panics while holding the lock")
                .push(rel.to_string());
        }
    }

    fn stage_path(&self, rel: &str) -> io::Result<PathBuf> {
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        Ok(path)
    }

    /// Writes `bytes` to the site-relative `rel`.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let changed = !self.unchanged(rel, bytes);
        if changed {
            std::fs::write(self.stage_path(rel)?, bytes)?;
        }
        self.record(rel, changed);
        Ok(())
    }

    /// Copies the file `source` to the site-relative `rel`.
    pub fn copy(&self, source: &Path, rel: &str) -> io::Result<()> {
        let changed = match std::fs::metadata(source) {
            Ok(m)
                if self.update
                    && std::fs::metadata(self.target.join(rel))
                        .is_ok_and(|o| o.len() == m.len()) =>
            {
                let (a, b) = (
                    std::fs::read(source)?,
                    std::fs::read(self.target.join(rel))?,
                );
                a != b
            }
            _ => true,
        };
        if changed {
            std::fs::copy(source, self.stage_path(rel)?)?;
        }
        self.record(rel, changed);
        Ok(())
    }

    /// Makes the target hold exactly the files of this build.
    pub fn commit(self) -> io::Result<()> {
        if !self.update {
            if self.target.exists() {
                // Something that is not a folder is in the way.
                std::fs::remove_file(&self.target)?;
            }
            return std::fs::rename(&self.dir, &self.target);
        }
        let changed = self
            .changed
            .into_inner()
            .expect("no panics while holding the lock");
        for rel in &changed {
            let to = self.target.join(rel);
            if let Some(p) = to.parent() {
                if p.is_file() {
                    std::fs::remove_file(p)?;
                }
                std::fs::create_dir_all(p)?;
            }
            if to.is_dir() {
                std::fs::remove_dir_all(&to)?;
            }
            std::fs::rename(self.dir.join(rel), &to)?;
        }
        let made: HashSet<String> = self
            .made
            .into_inner()
            .expect("no panics while holding the lock")
            .into_iter()
            .collect();
        remove_stale(&self.target, &made)?;
        std::fs::remove_dir_all(&self.dir)
    }

    /// Drops the staged files; the target is left as it was.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Removes the files of `root` that are not in `keep`, and folders left empty.
fn remove_stale(root: &Path, keep: &HashSet<String>) -> io::Result<()> {
    use rayon::prelude::*;
    let mut stale = Vec::new();
    let mut dirs = Vec::new();
    for item in walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = item.path().strip_prefix(root).unwrap_or(item.path());
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if item.file_type().is_dir() {
            dirs.push(item.into_path());
        } else if !keep.contains(&rel) {
            stale.push(item.into_path());
        }
    }
    stale.par_iter().try_for_each(std::fs::remove_file)?;
    // Deepest first, so that a folder emptied of folders goes too.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        let _ = std::fs::remove_dir(d); // fails, as it should, when not empty
    }
    Ok(())
}

//! Moving a build's staged files into the output folder so that a failure part way
//! (a full disk, a file held open on Windows, a folder where a file must go) can be
//! undone: every file moved out of the output folder is kept aside until the end.

use std::io;
use std::path::{Path, PathBuf};

/// The moves made so far, in order, to undo them in reverse.
pub(super) struct Journal {
    target: PathBuf,
    staged: PathBuf,
    /// Where replaced and removed files of the target are kept until the end.
    aside: PathBuf,
    moves: Vec<Move>,
}

enum Move {
    /// A file or folder of the target, moved aside (by its path under both roots).
    Aside(PathBuf),
    /// A staged file, moved into the target.
    In(PathBuf),
}

fn rename_into(from: &Path, to: &Path) -> io::Result<()> {
    if let Some(p) = to.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::rename(from, to)
}

impl Journal {
    pub(super) fn new(target: &Path, staged: &Path, aside: &Path) -> Journal {
        Journal {
            target: target.to_path_buf(),
            staged: staged.to_path_buf(),
            aside: aside.to_path_buf(),
            moves: Vec::new(),
        }
    }

    /// Moves the target's `rel` (a file or a folder) aside.
    fn move_aside(&mut self, rel: &Path) -> io::Result<()> {
        rename_into(&self.target.join(rel), &self.aside.join(rel))?;
        self.moves.push(Move::Aside(rel.to_path_buf()));
        Ok(())
    }

    /// Puts the staged file `rel` into the target, moving aside what is in its way:
    /// the old file, a folder of that name, or a file where one of its folders goes.
    pub(super) fn put(&mut self, rel: &str) -> io::Result<()> {
        let rel = Path::new(rel);
        let mut prefix = PathBuf::new();
        for part in rel.parent().into_iter().flat_map(Path::components) {
            prefix.push(part);
            let m = std::fs::symlink_metadata(self.target.join(&prefix));
            if m.is_ok_and(|m| !m.is_dir()) {
                self.move_aside(&prefix.clone())?;
            }
        }
        if std::fs::symlink_metadata(self.target.join(rel)).is_ok() {
            self.move_aside(rel)?;
        }
        rename_into(&self.staged.join(rel), &self.target.join(rel))?;
        self.moves.push(Move::In(rel.to_path_buf()));
        Ok(())
    }

    /// Moves the target's stale file `rel` aside, to be removed at the end.
    /// The file was listed when the build began: if it has gone since, or was moved
    /// aside to make room for a folder of this build's (which may stand at its path
    /// now), there is nothing to take out.
    pub(super) fn take_out(&mut self, rel: &str) -> io::Result<()> {
        match std::fs::symlink_metadata(self.target.join(rel)) {
            Ok(m) if !m.is_dir() => self.move_aside(Path::new(rel)),
            _ => Ok(()),
        }
    }

    /// Every move succeeded: the files kept aside can go.
    pub(super) fn finish(self) {
        let _ = std::fs::remove_dir_all(&self.aside);
    }

    /// Undoes every move, latest first, so that the target is as it was.
    pub(super) fn roll_back(self) {
        for m in self.moves.iter().rev() {
            let _ = match m {
                Move::In(rel) => rename_into(&self.target.join(rel), &self.staged.join(rel)),
                Move::Aside(rel) => {
                    // A folder made for files moved in since is empty again now.
                    let _ = std::fs::remove_dir(self.target.join(rel));
                    rename_into(&self.aside.join(rel), &self.target.join(rel))
                }
            };
        }
        let _ = std::fs::remove_dir_all(&self.aside);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(root: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|i| i.file_type().is_file())
            .map(|i| {
                let rel = i.path().strip_prefix(root).unwrap();
                (
                    rel.to_string_lossy().into_owned(),
                    std::fs::read_to_string(i.path()).unwrap(),
                )
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_failure_part_way_puts_everything_back() {
        let dir = tempfile::tempdir().unwrap();
        let (target, staged, aside) = (
            dir.path().join("output"),
            dir.path().join("staged"),
            dir.path().join("aside"),
        );
        for (rel, text) in [("a.html", "old a"), ("x/b.html", "old b"), ("gone", "old")] {
            let p = target.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let before = tree(&target);
        // `gone` is a file where the new build needs a folder.
        for rel in ["a.html", "x/b.html", "gone/c.html"] {
            let p = staged.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, format!("new {rel}")).unwrap();
        }
        let mut j = Journal::new(&target, &staged, &aside);
        j.put("a.html").unwrap();
        j.put("gone/c.html").unwrap();
        j.take_out("x/b.html").unwrap();
        assert!(j.put("never-staged.html").is_err());
        j.roll_back();
        assert_eq!(tree(&target), before);
        assert!(!aside.exists());

        let mut j = Journal::new(&target, &staged, &aside);
        for rel in ["a.html", "x/b.html", "gone/c.html"] {
            j.put(rel).unwrap();
        }
        j.finish();
        assert_eq!(
            tree(&target),
            [
                ("a.html".to_string(), "new a.html".to_string()),
                ("gone/c.html".into(), "new gone/c.html".into()),
                ("x/b.html".into(), "new x/b.html".into()),
            ]
        );
        assert!(!aside.exists());
    }
}

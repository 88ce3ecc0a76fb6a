//! Writing the output so that a failed build leaves the previous site intact.
//!
//! Pages are written into a staging folder beside `output/`; a page whose bytes are
//! already in `output/` is not written again (the previous build's
//! [`manifest`] tells, without reading the old file). Only when the whole build succeeded
//! are the new and changed files moved into `output/` and the files no longer made
//! removed. A first build simply renames the staging folder. Rebuilding a large
//! archive where little changed thus costs reads, not writes and deletions.

pub mod manifest;
pub mod script_json;
mod swap;
pub mod target;

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use manifest::{MANIFEST, Manifest, Record};

/// Writes one file so that readers see the old bytes or the new, never half of them
/// (a temporary file beside it, renamed over it).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_with(path, |tmp| std::fs::write(tmp, bytes))
}

/// Puts a new file at `path` in one step: `make` makes it at a temporary path
/// beside it (a write, a copy, a hard link), which is then renamed over `path`.
/// Readers see the old file or the new one, never none or half of one, and a
/// file that `path` was a hard link to is left as it was.
pub fn replace_with(path: &Path, make: impl FnOnce(&Path) -> io::Result<()>) -> io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(
        ".{}.{}.tmp",
        name.unwrap_or_default(),
        std::process::id()
    ));
    // One left by a process that had this id and stopped midway may be a link.
    let _ = std::fs::remove_file(&tmp);
    make(&tmp)
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
    /// What the earlier build recorded of its files.
    previous: Manifest,
    /// Site-relative paths of every file this build makes.
    made: Mutex<Vec<(String, Record)>>,
    /// Those of them that differ from the earlier output (and so are staged).
    changed: Mutex<Vec<String>>,
    /// The earlier output's files, listed on a thread of its own while the build
    /// runs (walking 20,000 files took a tenth of a second at the end of a build).
    listing: Option<std::thread::JoinHandle<io::Result<Listing>>>,
    /// Held locked while the build runs: a later build that can lock it knows this
    /// build is gone and may clear its folders away.
    lock: (PathBuf, std::fs::File),
}

/// The names of one build's folders beside the target: staging, replaced files, lock.
fn side_names(target_name: &str, pid: &str) -> [String; 3] {
    [
        format!(".{target_name}.building-{pid}"),
        format!(".{target_name}.replaced-{pid}"),
        format!(".{target_name}.building-{pid}.lock"),
    ]
}

/// Removes the folders that builds which died (killed, power cut) left beside the
/// target. A build that still runs holds its lock file, and is left alone.
fn clear_dead_builds(parent: &Path, target_name: &str) {
    let prefixes = [
        format!(".{target_name}.building-"),
        format!(".{target_name}.replaced-"),
    ];
    let Ok(items) = std::fs::read_dir(parent) else {
        return;
    };
    for item in items.filter_map(Result::ok) {
        let name = item.file_name().to_string_lossy().into_owned();
        let Some(pid) = prefixes.iter().find_map(|p| name.strip_prefix(p.as_str())) else {
            continue;
        };
        if pid.ends_with(".lock") {
            continue;
        }
        let [building, replaced, lock] = side_names(target_name, pid);
        let alive = std::fs::OpenOptions::new()
            .write(true)
            .open(parent.join(&lock))
            .is_ok_and(|f| f.try_lock().is_err());
        if !alive {
            let _ = std::fs::remove_dir_all(parent.join(building));
            let _ = std::fs::remove_dir_all(parent.join(replaced));
            let _ = std::fs::remove_file(parent.join(lock));
        }
    }
}

impl Staging {
    /// A fresh staging folder for `target`, holding the [`target::MARKER`] file.
    /// Folders left by builds that died are cleared away first.
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
        clear_dead_builds(parent, &name);
        let [building, _, lock_name] = side_names(&name, &std::process::id().to_string());
        let lock_path = parent.join(lock_name);
        let lock = std::fs::File::create(&lock_path)?;
        lock.lock()?;
        let dir = parent.join(building);
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        let update = target.is_dir();
        let listing = update.then(|| {
            let target = target.to_path_buf();
            std::thread::Builder::new()
                .name("ozyq-list".into())
                .spawn(move || Listing::walk(&target))
                .ok()
        });
        let staging = Staging {
            dir,
            update,
            listing: listing.flatten(),
            previous: Manifest::read(target),
            target: target.to_path_buf(),
            made: Mutex::new(Vec::new()),
            changed: Mutex::new(Vec::new()),
            lock: (lock_path, lock),
        };
        staging.write(target::MARKER, target::MARKER_TEXT.as_bytes())?;
        Ok(staging)
    }

    /// Whether the earlier output holds `bytes` (of record `new`) at `rel`: told by
    /// the earlier build's record when it can, else read and compared.
    fn unchanged(&self, rel: &str, bytes: &[u8], new: Record) -> bool {
        if !self.update {
            return false;
        }
        if let Some(same) = self.previous.holds(&self.target, rel, new) {
            return same;
        }
        let old = self.target.join(rel);
        match std::fs::metadata(&old) {
            Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
                std::fs::read(&old).is_ok_and(|b| b == bytes)
            }
            _ => false,
        }
    }

    fn record(&self, rel: &str, record: Record, changed: bool) {
        self.made
            .lock()
            .expect("no panics while holding the lock")
            .push((rel.to_string(), record));
        if changed {
            self.changed
                .lock()
                .expect("no panics while holding the lock")
                .push(rel.to_string());
        }
    }

    /// Refuses a path that would leave the output folder (the pipeline checks
    /// every path first; this is the last line of defence).
    fn check(rel: &str) -> io::Result<()> {
        if crate::paths::is_site_relative(rel) {
            Ok(())
        } else {
            Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{rel}` is not a path inside the output folder"),
            ))
        }
    }

    /// Where `rel` is staged, its folder made.
    fn stage_path(&self, rel: &str) -> io::Result<PathBuf> {
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        Ok(path)
    }

    /// Writes `bytes` to the site-relative `rel`.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        Self::check(rel)?;
        let record = Record::of(bytes);
        let changed = !self.unchanged(rel, bytes, record);
        if changed {
            std::fs::write(self.stage_path(rel)?, bytes)?;
        }
        self.record(rel, record, changed);
        Ok(())
    }

    /// Copies the file `source` to the site-relative `rel`.
    pub fn copy(&self, source: &Path, rel: &str) -> io::Result<()> {
        // Read, not copied by the system: its hash goes into the record.
        self.write(rel, &std::fs::read(source)?)
    }

    /// Copies the file `source`, whose size and hash are `record`, to the
    /// site-relative `rel`: neither read nor copied when the earlier output holds
    /// it by its record, and copied by the system otherwise.
    pub fn copy_recorded(&self, source: &Path, rel: &str, record: Record) -> io::Result<()> {
        Self::check(rel)?;
        let held = self.update && self.previous.holds(&self.target, rel, record) == Some(true);
        if !held {
            std::fs::copy(source, self.stage_path(rel)?)?;
        }
        self.record(rel, record, !held);
        Ok(())
    }

    /// The record of `rel` as the earlier output holds it, when the file is
    /// untouched since that build.
    pub fn kept_record(&self, rel: &str) -> Option<Record> {
        (self.update && Self::check(rel).is_ok())
            .then(|| self.previous.trusted(&self.target, rel))
            .flatten()
    }

    /// Keeps `rel` as the earlier output holds it, neither read nor written:
    /// `false` when it cannot (not there, or touched since).
    pub fn keep(&self, rel: &str) -> bool {
        let Some(record) = self.kept_record(rel) else {
            return false;
        };
        self.record(rel, record, false);
        true
    }

    /// Makes the target hold exactly the files of this build, or, when that fails
    /// part way, puts back every file it had moved: the target ends as it was.
    pub fn commit(mut self) -> io::Result<()> {
        let listing = self.listing.take();
        let result = self.swap(listing);
        let _ = std::fs::remove_dir_all(&self.dir);
        let _ = std::fs::remove_file(&self.lock.0);
        result
    }

    fn swap(
        &self,
        listing: Option<std::thread::JoinHandle<io::Result<Listing>>>,
    ) -> io::Result<()> {
        let mut made = take(&self.made);
        let mut changed = take(&self.changed);
        // Written last, so that every file it describes is older than it.
        std::fs::write(self.dir.join(MANIFEST), Manifest::text(&mut made))?;
        changed.push(MANIFEST.to_string());
        if !self.update {
            if self.target.exists() {
                // Something that is not a folder is in the way (the caller has
                // made sure it is not the user's).
                std::fs::remove_file(&self.target)?;
            }
            return std::fs::rename(&self.dir, &self.target);
        }
        let made: HashSet<String> = (made.into_iter().map(|(rel, _)| rel))
            .chain([MANIFEST.to_string()])
            .collect();
        let name = self.dir.file_name().unwrap_or_default().to_string_lossy();
        let mut journal = swap::Journal::new(
            &self.target,
            &self.dir,
            &self
                .dir
                .with_file_name(name.replacen(".building-", ".replaced-", 1)),
        );
        let mut stale = Stale::default();
        let done = changed
            .iter()
            .try_for_each(|rel| journal.put(rel))
            .and_then(|()| {
                let listing = match listing.map(std::thread::JoinHandle::join) {
                    Some(Ok(listing)) => listing,
                    _ => Listing::walk(&self.target),
                };
                stale = listing?.without(&made);
                stale.files.iter().try_for_each(|rel| journal.take_out(rel))
            });
        match done {
            Ok(()) => {
                journal.finish();
                stale.remove_emptied_folders(&self.target);
                Ok(())
            }
            Err(e) => {
                journal.roll_back();
                Err(e)
            }
        }
    }

    /// Drops the staged files; the target is left as it was.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        let _ = std::fs::remove_file(&self.lock.0);
    }
}

fn take<T>(m: &Mutex<Vec<T>>) -> Vec<T> {
    std::mem::take(&mut *m.lock().expect("no panics while holding the lock"))
}

/// What of the target this build no longer makes.
#[derive(Default)]
struct Stale {
    /// Files, site-relative.
    files: Vec<String>,
    /// Folders that hold nothing (left by a build cut off before it could remove
    /// them), relative to the target.
    empty: Vec<PathBuf>,
}

/// The files and the empty folders of the earlier output, as the build found them
/// when it began. Files put there while it runs are not the build's to remove.
#[derive(Default)]
struct Listing {
    /// Files, site-relative.
    files: Vec<String>,
    /// Folders that hold nothing, relative to the target.
    empty: Vec<PathBuf>,
}

impl Listing {
    /// The files and empty folders of `root`. Read in one walk: a folder is empty
    /// when the walk's next item is not inside it.
    fn walk(root: &Path) -> io::Result<Listing> {
        let mut listing = Listing::default();
        let mut open_dir: Option<(PathBuf, usize)> = None;
        for item in walkdir::WalkDir::new(root).min_depth(1) {
            let item = item.map_err(io::Error::other)?;
            if let Some((dir, depth)) = open_dir.take()
                && item.depth() <= depth
            {
                listing.empty.push(dir);
            }
            let rel = item.path().strip_prefix(root).unwrap_or(item.path());
            if item.file_type().is_dir() {
                open_dir = Some((rel.to_path_buf(), item.depth()));
                continue;
            }
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            listing.files.push(rel);
        }
        listing.empty.extend(open_dir.map(|(dir, _)| dir));
        Ok(listing)
    }

    /// What of the listed output a build that made `made` no longer makes.
    fn without(self, made: &HashSet<String>) -> Stale {
        Stale {
            files: (self.files.into_iter())
                .filter(|rel| !made.contains(rel))
                .collect(),
            empty: self.empty,
        }
    }
}

impl Stale {
    /// Removes the folders of `root` that the stale files' removal left empty, and
    /// those that were empty already, deepest first. Only these can be empty: a
    /// replaced file is replaced in its own folder. (Trying every folder of a
    /// 10,000-page site took a tenth of a rebuild.)
    fn remove_emptied_folders(&self, root: &Path) {
        let mut dirs: Vec<PathBuf> = Vec::new();
        let parents = (self.files.iter()).filter_map(|rel| Path::new(rel.as_str()).parent());
        for start in parents.chain(self.empty.iter().map(PathBuf::as_path)) {
            let mut dir = Some(start);
            while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty()) {
                dirs.push(root.join(d));
                dir = d.parent();
            }
        }
        dirs.sort_by(|a, b| {
            (b.components().count().cmp(&a.components().count())).then_with(|| a.cmp(b))
        });
        dirs.dedup();
        for d in dirs {
            let _ = std::fs::remove_dir(d); // fails, as it should, when not empty
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(target: &Path, files: &[&str]) {
        let staging = Staging::new(target).unwrap();
        for rel in files {
            staging.write(rel, rel.as_bytes()).unwrap();
        }
        staging.commit().unwrap();
    }

    #[test]
    fn folders_emptied_by_a_rebuild_go_and_the_others_stay() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        build(
            &target,
            &["a/b/c/index.html", "a/x/index.html", "keep/index.html"],
        );
        std::fs::create_dir_all(target.join("left/empty")).unwrap();
        build(&target, &["a/x/index.html", "keep/index.html"]);
        assert!(!target.join("a/b").exists(), "the stale page's folders go");
        assert!(target.join("a/x/index.html").is_file());
        assert!(!target.join("left").exists(), "folders already empty go");
        // A rebuild that changes nothing keeps every file and folder.
        build(&target, &["a/x/index.html", "keep/index.html"]);
        assert!(target.join("a/x/index.html").is_file() && target.join("keep").is_dir());
    }

    #[test]
    fn files_and_folders_trade_places_and_files_gone_meanwhile_are_no_error() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        build(&target, &["a", "b/index.html", "c/index.html", "d.html"]);
        // The old output is listed as the build begins; its `d.html` goes before
        // the build ends.
        let staging = Staging::new(&target).unwrap();
        for rel in ["a/index.html", "b", "c/index.html"] {
            staging.write(rel, rel.as_bytes()).unwrap();
        }
        std::fs::remove_file(target.join("d.html")).unwrap();
        staging.commit().unwrap();
        assert_eq!(
            std::fs::read(target.join("a/index.html")).unwrap(),
            b"a/index.html"
        );
        assert_eq!(std::fs::read(target.join("b")).unwrap(), b"b");
        assert!(target.join("c/index.html").is_file());
        assert!(!target.join("d.html").exists());
    }
}

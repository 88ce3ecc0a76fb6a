//! The served folder as the pipeline's sink: a file is written only when its bytes
//! differ from what is there, and every outcome is recorded for the round.

use crate::t;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use crate::diagnostics::{Diagnostic, Location};
use crate::output::manifest::Record;
use crate::paths::PathMap;
use crate::pipeline::Sink;
use crate::pipeline::keys::h64;

use super::Round;
use super::seed::Seed;

/// The hash recorded for a file whose bytes are not known: the next making of it
/// writes it (a real hash is this one once in 2^64 times).
pub(super) const UNKNOWN: u64 = 0;

/// A file's time and size, to notice changes without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

/// The stamp of the file at `p` (one that cannot be read has no time and the
/// greatest size).
pub(super) fn stamp(p: &Path) -> Stamp {
    match std::fs::metadata(p) {
        Ok(m) => Stamp {
            modified: m.modified().ok(),
            len: m.len(),
        },
        Err(_) => Stamp {
            modified: None,
            len: u64::MAX,
        },
    }
}

pub(super) fn remove_file_and_empty_parents(out: &Path, rel: &str) {
    let path = out.join(rel);
    if std::fs::remove_file(&path).is_err() {
        return;
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// `out/rel`, or an error when `rel` would leave `out` (the pipeline checks every
/// path first; this is the last line of defence).
fn inside(out: &Path, rel: &str) -> std::io::Result<std::path::PathBuf> {
    if crate::paths::is_site_relative(rel) {
        Ok(out.join(rel))
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("`{rel}` is not a path inside the output folder"),
        ))
    }
}

/// Writes `out/rel` as a new file, never through the old one: a served file may
/// be a hard link to the built site's (see [`put`]), and a reader of it sees the
/// old bytes or the new.
fn write_file(out: &Path, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
    crate::output::write_atomic(&inside(out, rel)?, bytes)
}

/// Puts the file `source` at `out/rel`: as a hard link, while `links` allows
/// it (a copied page of the built site: no bytes move), else as a copy.
fn put(source: &Path, out: &Path, rel: &str, links: Option<&AtomicBool>) -> std::io::Result<()> {
    let path = inside(out, rel)?;
    // Where no file is yet (a first round puts thousands), the link is made in
    // place: a hard link never replaces a file, so nothing can see half of one.
    let mut linked = link(source, &path, links);
    if matches!(&linked, Some(Err(e)) if e.kind() == std::io::ErrorKind::NotFound) {
        // The first file of its folder.
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        linked = link(source, &path, links);
    }
    if let Some(Ok(())) = linked {
        return Ok(());
    }
    crate::output::replace_with(&path, |tmp| {
        if let Some(Ok(())) = link(source, tmp, links) {
            return Ok(());
        }
        std::fs::copy(source, tmp).map(drop)
    })
}

/// Links `source` at `to` while `links` is on (`None`: not tried). A link
/// refused because the two are on different file systems, or by one that has
/// no hard links (FAT on a USB stick), turns `links` off: every later one would
/// fail the same way, one wasted call for each page.
fn link(source: &Path, to: &Path, links: Option<&AtomicBool>) -> Option<std::io::Result<()>> {
    let on = links.filter(|l| l.load(Ordering::Relaxed))?;
    let r = std::fs::hard_link(source, to);
    use std::io::ErrorKind::{CrossesDevices, PermissionDenied, Unsupported};
    if matches!(&r, Err(e) if matches!(e.kind(), CrossesDevices | Unsupported | PermissionDenied)) {
        on.store(false, Ordering::Relaxed);
    }
    Some(r)
}

/// What became of a file made in a round.
pub(super) enum Outcome {
    /// Made, and recorded whether or not the bytes changed.
    Kept,
    /// Made and written because it differed.
    Written,
    /// Making it failed: the old file stays.
    Failed,
}

/// A file made in a round: its site-relative path, the hash recorded for it and
/// what became of it.
pub(super) struct Made {
    path: String,
    hash: u64,
    outcome: Outcome,
}

/// The served folder, as last written: site-relative path → hash of the file's bytes
/// (or of its source's path, time and size for copied files).
pub(super) struct Writer<'a> {
    pub(super) files: &'a PathMap<String, u64>,
    pub(super) out: &'a Path,
    made: Mutex<Vec<Made>>,
    seed: Option<&'a Seed>,
    /// Whether the seed's files can still be linked (see [`put`]).
    links: AtomicBool,
}

impl<'a> Writer<'a> {
    pub(super) fn new(files: &'a PathMap<String, u64>, out: &'a Path) -> Self {
        Writer {
            files,
            out,
            made: Mutex::new(Vec::new()),
            seed: None,
            links: AtomicBool::new(true),
        }
    }

    /// The same writer, keeping files of `seed` (linked where it can, else
    /// copied: [`put`]) where the pipeline asks it to.
    pub(super) fn seeded(self, seed: Option<&'a Seed>) -> Self {
        Writer { seed, ..self }
    }

    fn note(&self, rel: &str, hash: u64, outcome: Outcome) {
        self.made
            .lock()
            .expect("no panics while holding the lock")
            .push(Made {
                path: rel.to_string(),
                hash,
                outcome,
            });
    }

    /// Puts `source` at `rel` (linked, when `link` and the file system allows it)
    /// unless the folder holds it, recorded as `h`, already.
    fn copy_as(&self, source: &Path, rel: &str, h: u64, link: bool) -> Result<(), Diagnostic> {
        if self.files.get(rel) == Some(&h) {
            return Ok(());
        }
        put(source, self.out, rel, link.then_some(&self.links)).map_err(|e| {
            Diagnostic::error(
                Location::file(source),
                t!("incremental-files-cannot-copy-output", e = &e),
            )
        })?;
        self.note(rel, h, Outcome::Kept);
        Ok(())
    }

    /// What was made, to [`record`].
    pub(super) fn into_made(self) -> Vec<Made> {
        self.made
            .into_inner()
            .expect("no panics while holding the lock")
    }
}

impl Sink for Writer<'_> {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        // XXH3: every page of a round is hashed, and a first round hashes them all.
        let h = content_hash(Record::of(bytes));
        if self.files.get(rel) == Some(&h) {
            self.note(rel, h, Outcome::Kept);
            return Ok(());
        }
        self.write_keyed(rel, bytes, h)
    }

    fn holds(&self, rel: &str, key: u64) -> bool {
        self.files.get(rel) == Some(&key)
    }

    fn write_keyed(&self, rel: &str, bytes: &[u8], key: u64) -> Result<(), Diagnostic> {
        write_file(self.out, rel, bytes).map_err(|e| {
            self.note(rel, 0, Outcome::Failed);
            Diagnostic::error(
                Location::file(self.out.join(rel)),
                t!("incremental-files-cannot-write", e = &e),
            )
        })?;
        self.note(rel, key, Outcome::Written);
        Ok(())
    }

    fn copy(&self, source: &Path, rel: &str) -> Result<(), Diagnostic> {
        // Compared by the source's path, time and size, not its bytes.
        self.copy_as(source, rel, h64((source, stamp(source))), false)
    }

    fn copy_recorded(&self, source: &Path, rel: &str, record: Record) -> Result<(), Diagnostic> {
        // A cached PDF: compared by its bytes' record, as [`Writer::write`] would
        // compare the same PDF compiled, so that neither way rewrites the other's.
        self.copy_as(source, rel, content_hash(record), false)
    }

    fn failed(&self, rel: &str) {
        self.note(rel, 0, Outcome::Failed);
    }

    fn can_keep(&self, rel: &str) -> bool {
        self.seed.is_some_and(|s| s.trusted(rel).is_some())
    }

    fn keep(&self, rel: &str) -> bool {
        let Some(seed) = self.seed else {
            return false;
        };
        seed.trusted(rel).is_some_and(|record| {
            // Recorded by the bytes the build's record gives them, as a page
            // rendered now would be.
            (self.copy_as(&seed.dir().join(rel), rel, content_hash(record), true)).is_ok()
        })
    }
}

/// What the served folder records of a file written from bytes.
fn content_hash(r: Record) -> u64 {
    h64((r.len, r.hash))
}

/// Records the files made in a round.
pub(super) fn record(
    files: &mut PathMap<String, u64>,
    failed: &mut HashSet<String>,
    round: &mut Round,
    made: Vec<Made>,
) {
    for Made {
        path: rel,
        hash: h,
        outcome,
    } in made
    {
        match outcome {
            Outcome::Failed => {
                failed.insert(rel);
            }
            Outcome::Written => {
                failed.remove(&rel);
                files.insert(rel.clone(), h);
                round.changed.push(rel);
            }
            Outcome::Kept => {
                failed.remove(&rel);
                if files.insert(rel.clone(), h) != Some(h) {
                    round.changed.push(rel);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_linked_to_the_built_site_is_replaced_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let built = dir.path().join("output/a/index.html");
        std::fs::create_dir_all(built.parent().unwrap()).unwrap();
        std::fs::write(&built, "built").unwrap();
        let served = dir.path().join("served");
        let links = AtomicBool::new(true);
        put(&built, &served, "a/index.html", Some(&links)).unwrap();
        assert!(links.load(Ordering::Relaxed));
        #[cfg(unix)]
        assert!(same_file(&built, &served.join("a/index.html")));
        assert_eq!(
            std::fs::read_to_string(served.join("a/index.html")).unwrap(),
            "built"
        );
        write_file(&served, "a/index.html", b"edited").unwrap();
        assert_eq!(
            std::fs::read_to_string(served.join("a/index.html")).unwrap(),
            "edited"
        );
        assert_eq!(std::fs::read_to_string(&built).unwrap(), "built");
        // Put again over the new file; nothing is left beside it.
        put(&built, &served, "a/index.html", None).unwrap();
        assert_eq!(
            std::fs::read_to_string(served.join("a/index.html")).unwrap(),
            "built"
        );
        let names: Vec<_> = std::fs::read_dir(served.join("a")).unwrap().collect();
        assert_eq!(names.len(), 1);
        assert!(write_file(&served, "../escape.html", b"x").is_err());
        assert!(!dir.path().join("escape.html").exists());
    }

    #[cfg(unix)]
    fn same_file(a: &Path, b: &Path) -> bool {
        use std::os::unix::fs::MetadataExt;
        let (a, b) = (a.metadata().unwrap(), b.metadata().unwrap());
        (a.dev(), a.ino()) == (b.dev(), b.ino())
    }

    /// The temporary folder is on the disk and `/dev/shm` in memory, as on the
    /// machines the tests run on (checked first, so that the test cannot pass
    /// without crossing).
    #[cfg(target_os = "linux")]
    #[test]
    fn across_file_systems_pages_are_copied_and_links_no_longer_tried() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let shm = tempfile::tempdir_in("/dev/shm").unwrap();
        assert_ne!(
            dir.path().metadata().unwrap().dev(),
            shm.path().metadata().unwrap().dev(),
            "the test needs two file systems"
        );
        let built = dir.path().join("a.html");
        std::fs::write(&built, "built").unwrap();
        let links = AtomicBool::new(true);
        for rel in ["a/index.html", "b/index.html"] {
            put(&built, shm.path(), rel, Some(&links)).unwrap();
            assert_eq!(
                std::fs::read_to_string(shm.path().join(rel)).unwrap(),
                "built"
            );
            assert!(!links.load(Ordering::Relaxed));
        }
    }
}

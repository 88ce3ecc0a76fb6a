//! The record of what a build wrote: every file of the output folder with its size
//! and a hash of its bytes, kept in the folder as [`MANIFEST`]. The next build
//! compares its new bytes with the record instead of reading every old file back,
//! and a file changed by hand since the record was written (a newer modification
//! time, another size) is simply read and compared as before.

use std::collections::HashMap;
use std::path::Path;
use std::time::SystemTime;

/// The file, inside the output folder, that holds the record.
pub const MANIFEST: &str = ".ozyq-manifest";

/// The first line of the file: the format, so that a later ozyq can change it.
const HEADER: &str = "ozyq-manifest 1";

/// What is known of one file: its size and the 128-bit XXH3 hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// Size in bytes.
    pub len: u64,
    /// XXH3-128 of the bytes.
    pub hash: u128,
}

impl Record {
    /// The record of `bytes`.
    pub fn of(bytes: &[u8]) -> Record {
        Record {
            len: bytes.len() as u64,
            hash: xxhash_rust::xxh3::xxh3_128(bytes),
        }
    }
}

/// The record a previous build left in an output folder.
#[derive(Debug, Default)]
pub struct Manifest {
    files: HashMap<String, Record>,
    /// When the record was written: a file modified later is not trusted to it.
    written: Option<SystemTime>,
}

impl Manifest {
    /// The record in `folder`, or an empty one when there is none or it cannot be
    /// read (every file is then compared byte for byte).
    pub fn read(folder: &Path) -> Manifest {
        let path = folder.join(MANIFEST);
        let written = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        let Some(files) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| Self::parse(&t))
        else {
            return Manifest::default();
        };
        Manifest { files, written }
    }

    /// Whether the record lists no file (there was none, or it could not be read).
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The files a record's text lists; `None` when it is not such a text.
    pub fn parse(text: &str) -> Option<HashMap<String, Record>> {
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return None;
        }
        Some(lines.filter_map(Self::parse_line).collect())
    }

    /// One file's line of a record: `hash len path`.
    pub fn parse_line(line: &str) -> Option<(String, Record)> {
        let mut parts = line.splitn(3, ' ');
        let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
        let len = parts.next()?.parse().ok()?;
        Some((parts.next()?.to_string(), Record { len, hash }))
    }

    /// The record of the file `rel` of `folder` when it can be trusted (the file
    /// untouched since the record was written); `None` when it must be read.
    pub fn trusted(&self, folder: &Path, rel: &str) -> Option<Record> {
        let old = self.files.get(rel)?;
        self.holds(folder, rel, *old)
            .filter(|&same| same)
            .map(|_| *old)
    }

    /// Whether the file `rel` of `folder` certainly holds the bytes recorded as
    /// `new`: recorded so, and neither resized nor modified since the record was
    /// written. `None` when the record cannot tell (no record, or a file touched
    /// since), and the file is to be compared byte for byte.
    pub fn holds(&self, folder: &Path, rel: &str, new: Record) -> Option<bool> {
        let old = self.files.get(rel)?;
        let written = self.written?;
        let meta = std::fs::metadata(folder.join(rel)).ok()?;
        // Strictly older: a file written in the same clock tick as the record might
        // have been written after it.
        let untouched =
            meta.is_file() && meta.len() == old.len && meta.modified().is_ok_and(|m| m < written);
        untouched.then_some(*old == new)
    }

    /// The text of a record of `files`, sorted by path so that it reads (and
    /// compares) the same whatever order the files were made in.
    pub fn text(files: &mut [(String, Record)]) -> String {
        files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::with_capacity(files.len() * 80);
        text.push_str(HEADER);
        text.push('\n');
        for (rel, r) in files.iter().filter(|(rel, _)| !rel.contains('\n')) {
            use std::fmt::Write;
            let _ = writeln!(text, "{:032x} {} {rel}", r.hash, r.len);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_and_trusts_only_untouched_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("a b")).unwrap();
        std::fs::write(d.join("a b/index.html"), "one").unwrap();
        std::fs::write(d.join("touched.html"), "two").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let mut files = vec![
            ("touched.html".to_string(), Record::of(b"two")),
            ("a b/index.html".to_string(), Record::of(b"one")),
        ];
        std::fs::write(d.join(MANIFEST), Manifest::text(&mut files)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(d.join("touched.html"), "TWO").unwrap();

        let m = Manifest::read(d);
        assert_eq!(m.holds(d, "a b/index.html", Record::of(b"one")), Some(true));
        assert_eq!(
            m.holds(d, "a b/index.html", Record::of(b"eno")),
            Some(false)
        );
        // Changed by hand after the record: the record cannot tell.
        assert_eq!(m.holds(d, "touched.html", Record::of(b"two")), None);
        assert_eq!(m.holds(d, "unknown.html", Record::of(b"x")), None);
    }

    #[test]
    fn a_record_of_another_format_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x"), "1").unwrap();
        std::fs::write(dir.path().join(MANIFEST), "something else\n0 1 x\n").unwrap();
        let m = Manifest::read(dir.path());
        assert_eq!(m.holds(dir.path(), "x", Record::of(b"1")), None);
    }
}

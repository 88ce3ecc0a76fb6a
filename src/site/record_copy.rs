//! A copy of the record of published addresses as last read, in
//! `.ozyq-cache/published.json` with the hash of the `published.yaml` it was read
//! from. A record of 10,000 addresses took libyaml a sixth of a second of one
//! core, and 80 MB of passing memory, on every build; the copy is read in a few
//! milliseconds. A changed record, or one that had problems, is read as YAML.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::published::Published;
use crate::lang::dates::AcademicYear;

/// The copy's format; a copy in another is read as no copy.
const FORMAT: &str = "ozyq-published 1";

#[derive(Serialize, Deserialize)]
struct Copy {
    format: String,
    /// The xxh3-128 hash of the text the record was read from, in hex.
    source: String,
    addresses: Vec<Address>,
}

/// One address: address, file, title, printed years, withdrawn.
type Address = (String, String, String, Vec<i32>, bool);

fn file(root: &Path) -> PathBuf {
    root.join(".ozyq-cache").join("published.json")
}

fn hash(text: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(text.as_bytes()))
}

/// The addresses of the record whose text is `text`, when the copy in `root`'s
/// cache was read from that very text.
pub(super) fn read(root: &Path, text: &str) -> Option<BTreeMap<String, Published>> {
    let bytes = std::fs::read(file(root)).ok()?;
    let copy: Copy = serde_json::from_slice(&bytes).ok()?;
    if copy.format != FORMAT || copy.source != hash(text) {
        return None;
    }
    let addresses = copy
        .addresses
        .into_iter()
        .map(|(address, file, title, printed, withdrawn)| {
            let printed: BTreeSet<AcademicYear> = printed.into_iter().map(AcademicYear).collect();
            let p = Published {
                file,
                title,
                printed,
                withdrawn,
            };
            (address, p)
        });
    Some(addresses.collect())
}

/// Keeps `addresses`, read without a problem from `text`, in `root`'s cache. A
/// cache that cannot be written is no cache: the record is read as YAML again.
pub(super) fn write(root: &Path, text: &str, addresses: &BTreeMap<String, Published>) {
    let copy = Copy {
        format: FORMAT.to_string(),
        source: hash(text),
        addresses: addresses
            .iter()
            .map(|(a, p)| {
                let printed = p.printed.iter().map(|y| y.0).collect();
                (
                    a.clone(),
                    p.file.clone(),
                    p.title.clone(),
                    printed,
                    p.withdrawn,
                )
            })
            .collect(),
    };
    if let Ok(json) = serde_json::to_vec(&copy) {
        let _ = crate::output::write_atomic(&file(root), &json);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_read_only_for_the_text_it_was_read_from() {
        let dir = tempfile::tempdir().unwrap();
        let mut addresses = BTreeMap::new();
        addresses.insert(
            "seminars/ashyq-sabaq/".to_string(),
            Published {
                file: "content/seminars/ashyq-sabaq.md".into(),
                title: "Ашық сабақ «бөлшектер»".into(),
                printed: [AcademicYear(2024), AcademicYear(2025)].into(),
                withdrawn: true,
            },
        );
        assert_eq!(read(dir.path(), "a: b"), None);
        write(dir.path(), "a: b", &addresses);
        assert_eq!(read(dir.path(), "a: b"), Some(addresses));
        assert_eq!(read(dir.path(), "a: c"), None);
        std::fs::write(file(dir.path()), "{").unwrap();
        assert_eq!(read(dir.path(), "a: b"), None);
    }
}

//! The copies of photos made before: `<site>/.ozyq-cache/images/`, a file per
//! copy named by the photo's content hash, the copy's width and the settings
//! they were made with, shared by `ozyq build` and `ozyq serve`. A build with
//! unchanged photos reads its copies from here and decodes nothing.

use std::path::{Path, PathBuf};

use std::collections::HashSet;

use super::{Format, PhotoError, PhotoLimits, Probe};

/// Changes whenever copies would come out different (quality, filter, widths).
const SETTINGS: u32 = 1;

/// The cache of a site's photo copies.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache of the site at `root`.
    pub fn in_site(root: &Path) -> Self {
        Cache {
            dir: root.join(".ozyq-cache").join("images"),
        }
    }

    fn path(&self, probe: &Probe, width: u32) -> PathBuf {
        let ext = probe.format.ext();
        self.dir
            .join(format!("{:016x}-{width}-s{SETTINGS}.{ext}", probe.hash))
    }

    /// The copy of `probe`'s photo `width` wide, if it was made before.
    pub fn get(&self, probe: &Probe, width: u32) -> Option<Vec<u8>> {
        std::fs::read(self.path(probe, width)).ok()
    }

    /// Keeps a copy; failing to is not an error of the build (it is made again).
    pub fn put(&self, probe: &Probe, width: u32, bytes: &[u8]) {
        let _ = crate::output::write_atomic(&self.path(probe, width), bytes);
    }

    /// The copy of the photo in `source` `width` wide: kept, or made and kept.
    pub fn copy(
        &self,
        source: &Path,
        probe: &Probe,
        width: u32,
        limits: PhotoLimits,
    ) -> Result<Vec<u8>, PhotoError> {
        if let Some(bytes) = self.get(probe, width) {
            return Ok(bytes);
        }
        // Always from the original, never from a wider copy that happens to be
        // kept: the copy is then the same whatever the cache holds.
        let original = std::fs::read(source).map_err(|e| PhotoError::io(&e))?;
        let copy = super::encode::copies(&original, probe, &[width], limits)?
            .pop()
            .ok_or_else(|| PhotoError::Damaged("no copy was made".into()))?;
        self.put(probe, width, &copy.bytes);
        Ok(copy.bytes)
    }

    /// Deletes the copies of photos the site no longer has (by their hashes),
    /// and those made with other settings, so that the cache does not grow
    /// with every photo ever replaced.
    pub fn prune(&self, photos: &HashSet<u64>) {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let current = format!("-s{SETTINGS}.");
        for f in dir.flatten() {
            let name = f.file_name();
            let name = name.to_string_lossy();
            let Some((hash, rest)) = name.split_once('-') else {
                continue;
            };
            let Ok(hash) = u64::from_str_radix(hash, 16) else {
                continue;
            };
            if !photos.contains(&hash) || !rest.contains(&current) {
                let _ = std::fs::remove_file(f.path());
            }
        }
    }
}

/// What names a copy's bytes: its photo, its width and the settings it is made
/// with. Two copies with the same key are the same file.
pub fn copy_key(probe: &Probe, width: u32) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    (probe, width, SETTINGS).hash(&mut h);
    h.finish()
}

/// The size and modification time of a file, as the probes are kept by.
pub type Stamp = (u64, u128);

/// The stamp of a file's metadata.
pub fn stamp(meta: &std::fs::Metadata) -> Stamp {
    let time = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    (meta.len(), time)
}

/// What was read of each photo by earlier builds, with the size and time its file
/// had then: `.ozyq-cache/images/probes.tsv`. Probing reads the whole file (its
/// hash names the copies), which a build with unchanged photos then need not do.
#[derive(Debug, Default)]
pub struct Probes {
    file: PathBuf,
    seen: std::collections::HashMap<PathBuf, (Stamp, Probe)>,
}

impl Probes {
    /// The probes kept for the site at `root` (none when there is no record or it
    /// cannot be read: every photo is then read again).
    pub fn load(root: &Path) -> Self {
        let file = root.join(".ozyq-cache").join("images").join("probes.tsv");
        let seen = std::fs::read_to_string(&file)
            .map(|text| text.lines().filter_map(parse_line).collect())
            .unwrap_or_default();
        Probes { file, seen }
    }

    /// What was read of `path` when it had `stamp`, if that is what it has now.
    pub fn get(&self, path: &Path, stamp: Stamp) -> Option<Probe> {
        self.seen
            .get(path)
            .filter(|(s, _)| *s == stamp)
            .map(|(_, p)| *p)
    }

    /// Keeps exactly `now` (the photos of this build), writing the record when it
    /// changed; failing to write it is not an error of the build.
    pub fn keep(self, now: Vec<(PathBuf, Stamp, Probe)>) {
        let same = now.len() == self.seen.len()
            && now
                .iter()
                .all(|(p, s, pr)| self.seen.get(p) == Some(&(*s, *pr)));
        if same {
            return;
        }
        let mut text = String::new();
        for (path, (len, time), p) in &now {
            let format = match p.format {
                Format::Jpeg => "jpeg",
                Format::Png => "png",
            };
            text.push_str(&format!(
                "{len}\t{time}\t{}\t{}\t{format}\t{:016x}\t{}\n",
                p.width,
                p.height,
                p.hash,
                path.display()
            ));
        }
        let _ = crate::output::write_atomic(&self.file, text.as_bytes());
    }
}

/// One line of the record; `None` for a line that is not one.
fn parse_line(line: &str) -> Option<(PathBuf, (Stamp, Probe))> {
    let mut f = line.splitn(7, '\t');
    let len = f.next()?.parse().ok()?;
    let time = f.next()?.parse().ok()?;
    let width = f.next()?.parse().ok()?;
    let height = f.next()?.parse().ok()?;
    let format = match f.next()? {
        "jpeg" => Format::Jpeg,
        "png" => Format::Png,
        _ => return None,
    };
    let hash = u64::from_str_radix(f.next()?, 16).ok()?;
    let path = PathBuf::from(f.next()?);
    Some((
        path,
        (
            (len, time),
            Probe {
                width,
                height,
                format,
                hash,
            },
        ),
    ))
}

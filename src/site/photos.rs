//! The photos of `content/`: each is published as copies in a few widths
//! (`images`), not as the original; pages point at them with `srcset`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use rayon::prelude::*;
use typed_index_collections::TiVec;

use crate::diagnostics::{Diagnostic, Location};
use crate::images::{self, PhotoError, PhotoLimits, Probe};
use crate::paths::{PathMap, normalize};

use super::Asset;

typed_id!(
    /// A photo's place in [`Photos::list`].
    PhotoId
);

/// A photo of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Photo {
    /// Its file.
    pub source: PathBuf,
    /// Where its copies go, without the width and extension: `open-lessons/x/photo`.
    pub stem: String,
    /// What it is.
    pub probe: Probe,
}

impl Photo {
    /// The site-relative path of its copy `width` wide.
    pub fn url(&self, width: u32) -> String {
        format!("{}-{width}.{}", self.stem, self.probe.format.ext())
    }

    /// The path pages show by default.
    pub fn default_url(&self) -> String {
        self.url(self.probe.default_width())
    }
}

/// The site's photos, and which file each is.
#[derive(Debug, Default)]
pub struct Photos {
    /// In the order of their files.
    pub list: TiVec<PhotoId, Photo>,
    /// By normalized source path.
    pub by_source: PathMap<PathBuf, PhotoId>,
    /// By the path of the copy pages show by default (what `asset_dest` gives).
    pub by_url: HashMap<String, PhotoId>,
}

impl Photos {
    /// The photo of a source file (a normalized path), if it is one.
    pub fn of(&self, source: &Path) -> Option<&Photo> {
        self.by_source.get(source).map(|&i| &self.list[i])
    }

    /// The photo whose default copy is at `url` (a cover's), if any.
    pub fn at(&self, url: &str) -> Option<&Photo> {
        self.by_url.get(url).map(|&i| &self.list[i])
    }
}

/// What was read of a file, and when the file was as it was read: `ozyq serve`
/// reads a photo again only after it changed.
type Seen = (u64, Option<SystemTime>, Probe);

/// Photos probed in this process, by path. Probing reads the whole file (its hash
/// keys the cache), which a serve round should not do for every unchanged photo.
static SEEN: Mutex<Option<PathMap<PathBuf, Seen>>> = Mutex::new(None);

/// Probes a photo's file, or takes what was read of it before if its size and
/// time are the same.
fn probe_file(path: &Path, limits: PhotoLimits) -> Result<Probe, PhotoError> {
    let meta = std::fs::metadata(path).map_err(|e| PhotoError::Io(e.to_string()))?;
    let stamp = (meta.len(), meta.modified().ok());
    if let Some(seen) = SEEN
        .lock()
        .ok()
        .and_then(|s| s.as_ref()?.get(path).copied())
        && (seen.0, seen.1) == stamp
    {
        return Ok(seen.2);
    }
    let bytes = std::fs::read(path).map_err(|e| PhotoError::Io(e.to_string()))?;
    let probe = images::probe(&bytes, path, limits)?;
    if let Ok(mut s) = SEEN.lock() {
        s.get_or_insert_with(PathMap::default)
            .insert(path.to_path_buf(), (stamp.0, stamp.1, probe));
    }
    Ok(probe)
}

/// Takes the photos out of `assets` (they are not copied as they are) and points
/// `asset_dest` at their default copies. A photo that cannot be read is an
/// error at its file, and stays a plain file.
pub fn gather(
    assets: &mut Vec<Asset>,
    asset_dest: &mut PathMap<PathBuf, String>,
    limits: PhotoLimits,
    diags: &mut Vec<Diagnostic>,
) -> Photos {
    let probed: Vec<Option<Result<Probe, PhotoError>>> = assets
        .par_iter()
        .map(|a| images::is_photo(&a.source).then(|| probe_file(&a.source, limits)))
        .collect();
    let mut photos = Photos::default();
    let mut kept = Vec::with_capacity(assets.len());
    for (a, probed) in assets.drain(..).zip(probed) {
        match probed {
            None => kept.push(a),
            Some(Err(e)) => {
                diags.push(
                    Diagnostic::error(Location::file(&a.source), e.to_string()).with_hint(e.hint()),
                );
                kept.push(a);
            }
            Some(Ok(probe)) => {
                let stem = match a.dest.rsplit_once('.') {
                    Some((stem, _)) => stem.to_string(),
                    None => a.dest.clone(),
                };
                let photo = Photo {
                    source: a.source,
                    stem,
                    probe,
                };
                let key = normalize(&photo.source);
                let url = photo.default_url();
                asset_dest.insert(key.clone(), url.clone());
                let id = photos.list.push_and_get_key(photo);
                photos.by_source.insert(key, id);
                photos.by_url.insert(url, id);
            }
        }
    }
    *assets = kept;
    photos
}

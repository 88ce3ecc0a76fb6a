//! The photos of `content/`: each is published as copies in a few widths
//! (`images`), not as the original; pages point at them with `srcset`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use typed_index_collections::TiVec;

use crate::diagnostics::{Diagnostic, Location};
use crate::images::cache::{self, Probes, Stamp};
use crate::images::{self, PhotoError, PhotoLimits, Probe};
use crate::paths::{PathMap, is_external, normalize, split_fragment};
use percent_encoding::percent_decode_str;
use pulldown_cmark::{Event, Parser, Tag};

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
    /// Where the original goes when an entry attaches it: `open-lessons/x/photo.jpg`.
    pub original: String,
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

    /// The photo a Markdown image's address, written in a file in `base`, points
    /// at, if it is one (not an address elsewhere, not another file).
    pub fn linked(&self, dest: &str, base: &Path) -> Option<PhotoId> {
        if dest.is_empty() || is_external(dest) {
            return None;
        }
        let (path, _) = split_fragment(dest);
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        let decoded = percent_decode_str(path).decode_utf8_lossy();
        self.by_source
            .get(&normalize(&base.join(decoded.as_ref())))
            .copied()
    }

    /// The first photo the Markdown `body` of `source` shows, if any: what a
    /// card shows of an entry without a cover.
    pub fn first_in(&self, body: &str, source: &Path) -> Option<PhotoId> {
        // Most bodies have no image at all, and are not parsed for one.
        if self.list.is_empty() || !body.contains("![") {
            return None;
        }
        let base = source.parent().unwrap_or(Path::new(""));
        Parser::new(body).find_map(|e| match e {
            Event::Start(Tag::Image { dest_url, .. }) => self.linked(&dest_url, base),
            _ => None,
        })
    }

    /// The photo `entry`'s card shows: its cover's (none if the cover is
    /// another kind of picture), or else the first of its text.
    pub fn picture_of(&self, entry: &super::Entry) -> Option<PhotoId> {
        match &entry.cover {
            Some(url) => self.by_url.get(url).copied(),
            None => self.first_in(&entry.doc.body, &entry.doc.source),
        }
    }

    /// The photo whose default copy is at `url` (a cover's), if any.
    pub fn at(&self, url: &str) -> Option<&Photo> {
        self.by_url.get(url).map(|&i| &self.list[i])
    }
}

/// Probes a photo's file, or takes what an earlier build read of it if its size
/// and time are the same. Returns its stamp with the probe, for the record.
fn probe_file(
    path: &Path,
    limits: PhotoLimits,
    known: &Probes,
) -> Result<(Stamp, Probe), PhotoError> {
    let meta = std::fs::metadata(path).map_err(|e| PhotoError::io(&e))?;
    let stamp = cache::stamp(&meta);
    if let Some(p) = known.get(path, stamp) {
        return Ok((stamp, p));
    }
    let bytes = std::fs::read(path).map_err(|e| PhotoError::io(&e))?;
    Ok((stamp, images::probe(&bytes, path, limits)?))
}

/// Takes the photos out of `assets` (they are not copied as they are) and points
/// `asset_dest` at their default copies. A photo that cannot be read is an
/// error at its file, and stays a plain file.
pub fn gather(
    root: &Path,
    assets: &mut Vec<Asset>,
    asset_dest: &mut PathMap<PathBuf, String>,
    limits: PhotoLimits,
    diags: &mut Vec<Diagnostic>,
) -> Photos {
    let known = Probes::load(root);
    let probed: Vec<Option<Result<(Stamp, Probe), PhotoError>>> = assets
        .par_iter()
        .map(|a| images::is_photo(&a.source).then(|| probe_file(&a.source, limits, &known)))
        .collect();
    let mut record = Vec::new();
    let mut photos = Photos::default();
    let mut kept = Vec::with_capacity(assets.len());
    for (a, probed) in assets.drain(..).zip(probed) {
        match probed {
            None => kept.push(a),
            Some(Err(e)) => {
                diags.push(
                    Diagnostic::error(Location::file(&a.source), e.text()).with_hint(e.hint()),
                );
                kept.push(a);
            }
            Some(Ok((stamp, probe))) => {
                record.push((a.source.clone(), stamp, probe));
                let stem = match a.dest.rsplit_once('.') {
                    Some((stem, _)) => stem.to_string(),
                    None => a.dest.clone(),
                };
                let photo = Photo {
                    source: a.source,
                    stem,
                    probe,
                    original: a.dest,
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
    known.keep(record);
    cache::Cache::in_site(root).prune(&photos.list.iter().map(|p| p.probe.hash).collect());
    photos
}

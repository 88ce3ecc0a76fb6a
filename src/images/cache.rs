//! The copies of photos made before: `<site>/.ozyq-cache/images/`, a file per
//! copy named by the photo's content hash, the copy's width and the settings
//! they were made with, shared by `ozyq build` and `ozyq serve`. A build with
//! unchanged photos reads its copies from here and decodes nothing.

use std::path::{Path, PathBuf};

use super::{Format, Probe};

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
        let ext = match probe.format {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        };
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
}

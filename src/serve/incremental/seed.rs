//! The first round of a serve started beside a built site: the pages that would
//! come out the same are taken from `output/` (linked where one file system holds
//! both folders, else copied: `files::put`) instead of rendered, as `ozyq build`
//! keeps them (`pipeline::reuse`: the same key, no moved link target or changed
//! site-wide value shown, the same look, and a file untouched since that build).
//! When the build's search index shows what this one would, it is copied too,
//! and the words of the entries whose pages were copied are read only when a
//! later round writes the index.

use std::path::{Path, PathBuf};

use crate::output::manifest::{Manifest, Record};
use crate::pipeline::Look;
use crate::pipeline::reuse::{PageKeys, Reuse};
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::site::Site;

use super::files::{Writer, record};
use super::full::RoundPages;
use super::{Engine, Round};

/// A folder `ozyq build` made, with its record: what its files hold, known
/// without reading them.
pub(super) struct Seed {
    dir: PathBuf,
    manifest: Manifest,
}

impl Seed {
    /// The folder.
    pub(super) fn dir(&self) -> &Path {
        &self.dir
    }

    /// The record of `rel`, when the folder holds it untouched since the build.
    pub(super) fn trusted(&self, rel: &str) -> Option<Record> {
        crate::paths::is_site_relative(rel)
            .then(|| self.manifest.trusted(&self.dir, rel))
            .flatten()
    }
}

/// What a first round may copy from the built site.
pub(super) struct Seeding {
    pub(super) seed: Seed,
    reuse: Reuse,
}

impl Seeding {
    /// The built site in `dir`, when there is one with its record, and which of
    /// `pages` it shows as this round would make them.
    pub(super) fn new(
        dir: &Path,
        look: &Look,
        site: &Site,
        r: &mut Renderer,
        pages: &[Page],
        keys: PageKeys,
    ) -> Option<Seeding> {
        let manifest = Manifest::read(dir);
        if manifest.is_empty() {
            return None;
        }
        let reuse = Reuse::with_keys(&look.templates, site, r, pages, Some(keys), dir);
        Some(Seeding {
            seed: Seed {
                dir: dir.to_path_buf(),
                manifest,
            },
            reuse,
        })
    }

    /// Whether page `j` (of the pages given to [`Seeding::new`]) may be copied.
    pub(super) fn unchanged(&self, j: usize) -> bool {
        self.reuse.unchanged(j)
    }
}

impl Engine {
    /// For a first (`full`) round into the empty served folder, beside a built
    /// site (see [`Engine::seed_from`]): which of the round's pages may be copied
    /// from it. Its search index is copied now when it shows what this round's
    /// would; then no entry page of this round feeds an index.
    pub(super) fn seeding(
        &mut self,
        look: &Look,
        site: &Site,
        renderer: &mut Renderer,
        listed: &RoundPages,
        full: bool,
        round: &mut Round,
    ) -> Option<Seeding> {
        if !full || !self.files.is_empty() {
            return None;
        }
        let phase = super::phases();
        let pages = &listed.pages.raw;
        let Seeding { seed, mut reuse } = Seeding::new(
            self.seed.as_deref()?,
            look,
            site,
            renderer,
            pages,
            listed.reuse_keys(),
        )?;
        phase("seeding: the built site's keys");
        let writer = Writer::new(&self.files, &self.out).seeded(Some(&seed));
        let index = reuse.keep_index(&writer).then(|| reuse.index_kept());
        if let Some(files) = index.flatten() {
            renderer.set_search(None);
            self.search_files = files.iter().cloned().collect();
            self.unindexed = true;
        }
        let made = writer.into_made();
        record(&mut self.files, &mut self.failed, round, made);
        phase("seeding: its search index");
        Some(Seeding { seed, reuse })
    }
}

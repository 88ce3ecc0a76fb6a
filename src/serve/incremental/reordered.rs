//! An edit that moves an entry among the others (a new date, or a title that sorts
//! it past an entry of the same day), patched in place: the entry moves in the
//! model and the addresses are settled again, since which entry claims an old
//! address first follows the order of entries.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::site::addresses::{settle, told_settling};
use crate::site::{EntryId, Site};

use super::Engine;

impl Engine {
    /// Moves entry `i`, edited in file `path`, to its new place in `site` and
    /// settles the addresses again, giving `now[path]` what that tells the file;
    /// returns the entry's new id. `None` when settling tells another file
    /// otherwise than before, or finds an error: the full way says so.
    pub(super) fn reorder(
        &self,
        site: &mut Site,
        i: EntryId,
        path: &Path,
        now: &mut HashMap<PathBuf, Vec<Diagnostic>>,
    ) -> Option<EntryId> {
        let data = self.data.as_ref()?;
        let at = crate::site::reorder::resort(site, i);
        let mut diags = Vec::new();
        let settled = settle(
            &site.config,
            &site.entries,
            &site.pages,
            &data.record,
            false,
            &mut diags,
        );
        if diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        let mut told: HashMap<PathBuf, Vec<Diagnostic>> = HashMap::new();
        for d in diags {
            told.entry(d.location.file.clone()).or_default().push(d);
        }
        // Every other file is told what it was told before.
        let before = |file: &Path| -> Vec<&Diagnostic> {
            let ws = self.warnings.get(file).into_iter().flatten();
            ws.filter(|w| told_settling(w)).collect()
        };
        let others = (told.keys().map(PathBuf::as_path))
            .chain(self.warnings.keys().map(PathBuf::as_path))
            .filter(|&f| f != path);
        for f in others {
            let now: Vec<&Diagnostic> = told.get(f).into_iter().flatten().collect();
            if now != before(f) {
                return None;
            }
        }
        let mine = now.entry(path.to_path_buf()).or_default();
        mine.retain(|w| !told_settling(w));
        mine.extend(told.remove(path).unwrap_or_default());
        site.redirects = settled.redirects;
        site.withdrawn = settled.withdrawn;
        site.address_changes = settled.changes;
        Some(at)
    }
}

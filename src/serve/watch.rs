//! Watching the site's files with notify (debounced) and rebuilding on changes.

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long to wait for more events after a save (editors write in several steps).
pub const DEBOUNCE: Duration = Duration::from_millis(30);

/// Folders watched recursively; `config.yaml` is watched through the site's folder.
pub const WATCHED: &[&str] = &["content", "data", "templates", "themes", "static"];

/// What the rebuilding thread is told.
pub enum Msg {
    /// Files or folders that changed on disk, as notify reports them.
    Paths(Vec<PathBuf>),
    /// A catalogue PDF compiled in the background: its path, key and bytes.
    Pdf(PdfDone),
    /// The server is stopping: finish the loop.
    Stop,
}

/// A catalogue PDF compiled in the background.
pub struct PdfDone {
    /// Site-relative path the PDF is written to.
    pub rel: String,
    /// The cache key of what was compiled, to tell whether the site still needs it.
    pub key: String,
    /// The PDF's bytes, or why it could not be made (Typst's errors, or a panic).
    pub result: Result<Vec<u8>, String>,
}

/// Watches a site's folders and sends what changed, debounced, as [`Msg::Paths`].
pub struct Watcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    watching: Vec<PathBuf>,
}

impl Watcher {
    /// Starts watching the site in `root` (its `config.yaml` and the [`WATCHED`]
    /// folders that exist) and sending changes to `tx`.
    pub fn new(root: &Path, tx: mpsc::Sender<Msg>) -> notify::Result<Watcher> {
        let debouncer = new_debouncer(DEBOUNCE, None, move |res: DebounceEventResult| {
            if let Ok(events) = res {
                // Reading a file (ours included, while rebuilding) is not a change.
                let paths: Vec<PathBuf> = events
                    .into_iter()
                    .filter(|e| !e.event.kind.is_access())
                    .flat_map(|e| e.event.paths)
                    .collect();
                if !paths.is_empty() {
                    let _ = tx.send(Msg::Paths(paths));
                }
            }
        })?;
        let mut w = Watcher {
            debouncer,
            root: root.to_path_buf(),
            watching: Vec::new(),
        };
        w.debouncer.watch(root, RecursiveMode::NonRecursive)?;
        w.watch_new_folders();
        Ok(w)
    }

    /// Starts watching the site's folders that exist now (some may be made later).
    pub fn watch_new_folders(&mut self) {
        for name in WATCHED {
            let dir = self.root.join(name);
            if dir.is_dir()
                && !self.watching.contains(&dir)
                && self.debouncer.watch(&dir, RecursiveMode::Recursive).is_ok()
            {
                self.watching.push(dir);
            }
        }
        self.watching.retain(|d| d.is_dir());
    }
}

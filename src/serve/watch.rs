//! Watching the site's files with notify and rebuilding on changes.

use notify::RecursiveMode;
use notify::Watcher as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long no further change must be reported before a rebuild starts, so that a
/// save written in pieces is read whole (`tests/serve.rs`,
/// `a_save_written_in_pieces_is_rebuilt_once_and_whole`). Short: it is most of the
/// time from a save to the page.
pub const QUIET: Duration = Duration::from_millis(10);

/// The longest a rebuild waits for a quiet moment.
pub const QUIET_MAX: Duration = Duration::from_millis(500);

/// Folders watched recursively; `config.yaml` is watched through the site's folder.
pub const WATCHED: &[&str] = &["content", "data", "templates", "themes", "static", "print"];

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
    pub result: Result<Vec<u8>, crate::catalogue::pdf::PdfError>,
}

/// Watches a site's folders and sends what changed, as it happens, as [`Msg::Paths`]
/// (the rebuilding loop waits for a [`QUIET`] moment).
pub struct Watcher {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
    watching: Vec<PathBuf>,
}

impl Watcher {
    /// Starts watching the site in `root` (its `config.yaml` and the [`WATCHED`]
    /// folders that exist) and sending changes to `tx`.
    pub fn new(root: &Path, tx: mpsc::Sender<Msg>) -> notify::Result<Watcher> {
        let watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            // Reading a file (ours included, while rebuilding) is not a change.
            if let Ok(event) = res
                && !event.kind.is_access()
                && !event.paths.is_empty()
            {
                let _ = tx.send(Msg::Paths(event.paths));
            }
        })?;
        let mut w = Watcher {
            watcher,
            root: root.to_path_buf(),
            watching: Vec::new(),
        };
        w.watcher.watch(root, RecursiveMode::NonRecursive)?;
        w.watch_new_folders();
        Ok(w)
    }

    /// Starts watching the site's folders that exist now (some may be made later).
    pub fn watch_new_folders(&mut self) {
        for name in WATCHED {
            let dir = self.root.join(name);
            if dir.is_dir()
                && !self.watching.contains(&dir)
                && self.watcher.watch(&dir, RecursiveMode::Recursive).is_ok()
            {
                self.watching.push(dir);
            }
        }
        self.watching.retain(|d| d.is_dir());
    }
}

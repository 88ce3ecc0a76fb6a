//! Compiling catalogue PDFs in the background: a large year takes Typst seconds,
//! which must hold up neither the reload after a change nor the next change.

use std::path::Path;
use std::sync::mpsc;

use crate::catalogue::pdf::{Cache, PdfError};
use crate::pipeline::PdfJob;

use super::guard::run_guarded;
use super::watch::{Msg, PdfDone};

/// What makes the worker panic in the library's own tests, in the markup of a
/// catalogue (an exhibit's summary): the way to prove that serve survives a bug of
/// Typst's without leaving one in.
#[cfg(test)]
pub(crate) const PANIC_MARK: &str = "OZYQTESTPANICPDF";

/// Gives the calling thread a lower priority than the page rendering's: a date
/// edit makes two years' catalogues again, which keep one core busy for seconds,
/// and a change saved meanwhile rendered its pages on the other core alone (a
/// 10,000-entry round took 170–200 ms instead of 115–145). Linux keeps a nice
/// value per thread (`who` 0 is the calling thread), and threads started later
/// take their starter's; elsewhere the thread keeps the usual priority.
fn in_background() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority sets a plain integer of this thread; a failure (not
    // allowed, say) leaves its priority as it was.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

pub struct PdfWorker {
    tx: mpsc::Sender<PdfJob>,
}

impl PdfWorker {
    /// A thread that compiles the PDFs it is given, one at a time on one core (Typst
    /// is hungry for memory, and pages must stay quick to render), and reports each
    /// to `done`.
    pub fn start(root: &Path, done: mpsc::Sender<Msg>) -> std::io::Result<PdfWorker> {
        let (tx, rx) = mpsc::channel::<PdfJob>();
        let cache = Cache::in_site(root);
        std::thread::Builder::new()
            .name("ozyq-pdf".into())
            .spawn(move || {
                // Before the pool: its thread takes this one's priority.
                in_background();
                // Typst lays out pages in parallel on the current rayon pool: a pool
                // of its own keeps it off the one that renders pages after a change.
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(1)
                    .stack_size(crate::catalogue::pdf::TYPST_STACK)
                    .thread_name(|_| "ozyq-typst".into())
                    .build()
                    .ok();
                while let Ok(first) = rx.recv() {
                    // Only the newest work for each file: older versions are stale.
                    let mut queue = vec![first];
                    while let Ok(next) = rx.try_recv() {
                        queue.retain(|j| j.path != next.path);
                        queue.push(next);
                    }
                    for PdfJob {
                        path: rel, work, ..
                    } in queue
                    {
                        let key = work.key.clone();
                        let compile = || {
                            #[cfg(test)]
                            if format!("{work:?}").contains(PANIC_MARK) {
                                panic!("a test made this PDF panic");
                            }
                            work.compile(Some(&cache)).map(|p| p.bytes)
                        };
                        // A panic (Typst's or the PDF writer's) fails this PDF, not
                        // the worker: the next change is compiled again.
                        let result = run_guarded(|| match &pool {
                            Some(pool) => pool.install(compile),
                            None => compile(),
                        })
                        .map_err(|panic| PdfError::Internal(panic.to_string()))
                        .and_then(|r| r);
                        if done.send(Msg::Pdf(PdfDone { rel, key, result })).is_err() {
                            return;
                        }
                    }
                }
            })?;
        Ok(PdfWorker { tx })
    }

    pub fn submit(&self, work: Vec<PdfJob>) {
        for w in work {
            let _ = self.tx.send(w);
        }
    }
}

//! Writing the rendered pages: only files whose bytes changed are written.

use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;
use std::time::SystemTime;

use crate::diagnostics::{Diagnostic, Location};
use crate::render::context::Renderer;
use crate::render::jobs::Job;
use crate::render::templates::tera_error;
use crate::render::theme::Theme;

use super::Round;
use super::keys::h64;

pub(super) type Stamp = (Option<SystemTime>, u64);

pub(super) fn stamp(p: &Path) -> Stamp {
    match std::fs::metadata(p) {
        Ok(m) => (m.modified().ok(), m.len()),
        Err(_) => (None, u64::MAX),
    }
}

pub(super) fn remove_file_and_empty_parents(out: &Path, rel: &str) {
    let path = out.join(rel);
    if std::fs::remove_file(&path).is_err() {
        return;
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

pub(super) fn write_file(out: &Path, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
    let path = out.join(rel);
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::write(path, bytes)
}

/// A file made in a round: `(rel, hash, outcome)`.
pub(super) type Made = (String, u64, Outcome);

pub(super) enum Outcome {
    /// Copied or rendered, and recorded whether or not the bytes changed.
    Kept,
    /// Rendered and written because it differed.
    Written,
    /// Rendering failed: the old file stays.
    Failed,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn render(
    files: &HashMap<String, u64>,
    out: &Path,
    renderer: &Renderer,
    theme: &Theme,
    (jobs, paths): (&[Job], &[String]),
    which: &[usize],
    texts: &Mutex<Vec<usize>>,
) -> (Vec<Made>, Vec<Diagnostic>) {
    let results: Vec<(Made, Vec<Diagnostic>)> = which
        .par_iter()
        .map(|&j| {
            let job = jobs[j];
            let rel = &paths[j];
            let mut local = Vec::new();
            let (template, ctx) = renderer.context(job, &mut local);
            if let Job::Entry(i) = job {
                texts.lock().expect("no panics").push(i);
            }
            thread_local!(static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) });
            BUF.with_borrow_mut(|buf| {
                buf.clear();
                if let Err(e) = renderer.tera().render_to(template, &ctx, &mut *buf) {
                    local.push(tera_error(theme, template, &e));
                    return ((rel.clone(), 0, Outcome::Failed), local);
                }
                if local.iter().any(Diagnostic::is_error) {
                    return ((rel.clone(), 0, Outcome::Failed), local);
                }
                let h = h64(&buf[..]);
                if files.get(rel) == Some(&h) {
                    return ((rel.clone(), h, Outcome::Kept), local);
                }
                match write_file(out, rel, buf) {
                    Ok(()) => ((rel.clone(), h, Outcome::Written), local),
                    Err(e) => {
                        local.push(Diagnostic::error(
                            Location::file(out.join(rel)),
                            format!("cannot write: {e}"),
                        ));
                        ((rel.clone(), 0, Outcome::Failed), local)
                    }
                }
            })
        })
        .collect();
    let mut made = Vec::new();
    let mut diags = Vec::new();
    for (m, d) in results {
        made.push(m);
        diags.extend(d);
    }
    (made, diags)
}

/// Records the files made in a round.
pub(super) fn record(
    files: &mut HashMap<String, u64>,
    failed: &mut HashSet<String>,
    round: &mut Round,
    made: Vec<Made>,
) {
    for (rel, h, outcome) in made {
        match outcome {
            Outcome::Failed => {
                failed.insert(rel);
            }
            Outcome::Written => {
                failed.remove(&rel);
                files.insert(rel.clone(), h);
                round.changed.push(rel);
            }
            Outcome::Kept => {
                failed.remove(&rel);
                if files.insert(rel.clone(), h) != Some(h) {
                    round.changed.push(rel);
                }
            }
        }
    }
}

/// Writes `bytes` to `rel` unless the file already has them; records the outcome in
/// `writes`, or the failure in `errors`.
pub(super) fn write_if_changed(
    (files, out): (&HashMap<String, u64>, &Path),
    rel: &str,
    bytes: &[u8],
    writes: &mut Vec<Made>,
    errors: &mut Vec<Diagnostic>,
) {
    let h = h64(bytes);
    if files.get(rel) == Some(&h) {
        return;
    }
    match write_file(out, rel, bytes) {
        Ok(()) => writes.push((rel.to_string(), h, Outcome::Written)),
        Err(e) => errors.push(Diagnostic::error(
            Location::file(out.join(rel)),
            format!("cannot write: {e}"),
        )),
    }
}

/// Copies the files copied as they are (content assets, author photos) whose source
/// changed since they were last copied.
pub(super) fn copy_files(
    (files, out): (&HashMap<String, u64>, &Path),
    copies: &[(std::path::PathBuf, String)],
    writes: &mut Vec<Made>,
    errors: &mut Vec<Diagnostic>,
) {
    let copied: Vec<(String, u64, Result<(), Diagnostic>)> = copies
        .par_iter()
        .filter_map(|(src, dest)| {
            // Compared by the source's path, time and size, not its bytes.
            let h = h64((src, stamp(src)));
            if files.get(dest) == Some(&h) {
                return None;
            }
            let path = out.join(dest);
            let r = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::copy(src, &path).map(|_| ()))
                .map_err(|e| {
                    Diagnostic::error(
                        Location::file(src),
                        format!("cannot copy to the output: {e}"),
                    )
                });
            Some((dest.clone(), h, r))
        })
        .collect();
    for (dest, h, r) in copied {
        match r {
            Ok(()) => writes.push((dest, h, Outcome::Kept)),
            Err(d) => errors.push(d),
        }
    }
}

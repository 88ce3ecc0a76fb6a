//! Carrying out a [`Plan`] on a [`Remote`]: each file uploaded under a temporary
//! name and renamed into place, the server's record brought up to date as files
//! arrive (so that an interrupted publish resumes where it stopped), the removed
//! files deleted last.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::output::manifest::{Manifest, Record};

use super::plan::Plan;
use super::remote::{RECORD, Remote, RemoteError, UPLOADING};

/// What a publish tells its caller as it goes, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The uploads begin: how many files and bytes.
    Start {
        /// Files to upload.
        files: usize,
        /// Their bytes.
        bytes: u64,
    },
    /// A file arrived.
    Uploaded {
        /// Its path.
        rel: String,
        /// Its size.
        bytes: u64,
    },
    /// A file was deleted.
    Deleted(String),
}

/// How often the server's record is brought up to date during uploads.
const RECORD_EVERY: Duration = Duration::from_secs(2);

/// The server's record: what it holds, by path (empty when it has none). A path
/// that would leave the site's folder is not taken from it: a publish deletes
/// only files inside the folder it was given.
pub fn read_record(remote: &mut dyn Remote) -> Result<HashMap<String, Record>, RemoteError> {
    let mut files = remote
        .read(RECORD)?
        .and_then(|b| Manifest::parse(&String::from_utf8_lossy(&b)))
        .unwrap_or_default();
    files.retain(|rel, _| crate::paths::is_site_relative(rel) && !rel.starts_with(".ozyq-"));
    Ok(files)
}

/// The files of the built site in `output` with their records (from the build's
/// record where it can be trusted, else read), without ozyq's own files.
pub fn local_files(output: &Path) -> std::io::Result<BTreeMap<String, Record>> {
    let manifest = Manifest::read(output);
    let mut files = BTreeMap::new();
    for item in walkdir::WalkDir::new(output).sort_by_file_name() {
        let item = item.map_err(std::io::Error::other)?;
        if !item.file_type().is_file() {
            continue;
        }
        let rel = item.path().strip_prefix(output).unwrap_or(item.path());
        let rel = (rel.components())
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if rel.starts_with(".ozyq-") {
            continue;
        }
        let record = match manifest.trusted(output, &rel) {
            Some(r) => r,
            None => Record::of(&std::fs::read(item.path())?),
        };
        files.insert(rel, record);
    }
    Ok(files)
}

/// Writes the record of `files` to the server, replacing the old one whole.
fn write_record(
    remote: &mut dyn Remote,
    files: &HashMap<String, Record>,
) -> Result<(), RemoteError> {
    let mut list: Vec<(String, Record)> = files.iter().map(|(k, v)| (k.clone(), *v)).collect();
    let text = Manifest::text(&mut list);
    let temp = format!("{UPLOADING}/record");
    remote.write(&temp, text.as_bytes())?;
    remote.rename(&temp, RECORD)
}

/// Empties the folder of files in transit (left by an interrupted publish).
fn clear_uploading(remote: &mut dyn Remote) -> Result<(), RemoteError> {
    for name in remote.list(UPLOADING)? {
        remote.remove(&format!("{UPLOADING}/{name}"))?;
    }
    Ok(())
}

/// Makes the server hold `local` (the files of `output`), which it held as
/// `remote` before: uploads, the record, deletions. Returns the bytes sent.
pub fn carry_out(
    server: &mut dyn Remote,
    output: &Path,
    local: &BTreeMap<String, Record>,
    mut remote: HashMap<String, Record>,
    plan: &Plan,
    on: &mut dyn FnMut(Event),
) -> Result<u64, RemoteError> {
    let bytes: u64 = plan.uploads.iter().map(|r| local[r].len).sum();
    on(Event::Start {
        files: plan.uploads.len(),
        bytes,
    });
    server.make_dir(UPLOADING)?;
    clear_uploading(server)?;
    let mut made: HashSet<String> = HashSet::new();
    let mut last_record = Instant::now();
    let mut sent = 0;
    for (n, rel) in plan.uploads.iter().enumerate() {
        if let Some((dir, _)) = rel.rsplit_once('/')
            && !made.contains(dir)
        {
            server.make_dir(dir)?;
            made.insert(dir.to_string());
        }
        let data = std::fs::read(rel.split('/').fold(output.to_path_buf(), |p, s| p.join(s)))
            .map_err(|e| RemoteError::Other(format!("cannot read output/{rel}: {e}")))?;
        let temp = format!("{UPLOADING}/{n}");
        server.write(&temp, &data)?;
        server.rename(&temp, rel)?;
        sent += data.len() as u64;
        remote.insert(rel.clone(), local[rel]);
        on(Event::Uploaded {
            rel: rel.clone(),
            bytes: data.len() as u64,
        });
        if last_record.elapsed() >= RECORD_EVERY {
            write_record(server, &remote)?;
            last_record = Instant::now();
        }
    }
    // Every new file is there: the record says so before anything is deleted.
    write_record(server, &remote)?;
    let mut dirs: Vec<&str> = Vec::new();
    for rel in &plan.deletes {
        server.remove(rel)?;
        remote.remove(rel);
        on(Event::Deleted(rel.clone()));
        if let Some((dir, _)) = rel.rsplit_once('/') {
            dirs.push(dir);
        }
    }
    if !plan.deletes.is_empty() {
        write_record(server, &remote)?;
    }
    // Folders left empty, deepest first, and their parents when empty too.
    dirs.sort_by_key(|d| (std::cmp::Reverse(d.len()), *d));
    dirs.dedup();
    for dir in dirs {
        let mut d = dir;
        loop {
            server.remove_dir(d)?;
            match d.rsplit_once('/') {
                Some((parent, _)) => d = parent,
                None => break,
            }
        }
    }
    clear_uploading(server)?;
    server.remove_dir(UPLOADING)?;
    Ok(sent)
}

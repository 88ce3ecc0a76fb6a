//! Carrying out a [`Plan`] on a [`Remote`]: each file uploaded under a temporary
//! name and renamed into place, the server's record brought up to date every few
//! seconds and a local journal after every file (so that an interrupted publish
//! resumes where it stopped), the removed files deleted last.

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
        let item = item.map_err(std::io::Error::from)?;
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

/// The text of the record of `files`.
fn record_text(files: &HashMap<String, Record>) -> String {
    let mut list: Vec<(String, Record)> = files.iter().map(|(k, v)| (k.clone(), *v)).collect();
    Manifest::text(&mut list)
}

/// Writes the record of `files` to the server, replacing the old one whole, and
/// starts the journal anew from it.
fn write_record(
    remote: &mut dyn Remote,
    files: &HashMap<String, Record>,
    journal: &mut Journal,
) -> Result<(), RemoteError> {
    let text = record_text(files);
    let temp = format!("{UPLOADING}/record");
    remote.write(&temp, text.as_bytes())?;
    remote.rename(&temp, RECORD)?;
    journal.start(&text);
    Ok(())
}

/// What this computer sent since the server's record was last written, kept in
/// `.ozyq-cache/publish/<target>.journal`: the first line names the record it
/// follows (its hash), then a line per file that arrived. An interrupted publish
/// takes it into account when it resumes, if the server's record is still that
/// one; a journal is only ever a shortcut, never needed.
pub struct Journal {
    path: Option<std::path::PathBuf>,
    file: Option<std::fs::File>,
}

impl Journal {
    /// The journal of the target `name` of the site in `root`.
    pub fn of(root: &Path, name: &str) -> Journal {
        let safe: String = (name.chars())
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let dir = root.join(".ozyq-cache").join("publish");
        Journal {
            path: Some(dir.join(format!("{safe}.journal"))),
            file: None,
        }
    }

    /// Adds to `files` (the server's record) what the journal says arrived
    /// after it.
    pub fn replay(&self, files: &mut HashMap<String, Record>) {
        let Some(text) = self
            .path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
        else {
            return;
        };
        let mut lines = text.lines();
        if lines.next() != Some(format!("{:032x}", hash(&record_text(files))).as_str()) {
            return;
        }
        let arrived = lines.filter_map(Manifest::parse_line);
        files.extend(arrived.filter(|(rel, _)| crate::paths::is_site_relative(rel)));
    }

    fn start(&mut self, record: &str) {
        let Some(path) = &self.path else { return };
        let _ = std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")));
        self.file = std::fs::File::create(path).ok();
        self.line(&format!("{:032x}", hash(record)));
    }

    fn add(&mut self, rel: &str, r: Record) {
        self.line(&format!("{:032x} {} {rel}", r.hash, r.len));
    }

    fn line(&mut self, line: &str) {
        use std::io::Write;
        if let Some(f) = &mut self.file {
            let _ = writeln!(f, "{line}");
        }
    }

    /// Removes the journal: the server's record says everything.
    fn finish(&mut self) {
        self.file = None;
        if let Some(p) = &self.path {
            let _ = std::fs::remove_file(p);
        }
    }
}

fn hash(text: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(text.as_bytes())
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
    journal: &mut Journal,
    on: &mut dyn FnMut(Event),
) -> Result<u64, RemoteError> {
    let bytes: u64 = plan.uploads.iter().map(|r| local[r].len).sum();
    on(Event::Start {
        files: plan.uploads.len(),
        bytes,
    });
    server.make_dir(UPLOADING)?;
    clear_uploading(server)?;
    // The record as the server has it now (with what the journal added).
    write_record(server, &remote, journal)?;
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
        journal.add(rel, local[rel]);
        on(Event::Uploaded {
            rel: rel.clone(),
            bytes: data.len() as u64,
        });
        if last_record.elapsed() >= RECORD_EVERY {
            write_record(server, &remote, journal)?;
            last_record = Instant::now();
        }
    }
    // Every new file is there: the record says so before anything is deleted.
    write_record(server, &remote, journal)?;
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
        write_record(server, &remote, journal)?;
    }
    journal.finish();
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

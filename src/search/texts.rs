//! `search/t/<n>.js`: what the results show of the entries, a file for a run of
//! entries in site order: title, page, summary, and the body compressed (the
//! page inflates it with `DecompressionStream` to cut a snippet where the
//! words are). The page loads only the files of the results it shows.

use base64::Engine;
use serde_json::{Value, json};

use super::doc::SearchDoc;
use crate::site::Entry;

/// A text file holds entries until it is about this large.
const CHUNK: usize = 16 * 1024;

/// The text files of `entries` with their `docs`: each file's text, and the
/// first entry of each.
pub fn chunks(entries: &[&Entry], docs: &[&SearchDoc]) -> (Vec<String>, Vec<usize>) {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut files = Vec::new();
    let mut starts = Vec::new();
    let mut rows: Vec<Value> = Vec::new();
    let mut bytes = 0;
    for (i, (e, d)) in entries.iter().zip(docs).enumerate() {
        if rows.is_empty() {
            starts.push(i);
        }
        let body = b64.encode(&d.body);
        bytes += body.len()
            + e.doc.title.len()
            + e.dir.len()
            + e.summary.as_ref().map_or(0, String::len);
        rows.push(json!([
            e.doc.title,
            e.dir,
            e.summary.as_deref().unwrap_or(""),
            body
        ]));
        if bytes >= CHUNK {
            files.push(file(files.len(), std::mem::take(&mut rows)));
            bytes = 0;
        }
    }
    if !rows.is_empty() {
        files.push(file(files.len(), rows));
    }
    (files, starts)
}

fn file(n: usize, rows: Vec<Value>) -> String {
    format!(
        "OZYQ_TEXT({n},{});\n",
        crate::output::script_json::script_json(&Value::Array(rows))
    )
}

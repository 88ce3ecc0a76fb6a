//! `search/t/<n>.js`: what the results show of the entries, a file for a run of
//! entries in site order: title, page, summary, and the body compressed (the
//! page inflates it with `DecompressionStream` to cut a snippet where the
//! words are). The page loads only the files of the results it shows.

use base64::Engine;
use rayon::prelude::*;
use serde_json::json;

use super::doc::SearchDoc;
use crate::output::script_json::script_json;
use crate::site::Entry;

/// A text file holds entries until it is about this large.
const CHUNK: usize = 16 * 1024;

/// Hands each text file of `entries` with their `docs` to `emit` (its number and
/// text, in parallel, so that no more than a few are held at once); returns the
/// first entry of each.
pub fn chunks(
    entries: &[&Entry],
    docs: &[&SearchDoc],
    emit: &(dyn Fn(usize, String) + Sync),
) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut bytes = CHUNK;
    for (i, (e, d)) in entries.iter().zip(docs).enumerate() {
        if bytes >= CHUNK {
            starts.push(i);
            bytes = 0;
        }
        bytes += d.body.len().div_ceil(3) * 4 + e.doc.title.len() + e.dir.len();
        bytes += e.summary.as_ref().map_or(0, String::len);
    }
    let ends: Vec<usize> = starts
        .iter()
        .skip(1)
        .copied()
        .chain([entries.len()])
        .collect();
    starts
        .par_iter()
        .zip(ends)
        .enumerate()
        .for_each(|(n, (&start, end))| emit(n, file(n, &entries[start..end], &docs[start..end])));
    starts
}

/// `OZYQ_TEXT(n, [[title, dir, summary, body in base64], …]);`
fn file(n: usize, entries: &[&Entry], docs: &[&SearchDoc]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut out = format!("OZYQ_TEXT({n},[");
    for (i, (e, d)) in entries.iter().zip(docs).enumerate() {
        if i > 0 {
            out.push(',');
        }
        let head = script_json(&json!([
            e.doc.title,
            e.dir,
            e.summary.as_deref().unwrap_or("")
        ]));
        // The base64 alphabet needs no escaping in a JSON string.
        out.push_str(&head[..head.len() - 1]);
        out.push_str(",\"");
        b64.encode_string(&*d.body, &mut out);
        out.push_str("\"]");
    }
    out.push_str("]);\n");
    out
}

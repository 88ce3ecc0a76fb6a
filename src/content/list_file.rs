//! Files that are lists of records (`data/authors.yaml`, a year's work plan): read
//! item by item, so that a bad item is reported at its own place and does not hide
//! the others, and each item knows where its fields are written.

use crate::t;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Location};
use crate::source::read_text;
use crate::yaml::{self, Value};

/// The items of a list file that could not be read, so that what names them is not
/// reported again as naming nothing.
#[derive(Debug, Default, Clone)]
pub struct Unread {
    /// The file exists but is not a list that can be read at all.
    pub whole_file: bool,
    /// The ids of the items that could not be read.
    pub ids: std::collections::HashSet<String>,
}

impl Unread {
    /// Whether `id` may be the id of an item that could not be read.
    pub fn covers(&self, id: &str) -> bool {
        self.whole_file || self.ids.contains(id)
    }
}

/// One item of a list file, read: the record and where it is written.
pub struct Item<T> {
    /// The record read from the item.
    pub record: T,
    /// The item's own lines.
    text: String,
    /// The line of the file the item starts on.
    first_line: usize,
    file: PathBuf,
}

impl<T> Item<T> {
    /// Where the item starts, for problems with the item as a whole.
    pub fn location(&self) -> Location {
        Location::new(&self.file, self.first_line, 1)
    }

    /// Where the value of the item's field `key` is written, else the item's start.
    pub fn field(&self, key: &str) -> Location {
        for (i, line) in self.text.lines().enumerate() {
            let body = line.strip_prefix("- ").unwrap_or(line).trim_start();
            if let Some(rest) = body.strip_prefix(key)
                && let Some(value) = rest.trim_start().strip_prefix(':')
            {
                let column = line.chars().count() - value.trim_start().chars().count() + 1;
                return Location::new(&self.file, self.first_line + i, column);
            }
        }
        self.location()
    }

    /// Where `value` (an item of the list field `key`) is written: on the key's
    /// line or below it, else where the key is.
    pub fn value_at(&self, key: &str, value: &str) -> Location {
        let at = self.field(key);
        let skip = at.line.saturating_sub(self.first_line);
        for (i, line) in self.text.lines().enumerate().skip(skip) {
            if let Some(col) = line.find(value) {
                return Location::new(
                    &self.file,
                    self.first_line + i,
                    line[..col].chars().count() + 1,
                );
            }
        }
        at
    }
}

/// The byte offsets where the items of a block list written at the left margin
/// start (`- ` or a lone `-` at the start of a line).
fn item_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if body == "-" || body.starts_with("- ") {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts
}

/// Reads a list file item by item, so that a bad item is reported at its own place
/// and does not hide the others: every bad item is reported, every good one kept.
pub fn read_list<T: DeserializeOwned>(
    file: &Path,
    diags: &mut Vec<Diagnostic>,
    unread: &mut Unread,
) -> Vec<Item<T>> {
    if !file.exists() {
        return Vec::new();
    }
    let mut text = match read_text(file) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            unread.whole_file = true;
            return Vec::new();
        }
    };
    if let Some((clean, warning)) = crate::source::strip_forbidden(&text, file, 1) {
        text = clean;
        diags.push(warning);
    }
    let with_hint = |d: Diagnostic| {
        if d.hint.is_some() {
            d
        } else {
            d.with_hint(t!("content-list-file-is-a-list-hint"))
        }
    };
    let values = match yaml::parse(&text, file, 1) {
        Ok(Value::Null) => return Vec::new(),
        Ok(Value::Sequence(v)) => v,
        Ok(_) | Err(_) => {
            // Not a list: let the reader of a whole list say what is wrong, and where.
            if let Err(d) = yaml::from_str::<Vec<T>>(&text, file, 1) {
                diags.push(with_hint(d));
            }
            unread.whole_file = true;
            return Vec::new();
        }
    };
    let starts = item_starts(&text);
    if starts.len() != values.len() {
        // A list in brackets, or indented: read whole.
        return match yaml::from_str::<Vec<T>>(&text, file, 1) {
            Ok(records) => records
                .into_iter()
                .map(|record| Item {
                    record,
                    text: String::new(),
                    first_line: 1,
                    file: file.to_path_buf(),
                })
                .collect(),
            Err(d) => {
                diags.push(with_hint(d));
                unread.whole_file = true;
                Vec::new()
            }
        };
    }
    let mut items = Vec::new();
    for (n, (value, &start)) in values.into_iter().zip(&starts).enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let own = &text[start..end];
        let first_line = text[..start].matches('\n').count() + 1;
        // Alone, an item cannot use an anchor set in another: read its value then.
        let read = yaml::from_str::<Vec<T>>(own, file, first_line)
            .map(|mut v| v.pop())
            .or_else(|d| T::deserialize(value.clone()).map(Some).map_err(|_| d));
        match read {
            Ok(Some(record)) => items.push(Item {
                record,
                text: own.to_string(),
                first_line,
                file: file.to_path_buf(),
            }),
            Ok(None) => {}
            Err(d) => {
                diags.push(with_hint(yaml::in_item(d, n + 1)));
                let more = yaml::more_unknown_fields::<Vec<T>>(own, file, first_line);
                diags.extend(more.into_iter().map(|d| with_hint(yaml::in_item(d, n + 1))));
                if let Some(id) = value.get("id").and_then(yaml::scalar_text) {
                    unread.ids.insert(id);
                }
            }
        }
    }
    items
}

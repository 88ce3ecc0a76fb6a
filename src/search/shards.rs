//! The inverted index, cut into shards the search page loads as it needs them:
//! `search/s/<key>.js`, one per beginning of (folded) words, each holding the
//! stems that begin so with the entries that have them, and the word forms
//! that begin so with their stems.
//!
//! A shard's key is the first folded letter; a shard larger than
//! [`MAX_SHARD`] bytes is cut by one more letter, down to [`MAX_KEY`] letters,
//! so that a query loads a few small files whatever the site's size.

use rayon::prelude::*;
use serde_json::{Value, json};

use super::doc::{SearchDoc, Words};
use crate::lang::fold::fold;

/// A shard is cut by the next letter when it is larger than this.
const MAX_SHARD: usize = 48 * 1024;
/// The longest shard key, in letters.
const MAX_KEY: usize = 5;
/// The shortest.
const MIN_KEY: usize = 1;

/// The 64 digits of a posting list: the first 32 end a number, the last 32
/// carry on (five bits each, the highest first).
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// One shard file.
pub struct Shard {
    /// The folded beginning its words share.
    pub key: String,
    /// The file's text.
    pub js: String,
}

/// The file name (without `.js`) of the shard with `key`: its letters' code
/// points in hexadecimal, so that any script makes a plain ASCII name.
pub fn file_name(key: &str) -> String {
    key.chars()
        .map(|c| format!("{:x}", c as u32))
        .collect::<Vec<_>>()
        .join("_")
}

/// `docs`' postings as text: for each entry having the stem, its distance from
/// the previous one (the first from 0), times 16, plus its bits.
fn encode(postings: &[u32]) -> String {
    let mut out = String::with_capacity(postings.len() * 2);
    let mut prev = 0;
    for &p in postings {
        let (doc, bits) = (p >> 4, p & 15);
        let mut v = ((doc - prev) << 4) | bits;
        prev = doc;
        let mut groups = [0u8; 8];
        let mut n = 0;
        loop {
            groups[n] = (v & 31) as u8;
            n += 1;
            v >>= 5;
            if v == 0 {
                break;
            }
        }
        for i in (1..n).rev() {
            out.push(DIGITS[32 + groups[i] as usize] as char);
        }
        out.push(DIGITS[groups[0] as usize] as char);
    }
    out
}

/// What goes into shards: a stem with its postings, or a form with its stems.
enum Item {
    Stem { stem: String, postings: String },
    Form { form: String, stems: Vec<String> },
}

impl Item {
    fn order(&self) -> (bool, &str) {
        match self {
            Item::Stem { stem, .. } => (false, stem),
            Item::Form { form, .. } => (true, form),
        }
    }
}

/// The shards of an index of `docs` (in the order the search data lists them),
/// whose stems and forms are in `words`.
pub fn shards(docs: &[&SearchDoc], words: &Words) -> Vec<Shard> {
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); words.stems.len()];
    for (d, doc) in docs.iter().enumerate() {
        for &(stem, bits) in doc.terms.iter() {
            postings[stem as usize].push(((d as u32) << 4) | u32::from(bits));
        }
    }
    let mut items: Vec<(String, Item)> = postings
        .par_iter()
        .enumerate()
        .filter(|(_, p)| !p.is_empty())
        .map(|(stem, p)| {
            let folded = fold(&words.stems[stem]);
            let item = Item::Stem {
                stem: words.stems[stem].to_string(),
                postings: encode(p),
            };
            (folded, item)
        })
        .collect();
    // The forms the texts have now (serve's lexicon remembers older ones), each
    // with its stems, in order.
    let mut live = vec![false; words.pairs.len()];
    for doc in docs {
        for &p in doc.words.iter() {
            live[p as usize] = true;
        }
    }
    let mut forms: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (p, &(form, stem)) in words.pairs.iter().enumerate() {
        if live[p] {
            forms
                .entry(&words.forms[form as usize])
                .or_default()
                .push(&words.stems[stem as usize]);
        }
    }
    for (form, mut stems) in forms {
        stems.sort_unstable();
        // A form that is its own and only stem is found as the stem.
        if stems != [form] {
            let item = Item::Form {
                form: form.to_string(),
                stems: stems.into_iter().map(str::to_string).collect(),
            };
            items.push((fold(form), item));
        }
    }
    drop(postings);
    // Ordered by folded text, then stems before forms, then the text itself: the
    // same files from any build of the same texts.
    items.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.order().cmp(&b.1.order())));
    let mut groups = Vec::new();
    split(&items, 0, items.len(), MIN_KEY, &mut groups);
    groups
        .into_par_iter()
        .map(|(key, range)| Shard {
            js: shard_js(&key, &items[range]),
            key,
        })
        .collect()
}

/// The size an item adds to its shard, about.
fn size(item: &(String, Item)) -> usize {
    match &item.1 {
        Item::Stem { stem, postings } => stem.len() + postings.len() + 6,
        Item::Form { form, stems } => {
            form.len() + stems.iter().map(|s| s.len() + 3).sum::<usize>() + 4
        }
    }
}

fn prefix(s: &str, letters: usize) -> &str {
    match s.char_indices().nth(letters) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Cuts sorted `items[start..end]` into shards keyed by their first `depth`
/// letters (and deeper where a shard would be too large): `(key, range)`.
fn split(
    items: &[(String, Item)],
    start: usize,
    end: usize,
    depth: usize,
    out: &mut Vec<(String, std::ops::Range<usize>)>,
) {
    let mut i = start;
    while i < end {
        let key = prefix(&items[i].0, depth).to_string();
        let mut j = i;
        let mut bytes = 0;
        while j < end && prefix(&items[j].0, depth) == key {
            bytes += size(&items[j]);
            j += 1;
        }
        // Words no longer than the key stay in its shard; longer ones go
        // deeper when the shard is too large.
        let short_end = (i..j)
            .find(|&k| items[k].0.chars().count() > depth)
            .unwrap_or(j);
        if bytes > MAX_SHARD && depth < MAX_KEY && key.chars().count() == depth && short_end < j {
            if short_end > i {
                out.push((key.clone(), i..short_end));
            }
            split(items, short_end, j, depth + 1, out);
        } else {
            out.push((key, i..j));
        }
        i = j;
    }
}

/// The text of a shard file: it hands its data to the page with
/// `OZYQ_SHARD(key, {s: [[stem, postings], …], f: [[form, stem, …], …]})`.
fn shard_js(key: &str, items: &[(String, Item)]) -> String {
    let mut stems = Vec::new();
    let mut forms = Vec::new();
    for (_, item) in items {
        match item {
            Item::Stem { stem, postings } => {
                stems.push(json!([stem, postings]));
            }
            Item::Form { form, stems: of } => {
                let mut row = vec![Value::from(form.as_str())];
                row.extend(of.iter().map(|s| Value::from(s.as_str())));
                forms.push(Value::Array(row));
            }
        }
    }
    let data = json!({"s": stems, "f": forms});
    format!(
        "OZYQ_SHARD({},{});\n",
        crate::output::script_json::script_json(&Value::from(key)),
        crate::output::script_json::script_json(&data)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's decoder, in Rust, to read back what [`encode`] wrote.
    fn decode(s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let (mut v, mut doc) = (0u32, 0u32);
        for c in s.bytes() {
            let d = DIGITS.iter().position(|&x| x == c).unwrap() as u32;
            v = (v << 5) | (d & 31);
            if d < 32 {
                doc += v >> 4;
                out.push((doc << 4) | (v & 15));
                v = 0;
            }
        }
        out
    }

    #[test]
    fn postings_read_back_as_written() {
        let p: Vec<u32> = [(0, 4), (1, 5), (2, 12), (40, 1), (41, 4), (100_000, 6)]
            .iter()
            .map(|&(d, b)| (d << 4) | b)
            .collect();
        let s = encode(&p);
        assert_eq!(decode(&s), p);
        // Neighbours in the body only take one digit each.
        assert_eq!(encode(&[(1 << 4) | 4, (2 << 4) | 4]).len(), 2);
    }

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(file_name("са"), "441_430");
        assert_eq!(file_name("ab"), "61_62");
    }

    #[test]
    fn large_shards_are_cut_by_the_next_letter() {
        let mut items: Vec<(String, Item)> = Vec::new();
        for w in ["са", "саб", "сабақ", "сал", "сс"] {
            items.push((
                w.to_string(),
                Item::Form {
                    form: w.into(),
                    stems: vec![],
                },
            ));
        }
        let mut out = Vec::new();
        split(&items, 0, items.len(), 2, &mut out);
        let keys: Vec<&str> = out.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["са", "сс"]);
        // With every item counted as larger than a shard, «са» is cut.
        let mut out = Vec::new();
        let big: Vec<(String, Item)> = ["са", "саб", "сабақ", "сал"]
            .iter()
            .map(|w| {
                (
                    w.to_string(),
                    Item::Stem {
                        stem: w.to_string(),
                        postings: "A".repeat(MAX_SHARD),
                    },
                )
            })
            .collect();
        split(&big, 0, big.len(), 2, &mut out);
        let keys: Vec<(&str, usize)> = out.iter().map(|(k, r)| (k.as_str(), r.len())).collect();
        assert_eq!(keys, [("са", 1), ("саб", 1), ("сабақ", 1), ("сал", 1)]);
    }
}

//! What the index keeps of one entry: each stem it has, with where it has it
//! (title, the other short fields, the body), and its body's text compressed for
//! the snippets. Made as the entry's page is rendered, on the render threads, so
//! that the text is read once and never held whole for the whole site.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use foldhash::HashMapExt;

use super::stem::Stemmers;
use crate::lang::Lang;

/// Where a stem occurs in an entry, as bits of a posting.
pub mod bits {
    /// In the title.
    pub const TITLE: u8 = 1;
    /// In the summary, the tags, the authors' names or the fields.
    pub const META: u8 = 2;
    /// In the body.
    pub const BODY: u8 = 4;
    /// Three times or more in the body.
    pub const OFTEN: u8 = 8;
}

/// The index's view of one entry.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    /// Its stems (ids of the [`Lexicon`]), ascending, each with its [`bits`].
    pub terms: Box<[(u32, u8)]>,
    /// Its words: ids of the lexicon's (form, stem) pairs, ascending.
    pub words: Box<[u32]>,
    /// Its body's plain text (blocks on lines of their own), raw-deflated.
    pub body: Packed,
}

/// A compressed body: a part of the cache file as it was read (shared, not
/// copied out of it), or a buffer of its own; dereferences to its bytes.
#[derive(Debug, Clone)]
pub struct Packed {
    buf: Arc<Vec<u8>>,
    range: std::ops::Range<usize>,
}

impl Packed {
    fn own(bytes: Vec<u8>) -> Packed {
        Packed {
            range: 0..bytes.len(),
            buf: Arc::new(bytes),
        }
    }
}

impl std::ops::Deref for Packed {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.buf[self.range.clone()]
    }
}

/// The words of one entry, by the place they occur in.
pub struct Texts<'a> {
    /// The title.
    pub title: &'a str,
    /// The summary, tags, authors' names and field words.
    pub meta: &'a [&'a str],
    /// The body's plain text.
    pub body: &'a str,
    /// The entry's language.
    pub lang: Lang,
}

/// Every stem and word form the site's texts have, shared by the render
/// threads. Ids never change while the lexicon lives, so `ozyq serve` keeps one
/// across rebuilds.
pub struct Lexicon {
    id: u64,
    inner: Mutex<Words>,
}

/// The lexicon's tables.
#[derive(Default)]
pub struct Words {
    /// Stems by id.
    pub stems: Vec<Box<str>>,
    stem_ids: HashMap<Box<str>, u32>,
    /// Lower-cased word forms by id.
    pub forms: Vec<Box<str>>,
    form_ids: HashMap<Box<str>, u32>,
    /// (form, stem) pairs by id: a form has one stem in the texts of each
    /// language kind (two when a Cyrillic word without a Kazakh letter is in
    /// Kazakh and in Russian texts).
    pub pairs: Vec<(u32, u32)>,
    pair_ids: HashMap<(u32, u32), u32>,
}

impl Words {
    fn id(list: &mut Vec<Box<str>>, ids: &mut HashMap<Box<str>, u32>, text: String) -> u32 {
        if let Some(&id) = ids.get(text.as_str()) {
            return id;
        }
        let id = list.len() as u32;
        list.push(text.as_str().into());
        ids.insert(text.into_boxed_str(), id);
        id
    }
}

/// Words as written → (form, stem) pair id and stem id.
type Memo = foldhash::HashMap<Written, (u32, u32)>;

/// A word as written, as a key of a [`Memo`]: kept in the table itself when it
/// is short, as nearly every word is, so that finding it reads no memory beyond
/// the table's own (the table is far larger than a core's cache).
#[derive(PartialEq, Eq)]
enum Written {
    Short { len: u8, bytes: [u8; SHORT] },
    Long(Box<[u8]>),
}

/// The longest word kept in place: 11 Cyrillic letters.
const SHORT: usize = 22;

impl Written {
    fn new(word: &str) -> Written {
        let b = word.as_bytes();
        if b.len() <= SHORT {
            let mut bytes = [0; SHORT];
            bytes[..b.len()].copy_from_slice(b);
            Written::Short {
                len: b.len() as u8,
                bytes,
            }
        } else {
            Written::Long(b.into())
        }
    }
}

impl std::borrow::Borrow<[u8]> for Written {
    fn borrow(&self) -> &[u8] {
        match self {
            Written::Short { len, bytes } => &bytes[..usize::from(*len)],
            Written::Long(b) => b,
        }
    }
}

impl std::hash::Hash for Written {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::borrow::Borrow::<[u8]>::borrow(self).hash(state);
    }
}

static LEXICONS: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// This thread's memo of words as written → stem id, for one lexicon.
    /// (one table for Kazakh texts, one for the others).
    static MEMO: RefCell<(u64, [Memo; 2])> =
        RefCell::new((0, [foldhash::HashMap::new(), foldhash::HashMap::new()]));
    static STEMMERS: Stemmers = Stemmers::default();
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon {
            id: LEXICONS.fetch_add(1, Ordering::Relaxed),
            inner: Mutex::new(Words::default()),
        }
    }
}

impl Lexicon {
    /// The tables, for writing the index.
    pub fn words(&self) -> std::sync::MutexGuard<'_, Words> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Calls `f` with a function that gives the (form, stem) pair id of a word
    /// as written in a text in `lang`, and the stem's id: this thread's memo is
    /// taken once for all the words of a text.
    fn with_pairs<R>(
        &self,
        lang: Lang,
        f: impl FnOnce(&mut dyn FnMut(&str) -> (u32, u32)) -> R,
    ) -> R {
        MEMO.with_borrow_mut(|(owner, memos)| {
            if *owner != self.id {
                memos.iter_mut().for_each(|m| m.clear());
                *owner = self.id;
            }
            let memo = &mut memos[usize::from(lang != Lang::Kk)];
            let mut pair = |word: &str| {
                if let Some(&id) = memo.get(word.as_bytes()) {
                    return id;
                }
                let id = self.intern(word, lang);
                memo.insert(Written::new(word), id);
                id
            };
            f(&mut pair)
        })
    }

    fn intern(&self, word: &str, lang: Lang) -> (u32, u32) {
        let form: String = word
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == 'ё' { 'е' } else { c })
            .collect();
        let stem = STEMMERS.with(|s| s.stem(&form, lang).into_owned());
        let mut w = self.words();
        let w = &mut *w;
        let stem = Words::id(&mut w.stems, &mut w.stem_ids, stem);
        let form = Words::id(&mut w.forms, &mut w.form_ids, form);
        let pair = match w.pair_ids.get(&(form, stem)) {
            Some(&id) => id,
            None => {
                let id = w.pairs.len() as u32;
                w.pairs.push((form, stem));
                w.pair_ids.insert((form, stem), id);
                id
            }
        };
        (pair, stem)
    }
}

/// The words of `text`: runs of letters, digits and combining marks, as the
/// page splits a query. Read byte by byte: ASCII and Cyrillic (nearly all of a
/// site's text) without looking up Unicode tables.
pub fn words(text: &str) -> WordIter<'_> {
    WordIter { text, at: 0 }
}

/// The iterator of [`words`].
pub struct WordIter<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for WordIter<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let bytes = self.text.as_bytes();
        let mut start = None;
        let mut i = self.at;
        while i < bytes.len() {
            let (word, len) = word_char(self.text, i);
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    self.at = i + len;
                    return Some(&self.text[s..i]);
                }
                _ => {}
            }
            i += len;
        }
        self.at = bytes.len();
        start.map(|s| &self.text[s..])
    }
}

/// Whether the character at byte `i` of `text` is part of a word, and its length.
fn word_char(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    // Two-byte sequences from D0 to D3 are U+0400–U+04FF: Cyrillic letters, and
    // the few signs among them are marks (U+0483–U+0489) or ҂ (U+0482, D2 82).
    if (0xD0..=0xD3).contains(&b) {
        return (!(b == 0xD2 && bytes.get(i + 1) == Some(&0x82)), 2);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric() || is_mark(c), c.len_utf8())
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}')
}

impl SearchDoc {
    /// The index's view of an entry with these texts, its body compressed
    /// through `bodies`.
    pub fn new(texts: &Texts, lexicon: &Lexicon, bodies: &Bodies) -> SearchDoc {
        let body = bodies.compressed(texts.body);
        SEEN.with_borrow_mut(|seen| {
            seen.begin();
            lexicon.with_pairs(texts.lang, |pair| {
                let mut note = |text: &str, bit: u8| {
                    for w in words(text) {
                        let (p, stem) = pair(w);
                        seen.note(p, stem, bit);
                    }
                };
                note(texts.title, bits::TITLE);
                for m in texts.meta {
                    note(m, bits::META);
                }
                note(texts.body, bits::BODY);
            });
            seen.finish(body)
        })
    }
}

/// Where a pair or a stem occurs in the entry being read, and how often in its
/// body; valid only while `stamp` is the entry's.
#[derive(Clone, Copy, Default)]
struct Mark {
    stamp: u32,
    bits: u8,
    body: u32,
}

/// One thread's tables of what the entry it reads has, by lexicon id: a slot is
/// the entry's when it carries the entry's stamp, so nothing is cleared or
/// hashed between entries (an entry has hundreds or thousands of words, far
/// fewer of them different).
#[derive(Default)]
struct Seen {
    stamp: u32,
    pairs: Vec<Mark>,
    stems: Vec<Mark>,
    /// The entry's (pair, stem) ids, each once, in the order first met.
    met: Vec<(u32, u32)>,
    met_stems: Vec<u32>,
}

thread_local! {
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

impl Seen {
    fn begin(&mut self) {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            // After 2³² entries on one thread the stamps come round again.
            self.pairs.iter_mut().for_each(|m| *m = Mark::default());
            self.stems.iter_mut().for_each(|m| *m = Mark::default());
            self.stamp = 1;
        }
        self.met.clear();
        self.met_stems.clear();
    }

    fn note(&mut self, pair: u32, stem: u32, bit: u8) {
        let m = slot(&mut self.pairs, pair);
        if m.stamp != self.stamp {
            *m = Mark {
                stamp: self.stamp,
                ..Mark::default()
            };
            self.met.push((pair, stem));
        }
        m.bits |= bit;
        if bit == bits::BODY {
            m.body = m.body.saturating_add(1);
        }
    }

    /// The entry's doc: the stems and pairs noted since [`Seen::begin`], and
    /// its compressed `body`.
    fn finish(&mut self, body: Packed) -> SearchDoc {
        self.met.sort_unstable();
        for &(pair, stem) in &self.met {
            let p = self.pairs[pair as usize];
            let m = slot(&mut self.stems, stem);
            if m.stamp != self.stamp {
                *m = Mark {
                    stamp: self.stamp,
                    ..Mark::default()
                };
                self.met_stems.push(stem);
            }
            m.bits |= p.bits;
            m.body = m.body.saturating_add(p.body);
        }
        self.met_stems.sort_unstable();
        let terms = self
            .met_stems
            .iter()
            .map(|&s| {
                let m = self.stems[s as usize];
                (
                    s,
                    if m.body >= 3 {
                        m.bits | bits::OFTEN
                    } else {
                        m.bits
                    },
                )
            })
            .collect();
        let words = self.met.iter().map(|&(pair, _)| pair).collect();
        SearchDoc { terms, words, body }
    }
}

/// The slot of `id` in `marks`, which grows to hold it.
fn slot(marks: &mut Vec<Mark>, id: u32) -> &mut Mark {
    let i = id as usize;
    if i >= marks.len() {
        marks.resize((i + 1).max(marks.len() * 2), Mark::default());
    }
    &mut marks[i]
}

/// Compressed bodies by the hash of their text: made once, kept in
/// `.ozyq-cache/search/bodies.pack` between builds (compressing is most of
/// what the index costs).
#[derive(Default)]
pub struct Bodies {
    inner: Mutex<BodiesInner>,
}

#[derive(Default)]
struct BodiesInner {
    known: HashMap<u64, Packed>,
    used: std::collections::HashSet<u64>,
    added: bool,
}

/// Level 6: a third smaller than level 1 on the benchmark's texts, and made
/// once per text thanks to the cache.
const LEVEL: u32 = 6;

impl Bodies {
    /// The compressed form of `text`: from the cache, or made now.
    pub fn compressed(&self, text: &str) -> Packed {
        let key = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
        {
            let mut b = self.lock();
            if let Some(z) = b.known.get(&key).cloned() {
                b.used.insert(key);
                return z;
            }
        }
        let z = Packed::own(deflate(text.as_bytes()));
        let mut b = self.lock();
        b.known.insert(key, z.clone());
        b.used.insert(key);
        b.added = true;
        z
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BodiesInner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The bodies kept in `file`, if it can be read (a broken cache is no cache).
    pub fn load(file: &std::path::Path) -> Bodies {
        let mut known = HashMap::new();
        if let Ok(bytes) = std::fs::read(file) {
            let bytes = Arc::new(bytes);
            let mut at = 0;
            while let Some(head) = bytes.get(at..at + 12) {
                let key = u64::from_le_bytes(head[..8].try_into().expect("8 bytes"));
                let len = u32::from_le_bytes(head[8..].try_into().expect("4 bytes")) as usize;
                let range = at + 12..at + 12 + len;
                if bytes.get(range.clone()).is_none() {
                    break;
                }
                let buf = bytes.clone();
                known.insert(key, Packed { buf, range });
                at += 12 + len;
            }
        }
        Bodies {
            inner: Mutex::new(BodiesInner {
                known,
                ..BodiesInner::default()
            }),
        }
    }

    /// Writes the bodies used since the last save to `file`, when that changes
    /// what it holds, and forgets the others.
    pub fn save(&self, file: &std::path::Path) -> std::io::Result<()> {
        let mut b = self.lock();
        let unused = b.known.len() > b.used.len();
        if !(b.added || unused) {
            b.used.clear();
            return Ok(());
        }
        let used = std::mem::take(&mut b.used);
        b.known.retain(|k, _| used.contains(k));
        b.added = false;
        let mut kept: Vec<(u64, Packed)> = b.known.iter().map(|(k, z)| (*k, z.clone())).collect();
        drop(b);
        kept.sort_unstable_by_key(|(k, _)| *k);
        // Streamed: a copy of the whole pack in memory would add its size (tens
        // of MiB at 10,000 entries) to the peak of the build that made it.
        crate::output::replace_with(file, |tmp| {
            use std::io::Write;
            let mut w = std::io::BufWriter::new(std::fs::File::create(tmp)?);
            for (k, z) in &kept {
                w.write_all(&k.to_le_bytes())?;
                w.write_all(&(z.len() as u32).to_le_bytes())?;
                w.write_all(z)?;
            }
            w.into_inner()
                .map_err(std::io::IntoInnerError::into_error)?;
            Ok(())
        })
    }
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::new(LEVEL),
    );
    e.write_all(bytes).expect("writing to memory");
    e.finish().expect("writing to memory")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inflate(z: &[u8]) -> String {
        use std::io::Read;
        let mut s = String::new();
        flate2::read::DeflateDecoder::new(z)
            .read_to_string(&mut s)
            .unwrap();
        s
    }

    #[test]
    fn a_doc_has_each_stem_once_with_where_it_occurs() {
        let lexicon = Lexicon::default();
        let bodies = Bodies::default();
        let doc = SearchDoc::new(
            &Texts {
                title: "Сабақ жоспары",
                meta: &["Абенова Гүлнар", "сабақтар"],
                body: "Сабағы қызық.\nСабақтың мақсаты: сабақ.",
                lang: Lang::Kk,
            },
            &lexicon,
            &bodies,
        );
        let words = lexicon.words();
        let of = |stem: &str| {
            let id = words.stems.iter().position(|s| &**s == stem).unwrap() as u32;
            doc.terms.iter().find(|t| t.0 == id).unwrap().1
        };
        assert_eq!(
            of("сабақ"),
            bits::TITLE | bits::META | bits::BODY | bits::OFTEN
        );
        assert_eq!(of("абенова"), bits::META);
        assert_eq!(of("мақсат"), bits::BODY);
        assert!(doc.terms.windows(2).all(|w| w[0].0 < w[1].0));
        // Each form knows its stem.
        let sabak = words.stems.iter().position(|s| &**s == "сабақ").unwrap() as u32;
        let stems_of = |f: &str| -> Vec<u32> {
            let form = words.forms.iter().position(|x| &**x == f).unwrap() as u32;
            words
                .pairs
                .iter()
                .filter(|p| p.0 == form)
                .map(|p| p.1)
                .collect()
        };
        for f in ["сабақ", "сабағы", "сабақтың", "сабақтар"] {
            assert_eq!(stems_of(f), vec![sabak], "{f}");
        }
        assert!(doc.words.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            inflate(&doc.body),
            "Сабағы қызық.\nСабақтың мақсаты: сабақ."
        );
    }

    #[test]
    fn an_entry_has_none_of_the_words_of_the_one_read_before_it() {
        let lexicon = Lexicon::default();
        let bodies = Bodies::default();
        let doc = |title: &str, body: &str| {
            SearchDoc::new(
                &Texts {
                    title,
                    meta: &[],
                    body,
                    lang: Lang::Kk,
                },
                &lexicon,
                &bodies,
            )
        };
        let stems = |d: &SearchDoc| -> Vec<(String, u8)> {
            let w = lexicon.words();
            d.terms
                .iter()
                .map(|&(id, b)| (w.stems[id as usize].to_string(), b))
                .collect()
        };
        doc("алма", "алма алма алма");
        let second = doc("кітап", "алма");
        let mut got = stems(&second);
        got.sort();
        assert_eq!(
            got,
            [
                ("алма".to_string(), bits::BODY),
                ("кітап".to_string(), bits::TITLE)
            ]
        );
        // When the stamps come round again, old marks do not count as new.
        SEEN.with_borrow_mut(|s| s.stamp = u32::MAX);
        doc("алма", "алма алма алма");
        let after = doc("кітап", "алма");
        assert_eq!(stems(&after), stems(&second));
        assert_eq!(after.words, second.words);
    }

    #[test]
    fn words_are_split_as_unicode_says() {
        let text = "Сабақ, жоспары — 2025ж.\nnaïve «ұстаз» e\u{301}dition ҂ 3,5 x_y Ⅻ";
        let slow: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || is_mark(c)))
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(words(text).collect::<Vec<_>>(), slow);
        assert_eq!(words("").count(), 0);
        assert_eq!(words("сөз").collect::<Vec<_>>(), ["сөз"]);
    }

    #[test]
    fn a_cyrillic_word_in_both_languages_has_both_stems() {
        let lexicon = Lexicon::default();
        let bodies = Bodies::default();
        for lang in [Lang::Kk, Lang::Ru] {
            SearchDoc::new(
                &Texts {
                    title: "методикасы",
                    meta: &[],
                    body: "",
                    lang,
                },
                &lexicon,
                &bodies,
            );
        }
        let words = lexicon.words();
        let form = words
            .forms
            .iter()
            .position(|x| &**x == "методикасы")
            .unwrap() as u32;
        assert_eq!(words.pairs.iter().filter(|p| p.0 == form).count(), 2);
    }

    #[test]
    fn bodies_are_kept_between_builds_and_unused_ones_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("search/bodies.pack");
        let b = Bodies::load(&file);
        let one = b.compressed("бір");
        b.compressed("екі");
        b.save(&file).unwrap();
        let again = Bodies::load(&file);
        assert_eq!(again.lock().known.len(), 2);
        assert_eq!(*again.compressed("бір"), *one);
        assert!(!again.lock().added);
        again.save(&file).unwrap();
        // «екі» was not used: it is gone.
        assert_eq!(Bodies::load(&file).lock().known.len(), 1);
        // A cut file is read as far as it is whole.
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(Bodies::load(&file).lock().known.len(), 0);
    }
}

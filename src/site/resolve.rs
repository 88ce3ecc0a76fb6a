//! Turning the names written in front matter into the site's authors, departments and tags.

use crate::t;
use std::collections::HashMap;
use std::sync::Mutex;

use typed_index_collections::TiVec;

use crate::data::{Data, Unread};
use crate::diagnostics::{Diagnostic, Location, nearest};
use crate::lang::collation::KazakhCollator;
use crate::lang::fit;
use crate::lang::slug::slugify_short;

/// How long the address part made from a guest author's, a new department's or a
/// tag's name may be: a name pasted by mistake must not make a file name too long.
const SLUG_MAX: usize = 60;

use super::resemble::resembles;
use super::{Author, AuthorId, Department, DepartmentId, Photo, Tag, TagId};
use crate::config::kinds::Labels;

/// The id a guest or a department named `name` takes when no other has it (one
/// met later with the same takes it with `-2`).
pub fn name_id(name: &str) -> String {
    slugify_short(name, SLUG_MAX)
}

/// A name as the registry compares it: in lower case, with single spaces, Ё as
/// Е, without characters that show nothing (see [`crate::source::invisible`]).
pub(super) fn key(s: &str) -> String {
    // One pass and one allocation: every author, department and tag an entry names
    // is looked up by its key, tens of thousands of times on a large archive.
    let mut k = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if word.chars().all(crate::source::invisible) {
            continue;
        }
        if !k.is_empty() {
            k.push(' ');
        }
        let shown = word.chars().filter(|&c| !crate::source::invisible(c));
        // Ё is written as Е as often as not (ёмкие, емкие): one name.
        let lower = shown.flat_map(char::to_lowercase);
        k.extend(lower.map(|c| if c == 'ё' { 'е' } else { c }));
    }
    k
}

/// A tag as the registry compares it: as [`key`], a hyphen as a space. Both
/// spellings of «STEM-білім» and «STEM білім» make one address, `stem-bilim`;
/// two tags would have made it and `stem-bilim-2`.
pub(super) fn tag_key(s: &str) -> String {
    let k = key(s);
    let hyphen = ['-', '\u{2010}', '\u{2011}'];
    if k.contains(hyphen) {
        key(&k.replace(hyphen, " "))
    } else {
        k
    }
}

/// What a name a user typed (`ozyq portfolio Әбенова`, `ozyq new --author`)
/// picks among teachers.
pub enum Picked<T> {
    /// The one whose id (in any case) or a whole name (in any case) it is.
    Whole(T),
    /// Else those it [names](names_someone): one, several or none.
    Named(Vec<T>),
}

/// Which of `people`, each with its `id` and `names`, the typed `wanted` picks.
pub fn pick<'a, T: Copy, I: Iterator<Item = &'a str>>(
    wanted: &str,
    people: impl Iterator<Item = T> + Clone,
    id: impl Fn(T) -> &'a str,
    names: impl Fn(T) -> I,
) -> Picked<T> {
    let wanted = wanted.trim();
    let key = wanted.to_lowercase();
    let whole =
        |&p: &T| id(p).eq_ignore_ascii_case(wanted) || names(p).any(|n| n.to_lowercase() == key);
    if let Some(p) = people.clone().find(whole) {
        return Picked::Whole(p);
    }
    let folded = crate::lang::fold::fold(&key);
    let words: Vec<&str> = folded.split_whitespace().collect();
    Picked::Named(
        people
            .filter(|&p| names_someone(&words, names(p)))
            .collect(),
    )
}

/// Whether `words`, folded and in lower case (see [`crate::lang::fold::fold`]),
/// are all words of one of a teacher's `names`: a surname alone, or typed on a
/// Russian keyboard (абенова), names Әбенова Гүлнар, as a part of a double
/// surname (Һасенова of Һасенова-Мұхаметжанова) does.
pub fn names_someone<'a>(words: &[&str], mut names: impl Iterator<Item = &'a str>) -> bool {
    !words.is_empty()
        && names.any(|n| {
            let n = crate::lang::fold::fold(&n.to_lowercase());
            let own: Vec<&str> = (n.split_whitespace())
                .flat_map(|w| std::iter::once(w).chain(w.split('-')))
                .collect();
            words.iter().all(|w| own.contains(w))
        })
}

/// `base` (`empty` when it is empty), or `base-2`, `base-3`… : the first that
/// is not `taken`.
fn unique(base: String, empty: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = if base.is_empty() {
        empty.to_string()
    } else {
        base
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("a number not taken")
}

/// The [`key`] of a name of the data files with its look-alike letters mended,
/// as front matter's names are when read: a stray Latin letter in
/// `data/authors.yaml` and in the entries that copied it still meet.
fn name_key(name: &str) -> String {
    match crate::lang::lookalike::mend(name) {
        Some((mended, _)) => key(&mended),
        None => key(name),
    }
}

/// The error for `name`, an id none of `ids` is: the nearest of them as a hint
/// (`near`), else `otherwise`, given them all.
fn no_such_id<'a>(
    at: &Location,
    name: &str,
    message: crate::messages::Text,
    ids: impl Iterator<Item = &'a str>,
    near: impl FnOnce(&str) -> crate::messages::Text,
    otherwise: impl FnOnce(&[&str]) -> crate::messages::Text,
) -> Diagnostic {
    let ids: Vec<&str> = ids.collect();
    let hint = match nearest(name, ids.iter().copied()) {
        Some(n) => near(n),
        None => otherwise(&ids),
    };
    Diagnostic::error(at.clone(), message).with_hint(hint)
}

/// Looks like an id (`abenova-g`) rather than a person's or department's name.
pub(crate) fn looks_like_id(s: &str) -> bool {
    !s.contains(' ')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Names as the registry looks them up: every entry's authors, department and tags
/// are looked up in each build and each round of `ozyq serve`, where SipHash showed.
type Keys<V> = HashMap<String, V, foldhash::fast::RandomState>;

/// The authors, departments and tags met so far, and the names each is known by:
/// resolving a name gives the same id every time, adding guests and new
/// departments and tags as they first appear.
pub struct Registry {
    /// The authors by id: teachers from the data file, then guests as they are
    /// met, until [`Registry::sort`] puts them in alphabetical order.
    pub authors: TiVec<AuthorId, Author>,
    author_keys: Keys<AuthorId>,
    /// The departments by id, ordered like `authors`.
    pub departments: TiVec<DepartmentId, Department>,
    dept_keys: Keys<DepartmentId>,
    /// The tags by id: in the order met, until [`Registry::sort`].
    pub tags: TiVec<TagId, Tag>,
    tag_keys: Keys<TagId>,
    has_author_data: bool,
    /// How many departments `data/departments.yaml` gave: they come first in
    /// `departments` until [`Registry::sort`].
    data_departments: usize,
    /// The items of the data files that could not be read: an id naming one of them
    /// is not reported again (their own errors fail the build).
    unread_authors: Unread,
    unread_departments: Unread,
    /// The keys of teachers' former names (data/authors.yaml's `former_names`).
    former_keys: std::collections::HashSet<String>,
    /// Names of people and departments, and whether the catalogue cuts them.
    /// (Entries are made in parallel, so behind a lock.)
    long_names: Mutex<Keys<bool>>,
}

impl Registry {
    /// A registry holding the teachers and departments of `data`, each known by
    /// its id and its names; a teacher's name is the form of `lang`, the site's
    /// language, that the printed documents and the pages in it show.
    pub fn new(data: &Data, lang: crate::lang::Lang) -> Self {
        let mut r = Registry {
            authors: TiVec::new(),
            author_keys: Keys::default(),
            departments: TiVec::new(),
            dept_keys: Keys::default(),
            tags: TiVec::new(),
            tag_keys: Keys::default(),
            has_author_data: !data.authors.is_empty(),
            data_departments: data.departments.len(),
            unread_authors: data.unread_authors.clone(),
            unread_departments: data.unread_departments.clone(),
            former_keys: Default::default(),
            long_names: Mutex::default(),
        };
        for d in &data.departments {
            let i = r.departments.push_and_get_key(Department {
                id: d.id.clone(),
                name: d.name.clone(),
                name_ru: d.name_ru.clone(),
                name_en: d.name_en.clone(),
                head: None,
            });
            r.dept_keys.insert(key(&d.id), i);
            for n in [Some(&d.name), d.name_ru.as_ref(), d.name_en.as_ref()]
                .into_iter()
                .flatten()
            {
                r.dept_keys.insert(name_key(n), i);
            }
        }
        for a in &data.authors {
            let department = a
                .department
                .as_ref()
                .and_then(|d| r.dept_keys.get(&key(d)).copied());
            let i = r.authors.push_and_get_key(Author {
                id: a.id.clone(),
                name: if a.names.is_empty() {
                    a.name.clone()
                } else {
                    a.names.get(lang).to_string()
                },
                names: a.names.clone(),
                category: a.category,
                department,
                position: a.position.clone(),
                photo: a.photo.as_ref().map(|p| {
                    let ext = p
                        .extension()
                        .and_then(|e| e.to_str())
                        .unwrap_or("jpg")
                        .to_lowercase();
                    Photo {
                        source: p.clone(),
                        url: format!("authors/{}/photo.{ext}", a.id),
                        copies: None,
                    }
                }),
                known: true,
            });
            r.author_keys.insert(key(&a.id), i);
            r.author_keys.insert(name_key(&a.name), i);
            for n in [&a.names.kk, &a.names.ru, &a.names.en]
                .into_iter()
                .flatten()
            {
                r.author_keys.insert(name_key(n), i);
            }
        }
        // After every teacher's own names: a former name never takes another's.
        for (i, a) in data.authors.iter().enumerate() {
            for n in &a.former_names {
                if let std::collections::hash_map::Entry::Vacant(v) =
                    r.author_keys.entry(name_key(n))
                {
                    r.former_keys.insert(v.key().clone());
                    v.insert(AuthorId::from(i));
                }
            }
        }
        for d in &data.departments {
            if let (Some(h), Some(&di)) = (&d.head, r.dept_keys.get(&key(&d.id))) {
                r.departments[di].head = r.author_keys.get(&key(h)).copied();
            }
        }
        r
    }

    /// A registry holding the people, departments and tags of a model built from
    /// `data`, at the model's (sorted) positions: resolving an entry through it gives
    /// the model's ids directly. If it grows, the entry named someone or something
    /// the model does not have. `None` if the model was not built from `data`.
    pub fn of_site(data: &Data, site: &super::Site) -> Option<Self> {
        let mut r = Registry::new(data, site.config.language);
        let author_at: HashMap<&str, AuthorId> = site
            .authors
            .iter_enumerated()
            .filter(|(_, a)| a.known)
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let dept_at: HashMap<&str, DepartmentId> = site
            .departments
            .iter_enumerated()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let authors = std::mem::take(&mut r.authors);
        let departments = std::mem::take(&mut r.departments);
        for i in r.author_keys.values_mut() {
            *i = *author_at.get(authors[*i].id.as_str())?;
        }
        for i in r.dept_keys.values_mut() {
            *i = *dept_at.get(departments[*i].id.as_str())?;
        }
        // Guests are known by their names only, as when they were first met.
        for (i, a) in site.authors.iter_enumerated() {
            if !a.known {
                r.author_keys.insert(key(&a.name), i);
            }
        }
        for (i, d) in site.departments.iter_enumerated() {
            r.dept_keys.entry(key(&d.name)).or_insert(i);
        }
        for (i, t) in site.tags.iter_enumerated() {
            r.tag_keys.insert(tag_key(&t.name), i);
        }
        r.authors = site.authors.clone();
        r.departments = site.departments.clone();
        r.tags = site.tags.clone();
        Some(r)
    }

    /// How many authors, departments and tags it holds.
    pub fn sizes(&self) -> Sizes {
        Sizes {
            authors: self.authors.len(),
            departments: self.departments.len(),
            tags: self.tags.len(),
        }
    }

    /// Whether a data file could not be read at all: the department an entry
    /// would take from it is unknown, not missing (the file's own error fails
    /// the build).
    pub fn data_unread(&self) -> bool {
        self.unread_authors.whole_file || self.unread_departments.whole_file
    }

    /// Whether the printed catalogue cuts `name`, a person's or department's name
    /// (each is worked out once).
    pub fn too_long_to_print(&self, name: &str) -> bool {
        let names = || self.long_names.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&long) = names().get(name) {
            return long;
        }
        let long = fit::fit(name, fit::NAME).changed();
        names().insert(name.to_string(), long);
        long
    }

    /// The author named `name` (an id or a full name). An unknown id is an error when
    /// `data/authors.yaml` exists; an unknown full name becomes a guest author.
    /// `k` is the name's [`key`] (worked out beside the parsing of its file).
    pub fn author(
        &mut self,
        name: &str,
        k: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<AuthorId> {
        if let Some(&i) = self.author_keys.get(k) {
            return Some(i);
        }
        if !self.check_author(name, k, at, diags) {
            return None;
        }
        self.guest(name, k, at, diags)
    }

    /// Whether key `k` is of a teacher's former name.
    pub fn is_former_name(&self, k: &str) -> bool {
        self.former_keys.contains(k)
    }

    /// Whether `name` (key `k`) is an author or may be a guest; an id no one has
    /// is an error, said to `diags`. Nothing is added.
    pub fn check_author(
        &self,
        name: &str,
        k: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        if self.author_keys.contains_key(k) {
            return true;
        }
        if looks_like_id(name) && self.unread_authors.covers(name) {
            return false;
        }
        if self.has_author_data && looks_like_id(name) {
            let ids = (self.authors.iter())
                .filter(|a| a.known)
                .map(|a| a.id.as_str());
            diags.push(no_such_id(
                at,
                name,
                t!("site-resolve-no-author-has-id", name = name.to_string()),
                ids,
                |n| t!("site-resolve-did-you-mean-hint", n = n.to_string()),
                |_| t!("site-resolve-add-teacher-data-authors-hint"),
            ));
            return false;
        }
        true
    }

    /// Adds the guest author `name` (key `k`), not described in data/authors.yaml.
    fn guest(
        &mut self,
        name: &str,
        k: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<AuthorId> {
        self.warn_of_guest(name, at, diags);
        let id = unique(name_id(name), "author", |id| {
            self.authors.iter().any(|a| a.id == id)
        });
        let i = self.authors.push_and_get_key(Author {
            id,
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            names: Default::default(),
            category: None,
            department: None,
            position: None,
            photo: None,
            known: false,
        });
        self.author_keys.insert(k.to_string(), i);
        Some(i)
    }

    /// What meeting the guest `name` first, at `at`, warns of: a name that looks
    /// like an id, or a teacher written another way.
    pub fn warn_of_guest(&self, name: &str, at: &Location, diags: &mut Vec<Diagnostic>) {
        if !self.has_author_data && looks_like_id(name) {
            diags.push(
                Diagnostic::warning(
                    at.clone(),
                    t!("site-resolve-looks-like-author-s", name = name.to_string()),
                )
                .with_hint(t!(
                    "site-resolve-create-data-authors-yaml-hint",
                    name = name.to_string()
                )),
            );
        }
        // Named in full: a teacher written another way is warned of.
        self.warn_if_teacher(name, at, diags);
    }

    /// The author known by key `k`, if any.
    pub fn author_by_key(&self, k: &str) -> Option<AuthorId> {
        self.author_keys.get(k).copied()
    }

    /// The department known by key `k`, if any.
    pub fn department_by_key(&self, k: &str) -> Option<DepartmentId> {
        self.dept_keys.get(k).copied()
    }

    /// The tag known by key `k`, if any.
    pub fn tag_by_key(&self, k: &str) -> Option<TagId> {
        self.tag_keys.get(k).copied()
    }

    /// Warns that the guest `name` may be a teacher of `data/authors.yaml`
    /// written another way, naming the teacher's id: of several, the smallest
    /// id, whichever order the registry holds them in (serve's, taken from a
    /// model, is alphabetical).
    fn warn_if_teacher(&self, name: &str, at: &Location, diags: &mut Vec<Diagnostic>) {
        let teacher = (self.authors.iter())
            .filter(|a| {
                let Labels { kk, ru, en } = &a.names;
                let names = [kk, ru, en].into_iter().flatten().map(String::as_str);
                a.known
                    && std::iter::once(a.name.as_str())
                        .chain(names)
                        .any(|n| resembles(name, n))
            })
            .min_by(|a, b| a.id.cmp(&b.id));
        if let Some(t) = teacher {
            diags.push(
                Diagnostic::warning(
                    at.clone(),
                    t!(
                        "site-resolve-guest-may-be-teacher",
                        name = name.to_string(),
                        teacher = t.name.clone()
                    ),
                )
                .with_hint(t!(
                    "site-resolve-guest-may-be-teacher-hint",
                    id = t.id.clone()
                )),
            );
        }
    }

    /// The teacher of `data/authors.yaml` named `name` (an id or a full name); an
    /// error at `at`, naming the nearest teacher, when there is none.
    pub fn teacher(
        &self,
        name: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<AuthorId> {
        if let Some(&i) = self.author_keys.get(&key(name))
            && self.authors[i].known
        {
            return Some(i);
        }
        if self.unread_authors.covers(name) {
            return None;
        }
        let known = self.authors.iter().filter(|a| a.known);
        let names = known.flat_map(|a| [a.id.as_str(), a.name.as_str()]);
        let hint = match nearest(name, names) {
            Some(n) => t!("did-you-mean", name = n),
            None => t!("site-resolve-add-teacher-or-id-hint"),
        };
        diags.push(
            Diagnostic::error(
                at.clone(),
                t!(
                    "site-resolve-not-teacher-data-authors",
                    name = name.to_string()
                ),
            )
            .with_hint(hint),
        );
        None
    }

    /// A department already known (from data/departments.yaml or an entry) by its
    /// id or a name; an error with the nearest id otherwise. Plans name
    /// departments; they do not make new ones.
    pub fn known_department(
        &self,
        name: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<DepartmentId> {
        if let Some(&i) = self.dept_keys.get(&key(name)) {
            return Some(i);
        }
        if looks_like_id(name) && self.unread_departments.covers(name) {
            return None;
        }
        let known = self.departments.iter().map(|d| d.id.as_str());
        let mut d = Diagnostic::error(
            at.clone(),
            t!("site-resolve-no-department-called", name = name.to_string()),
        );
        d = match nearest(name, known) {
            Some(n) => d.with_hint(t!("site-resolve-did-you-mean-plan-hint", n = n.to_string())),
            None => d.with_hint(t!("site-resolve-name-department-data-departments-hint")),
        };
        diags.push(d);
        None
    }

    /// The department named `name` (an id or a name in any language). An unknown id
    /// is an error when `data/departments.yaml` exists; an unknown name becomes a new
    /// department.
    /// `k` is the name's [`key`].
    pub fn department(
        &mut self,
        name: &str,
        k: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<DepartmentId> {
        if let Some(&i) = self.dept_keys.get(k) {
            return Some(i);
        }
        if !self.check_department(name, k, at, diags) {
            return None;
        }
        let id = unique(name_id(name), "department", |id| {
            self.departments.iter().any(|d| d.id == id)
        });
        let i = self.departments.push_and_get_key(Department {
            id,
            name: name.to_string(),
            name_ru: None,
            name_en: None,
            head: None,
        });
        self.dept_keys.insert(k.to_string(), i);
        Some(i)
    }

    /// Whether `name` (with [`key`] `k`) is a department met before or a new one
    /// by its name; an error at `at` when it is an id no department has.
    pub fn check_department(
        &self,
        name: &str,
        k: &str,
        at: &Location,
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        if self.dept_keys.contains_key(k) {
            return true;
        }
        if looks_like_id(name) && self.unread_departments.covers(name) {
            return false;
        }
        if self.data_departments > 0 && looks_like_id(name) {
            let ids = (self.departments.iter())
                .take(self.data_departments)
                .map(|d| d.id.as_str());
            diags.push(no_such_id(
                at,
                name,
                t!("site-resolve-no-department-has-id", name = name.to_string()),
                ids,
                |n| t!("site-resolve-did-you-mean-hint-2", n = n.to_string()),
                |ids| t!("site-resolve-departments-are-hint", ids = ids.join(", ")),
            ));
            return false;
        }
        true
    }

    /// The tag named `name`, compared without case and extra spaces; a new tag gets a
    /// slug no other tag has. `k` is the name's [`tag_key`].
    pub fn tag(&mut self, name: &str, k: &str) -> TagId {
        if let Some(&i) = self.tag_keys.get(k) {
            return i;
        }
        let slug = unique(slugify_short(name, SLUG_MAX), "tag", |slug| {
            self.tags.iter().any(|t| t.slug == slug)
        });
        let i = self.tags.push_and_get_key(Tag {
            name: name.to_string(),
            slug,
        });
        self.tag_keys.insert(k.to_string(), i);
        i
    }

    /// Sorts authors, departments and tags alphabetically (Kazakh order) and returns
    /// where each went.
    pub fn sort(&mut self, collator: &KazakhCollator) -> Renumbering {
        let a = sort_by(&mut self.authors, |x, y| {
            collator
                .compare(&x.name, &y.name)
                .then_with(|| x.id.cmp(&y.id))
        });
        let d = sort_by(&mut self.departments, |x, y| {
            collator
                .compare(&x.name, &y.name)
                .then_with(|| x.id.cmp(&y.id))
        });
        let t = sort_by(&mut self.tags, |x, y| {
            collator
                .compare(&x.name, &y.name)
                .then_with(|| x.name.cmp(&y.name))
        });
        // Tags that make one address («сан», «сән») take `-2`, `-3` in
        // alphabetical order, not in the order files first named them: a work
        // added or removed elsewhere moves no tag's address.
        let mut taken = std::collections::HashSet::with_capacity(self.tags.len());
        for tag in &mut self.tags {
            let slug = unique(slugify_short(&tag.name, SLUG_MAX), "tag", |s| {
                taken.contains(s)
            });
            taken.insert(slug.clone());
            tag.slug = slug;
        }
        for author in &mut self.authors {
            author.department = author.department.map(|i| d[i]);
        }
        for dept in &mut self.departments {
            dept.head = dept.head.map(|i| a[i]);
        }
        Renumbering {
            authors: a,
            departments: d,
            tags: t,
        }
    }
}

/// How many authors, departments and tags a [`Registry`] holds: an entry resolved
/// through it named no one new if they stay the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// How many authors.
    pub authors: usize,
    /// How many departments.
    pub departments: usize,
    /// How many tags.
    pub tags: usize,
}

/// Where [`Registry::sort`] moved each author, department and tag: the new id by
/// the old one.
pub struct Renumbering {
    /// The new id of each author.
    pub authors: TiVec<AuthorId, AuthorId>,
    /// The new id of each department.
    pub departments: TiVec<DepartmentId, DepartmentId>,
    /// The new id of each tag.
    pub tags: TiVec<TagId, TagId>,
}

/// Sorts `v` and returns, for each old id, the new one.
fn sort_by<K, T>(v: &mut TiVec<K, T>, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) -> TiVec<K, K>
where
    K: From<usize> + Into<usize> + Copy,
{
    // The old id at each new place.
    let mut order: TiVec<K, K> = v.keys().collect();
    order.sort_by(|&i, &j| cmp(&v[i], &v[j]));
    let mut new_id: TiVec<K, K> = v.keys().collect();
    for (new, &old) in order.iter_enumerated() {
        new_id[old] = new;
    }
    let mut items: TiVec<K, Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    *v = order
        .iter()
        .map(|&old| items[old].take().expect("each id once"))
        .collect();
    new_id
}

#[cfg(test)]
mod tests {
    use super::{key, unique};

    #[test]
    fn names_are_one_whatever_their_case_spaces_yo_and_invisible_characters() {
        assert_eq!(key(" Ёмкие  вопросы"), key("емкие вопросы"));
        assert_eq!(key("инклю\u{AD}зия"), key("Инклюзия"));
        assert_eq!(key("сыни \u{200B} ойлау"), key("сыни ойлау"));
        assert_ne!(key("сан"), key("сән"));
    }

    #[test]
    fn names_that_make_one_address_are_numbered_in_turn() {
        let mut taken: Vec<String> = Vec::new();
        for _ in 0..4 {
            let id = unique("kim-sergei".into(), "author", |id| {
                taken.iter().any(|t| t == id)
            });
            taken.push(id);
        }
        assert_eq!(
            taken,
            ["kim-sergei", "kim-sergei-2", "kim-sergei-3", "kim-sergei-4"]
        );
        assert_eq!(unique(String::new(), "tag", |_| false), "tag");
    }
}

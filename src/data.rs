//! `data/authors.yaml` and `data/departments.yaml`: the people and departments that
//! entries refer to by id.

use serde::Deserialize;
use std::path::{Path, PathBuf};

use crate::content::source::read_text;
use crate::diagnostics::{Diagnostic, Location};
use crate::yaml::{self, Value};

/// A teacher's qualification category (the Kazakh system since 2016, and the older one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Педагог-шебер (педагог-мастер), the highest of the 2016 system.
    Master,
    /// Педагог-зерттеуші (педагог-исследователь).
    Researcher,
    /// Педагог-сарапшы (педагог-эксперт).
    Expert,
    /// Педагог-модератор.
    Moderator,
    /// Жоғары санат (высшая категория) of the older system.
    Highest,
    /// Бірінші санат (первая категория) of the older system.
    First,
    /// Екінші санат (вторая категория) of the older system.
    Second,
    /// No category, or not stated.
    None,
}

impl Category {
    /// Every category, in the order the catalogue's figures list them.
    pub const ALL: [Category; 8] = [
        Category::Master,
        Category::Researcher,
        Category::Expert,
        Category::Moderator,
        Category::Highest,
        Category::First,
        Category::Second,
        Category::None,
    ];

    /// The id used in data files and as the UI string key `category_<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Category::Master => "master",
            Category::Researcher => "researcher",
            Category::Expert => "expert",
            Category::Moderator => "moderator",
            Category::Highest => "highest",
            Category::First => "first",
            Category::Second => "second",
            Category::None => "none",
        }
    }

    /// Reads the id or the Kazakh or Russian name a methodist may write instead.
    pub fn parse(s: &str) -> Option<Category> {
        let s = s.trim().to_lowercase();
        Some(match s.as_str() {
            "master" | "педагог-шебер" | "педагог-мастер" => {
                Category::Master
            }
            "researcher" | "педагог-зерттеуші" | "педагог-исследователь" => {
                Category::Researcher
            }
            "expert" | "педагог-сарапшы" | "педагог-эксперт" => {
                Category::Expert
            }
            "moderator" | "педагог-модератор" => Category::Moderator,
            "highest" | "жоғары санат" | "высшая категория" | "высшая" => {
                Category::Highest
            }
            "first" | "бірінші санат" | "первая категория" | "первая" => {
                Category::First
            }
            "second" | "екінші санат" | "вторая категория" | "вторая" => {
                Category::Second
            }
            "none" | "" | "санатсыз" | "без категории" | "педагог" => {
                Category::None
            }
            _ => return None,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorRecord {
    id: String,
    name: String,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    department: Option<String>,
    #[serde(default)]
    position: Option<String>,
    #[serde(default)]
    photo: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentRecord {
    id: String,
    name: String,
    #[serde(default)]
    name_ru: Option<String>,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    head: Option<String>,
}

/// A teacher from `data/authors.yaml`.
#[derive(Debug, Clone)]
pub struct AuthorData {
    /// The id entries may name the author by, like `abenova-g`.
    pub id: String,
    /// Full name as shown on pages.
    pub name: String,
    /// Qualification category; `None` when not stated.
    pub category: Category,
    /// Id of the author's department in `data/departments.yaml`.
    pub department: Option<String>,
    /// Job title, like «Информатика пәнінің оқытушысы».
    pub position: Option<String>,
    /// The photo file, checked to exist.
    pub photo: Option<PathBuf>,
    /// Where the author's item starts in the file, for diagnostics.
    pub location: Location,
}

/// A department from `data/departments.yaml`.
#[derive(Debug, Clone)]
pub struct DepartmentData {
    /// The id entries and authors may name the department by.
    pub id: String,
    /// Name in Kazakh, used when no translation is given.
    pub name: String,
    /// Name in Russian, if given.
    pub name_ru: Option<String>,
    /// Name in English, if given.
    pub name_en: Option<String>,
    /// Author id of the department's head; a warning if `data/authors.yaml` lacks it.
    pub head: Option<String>,
    /// Where the department's item starts in the file, for diagnostics.
    pub location: Location,
}

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

/// Everything read from `data/`; empty lists when the files do not exist.
#[derive(Debug, Default)]
pub struct Data {
    /// In file order, duplicates left out.
    pub authors: Vec<AuthorData>,
    /// In file order, duplicates left out.
    pub departments: Vec<DepartmentData>,
    /// What of `authors.yaml` could not be read.
    pub unread_authors: Unread,
    /// What of `departments.yaml` could not be read.
    pub unread_departments: Unread,
}

/// One item of a list file, read: the record and where it is written.
struct Item<T> {
    record: T,
    /// The item's own lines.
    text: String,
    /// The line of the file the item starts on.
    first_line: usize,
    file: PathBuf,
}

impl<T> Item<T> {
    /// Where the item starts, for problems with the item as a whole.
    fn location(&self) -> Location {
        Location::new(&self.file, self.first_line, 1)
    }

    /// Where the value of the item's field `key` is written, else the item's start.
    fn field(&self, key: &str) -> Location {
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
fn read_list<T: serde::de::DeserializeOwned>(
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
    if let Some((clean, warning)) = crate::content::source::strip_forbidden(&text, file, 1) {
        text = clean;
        diags.push(warning);
    }
    let list_hint =
        "the file is a list: each item starts with «- id: …» and its fields are indented below it";
    let with_hint = |d: Diagnostic| {
        if d.hint.is_some() {
            d
        } else {
            d.with_hint(list_hint)
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
            Err(mut d) => {
                let what = d.message.strip_prefix("item 1: ").unwrap_or(&d.message);
                d.message = format!("item {}: {what}", n + 1);
                diags.push(with_hint(d));
                if let Some(id) = value.get("id").and_then(yaml::scalar_text) {
                    unread.ids.insert(id);
                }
            }
        }
    }
    items
}

/// The error for an id that cannot be a folder name (it names the item's page).
fn unsafe_id(what: &str, id: &str, at: &Location) -> Option<Diagnostic> {
    (!crate::paths::is_safe_id(id)).then(|| {
        Diagnostic::error(
            at.clone(),
            format!("the {what} id `{id}` cannot be part of an address"),
        )
        .with_hint(crate::paths::SAFE_ID_HINT)
    })
}

impl Data {
    /// Reads both files from `data_dir`, reporting problems to `diags` and keeping
    /// every item that can still be used.
    pub fn load(data_dir: &Path, diags: &mut Vec<Diagnostic>) -> Data {
        let mut data = Data::default();
        data.load_departments(data_dir, diags);
        data.load_authors(data_dir, diags);
        for d in &data.departments {
            if let Some(h) = &d.head
                && !data.authors.iter().any(|a| &a.id == h)
                && !data.unread_authors.covers(h)
            {
                diags.push(Diagnostic::warning(
                    d.location.clone(),
                    format!(
                        "department `{}` names the head `{h}`, who is not in data/authors.yaml",
                        d.id
                    ),
                ));
            }
        }
        data
    }

    fn load_departments(&mut self, data_dir: &Path, diags: &mut Vec<Diagnostic>) {
        let file = data_dir.join("departments.yaml");
        for item in read_list::<DepartmentRecord>(&file, diags, &mut self.unread_departments) {
            let (location, id_at) = (item.location(), item.field("id"));
            let r = item.record;
            if let Some(d) = unsafe_id("department", &r.id, &id_at) {
                diags.push(d);
                self.unread_departments.ids.insert(r.id);
                continue;
            }
            if self.departments.iter().any(|d| d.id == r.id) {
                diags.push(Diagnostic::error(
                    id_at,
                    format!("department id `{}` is used twice", r.id),
                ));
                continue;
            }
            self.departments.push(DepartmentData {
                id: r.id,
                name: r.name,
                name_ru: r.name_ru,
                name_en: r.name_en,
                head: r.head,
                location,
            });
        }
    }

    fn load_authors(&mut self, data_dir: &Path, diags: &mut Vec<Diagnostic>) {
        let file = data_dir.join("authors.yaml");
        for item in read_list::<AuthorRecord>(&file, diags, &mut self.unread_authors) {
            let location = item.location();
            let [id_at, category_at, department_at, photo_at] =
                ["id", "category", "department", "photo"].map(|k| item.field(k));
            let r = item.record;
            if let Some(d) = unsafe_id("author", &r.id, &id_at) {
                diags.push(d);
                self.unread_authors.ids.insert(r.id);
                continue;
            }
            if self.authors.iter().any(|a| a.id == r.id) {
                diags.push(Diagnostic::error(
                    id_at,
                    format!("author id `{}` is used twice", r.id),
                ));
                continue;
            }
            let category = match r.category.as_deref() {
                None => Category::None,
                Some(c) => Category::parse(c).unwrap_or_else(|| {
                    diags.push(
                        Diagnostic::error(category_at, format!("unknown qualification category `{c}`"))
                            .with_hint("use master, researcher, expert, moderator, highest, first, second or none (or педагог-шебер, педагог-зерттеуші, …)"),
                    );
                    Category::None
                }),
            };
            if let Some(d) = &r.department
                && !self.departments.iter().any(|x| &x.id == d)
                && !self.unread_departments.covers(d)
            {
                let mut diag = Diagnostic::error(
                    department_at,
                    format!(
                        "author `{}` names the department `{d}`, which is not in data/departments.yaml",
                        r.id
                    ),
                );
                if let Some(n) =
                    crate::diagnostics::nearest(d, self.departments.iter().map(|x| x.id.as_str()))
                {
                    diag = diag.with_hint(format!("did you mean `{n}`?"));
                }
                diags.push(diag);
            }
            let photo = r.photo.as_ref().and_then(|p| {
                let path = data_dir.join(p);
                if path.is_file() && crate::paths::is_inside(&path, data_dir) {
                    Some(path)
                } else {
                    diags.push(
                        Diagnostic::error(
                            photo_at.clone(),
                            format!("the photo `{p}` of `{}` is not a file inside data/", r.id),
                        )
                        .with_hint(
                            "photo paths are relative to the data/ folder, e.g. photos/name.jpg",
                        ),
                    );
                    None
                }
            });
            self.authors.push(AuthorData {
                id: r.id,
                name: r.name,
                category,
                department: r.department,
                position: r.position,
                photo,
                location,
            });
        }
    }
}

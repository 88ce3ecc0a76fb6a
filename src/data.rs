//! `data/authors.yaml` and `data/departments.yaml`: the people and departments that
//! entries refer to by id.

use serde::Deserialize;
use std::path::{Path, PathBuf};

use crate::content::source::read_text;
use crate::diagnostics::{Diagnostic, Location};
use crate::yaml;

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

/// Everything read from `data/`; empty lists when the files do not exist.
#[derive(Debug, Default)]
pub struct Data {
    /// In file order, duplicates left out.
    pub authors: Vec<AuthorData>,
    /// In file order, duplicates left out.
    pub departments: Vec<DepartmentData>,
}

/// Where the `- id: X` item of a list file starts, for diagnostics about it.
fn item_location(text: &str, id: &str, file: &Path) -> Location {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start().trim_start_matches('-').trim_start();
        if let Some(v) = t.strip_prefix("id:")
            && v.trim().trim_matches(['"', '\'']) == id
        {
            return Location::new(file, i + 1, 1);
        }
    }
    Location::file(file)
}

fn read_list<T: serde::de::DeserializeOwned>(
    file: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Vec<T>, String)> {
    if !file.exists() {
        return None;
    }
    let mut text = match read_text(file) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    if let Some((clean, warning)) = crate::content::source::strip_forbidden(&text, file, 1) {
        text = clean;
        diags.push(warning);
    }
    if text.trim().is_empty() {
        return Some((Vec::new(), text));
    }
    match yaml::from_str::<Vec<T>>(&text, file, 1) {
        Ok(v) => Some((v, text)),
        Err(d) => {
            let d = if d.hint.is_some() {
                d
            } else {
                d.with_hint("the file is a list: each item starts with «- id: …» and its fields are indented below it")
            };
            diags.push(d);
            None
        }
    }
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
        let dep_file = data_dir.join("departments.yaml");
        if let Some((records, text)) = read_list::<DepartmentRecord>(&dep_file, diags) {
            for r in records {
                let location = item_location(&text, &r.id, &dep_file);
                if let Some(d) = unsafe_id("department", &r.id, &location) {
                    diags.push(d);
                    continue;
                }
                if data.departments.iter().any(|d| d.id == r.id) {
                    diags.push(Diagnostic::error(
                        location,
                        format!("department id `{}` is used twice", r.id),
                    ));
                    continue;
                }
                data.departments.push(DepartmentData {
                    id: r.id,
                    name: r.name,
                    name_ru: r.name_ru,
                    name_en: r.name_en,
                    head: r.head,
                    location,
                });
            }
        }
        let auth_file = data_dir.join("authors.yaml");
        if let Some((records, text)) = read_list::<AuthorRecord>(&auth_file, diags) {
            for r in records {
                let location = item_location(&text, &r.id, &auth_file);
                if let Some(d) = unsafe_id("author", &r.id, &location) {
                    diags.push(d);
                    continue;
                }
                if data.authors.iter().any(|a| a.id == r.id) {
                    diags.push(Diagnostic::error(
                        location,
                        format!("author id `{}` is used twice", r.id),
                    ));
                    continue;
                }
                let category = match r.category.as_deref() {
                    None => Category::None,
                    Some(c) => Category::parse(c).unwrap_or_else(|| {
                        diags.push(
                            Diagnostic::error(location.clone(), format!("unknown qualification category `{c}`"))
                                .with_hint("use master, researcher, expert, moderator, highest, first, second or none (or педагог-шебер, педагог-зерттеуші, …)"),
                        );
                        Category::None
                    }),
                };
                if let Some(d) = &r.department
                    && !data.departments.iter().any(|x| &x.id == d)
                {
                    let mut diag = Diagnostic::error(
                        location.clone(),
                        format!(
                            "author `{}` names the department `{d}`, which is not in data/departments.yaml",
                            r.id
                        ),
                    );
                    if let Some(n) = crate::diagnostics::nearest(
                        d,
                        data.departments.iter().map(|x| x.id.as_str()),
                    ) {
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
                            Diagnostic::error(location.clone(), format!("the photo `{p}` of `{}` is not a file inside data/", r.id))
                                .with_hint("photo paths are relative to the data/ folder, e.g. photos/name.jpg"),
                        );
                        None
                    }
                });
                data.authors.push(AuthorData {
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
        for d in &data.departments {
            if let Some(h) = &d.head
                && !data.authors.iter().any(|a| &a.id == h)
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
}

//! `data/authors.yaml` and `data/departments.yaml`: the people and departments that
//! entries refer to by id.

use crate::t;
use serde::Deserialize;
use std::path::{Path, PathBuf};

use crate::config::kinds::Labels;
pub use crate::content::list_file::Unread;
use crate::content::list_file::read_list;
use crate::diagnostics::{Diagnostic, Location, nearest};

/// A name or a title as a data file gives it: one form, or a form in each
/// language (`{kk: …, ru: …}`).
#[derive(Debug, Clone, Hash)]
pub enum Forms {
    /// One form for every language.
    One(String),
    /// A form in each language; the Kazakh one, else any, stands for the rest.
    Each(Labels),
}

impl<'de> Deserialize<'de> for Forms {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FormsVisitor)
    }
}

/// Reads [`Forms`] where it is written, so that a mistake keeps its place.
struct FormsVisitor;

impl<'de> serde::de::Visitor<'de> for FormsVisitor {
    type Value = Forms;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(crate::yaml::expecting::FORMS)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Forms, E> {
        Ok(Forms::One(v.to_string()))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Forms, A::Error> {
        let labels = Labels::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        if labels.is_empty() {
            return Err(serde::de::Error::custom(
                crate::yaml::expecting::WITHOUT_FORMS,
            ));
        }
        Ok(Forms::Each(labels))
    }
}

impl Forms {
    /// The form shown where a language has none of its own: the one given, or
    /// the Kazakh one, or else any.
    pub fn main(&self) -> String {
        match self {
            Forms::One(s) => s.clone(),
            Forms::Each(l) => l.get(crate::lang::Lang::Kk).to_string(),
        }
    }

    /// The form shown in `lang`, and the language it is written in: one form is
    /// taken as written in `main`, the site's language.
    pub fn written(
        &self,
        lang: crate::lang::Lang,
        main: crate::lang::Lang,
    ) -> (&str, crate::lang::Lang) {
        match self {
            Forms::One(s) => (s, main),
            Forms::Each(l) => l.written(lang).unwrap_or(("", lang)),
        }
    }

    /// The forms in each language, empty for one form.
    pub fn labels(&self) -> Labels {
        match self {
            Forms::One(_) => Labels::default(),
            Forms::Each(l) => l.clone(),
        }
    }
}

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

    /// The key of its name among the UI strings: `category_master`.
    pub fn ui_key(self) -> String {
        format!("category_{}", self.id())
    }

    /// Reads the id or the Kazakh or Russian name a methodist may write instead.
    pub fn parse(s: &str) -> Option<Category> {
        let s = s.trim().to_lowercase();
        (SPELLINGS.iter())
            .find(|(_, names)| names.contains(&s.as_str()))
            .map(|(c, _)| *c)
    }
}

/// Each category with its id and the names a methodist may write instead, in
/// Kazakh and in Russian (in lower case).
const SPELLINGS: [(Category, &[&str]); 8] = [
    // Staff lists often write the qualification without «педагог-»: «модератор».
    (
        Category::Master,
        &[
            "master",
            "педагог-шебер",
            "педагог-мастер",
            "шебер",
            "мастер",
        ],
    ),
    (
        Category::Researcher,
        &[
            "researcher",
            "педагог-зерттеуші",
            "педагог-исследователь",
            "зерттеуші",
            "исследователь",
        ],
    ),
    (
        Category::Expert,
        &[
            "expert",
            "педагог-сарапшы",
            "педагог-эксперт",
            "сарапшы",
            "эксперт",
        ],
    ),
    (
        Category::Moderator,
        &["moderator", "педагог-модератор", "модератор"],
    ),
    (
        Category::Highest,
        &[
            "highest",
            "жоғары санат",
            "жоғары",
            "высшая категория",
            "высшая",
        ],
    ),
    (
        Category::First,
        &[
            "first",
            "бірінші санат",
            "бірінші",
            "первая категория",
            "первая",
        ],
    ),
    (
        Category::Second,
        &[
            "second",
            "екінші санат",
            "екінші",
            "вторая категория",
            "вторая",
        ],
    ),
    (
        Category::None,
        &["none", "", "санатсыз", "без категории", "педагог"],
    ),
];

/// How to mend the unknown category `written`: the spelling nearest to it, or
/// every one.
fn category_hint(written: &str) -> crate::messages::Text {
    let all = SPELLINGS
        .iter()
        .flat_map(|(_, names)| names.iter().copied());
    match nearest(
        &written.trim().to_lowercase(),
        all.filter(|n| !n.is_empty()),
    ) {
        Some(name) => t!("did-you-mean", name = name.to_string()),
        None => t!("data-use-master-researcher-expert-hint"),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorRecord {
    id: String,
    name: Forms,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    department: Option<String>,
    #[serde(default)]
    position: Option<Forms>,
    #[serde(default)]
    photo: Option<String>,
    #[serde(default)]
    former_names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentRecord {
    id: String,
    name: Forms,
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
    /// Full name as shown on pages: the one form, or the Kazakh one.
    pub name: String,
    /// The name in each language, when the file gives forms (`{kk: …, ru: …}`).
    pub names: Labels,
    /// Qualification category; `None` when not stated, which is not the same
    /// as a teacher without one (`Some(Category::None)`, «санатсыз»).
    pub category: Option<Category>,
    /// Id of the author's department in `data/departments.yaml`.
    pub department: Option<String>,
    /// Job title, like «Информатика пәнінің оқытушысы», or one in each language.
    pub position: Option<Forms>,
    /// The photo file, checked to exist.
    pub photo: Option<PathBuf>,
    /// Names the teacher had before (a surname changed on marriage): entries
    /// written then name the same teacher.
    pub former_names: Vec<String>,
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
    /// What of `authors.yaml` could not be read.
    pub unread_authors: Unread,
    /// What of `departments.yaml` could not be read.
    pub unread_departments: Unread,
}

/// The error for an id that cannot be a folder name (it names the item's page).
fn unsafe_id(what: crate::messages::Text, id: &str, at: &Location) -> Option<Diagnostic> {
    (!crate::paths::is_safe_id(id)).then(|| {
        Diagnostic::error(
            at.clone(),
            t!(
                "data-id-cannot-part-address",
                what = what,
                id = id.to_string()
            ),
        )
        .with_hint(crate::paths::safe_id_hint())
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
                    t!(
                        "data-department-names-head-who",
                        id = (d.id).to_string(),
                        h = h.to_string()
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
            if let Some(d) = unsafe_id(t!("data-what-department"), &r.id, &id_at) {
                diags.push(d);
                self.unread_departments.ids.insert(r.id);
                continue;
            }
            if let Some(first) = self.departments.iter().find(|d| d.id == r.id) {
                diags.push(
                    Diagnostic::error(
                        id_at,
                        t!("data-department-id-used-twice", id = (r.id).to_string()),
                    )
                    .with_hint(t!("data-id-also-on-line-hint", line = first.location.line)),
                );
                continue;
            }
            let forms = r.name.labels();
            self.departments.push(DepartmentData {
                id: r.id,
                name: r.name.main(),
                name_ru: r.name_ru.or(forms.ru),
                name_en: r.name_en.or(forms.en),
                head: r.head,
                location,
            });
        }
    }

    fn load_authors(&mut self, data_dir: &Path, diags: &mut Vec<Diagnostic>) {
        let file = data_dir.join("authors.yaml");
        for item in read_list::<AuthorRecord>(&file, diags, &mut self.unread_authors) {
            let location = item.location();
            let [id_at, category_at, department_at, photo_at, name_at] =
                ["id", "category", "department", "photo", "name"].map(|k| item.field(k));
            let r = item.record;
            // An item with a bad id is not kept, but the rest of it is checked
            // all the same: every problem of the file in one build.
            let mut keep = true;
            if let Some(d) = unsafe_id(t!("data-what-author"), &r.id, &id_at) {
                diags.push(d);
                self.unread_authors.ids.insert(r.id.clone());
                keep = false;
            } else if let Some(first) = self.authors.iter().find(|a| a.id == r.id) {
                diags.push(
                    Diagnostic::error(
                        id_at,
                        t!("data-author-id-used-twice", id = (r.id).to_string()),
                    )
                    .with_hint(t!("data-id-also-on-line-hint", line = first.location.line)),
                );
                keep = false;
            }
            let category = r.category.as_deref().and_then(|c| {
                Category::parse(c).or_else(|| {
                    diags.push(
                        Diagnostic::error(
                            category_at,
                            t!("data-unknown-qualification-category", c = c.to_string()),
                        )
                        .with_hint(category_hint(c)),
                    );
                    None
                })
            });
            if let Some(d) = &r.department
                && !self.departments.iter().any(|x| &x.id == d)
                && !self.unread_departments.covers(d)
            {
                let mut diag = Diagnostic::error(
                    department_at,
                    t!(
                        "data-author-names-department-which",
                        id = (r.id).to_string(),
                        d = d.to_string()
                    ),
                );
                if let Some(n) =
                    crate::diagnostics::nearest(d, self.departments.iter().map(|x| x.id.as_str()))
                {
                    diag = diag.with_hint(t!("data-did-you-mean-hint", n = n.to_string()));
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
                            if path.exists() || !crate::paths::is_inside(&path, data_dir) {
                                t!(
                                    "data-photo-not-file-inside",
                                    p = p.to_string(),
                                    id = (r.id).to_string()
                                )
                            } else {
                                t!(
                                    "data-photo-missing",
                                    p = p.to_string(),
                                    id = (r.id).to_string()
                                )
                            },
                        )
                        .with_hint(t!("data-photo-paths-are-relative-hint")),
                    );
                    None
                }
            });
            // A teacher without a name would be published as a blank heading and
            // empty links.
            if r.name.main().trim().is_empty() {
                diags.push(
                    Diagnostic::error(
                        name_at,
                        t!("data-author-name-empty", id = (r.id).to_string()),
                    )
                    .with_hint(t!("data-author-name-empty-hint")),
                );
                // Its entries are not told again that no teacher has the id.
                self.unread_authors.ids.insert(r.id.clone());
                keep = false;
            }
            if !keep {
                continue;
            }
            self.authors.push(AuthorData {
                id: r.id,
                names: r.name.labels(),
                name: r.name.main(),
                category,
                department: r.department,
                position: r.position,
                photo,
                former_names: r.former_names,
                location,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_is_read_with_or_without_its_pedagog() {
        for (written, meant) in [
            ("Педагог-модератор", Category::Moderator),
            ("модератор", Category::Moderator),
            ("эксперт", Category::Expert),
            ("сарапшы", Category::Expert),
            ("Исследователь", Category::Researcher),
            ("шебер", Category::Master),
            ("высшая", Category::Highest),
        ] {
            assert_eq!(Category::parse(written), Some(meant), "{written}");
        }
        assert_eq!(Category::parse("модер"), None);
    }
}

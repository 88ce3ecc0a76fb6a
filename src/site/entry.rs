//! One entry of the model made from its parsed file: its kind checked, its names
//! resolved, its address chosen, and warnings about what the catalogue would print.

use crate::t;
use std::path::Path;

use crate::config::Config;
use crate::config::kinds::{Kind, KindId};
use crate::content::front_matter::FrontMatter;
use crate::content::walk::SourceFile;
use crate::diagnostics::{Diagnostic, Location, nearest};
use crate::lang::dates::AcademicYear;
use crate::lang::fit;
use crate::lang::slug::slugify_short;
use crate::messages::Text;

use super::fields::{FieldEntry, has, read_fields};
use super::load::Parsed;
use super::resolve::{Registry, key, tag_key};
use super::{AuthorId, DepartmentId, Doc, Entry, TagId};

/// An entry's authors, department and tags as the registry knows them.
pub struct Names {
    authors: Vec<AuthorId>,
    /// Where each of `authors` is written: its place in the front matter's list.
    written_at: Vec<usize>,
    department: Option<DepartmentId>,
    tags: Vec<TagId>,
    /// A translation's address part when it writes no `slug:`: its original's.
    slug: Option<String>,
    /// The authors named by a former name, with the name as written.
    former: Vec<(AuthorId, String)>,
}

impl Names {
    /// Whether the front matter names no authors: a translation's are then its
    /// original's (see [`Names::inherit`]).
    pub fn inherits(p: &Parsed) -> bool {
        p.file.translation.is_some() && p.fm.authors.is_empty()
    }

    /// Takes the authors of a translation's original, which it does not repeat,
    /// and its department, unless the translation names one (`own_department`):
    /// the work is theirs in every language, on its page and in portfolios.
    pub fn inherit(
        &mut self,
        authors: &[AuthorId],
        department: Option<DepartmentId>,
        own_department: bool,
    ) {
        self.authors = authors.to_vec();
        // Written in the original: nowhere in this file.
        self.written_at.clear();
        self.former.clear();
        if !own_department {
            self.department = department;
        }
    }

    /// Gives a translation that writes no `slug:` its original's address part
    /// (the original's `slug:`, or its file's name, which the translation's
    /// shares): the work has one address in every language's folder.
    pub fn take_slug(&mut self, p: &Parsed, original: &str) {
        if p.file.translation.is_some() && p.fm.slug.is_none() {
            self.slug = Some(original.to_string());
        }
    }

    /// The authors, as resolved.
    pub fn authors(&self) -> &[AuthorId] {
        &self.authors
    }

    /// The department, as resolved.
    pub fn department(&self) -> Option<DepartmentId> {
        self.department
    }
}

/// Resolves an entry's names through `reg`, which numbers new guests, departments
/// and tags as they are first met: done for every entry in file order, before the
/// entries are made (in parallel) by [`make_entry`].
pub fn resolve_names(p: &Parsed, reg: &mut Registry, diags: &mut Vec<Diagnostic>) -> Names {
    let fm = &p.fm;
    let mut n = Names {
        authors: Vec::new(),
        written_at: Vec::new(),
        department: None,
        tags: Vec::new(),
        slug: None,
        former: Vec::new(),
    };
    for (at, (name, k)) in fm.authors.iter().zip(&p.own.author_keys).enumerate() {
        if let Some(a) = reg.author(&name.value, k, &name.location, diags)
            && !n.authors.contains(&a)
        {
            n.authors.push(a);
            n.written_at.push(at);
            if reg.is_former_name(k) {
                n.former.push((a, name.value.clone()));
            }
        }
    }
    n.department = match (&fm.department, &p.own.department_key) {
        (Some(d), Some(k)) => reg.department(&d.value, k, &d.location, diags),
        _ => n.authors.iter().find_map(|&a| reg.authors[a].department),
    };
    for (t, k) in fm.tags.iter().zip(&p.own.tag_keys) {
        let i = reg.tag(t, k);
        if !n.tags.contains(&i) {
            n.tags.push(i);
        }
    }
    n
}

/// Turns a parsed entry into the model's entry, with its `names` resolved before.
/// `diags` holds only this entry's problems (those of its names first): an error
/// among them leaves the entry out. Attachments and the cover are resolved later,
/// once every asset's place is known.
pub fn make_entry(
    p: &Parsed,
    kind: KindId,
    config: &Config,
    reg: &Registry,
    names: &Names,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let file = &p.file.path;
    let fm = &p.fm;
    let k = &config.kinds[kind];

    check_kind(fm, k, config, diags);
    let fields = read_fields(fm, k, config, reg, diags);
    // A translation by its original's authors is checked for them there.
    let inherited = Names::inherits(p) && !names.authors.is_empty();
    check_required(fm, file, k, &fields, inherited, config, diags);

    let Names {
        authors,
        written_at,
        department,
        tags,
        slug: inherited_slug,
        former,
    } = names;
    let department = *department;
    let author_locs: Vec<&Location> = written_at
        .iter()
        .map(|&n| &fm.authors[n].location)
        .collect();
    let date = fm.date?;
    let lang = p.file.translation.or(fm.lang).unwrap_or(config.language);
    if let (Some(named), Some(written)) = (p.file.translation, fm.lang)
        && named != written
    {
        diags.push(
            Diagnostic::warning(
                fm.key_location("lang", file).line_start(),
                t!(
                    "site-entry-lang-differs-from-file-name",
                    written = written.code(),
                    named = named.code()
                ),
            )
            .with_hint(t!("site-entry-lang-differs-hint", named = named.code())),
        );
    }
    let slug = match (inherited_slug, &p.own.slug) {
        (Some(s), _) | (None, Ok(s)) => s.clone(),
        (None, Err(d)) => {
            diags.push(d.clone());
            String::new()
        }
    };
    if diags.iter().any(Diagnostic::is_error) {
        return None;
    }
    if fm.exhibit {
        exhibit_warnings(p, config, reg, authors, &author_locs, department, diags);
    }
    if fm.lang.is_none() && p.file.translation.is_none() {
        warn_other_language(p, lang, diags);
    }
    Some(Entry {
        doc: Doc {
            source: file.clone(),
            title: fm.title.clone(),
            body_line: p.body_line,
            lang: fm.lang,
            translation: p.file.translation,
            updated: p.updated,
            aliases: fm.aliases.clone(),
            figures: p.own.figures,
            body: p.body.clone(),
        },
        kind,
        dir: format!(
            "{}{}/{slug}/",
            super::tongues::prefix_of(config, lang),
            k.folder
        ),
        slug,
        year: AcademicYear::of(date.date, config.year_start_month),
        date,
        authors: authors.clone(),
        former_names: former.clone(),
        department,
        subject: fm.subject.clone(),
        tags: tags.clone(),
        summary: fm.summary.clone(),
        lang,
        translations: Vec::new(),
        exhibit: fm.exhibit,
        cover: None,
        picture: None,
        attachments: Vec::new(),
        featured: fm.featured,
        plan: fm
            .plan
            .iter()
            .cloned()
            .map(super::plan::PlanLink::written)
            .collect(),
        fields,
    })
}

/// What can be known of a document from its own file alone (and a warning made
/// from it with the site's language): worked out where files are parsed, in
/// parallel, and in `ozyq serve` once per save rather than per round.
#[derive(Debug, Clone)]
pub struct OwnChecks {
    /// Its address: `slug:` as written, or one made from the file's name.
    pub slug: Result<String, Diagnostic>,
    /// For an exhibit, warnings about its texts that the printed catalogue cuts.
    pub print_warnings: Vec<Diagnostic>,
    /// Its authors' names as the registry looks them up ([`key`]), in the order written.
    pub author_keys: Vec<String>,
    /// Its department's name as the registry looks it up.
    pub department_key: Option<String>,
    /// Its tags as the registry looks them up, in the order written.
    pub tag_keys: Vec<String>,
    /// Whether its body has a ```` ```figures ```` block: a search through every
    /// body, too slow for each round of `ozyq serve`.
    pub figures: bool,
    /// The language its text reads as ([`reads_as`]), for the warning about an
    /// entry in the other language: a scan of its text, kept from each round of
    /// `ozyq serve` too. `None` for an entry that names its language (`lang:`, or
    /// a translation's file name).
    pub reads: Option<crate::lang::Lang>,
    /// That warning, made once per file with the site's language it was made
    /// for: a site may have thousands, which each round of `ozyq serve` gives.
    /// After `language:` changes, it is made again in each round until the file
    /// is read again.
    pub other_language: std::sync::OnceLock<(crate::lang::Lang, Option<Diagnostic>)>,
    /// Its title as works are compared by it ([`super::copies::title_key`]).
    pub title_key: String,
}

impl OwnChecks {
    /// The checks of a document of `content/`: an entry's address is up to 80
    /// characters long, a page's up to 60.
    pub fn of(fm: &FrontMatter, file: &SourceFile, body: &str, entry: bool) -> Self {
        let slug = match &fm.slug {
            Some(s) => Ok(s.value.clone()),
            None => slug_of_file_name(fm, if entry { 80 } else { 60 }, file),
        };
        // Only an entry that names no language of its own is warned of.
        let reads = (entry && fm.lang.is_none() && file.translation.is_none())
            .then(|| reads_as(&fm.title, fm.summary.as_deref(), body))
            .flatten();
        let file = &file.path;
        let print_warnings = if entry && fm.exhibit {
            text_limits(fm, file)
        } else {
            Vec::new()
        };
        OwnChecks {
            slug,
            print_warnings,
            author_keys: fm.authors.iter().map(|a| key(&a.value)).collect(),
            department_key: fm.department.as_ref().map(|d| key(&d.value)),
            tag_keys: fm.tags.iter().map(|t| tag_key(t)).collect(),
            figures: super::figures::has_block(body),
            title_key: super::copies::title_key(&fm.title),
            reads,
            other_language: std::sync::OnceLock::new(),
        }
    }
}

/// Warnings about each text of an exhibit that the printed catalogue cuts or breaks
/// (`lang::fit`): its title, summary and details.
fn text_limits(fm: &FrontMatter, file: &Path) -> Vec<Diagnostic> {
    let mut texts: Vec<(Text, &str, fit::Limit, Location)> = vec![(
        t!("site-entry-text-title"),
        fm.title.as_str(),
        fit::TITLE,
        fm.key_location("title", file),
    )];
    if let Some(s) = &fm.summary {
        texts.push((
            t!("site-entry-text-summary"),
            s,
            fit::SUMMARY,
            fm.key_location("summary", file),
        ));
    }
    // Fields of text; a choice too long to print is not one of its choices anyway.
    for f in &fm.fields {
        if let crate::yaml::Value::String(text) = &f.value {
            texts.push((
                t!("site-entry-text-field", name = f.key.value.as_str()),
                text,
                fit::DETAIL,
                f.key.location.clone(),
            ));
        }
    }
    texts
        .into_iter()
        .filter_map(|(label, text, limit, loc)| too_long(label, text, limit, loc))
        .collect()
}

/// Warnings about the names of an exhibit's authors and department (`names`, each
/// with where the entry names it) that the printed catalogue cuts.
fn name_limits(reg: &Registry, names: &[(&str, &Location)], diags: &mut Vec<Diagnostic>) {
    for (name, loc) in names {
        // The same few hundred names are printed with thousands of exhibits.
        if !reg.too_long_to_print(name) {
            continue;
        }
        let short = fit::fit(name, fit::Limit { chars: 40 }).text;
        let label = t!("site-entry-text-name", name = short);
        diags.extend(too_long(label, name, fit::NAME, (*loc).clone()));
    }
}

/// A warning when the catalogue prints `text` (the entry's `label`) changed.
fn too_long(label: Text, text: &str, limit: fit::Limit, loc: Location) -> Option<Diagnostic> {
    let fitted = fit::fit(text, limit);
    fitted.changed().then(|| {
        Diagnostic::warning(
            loc,
            t!(
                "site-entry-too-long-printed-catalogue",
                label = label,
                count = (text.chars().count()).to_string(),
                limit = fitted.what_was_done(limit)
            ),
        )
        .with_hint(t!("site-entry-shorten-here-if-catalogue-hint"))
    })
}

/// An error when the entry's `kind:` disagrees with the folder it is in.
fn check_kind(fm: &FrontMatter, k: &Kind, config: &Config, diags: &mut Vec<Diagnostic>) {
    if let Some(stated) = &fm.kind {
        let (s, loc) = (stated.value.trim(), &stated.location);
        let agrees = s == k.id
            || s == k.folder
            || [
                k.label.kk.as_deref(),
                k.label.ru.as_deref(),
                k.label.en.as_deref(),
            ]
            .into_iter()
            .flatten()
            .any(|l| l.eq_ignore_ascii_case(s));
        if !agrees {
            let mut d = Diagnostic::error(
                loc.clone(),
                t!(
                    "site-entry-file-folder-kind-but",
                    id = (k.id).to_string(),
                    s = s.to_string()
                ),
            );
            d = match config.kinds.iter().find(|o| o.id == s) {
                Some(o) => d.with_hint(t!(
                    "site-entry-move-file-content-remove-hint",
                    folder = (o.folder).to_string()
                )),
                None => {
                    let ids = config.kinds.iter().map(|o| o.id.as_str());
                    match nearest(s, ids) {
                        Some(n) => d.with_hint(t!(
                            "site-entry-did-you-mean-kinds-hint",
                            n = n.to_string(),
                            config = (kind_ids(config)).to_string()
                        )),
                        None => d.with_hint(t!(
                            "site-entry-kinds-are-hint",
                            config = (kind_ids(config)).to_string()
                        )),
                    }
                }
            };
            diags.push(d);
        }
    }
}

/// An error for each field `config.yaml` requires of the kind that is not written;
/// `inherited`: the authors and department are a translation's original's.
fn check_required(
    fm: &FrontMatter,
    file: &Path,
    k: &Kind,
    fields: &[FieldEntry],
    inherited: bool,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) {
    for req in &k.required {
        let present = match req.as_str() {
            "authors" | "author" => !fm.authors.is_empty() || inherited,
            "department" => fm.department.is_some() || inherited,
            "subject" => fm.subject.is_some(),
            "summary" => fm.summary.is_some(),
            "tags" => !fm.tags.is_empty(),
            "cover" => fm.cover.is_some(),
            "attachments" => !fm.attachments.is_empty(),
            // A value in error is reported as such, not as missing too.
            other => {
                has(fields, config, other)
                    || fm
                        .fields
                        .iter()
                        .any(|f| f.key.value == other && !is_blank(&f.value))
            }
        };
        if !present {
            diags.push(
                Diagnostic::error(
                    Location::new(file, 2, 1),
                    t!(
                        "site-entry-field-required-entries-kind",
                        req = req.to_string(),
                        id = (k.id).to_string()
                    ),
                )
                .with_hint(t!(
                    "site-entry-add-line-front-matter-hint",
                    req = req.to_string()
                )),
            );
        }
    }
}

/// Warns of an entry that writes no `lang:` whose text reads as the other of
/// Kazakh and Russian than the site's: it would be published, listed, hyphenated
/// and cited as the site's language («Б. 5–9» for «С. 5–9»). Russian has none of
/// Kazakh's own letters; in Kazakh, many words have one. A Russian text naming
/// Әбенова or Қарағанды is still Russian, so a share of the words decides
/// ([`reads_as`], worked out when the file is read).
fn warn_other_language(p: &Parsed, lang: crate::lang::Lang, diags: &mut Vec<Diagnostic>) {
    let (made_for, warning) =
        (p.own.other_language).get_or_init(|| (lang, other_language(p, lang)));
    if *made_for == lang {
        diags.extend(warning.clone());
    } else {
        diags.extend(other_language(p, lang));
    }
}

/// The warning of [`warn_other_language`] on a site in `lang`, if any.
fn other_language(p: &Parsed, lang: crate::lang::Lang) -> Option<Diagnostic> {
    use crate::lang::Lang;
    if !matches!(lang, Lang::Kk | Lang::Ru) {
        return None;
    }
    let reads = p.own.reads.filter(|&r| r != lang)?;
    let file = &p.file.path;
    Some(
        Diagnostic::warning(
            p.fm.key_location("title", file).line_start(),
            t!(
                "site-entry-text-in-other-language",
                reads = reads.code(),
                lang = lang.code()
            ),
        )
        .with_hint(t!(
            "site-entry-text-in-other-language-hint",
            reads = reads.code()
        )),
    )
}

/// Whether a text reads as Kazakh or as Russian, from its title, summary and its
/// body's first 1,500 letters; `None` when it has too few Cyrillic words to tell,
/// or mixes the two.
fn reads_as(title: &str, summary: Option<&str>, body: &str) -> Option<crate::lang::Lang> {
    use crate::lang::Lang;
    let end = body.char_indices().nth(1500).map_or(body.len(), |(i, _)| i);
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let own = |c: char| {
        matches!(
            c,
            'ә' | 'ғ'
                | 'қ'
                | 'ң'
                | 'ө'
                | 'ұ'
                | 'ү'
                | 'һ'
                | 'і'
                | 'Ә'
                | 'Ғ'
                | 'Қ'
                | 'Ң'
                | 'Ө'
                | 'Ұ'
                | 'Ү'
                | 'Һ'
                | 'І'
        )
    };
    // Words with a Cyrillic letter, and those of them with a Kazakh one.
    let (mut words, mut kazakh) = (0usize, 0usize);
    for part in [title, summary.unwrap_or(""), &body[..end]] {
        let (mut in_cyrillic, mut in_kazakh) = (false, false);
        for c in part.chars().chain([' ']) {
            if is_letter(c) {
                in_cyrillic |= cyrillic(c);
                in_kazakh |= own(c);
            } else {
                words += usize::from(in_cyrillic);
                kazakh += usize::from(in_cyrillic && in_kazakh);
                (in_cyrillic, in_kazakh) = (false, false);
            }
        }
    }
    // Too few words to tell a Kazakh title without its letters from Russian.
    if words < 20 {
        return None;
    }
    match kazakh {
        0 => Some(Lang::Ru),
        n if n * 100 >= words * 15 => Some(Lang::Kk),
        // A few Kazakh names in a Russian text, or the other way round.
        _ => None,
    }
}

/// `char::is_alphabetic`, quicker for Latin and Cyrillic: the standard one looks
/// a Cyrillic letter up in Unicode's tables, about 30 ns, which came to 0.35 s of
/// a 10,000-entry build's language checks.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        '\0'..='\u{7F}' | '\u{0482}'..='\u{0489}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Warnings about what the printed catalogue would lack or cut for an exhibit.
fn exhibit_warnings(
    p: &Parsed,
    config: &Config,
    reg: &Registry,
    authors: &[AuthorId],
    author_locs: &[&Location],
    department: Option<DepartmentId>,
    diags: &mut Vec<Diagnostic>,
) {
    let (fm, file) = (&p.fm, &p.file.path);
    let missing: Vec<&str> = [
        // A data file that could not be read fails the build with its own error;
        // the authors and department it would give are unknown, not missing.
        ("authors", authors.is_empty() && !reg.data_unread()),
        ("summary", fm.summary.is_none()),
        ("department", department.is_none() && !reg.data_unread()),
    ]
    .iter()
    .filter_map(|&(field, absent)| absent.then_some(field))
    .collect();
    if !missing.is_empty() {
        diags.push(
            Diagnostic::warning(
                Location::new(file, 1, 1),
                t!(
                    "site-entry-exhibition-catalogue-prints-entry",
                    fields = (missing.join(", ")).to_string()
                ),
            )
            .with_hint(t!(
                "site-entry-add-front-matter-exhibit-hint",
                fields = (missing
                    .iter()
                    .map(|m| format!("`{m}:`"))
                    .collect::<Vec<_>>()
                    .join(", "))
                .to_string()
            )),
        );
    }
    let mut names: Vec<(&str, &Location)> = authors
        .iter()
        .zip(author_locs)
        .map(|(&a, &loc)| (reg.authors[a].name.as_str(), loc))
        .collect();
    let department_loc = match &fm.department {
        Some(d) => d.location.clone(),
        None => fm.key_location("authors", file),
    };
    let dept_name = department.map(|d| reg.departments[d].name_in(config.language));
    names.extend(dept_name.map(|n| (n, &department_loc)));
    diags.extend(p.own.print_warnings.iter().cloned());
    name_limits(reg, &names, diags);
}

/// The address part made from the file's name (a bundle's folder name), so that
/// what the methodist sees in git is the address and correcting a title breaks no
/// link; when the name has no letters or digits to make one of ("!!!.md"), the
/// title's; an error when neither gives one, as the page would have no address.
fn slug_of_file_name(
    fm: &FrontMatter,
    max: usize,
    source: &SourceFile,
) -> Result<String, Diagnostic> {
    let file = &source.path;
    // A translation's address is the original's, in its language's folder.
    let original = source.translation.map(|_| {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        std::path::PathBuf::from(crate::content::walk::original_name(&name))
    });
    let stem = (original.as_deref().unwrap_or(file))
        .file_stem()
        .map(|s| s.to_string_lossy());
    let name = match stem.as_deref() {
        Some(s) if s.eq_ignore_ascii_case("index") || s == "_index" => file
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy()),
        _ => stem,
    };
    let s = slugify_short(name.as_deref().unwrap_or(""), max);
    if !s.is_empty() {
        return Ok(s);
    }
    let s = slugify_short(&fm.title, max);
    if s.is_empty() {
        Err(Diagnostic::error(
            fm.key_location("title", file),
            t!("site-entry-neither-file-s-name"),
        )
        .with_hint(t!("site-entry-rename-file-latin-letters-hint")))
    } else {
        Ok(s)
    }
}

fn kind_ids(config: &Config) -> String {
    config
        .kinds
        .iter()
        .map(|k| k.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value that gives nothing: none, empty text or an empty list.
fn is_blank(v: &crate::yaml::Value) -> bool {
    use crate::yaml::Value;
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Sequence(items) => items.iter().all(is_blank),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_quick_letter_test_agrees_with_unicode() {
        for c in ('\0'..='\u{0500}').chain(['ә', 'Ұ', 'é', '٣', '中']) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}

//! What an entry's page shows of it: facts, details, attachments, neighbours,
//! related entries, and its metadata for search engines (JSON-LD).

use tera::Value;

use crate::diagnostics::Diagnostic;
use crate::search::{SearchDoc, Texts};
use crate::site::{Entry, EntryId, Neighbours};

use super::context::{RELATED, Renderer, toc_value};
use super::human_size;
use super::value::{Obj, list, safe};
use crate::site::urls;

impl Renderer<'_> {
    /// What the search index keeps of `e`, whose body's plain text is `body`.
    fn search_doc(&self, e: &Entry, body: &str, state: &crate::search::State) -> SearchDoc {
        let site = self.site;
        let mut meta: Vec<&str> = Vec::new();
        meta.extend(e.summary.as_deref());
        meta.extend(e.tags.iter().map(|&t| site.tags[t].name.as_str()));
        meta.extend(e.authors.iter().map(|&a| site.authors[a].name.as_str()));
        meta.extend(
            e.authors
                .iter()
                .map(|&a| site.authors[a].name_in(self.lang())),
        );
        meta.extend(crate::search::meta::field_words(
            site,
            self.lang(),
            &e.fields,
        ));
        let texts = Texts {
            title: &e.doc.title,
            meta: &meta,
            body,
            lang: e.lang,
        };
        SearchDoc::new(&texts, &state.lexicon, &state.bodies)
    }

    /// Gives the search index what it keeps of entry `i` (when this renderer
    /// feeds one) without rendering its page, which a build keeps as it was.
    pub fn index_only(&self, i: EntryId) {
        if let Some(state) = &self.search {
            let e = &self.site.entries[i];
            // The page was made without a problem; its text makes none now.
            let r = self.render_doc_text(&e.doc, &e.dir, Some(e.year), usize::MAX, &mut Vec::new());
            let _ = self.search_docs[i].set(self.search_doc(e, &r.text, state));
        }
    }

    pub(super) fn entry_value(&self, i: EntryId, e: &Entry, diags: &mut Vec<Diagnostic>) -> Value {
        let site = self.site;
        let text_limit = if self.search.is_some() { usize::MAX } else { 0 };
        let r = self.render_doc_text(&e.doc, &e.dir, Some(e.year), text_limit, diags);
        if let Some(state) = &self.search {
            let _ = self.search_docs[i].set(self.search_doc(e, &r.text, state));
        }
        let Neighbours { newer, older } = self.ix().neighbours(&site.entries, i);
        let related = self.ix().related(&site.entries, i, RELATED);
        let words = self.field_words();
        let attachments = list(e.attachments.iter().map(|a| {
            // Its name as the methodist wrote it, for print without `base_url`.
            let name = a.url.rsplit('/').next().unwrap_or_default();
            let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
            Obj::new()
                .set("title", a.title.as_str())
                .set("url", a.url.as_str())
                .set("file", name.as_ref())
                .set("format", a.format.as_str())
                .set("size", human_size(a.size, self.strings))
                .build()
        }));
        let tags = list(e.tags.iter().map(|&t| {
            let name = site.tags[t].name.as_str();
            Obj::new()
                .set("title", name)
                .set_opt("lang", super::prepared::other_lang(name, e.lang))
                .set(
                    "url",
                    format!("{}index.html", urls::tag_dir(site, self.tongue, t)),
                )
                .build()
        }));
        Obj::new()
            .set("card", self.prepared.cards[i].clone())
            .set("title", e.doc.title.as_str())
            .set(
                "authors",
                list(
                    e.authors
                        .iter()
                        .map(|&a| self.prepared.author_refs[a].clone()),
                ),
            )
            .set("body", safe(&r.html))
            .set("toc", toc_value(&r.toc))
            .set("details", words.details(&e.fields))
            .set("fields", words.typed(&e.fields))
            .set("attachments", attachments)
            .set("tags", tags)
            .set_opt("subject", e.subject.as_deref())
            .set("plan", self.plan_links(e))
            .set_opt("newer", newer.map(|j| self.prepared.cards[j].clone()))
            .set_opt("older", older.map(|j| self.prepared.cards[j].clone()))
            .set(
                "related",
                list(related.into_iter().map(|j| self.prepared.cards[j].clone())),
            )
            .set("jsonld", safe(&self.json_ld(e)))
            .set("scholarly", site.kind(e).id == "article")
            .set("published_ymd", e.date.date.format("%Y/%m/%d").to_string())
            .set_opt(
                "updated",
                e.updated_after().map(|d| {
                    Obj::new()
                        .set("date", self.dates.format(d))
                        .set("iso", d.format("%Y-%m-%d").to_string())
                        .build()
                }),
            )
            .build()
    }

    /// The text of the entry's field `name`, when it has one.
    fn text_field<'e>(&self, e: &'e Entry, name: &str) -> Option<&'e str> {
        crate::site::fields::text(&e.fields, &self.site.config, name)
    }

    pub(super) fn json_ld(&self, e: &Entry) -> String {
        let site = self.site;
        let kind = site.kind(e).id.as_str();
        let ty = match kind {
            "article" => "ScholarlyArticle",
            "seminar" | "conference" => "Event",
            "open_lesson" | "guideline" => "LearningResource",
            _ => "Article",
        };
        let authors: Vec<serde_json::Value> = e
            .authors
            .iter()
            .map(|&a| serde_json::json!({"@type": "Person", "name": site.authors[a].name_in(self.lang())}))
            .collect();
        let lang = self.lang();
        let college = (site.config.college_in(lang)).unwrap_or(site.config.title_in(lang));
        let org = serde_json::json!({"@type": "EducationalOrganization", "name": college});
        let mut v = serde_json::json!({
            "@context": "https://schema.org",
            "@type": ty,
            "name": e.doc.title,
            "inLanguage": e.lang.code(),
        });
        let m = v.as_object_mut().expect("object");
        if let Some(s) = &e.summary {
            m.insert("description".into(), s.clone().into());
        }
        if let Some(b) = &site.config.base_url {
            m.insert("url".into(), format!("{b}{}", e.dir).into());
        }
        if ty == "Event" {
            m.insert("startDate".into(), e.date.iso_date().into());
            m.insert("organizer".into(), org);
            m.insert("performer".into(), authors.into());
            m.insert(
                "eventAttendanceMode".into(),
                "https://schema.org/OfflineEventAttendanceMode".into(),
            );
            m.insert(
                "eventStatus".into(),
                "https://schema.org/EventScheduled".into(),
            );
            if let Some(o) = self.text_field(e, "organiser") {
                m.insert(
                    "organizer".into(),
                    serde_json::json!({"@type": "Organization", "name": o}),
                );
            }
            if let Some(ev) = self.text_field(e, "event") {
                m.insert(
                    "superEvent".into(),
                    serde_json::json!({"@type": "Event", "name": ev}),
                );
            }
            let place = self
                .text_field(e, "venue")
                .map(str::to_string)
                .or_else(|| site.config.city_in(lang).map(str::to_string))
                .unwrap_or_else(|| college.to_string());
            m.insert(
                "location".into(),
                serde_json::json!({"@type": "Place", "name": place}),
            );
        } else {
            m.insert("headline".into(), e.doc.title.clone().into());
            m.insert("datePublished".into(), e.date.iso_date().into());
            if let Some(d) = e.updated_after() {
                m.insert(
                    "dateModified".into(),
                    d.format("%Y-%m-%d").to_string().into(),
                );
            }
            m.insert("author".into(), authors.into());
            m.insert("publisher".into(), org);
            if !e.tags.is_empty() {
                let kw: Vec<&str> = e.tags.iter().map(|&t| site.tags[t].name.as_str()).collect();
                m.insert("keywords".into(), kw.join(", ").into());
            }
            if let Some(j) = self.text_field(e, "journal") {
                let mut periodical = serde_json::json!({"@type": "Periodical", "name": j});
                if let Some(issn) = self.text_field(e, "issn") {
                    periodical["issn"] = issn.into();
                }
                m.insert("isPartOf".into(), periodical);
            }
            if let Some(p) = self.text_field(e, "pages") {
                m.insert("pagination".into(), p.into());
            }
            if let Some(doi) = self.text_field(e, "doi") {
                m.insert("sameAs".into(), format!("https://doi.org/{doi}").into());
            }
        }
        crate::output::script_json::script_json(&v)
    }
}

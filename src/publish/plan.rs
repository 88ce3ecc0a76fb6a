//! What a publish does, decided before anything travels: the files to upload, in
//! an order that never lets a visitor follow a link to a file not there yet, and
//! the files to delete once the pages no longer link to them. A pure function of
//! what was built and what the server's record says it holds.

use std::collections::{BTreeMap, HashMap};

use crate::output::manifest::Record;

/// The uploads and deletions of one publish.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Site-relative paths to upload, in order: files that are not pages first
    /// (pictures, PDFs, styles, the search index), then new pages, then changed
    /// pages (which may link to the new ones), the home page last.
    pub uploads: Vec<String>,
    /// Site-relative paths to delete after every upload, deepest first.
    pub deletes: Vec<String>,
}

impl Plan {
    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.uploads.is_empty() && self.deletes.is_empty()
    }
}

/// Where a file goes in the upload order.
fn rank(rel: &str, new: bool) -> u8 {
    let page = rel.ends_with(".html") || rel.ends_with(".xml");
    match (page, new) {
        (false, _) => 0,
        (true, true) => 1,
        (true, false) if rel == "index.html" => 3,
        (true, false) => 2,
    }
}

/// The plan that makes a server holding `remote` hold `local`.
pub fn plan(local: &BTreeMap<String, Record>, remote: &HashMap<String, Record>) -> Plan {
    let mut uploads: Vec<(u8, &String)> = local
        .iter()
        .filter_map(|(rel, rec)| match remote.get(rel) {
            Some(old) if old == rec => None,
            old => Some((rank(rel, old.is_none()), rel)),
        })
        .collect();
    uploads.sort();
    let mut deletes: Vec<&String> = remote.keys().filter(|r| !local.contains_key(*r)).collect();
    deletes.sort_by(|a, b| {
        b.matches('/')
            .count()
            .cmp(&a.matches('/').count())
            .then(a.cmp(b))
    });
    Plan {
        uploads: uploads.into_iter().map(|(_, r)| r.clone()).collect(),
        deletes: deletes.into_iter().cloned().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> BTreeMap<String, Record> {
        list.iter()
            .map(|(p, text)| (p.to_string(), Record::of(text.as_bytes())))
            .collect()
    }

    #[test]
    fn pictures_go_before_new_pages_before_changed_pages_and_deletions_come_last() {
        let old = files(&[
            ("index.html", "home"),
            ("articles/index.html", "list"),
            ("articles/a/index.html", "a"),
            ("articles/gone/index.html", "gone"),
            ("articles/gone/cover.jpg", "jpg"),
            ("static/style.css", "css"),
        ]);
        let new = files(&[
            ("index.html", "home 2"),
            ("articles/index.html", "list 2"),
            ("articles/a/index.html", "a"),
            ("articles/b/index.html", "b"),
            ("articles/b/photo-480.jpg", "photo"),
            ("sitemap.xml", "map"),
            ("static/style.css", "css 2"),
        ]);
        let remote: HashMap<String, Record> = old.into_iter().collect();
        let p = plan(&new, &remote);
        assert_eq!(
            p.uploads,
            [
                "articles/b/photo-480.jpg",
                "static/style.css",
                "articles/b/index.html",
                "sitemap.xml",
                "articles/index.html",
                "index.html",
            ]
        );
        assert_eq!(
            p.deletes,
            ["articles/gone/cover.jpg", "articles/gone/index.html"]
        );
    }

    #[test]
    fn the_same_tree_needs_nothing_and_an_empty_server_everything() {
        let site = files(&[("index.html", "home"), ("a/index.html", "a")]);
        let remote: HashMap<String, Record> = site.clone().into_iter().collect();
        assert!(plan(&site, &remote).is_empty());
        let all = plan(&site, &HashMap::new());
        assert_eq!(all.uploads, ["a/index.html", "index.html"]);
        assert!(all.deletes.is_empty());
    }
}

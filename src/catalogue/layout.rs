//! The Typst layouts of the printed documents (catalogue, report, labels,
//! certificates, portfolio): `print/<name>.typ` of the theme, which a site
//! overrides with its own `print/` folder as it overrides templates with
//! `templates/`. The generated markup imports its layout and calls the layout's
//! functions with string literals only, so no title can break a document; an
//! error in a site's own layout is reported at its file, line and column.

use std::path::{Path, PathBuf};

use crate::render::theme::{DEFAULT_THEME, Theme};

/// A layout's file name without `.typ`.
pub type LayoutName = &'static str;

/// The catalogue's layout (the report's page design too).
pub const CATALOGUE: LayoutName = "catalogue";
/// The report's own functions.
pub const REPORT: LayoutName = "report";
/// Exhibit labels.
pub const LABELS: LayoutName = "labels";
/// Certificates.
pub const CERTIFICATES: LayoutName = "certificates";
/// A teacher's portfolio.
pub const PORTFOLIO: LayoutName = "portfolio";

/// Every layout, in the order documents import them.
pub const NAMES: [LayoutName; 5] = [CATALOGUE, REPORT, LABELS, CERTIFICATES, PORTFOLIO];

/// One layout's text and where it comes from.
#[derive(Debug, Clone, Hash, PartialEq, Eq)]
pub struct Layout {
    /// Its name, like `catalogue`.
    pub name: LayoutName,
    /// The Typst source.
    pub text: String,
    /// The file it was read from; `None` for the built-in one.
    pub path: Option<PathBuf>,
    /// The line of that file its text starts at (2 in an ejected copy).
    pub first_line: usize,
}

impl Layout {
    /// Its path inside the Typst project, like `/print/catalogue.typ`.
    pub fn virtual_path(&self) -> String {
        virtual_path(self.name)
    }
}

/// The path of layout `name` inside the Typst project.
pub fn virtual_path(name: &str) -> String {
    format!("/print/{name}.typ")
}

/// The layouts a site's documents are laid out with.
#[derive(Debug, Clone)]
pub struct Layouts(Vec<Layout>);

impl Layouts {
    /// The layouts built into ozyq (the default theme's).
    pub fn builtin() -> Layouts {
        Layouts(NAMES.iter().map(|&name| builtin(name)).collect())
    }

    /// The layouts of `theme`: its `print/` files (with the site's own `print/`
    /// over them), and the built-in ones it does not have.
    pub fn of(theme: &Theme) -> Layouts {
        Layouts(
            NAMES
                .iter()
                .map(|&name| match theme.file(&format!("print/{name}.typ")) {
                    Some(f) if f.path.is_some() => Layout {
                        name,
                        text: String::from_utf8_lossy(&f.bytes).into_owned(),
                        path: f.path.clone(),
                        first_line: f.first_line,
                    },
                    _ => builtin(name),
                })
                .collect(),
        )
    }

    /// The layout called `name` (one of [`NAMES`]).
    pub fn get(&self, name: &str) -> &Layout {
        (self.0.iter())
            .find(|l| l.name == name)
            .expect("every layout name is in NAMES")
    }

    /// The layout at `virtual_path` inside the Typst project.
    pub fn at(&self, virtual_path: &str) -> Option<&Layout> {
        self.0.iter().find(|l| l.virtual_path() == virtual_path)
    }

    /// The layouts `names` as one document needs them.
    pub fn pick(&self, names: &[LayoutName]) -> Vec<Layout> {
        names.iter().map(|n| self.get(n).clone()).collect()
    }

    /// The files the site overrides, for messages and watching.
    pub fn overridden(&self) -> impl Iterator<Item = &Path> {
        self.0.iter().filter_map(|l| l.path.as_deref())
    }
}

fn builtin(name: LayoutName) -> Layout {
    let text = DEFAULT_THEME
        .get_file(format!("print/{name}.typ"))
        .and_then(|f| f.contents_utf8())
        .expect("the default theme has every layout")
        .to_string();
    Layout {
        name,
        text,
        path: None,
        first_line: 1,
    }
}

/// The lines that import `names` into a document's markup.
pub fn imports(names: &[LayoutName]) -> String {
    names
        .iter()
        .map(|n| format!("#import {:?}: *\n", virtual_path(n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layout_is_built_in() {
        let all = Layouts::builtin();
        for name in NAMES {
            assert!(all.get(name).text.contains("#let"), "{name}");
            assert_eq!(all.at(&virtual_path(name)).map(|l| l.name), Some(name));
        }
        assert_eq!(all.overridden().count(), 0);
    }
}

//! `ozyq build` and `ozyq check`: load, render, write.

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::lang::strings::{self, Strings};
use crate::output::Staging;
use crate::render::context::Renderer;
use crate::render::jobs::{all_jobs, output_path};
use crate::render::templates::{self, tera_error};
use crate::render::theme::Theme;
use crate::site::Site;
use crate::site::load::{LoadOptions, load};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Where to write; `None` means `output/` in the site's folder.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    /// Check everything but write nothing.
    pub check_only: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            drafts: false,
            check_only: false,
        }
    }
}

#[derive(Debug)]
pub struct BuildReport {
    pub entries: usize,
    pub pages: usize,
    pub files: usize,
    pub drafts_skipped: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    pub output: PathBuf,
}

/// Everything a build needs besides the model, read once.
pub struct Prepared {
    pub site: Site,
    pub theme: Theme,
    pub strings: Strings,
    pub tera: tera::Tera,
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Reads and checks the whole site. `None` when it cannot be rendered at all (no
/// settings, no templates); the diagnostics hold every problem found either way.
pub fn prepare(root: &Path, drafts: bool) -> (Option<Prepared>, Vec<Diagnostic>) {
    let root = absolute(root);
    let config = match Config::load(&root) {
        Ok(c) => c,
        Err(d) => return (None, d),
    };
    let mut diags = Vec::new();
    let theme = Theme::load(&config, &mut diags);
    let strings = load_strings(&theme, &config, &mut diags);
    let tera = templates::load(&theme, &mut diags);
    let (site, site_diags) = load(config, LoadOptions { drafts });
    diags.extend(site_diags);
    let prepared = tera.map(|tera| Prepared {
        site,
        theme,
        strings,
        tera,
    });
    (prepared, diags)
}

/// The UI strings of the theme in the site's language, with config.yaml's overrides.
pub fn load_strings(theme: &Theme, config: &Config, diags: &mut Vec<Diagnostic>) -> Strings {
    let code = config.language.code();
    let rel = format!("i18n/{code}.yaml");
    let mut s = match theme.file(&rel) {
        Some(f) => {
            let path = f
                .path
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("(built-in theme)/{rel}")));
            let text = String::from_utf8_lossy(&f.bytes).into_owned();
            strings::load(&text, &path).unwrap_or_else(|d| {
                diags.push(d);
                Strings::new()
            })
        }
        None => {
            diags.push(Diagnostic::error(
                Location::file(config.root.join("themes").join(&config.theme).join(&rel)),
                format!("the theme has no UI strings for `{code}`"),
            ));
            Strings::new()
        }
    };
    diags.extend(strings::apply_overrides(
        &mut s,
        &config.strings,
        &config.file,
        &config.text,
    ));
    s
}

/// Builds the site; on failure the previous output is left as it was.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let root = absolute(&opts.root);
    let finish = |mut d: Diagnostics| {
        d.relative_to(&root);
        d
    };
    let timings = std::env::var_os("OZYQ_TIMINGS").is_some();
    let phase = |name: &str| {
        if timings {
            eprintln!("[timing] {name}: {:.3} s", start.elapsed().as_secs_f64());
        }
    };
    let (prepared, found) = prepare(&root, opts.drafts);
    phase("load");
    let mut diags = Diagnostics::new();
    diags.extend(found);
    let Some(Prepared {
        site,
        theme,
        strings,
        tera,
    }) = prepared
    else {
        return Err(finish(diags));
    };
    let out_dir = opts
        .output
        .clone()
        .map(|o| absolute(&o))
        .unwrap_or_else(|| root.join("output"));
    let mut renderer = Renderer::new(&site, &strings, tera);
    let jobs = all_jobs(&site);
    phase("model");

    // With errors already found, render anyway (writing nothing) to report the
    // problems rendering finds too, all in one run.
    let staging = if opts.check_only || diags.has_errors() {
        None
    } else {
        match Staging::new(&out_dir) {
            Ok(s) => Some(s),
            Err(e) => {
                diags.push(Diagnostic::error(
                    Location::file(&out_dir),
                    format!("cannot prepare the output folder: {e}"),
                ));
                return Err(finish(diags));
            }
        }
    };
    let render_diags = Mutex::new(Vec::new());
    jobs.par_iter().for_each(|&job| {
        let mut local = Vec::new();
        let (template, ctx) = renderer.context(job, &mut local);
        let rel = output_path(&site, job);
        // One buffer per thread, reused: pages are written as bytes, never re-validated
        // as UTF-8 or copied into a String.
        thread_local!(static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) });
        let result = BUF.with_borrow_mut(|buf| {
            buf.clear();
            renderer.tera().render_to(template, &ctx, &mut *buf).map(|()| match &staging {
                Some(s) => s.write(&rel, buf),
                None => Ok(()),
            })
        });
        match result {
            Ok(written) => {
                if let (Some(s), Err(e)) = (&staging, written) {
                    local.push(Diagnostic::error(
                        Location::file(s.dir.join(&rel)),
                        format!("cannot write: {e}"),
                    ));
                }
            }
            Err(e) => local.push(tera_error(&theme, template, &e)),
        }
        if !local.is_empty() {
            render_diags
                .lock()
                .expect("no panics while holding the lock")
                .extend(local);
        }
    });
    diags.extend(
        render_diags
            .into_inner()
            .expect("no panics while holding the lock"),
    );

    phase("render");
    let mut files = jobs.len();
    let mut catalogue_diags = Vec::new();
    files += crate::catalogue::build_all(&renderer, &theme, staging.as_ref(), &mut catalogue_diags);
    diags.extend(catalogue_diags);
    phase("catalogue");
    if let Some(s) = &staging {
        let js = crate::search::index_js(&site, &renderer.entry_texts(), &strings);
        if let Err(e) = s.write("search/index.js", js.as_bytes()) {
            diags.push(Diagnostic::error(
                Location::file(s.dir.join("search/index.js")),
                format!("cannot write: {e}"),
            ));
        }
        files += 1;
    }
    if let Some(s) = &staging {
        files += copy_files(s, &site, &theme, &mut diags);
    }
    phase("copy");
    if diags.has_errors() {
        if let Some(s) = staging {
            s.abandon();
        }
        return Err(finish(diags));
    }
    if let Some(s) = staging
        && let Err(e) = s.commit()
    {
        diags.push(Diagnostic::error(
            Location::file(&out_dir),
            format!("cannot replace the output folder: {e}"),
        ));
        return Err(finish(diags));
    }
    Ok(BuildReport {
        entries: site.entries.len(),
        pages: jobs.len(),
        files,
        drafts_skipped: site.drafts_skipped,
        warnings: finish(diags),
        elapsed: start.elapsed(),
        output: out_dir,
    })
}

/// Copies content assets, author photos and the theme's static files.
fn copy_files(s: &Staging, site: &Site, theme: &Theme, diags: &mut Diagnostics) -> usize {
    let copies = site.copied_files();
    let errors: Vec<Diagnostic> = copies
        .par_iter()
        .filter_map(|(src, dest)| {
            s.copy(src, dest).err().map(|e| {
                Diagnostic::error(
                    Location::file(src),
                    format!("cannot copy to the output: {e}"),
                )
            })
        })
        .collect();
    diags.extend(errors);
    let mut n = copies.len();
    for (rel, f) in theme.statics() {
        if let Err(e) = s.write(&format!("static/{rel}"), &f.bytes) {
            diags.push(Diagnostic::error(
                Location::file(s.dir.join(rel)),
                format!("cannot write: {e}"),
            ));
        }
        n += 1;
    }
    n
}

//! Property tests over mutated sites (issue #11): a valid site has one of its files
//! (front matter and bodies, data files, config.yaml, a template) mutated with
//! hostile pieces, then `check` and `build` run on it. Whatever the input:
//!
//! - nothing panics;
//! - `check` fails exactly when `build` fails;
//! - a failed build leaves `output/` byte-identical, and no staging folder;
//! - nothing is written outside `output/` and `.ozyq-cache/`;
//! - every error names a file, a line and a column.
//!
//! `cargo test --test fuzz` runs a bounded number of cases (CI); set
//! `OZYQ_FUZZ_CASES=100000` for a long run, `OZYQ_FUZZ_SEED` to vary the inputs.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use ozyq::build::{BuildOptions, build};
use ozyq::diagnostics::Diagnostics;
use ozyq::diagnostics::guard::run_guarded;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Pieces that broke ozyq once, or look like they might: YAML and Markdown syntax,
/// path tricks (at most four `..`: the site lies five folders deep in the sandbox,
/// so a path that escapes the output is still seen), odd characters and lengths.
const PIECES: &[&str] = &[
    "---\n",
    "\n---\n",
    ": ",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "- ",
    "\n- id: ../../../../escape\n  name: X\n",
    "\n- id: a/b\n  name: Y\n",
    "title:\n",
    "title: \"!!!\"\n",
    "title: 😀\n",
    "date:\n",
    "date: 14.10.25\n",
    "date: 0000-01-01\n",
    "date: +10000-01-01\n",
    "slug: ../../../../escape\n",
    "slug: \"\"\n",
    "authors: [nosuch-id]\n",
    "department: ../../x\n",
    "folder: ../../../../escape\n",
    "kinds:\n  - id: seminar\n    folder: ../../../../escape\n",
    "theme: nosuch\n",
    "base_url: https://a b/\n",
    "page_size: 0\n",
    "\u{0}",
    "\u{8}",
    "\\x08",
    "\u{feff}",
    "\r\n",
    "ә",
    "Қазақ",
    "%1ә",
    "100%-дық.pdf",
    "[x](a%1ә.pdf)",
    "[x](../../../../etc/passwd)",
    "[x](nope.md)",
    "[x](javascript:alert(1))",
    "<info@college.kz>",
    "https://college.kz/otm/",
    "<!--<script>",
    "</script>",
    "<script>alert(1)</script>",
    "{{",
    "}}",
    "{% if %}",
    "{{ nosuch.value }}",
    "{% include \"nosuch.html\" %}",
    "## {#fn-1}\n",
    "[^1]\n\n[^1]: note\n",
    "\n\n|a|b|\n|-|-|\n|1|\n",
    "\n```\ncode\n",
    "* * *\n",
    "exhibit: false\n",
    "draft: true\n",
    "attachments: [../../../../escape.pdf]\n",
    "cover: nosuch.png\n",
];

/// One change to a file's text.
#[derive(Debug, Clone)]
enum Edit {
    Insert {
        at: usize,
        piece: usize,
    },
    Delete {
        at: usize,
        len: usize,
    },
    Repeat {
        at: usize,
        times: usize,
    },
    Truncate {
        at: usize,
    },
    /// Markdown nested `depth` deep: lists in lists, quotes in quotes.
    Nest {
        at: usize,
        depth: usize,
        marker: usize,
    },
}

const NESTING: &[&str] = &["- ", "> ", "1. ", "* "];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), 0..PIECES.len()).prop_map(|(at, piece)| Edit::Insert { at, piece }),
        2 => (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        1 => (any::<usize>(), 2usize..2000).prop_map(|(at, times)| Edit::Repeat { at, times }),
        1 => any::<usize>().prop_map(|at| Edit::Truncate { at }),
        1 => (any::<usize>(), 1usize..3000, 0..NESTING.len())
            .prop_map(|(at, depth, marker)| Edit::Nest { at, depth, marker }),
    ]
}

/// The nearest char boundary at or before `at % (len + 1)`.
fn place(text: &str, at: usize) -> usize {
    let mut i = at % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &mut String, e: &Edit) {
    match *e {
        Edit::Insert { at, piece } => {
            let i = place(text, at);
            text.insert_str(i, PIECES[piece]);
        }
        Edit::Delete { at, len } => {
            let i = place(text, at);
            let end = place(text, i + len).max(i);
            text.replace_range(i..end, "");
        }
        Edit::Repeat { at, times } => {
            // A line (or a piece of one) many times over: long titles, deep lists.
            let i = place(text, at);
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n + 1);
            let line = text[i..end].to_string();
            if !line.is_empty() && line.len() * times < 400_000 {
                text.insert_str(end, &line.repeat(times));
            }
        }
        Edit::Truncate { at } => {
            let i = place(text, at);
            text.truncate(i);
        }
        Edit::Nest { at, depth, marker } => {
            let i = place(text, at);
            text.insert_str(i, &format!("\n{}x\n", NESTING[marker].repeat(depth)));
        }
    }
}

/// Every file of `root` with its bytes, leaving out the folders ozyq owns.
fn files(root: &Path, skip: &[&Path]) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| !skip.contains(&e.path()))
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            (e.path().to_path_buf(), bytes)
        })
        .collect()
}

/// The valid site every case starts from: the fixture site of the other tests,
/// with the default theme's entry template as a site template to mutate.
fn base_site() -> Vec<(String, String)> {
    let f = common::Fixture::valid();
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    f.write(
        "content/catalogue/2025-2026.md",
        "---\ntitle: Алғы сөз\n---\nКөрмеге қош келдіңіздер.\n\n- бірінші\n  - екінші\n\n> Дәйексөз.\n",
    );
    f.write(
        "templates/entry.html",
        &std::fs::read_to_string(theme.join("entry.html")).expect("the default theme"),
    );
    files(f.root(), &[])
        .into_iter()
        .map(|(p, bytes)| {
            let rel = p
                .strip_prefix(f.root())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (
                rel,
                String::from_utf8(bytes).expect("fixture files are text"),
            )
        })
        .collect()
}

fn run(root: &Path, check_only: bool) -> Result<Result<(), Diagnostics>, String> {
    let opts = BuildOptions {
        check_only,
        ..BuildOptions::new(root)
    };
    run_guarded(|| build(&opts).map(drop)).map_err(|p| p.0)
}

fn cases() -> u32 {
    std::env::var("OZYQ_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(120)
}

#[test]
fn mutated_sites_never_panic_lose_output_or_write_elsewhere() {
    let base = base_site();
    let sandbox = tempfile::tempdir().unwrap();
    let site = sandbox.path().join("a/b/c/d/site");
    let (output, cache) = (site.join("output"), site.join(".ozyq-cache"));
    let write_base = || {
        for (rel, text) in &base {
            let p = site.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
    };
    write_base();
    run(&site, false)
        .expect("no panic")
        .unwrap_or_else(|d| panic!("the base site builds: {:#?}", d.sorted()));

    let seed: u64 = std::env::var("OZYQ_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(11);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        max_shrink_iters: 200,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(
        config,
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes),
    );
    let strategy = (0..base.len(), proptest::collection::vec(edit(), 1..6));
    let (tried, failed) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let result = runner.run(&strategy, |(file, edits)| {
        tried.fetch_add(1, Ordering::Relaxed);
        // Start from the base site, keeping the last output and the PDF cache.
        for p in files(&site, &[&output, &cache]).keys() {
            std::fs::remove_file(p).unwrap();
        }
        write_base();
        let (rel, text) = &base[file];
        let mut text = text.clone();
        for e in &edits {
            apply(&mut text, e);
        }
        std::fs::write(site.join(rel), &text).unwrap();
        let written = files(sandbox.path(), &[&output, &cache]);
        let before = files(&output, &[]);

        let checked =
            run(&site, true).map_err(|p| TestCaseError::fail(format!("check panicked: {p}")))?;
        let built =
            run(&site, false).map_err(|p| TestCaseError::fail(format!("build panicked: {p}")))?;
        prop_assert_eq!(
            checked.is_err(),
            built.is_err(),
            "check and build disagree on {}: check {:?}, build {:?}",
            rel,
            checked.as_ref().err().map(|d| d.clone().sorted()),
            built.as_ref().err().map(|d| d.clone().sorted())
        );
        if let Err(diags) = &built {
            failed.fetch_add(1, Ordering::Relaxed);
            prop_assert!(
                files(&output, &[]) == before,
                "a failed build changed output/"
            );
            for d in diags.iter().filter(|d| d.is_error()) {
                prop_assert!(
                    !d.location.file.as_os_str().is_empty()
                        && d.location.line >= 1
                        && d.location.column >= 1,
                    "an error without its place: {:?}",
                    d
                );
            }
        }
        let leftovers: Vec<String> = std::fs::read_dir(site.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".output."))
            .collect();
        prop_assert!(leftovers.is_empty(), "left behind: {:?}", leftovers);
        let after = files(sandbox.path(), &[&output, &cache]);
        // A successful build (only) records the addresses it published, beside
        // config.yaml: the one file of the site that is ozyq's.
        let record = site.join("published.yaml");
        let changed: Vec<&PathBuf> = after
            .iter()
            .filter(|(p, b)| written.get(*p) != Some(*b))
            .map(|(p, _)| p)
            .chain(written.keys().filter(|p| !after.contains_key(*p)))
            .filter(|p| built.is_err() || **p != record)
            .collect();
        prop_assert!(changed.is_empty(), "written outside output/: {:?}", changed);
        Ok(())
    });
    eprintln!(
        "fuzz: {} cases (seed {seed}), {} of them failed builds",
        tried.load(Ordering::Relaxed),
        failed.load(Ordering::Relaxed)
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}

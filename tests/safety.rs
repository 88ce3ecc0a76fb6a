//! Nothing lost, nothing written where it should not be (issue #11): each test is a
//! regression case of a defect found by feeding ozyq bad and hostile input.

mod common;

use common::Fixture;
use std::path::Path;

/// Every file under `root` with its bytes, `.git`-like noise included.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|i| i.file_type().is_file())
        .map(|i| {
            let rel = i.path().strip_prefix(root).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(i.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn output_option_never_deletes_the_sites_own_files() {
    let f = Fixture::valid();
    f.write(".git/HEAD", "ref: refs/heads/main\n");
    f.write("themes/mine/templates/x.html", "x");
    let before = snapshot(f.root());
    for target in [".", "content", "content/new", "config.yaml", "data", ".git", ".."] {
        let (ok, _, err) = f.run(&["build", "--output", target]);
        assert!(!ok, "--output {target} must be refused");
        assert!(
            err.contains("the output folder") || err.contains("the output path"),
            "--output {target}: {err}"
        );
        assert!(err.contains("hint:"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        // --force overrides only the marker check, never this one.
        let (ok, _, _) = f.run(&["build", "--output", target, "--force"]);
        assert!(!ok, "--output {target} --force must be refused");
        assert_eq!(snapshot(f.root()), before, "after --output {target}");
    }
}

#[test]
fn output_folder_with_foreign_files_needs_force_and_gets_a_marker() {
    let f = Fixture::valid();
    let other = tempfile::tempdir().unwrap();
    let out = other.path().join("site");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("thesis.docx"), "mine").unwrap();
    let out_s = out.to_str().unwrap();
    let (ok, _, err) = f.run(&["build", "--output", out_s]);
    assert!(!ok);
    assert!(err.contains("not made by ozyq"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(out.join("thesis.docx")).unwrap(), "mine");

    let (ok, _, err) = f.run(&["build", "--output", out_s, "--force"]);
    assert!(ok, "{err}");
    assert!(!out.join("thesis.docx").exists());
    assert!(out.join(".ozyq-output").is_file());
    assert!(out.join("index.html").is_file());
    // Made by ozyq now: no --force needed to build into it again.
    let (ok, _, err) = f.run(&["build", "--output", out_s]);
    assert!(ok, "{err}");
    // The default output/ also carries the marker.
    f.build_ok();
    assert!(f.path("output/.ozyq-output").is_file());
}

#[test]
fn folders_of_builds_that_died_are_cleared_by_the_next_build() {
    let f = Fixture::valid();
    f.build_ok();
    // What a build killed half way leaves beside output/: its staging folder (no
    // process holds its lock any more) and the files it had moved aside.
    f.write(".output.building-4000000/seminars/x.html", "half");
    f.write(".output.building-4000000.lock", "");
    f.write(".output.replaced-4000000/index.html", "old");
    f.write(".output.building-4000001/index.html", "half, no lock file");
    f.write(".output.replaced-4000002/index.html", "moved aside, then killed");
    f.build_ok();
    let left: Vec<String> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".output."))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

//! Benchmark: reading when every file of a 10,000-entry archive was last committed
//! (`content::history`), the cost a build pays in a git repository. Not a test: it
//! prints figures.
//!
//!     cargo bench --bench history                # 10,000 entries
//!     cargo bench --bench history -- 2000        # another size
//!
//! A copy of the generated archive's content/ is committed in 200 commits (the
//! first adds every file, each later one edits 50) with git, packed, once, and kept
//! in the temp folder; then the history is read three times, as a build reads it.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

#[path = "shared/corpus.rs"]
mod corpus;

fn git(dir: &Path, args: &[&str]) {
    let st = Command::new("git")
        .args(["-c", "user.name=Bench", "-c", "user.email=bench@example.kz"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("git runs");
    assert!(st.success(), "git {args:?}");
}

fn main() {
    let n = corpus::size_from_args();
    let site = corpus::corpus(n);
    let repo = std::env::temp_dir().join(format!("ozyq-bench-{n}-git"));
    let content = repo.join("content");
    if !repo.join(".git").is_dir() {
        let _ = std::fs::remove_dir_all(&repo);
        std::fs::create_dir_all(&repo).unwrap();
        let st = Command::new("cp")
            .arg("-r")
            .arg(site.join("content"))
            .arg(&repo)
            .status()
            .unwrap();
        assert!(st.success());
        git(&repo, &["init", "-q"]);
        git(&repo, &["add", "."]);
        git(&repo, &["commit", "-qm", "all"]);
        let mut files: Vec<_> = walkdir::WalkDir::new(&content)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| e.into_path())
            .collect();
        files.sort();
        for c in 0..199 {
            for f in files.iter().skip(c * 50).take(50) {
                let mut text = std::fs::read_to_string(f).unwrap();
                text.push_str("\nТүзету.\n");
                std::fs::write(f, text).unwrap();
            }
            git(&repo, &["commit", "-qam", &format!("edit {c}")]);
        }
        // Packed, as a cloned repository is (loose objects make git log ~3× slower).
        git(&repo, &["gc", "-q"]);
    }
    let config = ozyq::config::Config::load(&site).expect("the corpus's config.yaml");
    let mut diags = Vec::new();
    let mut config_here = config.clone();
    config_here.root = repo.clone();
    let files = ozyq::content::walk::walk(&config_here, &mut diags);
    println!(
        "ozyq history benchmark: {} files of {} in 200 commits",
        files.len(),
        content.display()
    );
    for run in 1..=3 {
        let t = Instant::now();
        let h = ozyq::content::history::History::read(&content, &files);
        let secs = t.elapsed().as_secs_f64();
        let dated = files
            .iter()
            .filter(|f| h.updated(f, None).is_some())
            .count();
        println!("run {run}: {secs:.3} s, {dated} files dated from git");
    }
}

//! Shared by the benchmarks: the generated archive they build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A generated archive of `n` entries (../shared/bench/gen_corpus.py, or
/// $OZYQ_GEN_CORPUS), made once and kept in the temp folder, with its config.yaml.
pub fn corpus(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ozyq-bench-{n}"));
    let site = dir.join("ozyq");
    if !site.join("content").is_dir() {
        let script = std::env::var("OZYQ_GEN_CORPUS")
            .map(PathBuf::from)
            .unwrap_or_else(|_| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py")
            });
        let st = Command::new("python3")
            .arg(&script)
            .arg(n.to_string())
            .arg(&dir)
            .args(["--layout", "ozyq"])
            .status()
            .expect("run python3 gen_corpus.py");
        assert!(st.success(), "gen_corpus.py failed");
    }
    std::fs::write(
        site.join("config.yaml"),
        "title: Колледждің әдістемелік жарияланымдары\nbase_url: https://college.example/otm/\npage_size: 20\n",
    )
    .expect("write config.yaml");
    site
}

/// The archive size given on the command line (`cargo bench --bench x -- 2000`),
/// 10,000 by default.
pub fn size_from_args() -> usize {
    std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000)
}

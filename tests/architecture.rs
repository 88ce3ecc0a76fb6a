//! The layers of docs/architecture.md, checked on the sources: a module imports only
//! modules of its own layer or below, and the modules' imports form no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module's layer, lowest first (as in docs/architecture.md).
const LAYERS: &[&[&str]] = &[
    &["messages"],
    &[
        "diagnostics",
        "lang",
        "yaml",
        "source",
        "fonts",
        "paths",
        "output",
        "images",
        "memory",
    ],
    &["config"],
    &["content", "data"],
    &["site"],
    &["render", "markdown", "search", "spelling"],
    &["catalogue", "report", "portfolio"],
    &["pipeline"],
    &["build", "serve", "scaffold", "publish"],
];

fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer of docs/architecture.md"))
}

/// Top-level module → the other top-level modules its files name as `crate::x`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in walkdir::WalkDir::new(&src) {
        let item = item.expect("read src/");
        let path = item.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(&src).expect("inside src/");
        let first = rel.components().next().expect("a file");
        let module = first.as_os_str().to_string_lossy();
        let module = module.trim_end_matches(".rs").to_string();
        if module == "lib" || module == "bin" {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read a source file");
        // Comments may name any module.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = code;
        let deps = out.entry(module.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // `crate::t!` is the messages' macro.
            let name = if name == "t" {
                "messages".to_string()
            } else {
                name
            };
            if !name.is_empty() && name != module {
                deps.insert(name);
            }
        }
    }
    out
}

#[test]
fn modules_import_only_their_layer_and_below() {
    let mut wrong = Vec::new();
    for (module, deps) in imports() {
        for d in deps {
            if layer(&d) > layer(&module) {
                wrong.push(format!("{module} → {d}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that point up a layer: {wrong:?}");
}

#[test]
fn module_imports_have_no_cycle() {
    let graph = imports();
    // Depth-first search; a module met again while still on the path closes a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut cycle = path[i..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for d in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(d, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        let cycle = visit(m, &graph, &mut Vec::new(), &mut done);
        assert!(cycle.is_none(), "a cycle of imports: {cycle:?}");
    }
}

//! Prose that names code stays true: every file path of this repository that the README, the
//! stylesheet, the schema, the bench or the build files name must exist.

use std::path::Path;

/// Files whose prose names paths of the repository.
const PROSE: &[&str] = &[
    "README.md",
    "assets/style.css",
    "assets/data/timeline.schema.json",
    "bench/run.mjs",
    "bench/RESULTS.md",
    "Trunk.toml",
    "dev",
];
/// The top-level folders a named path starts with.
const ROOTS: &[&str] = &[
    "src/", "model/", "reading/", "xtask/", "e2e/", "bench/", "assets/", "tools/",
];
const EXTENSIONS: &[&str] = &[
    ".rs", ".mjs", ".cjs", ".css", ".json", ".md", ".html", ".toml",
];

/// Every `root/…/name.ext` in a text: a run of path characters that starts at a root.
fn named_paths(text: &str) -> Vec<String> {
    let is_path_char = |c: char| c.is_ascii_alphanumeric() || "/_.-".contains(c);
    text.split(|c: char| !is_path_char(c))
        .filter_map(|word| {
            let word = word.trim_end_matches('.');
            let start = ROOTS.iter().filter_map(|root| word.find(root)).min()?;
            // `target/site/e2e/…` is built, not kept: only a path that starts at a root counts.
            let path = &word[start..];
            (start == 0 && EXTENSIONS.iter().any(|ext| path.ends_with(ext)))
                .then(|| path.to_string())
        })
        .collect()
}

#[test]
fn every_path_named_in_prose_exists() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut missing = Vec::new();
    let mut named = 0;
    for file in PROSE {
        let text =
            std::fs::read_to_string(repo.join(file)).expect("a prose file of the repository");
        for path in named_paths(&text) {
            named += 1;
            if !repo.join(&path).exists() {
                missing.push(format!("{file} names {path}"));
            }
        }
    }
    assert!(
        named > 10,
        "the scan found only {named} paths: it is not reading the prose"
    );
    assert!(
        missing.is_empty(),
        "paths that do not exist:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_stale_path_is_found() {
    let found = named_paths("as `Marker` (src/ui/marker.rs) did, and target/site/e2e/x.json");
    assert_eq!(found, ["src/ui/marker.rs"]);
}

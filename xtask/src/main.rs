//! The build's own steps, around Trunk's, listed once and in order in `pipeline.rs`. Trunk runs
//! the two stages as its hooks (Trunk.toml); `./dev` runs Trunk.
//!   cargo xtask pre-build     before Trunk builds: the minified stylesheet Trunk then names
//!   cargo xtask post-build SITE --site-url ORIGIN [--issues-url URL] [--dataset PATH]
//!                             after it, on the built site in SITE (Trunk's staging dir): the
//!                             minified script, every page, the service worker, the compressed
//!                             copies
//!   cargo xtask steps         the list of steps, and why each is there
//!   cargo xtask essay-runs ESSAY
//!                             the hashes of the essay's runs of words (model/tests/essay-runs.txt),
//!                             which the dataset's test of copied text reads; ESSAY is the essay's
//!                             Markdown copy, kept outside the repository
//! ORIGIN (`https://example.org`) is required: canonical URLs, preview cards, citations and embed
//! code name it. URL is the issue tracker the about page sends readers to when they find an
//! error. PATH is the dataset the app's build script baked (default assets/data/timeline.json).
//! An empty value is a missing one, as from a hook whose variable is unset.

mod card;
mod compress;
mod pages;
mod pipeline;
mod policy;
mod site;
mod tools;

use pipeline::Site;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask pre-build | cargo xtask post-build SITE --site-url ORIGIN \
                     [--issues-url URL] [--dataset PATH] | cargo xtask steps | \
                     cargo xtask essay-runs ESSAY";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("pre-build") if args.len() == 1 => {
            pipeline::run(pipeline::PRE_BUILD, repository().as_path())
        }
        Some("post-build") => post_build_inputs(&args[1..])
            .and_then(|site| pipeline::run(pipeline::POST_BUILD, &site)),
        Some("essay-runs") if args.len() == 2 => essay_runs(Path::new(&args[1])),
        Some("steps") => {
            print!("{}", pipeline::describe());
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the hashes of every run of words in the essay, after its reference copy's preface
/// (which ends at the first `---` line), sorted and once each.
fn essay_runs(essay: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(essay).map_err(|e| format!("{}: {e}", essay.display()))?;
    let body = text.split_once("\n---\n").map_or(&*text, |(_, body)| body);
    let hashes: std::collections::BTreeSet<u64> = echoes_model::copycheck::runs_of(body)
        .into_iter()
        .map(|run| run.hash)
        .collect();
    let mut out = format!(
        "# Hashes (FNV-1a, 64 bits) of every run of {} words in the essay; see model/src/copycheck.rs.\n",
        echoes_model::copycheck::RUN
    );
    for hash in &hashes {
        out += &format!("{hash:016x}\n");
    }
    let path = repository().join("model/tests/essay-runs.txt");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{} runs written to {}", hashes.len(), path.display());
    Ok(())
}

/// The dataset a build bakes when ECHOES_DATASET names none, from the repository's root.
const DATASET: &str = "assets/data/timeline.json";

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `SITE --site-url ORIGIN [--issues-url URL] [--dataset PATH]`, checked before any step runs.
fn post_build_inputs(args: &[String]) -> Result<Site, String> {
    let (mut dir, mut origin, mut issues, mut dataset) = (None, None, None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "--site-url" => &mut origin,
            "--issues-url" => &mut issues,
            "--dataset" => &mut dataset,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            _ if dir.is_none() => {
                dir = Some(PathBuf::from(arg));
                continue;
            }
            extra => {
                return Err(format!(
                    "one site directory only, not also {extra:?}\n{USAGE}"
                ))
            }
        };
        let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
        *slot = Some(value.as_str()).filter(|value| !value.is_empty());
    }
    let no_dir = || {
        format!("name the built site's directory (Trunk's hook passes its staging dir)\n{USAGE}")
    };
    let default_dataset = || repository().join(DATASET);
    Ok(Site {
        dir: dir
            .filter(|dir| !dir.as_os_str().is_empty())
            .ok_or_else(no_dir)?,
        origin: site_origin(origin)?,
        issues: issues.map(issue_tracker).transpose()?,
        dataset: dataset.map_or_else(default_dataset, PathBuf::from),
    })
}

/// The origin that canonical URLs, preview cards, citations and embed code name. No default: a
/// deployed site that named a reader's own machine would ship citations that lead nowhere.
fn site_origin(origin: Option<&str>) -> Result<String, String> {
    let origin = origin.filter(|o| !o.is_empty()).ok_or_else(|| {
        "no --site-url: name the site's origin, e.g. ./dev build --site-url https://example.org"
            .to_string()
    })?;
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    match host {
        Some(host) if !host.is_empty() && !host.contains('/') => Ok(origin.to_string()),
        _ => Err(format!(
            "--site-url must be an origin such as https://example.org (no path: --base gives it), not {origin:?}"
        )),
    }
}

fn issue_tracker(url: &str) -> Result<String, String> {
    if url.starts_with("https://") {
        Ok(url.to_string())
    } else {
        Err(format!(
            "--issues-url must be an https:// address, not {url:?}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{post_build_inputs, site_origin};

    fn inputs(args: &[&str]) -> Result<super::Site, String> {
        post_build_inputs(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn a_build_without_an_origin_stops_and_says_how_to_name_one() {
        for missing in [None, Some("")] {
            let error = site_origin(missing).unwrap_err();
            assert!(error.contains("--site-url"), "{error}");
        }
        for args in [&["dist"][..], &["dist", "--site-url", ""]] {
            let error = inputs(args).err().expect("refused");
            assert!(error.contains("./dev build --site-url"), "{error}");
        }
    }

    #[test]
    fn an_origin_is_a_scheme_and_a_host_only() {
        assert_eq!(
            site_origin(Some("https://example.org")).unwrap(),
            "https://example.org"
        );
        assert!(site_origin(Some("http://127.0.0.1:8080")).is_ok());
        for wrong in [
            "example.org",
            "https://example.org/echoes/",
            "https://",
            "ftp://x.org",
        ] {
            assert!(
                site_origin(Some(wrong)).is_err(),
                "{wrong} was taken as an origin"
            );
        }
    }

    #[test]
    fn post_build_takes_its_inputs_as_arguments_and_empty_ones_as_missing() {
        let site = inputs(&[
            "d",
            "--site-url",
            "https://x.org",
            "--issues-url",
            "",
            "--dataset",
            "",
        ])
        .unwrap();
        assert_eq!(site.dir, std::path::Path::new("d"));
        assert_eq!(site.origin, "https://x.org");
        assert_eq!(site.issues, None);
        assert!(site.dataset.ends_with("assets/data/timeline.json"));
        let site = inputs(&[
            "--dataset",
            "/t/synthetic.json",
            "--issues-url",
            "https://tracker.example/issues",
            "--site-url",
            "https://x.org",
            "d",
        ])
        .unwrap();
        assert_eq!(site.dataset, std::path::Path::new("/t/synthetic.json"));
        assert_eq!(
            site.issues.as_deref(),
            Some("https://tracker.example/issues")
        );
    }

    #[test]
    fn wrong_arguments_are_refused_with_what_is_wrong() {
        let refused = |args: &[&str], says: &str| {
            let error = inputs(args).err().expect("refused");
            assert!(error.contains(says), "{args:?}: {error}");
        };
        refused(&["--site-url", "https://x.org"], "site's directory");
        refused(&["", "--site-url", "https://x.org"], "site's directory");
        refused(&["d", "--site-url"], "--site-url needs a value");
        refused(
            &["d", "--site-url", "https://x.org", "--base", "/"],
            "unknown option --base",
        );
        refused(&["d", "e", "--site-url", "https://x.org"], "not also \"e\"");
        refused(
            &[
                "d",
                "--site-url",
                "https://x.org",
                "--issues-url",
                "http://t.org",
            ],
            "--issues-url must be an https:// address",
        );
    }
}

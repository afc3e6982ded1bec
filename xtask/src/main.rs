//! Chores that need the model natively. Trunk runs `site` after every build (see Trunk.toml).
//!   cargo xtask site [DIR]   add the dataset downloads, a page and a reading fragment for every
//!                            address, sitemap.xml, robots.txt and 404.html to a built site
//!                            (default: Trunk's staging dir)
//!   cargo xtask compress [DIR]   a .gz and a .br beside every text file of a site; the last step,
//!                            after the service worker is written
//! The dataset is ECHOES_DATASET (default assets/data/timeline.json); the site's origin for
//! canonical URLs is ECHOES_SITE_URL, which must be set (`./dev` sets it); its base path comes from the
//! built index.html's `<base href>`. ECHOES_ISSUES_URL, if set, is the issue tracker the about
//! page sends readers to when they find an error.

mod card;
mod compress;
mod pages;
mod policy;

use echoes_model::dataset::Dataset;
use echoes_model::export::{echoes_csv, events_csv};
use echoes_model::load::from_json;
use pages::Build;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("site") => site_dir(args.get(1)).and_then(|dir| write_site(&dir)),
        Some("compress") => {
            site_dir(args.get(1)).and_then(|dir| compress::beside_every_text_file(&dir))
        }
        _ => {
            eprintln!("usage: cargo xtask site [DIR] | cargo xtask compress [DIR]");
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

fn site_dir(arg: Option<&String>) -> io::Result<PathBuf> {
    arg.map(PathBuf::from)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .ok_or_else(|| io::Error::other("give a directory, or run from a Trunk hook"))
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The dataset the build baked: the app's build script refused it if it was invalid.
fn dataset() -> io::Result<(PathBuf, Dataset)> {
    let path = env::var_os("ECHOES_DATASET")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository().join("assets/data/timeline.json"));
    let json = fs::read_to_string(&path)?;
    let data = from_json(&json).map_err(|errors| {
        io::Error::other(format!("{} is invalid: {}", path.display(), errors[0]))
    })?;
    Ok((path, data))
}

/// The origin that canonical URLs, preview cards, citations and embed code name. No default: a
/// deployed site that named a reader's own machine would ship citations that lead nowhere.
fn site_origin(origin: Option<&str>) -> io::Result<String> {
    let origin = origin.filter(|o| !o.is_empty()).ok_or_else(|| {
        io::Error::other(
            "ECHOES_SITE_URL is not set: name the site's origin, e.g. ./dev build --site-url https://example.org",
        )
    })?;
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    match host {
        Some(host) if !host.is_empty() && !host.contains('/') => Ok(origin.to_string()),
        _ => Err(io::Error::other(format!(
            "ECHOES_SITE_URL must be an origin such as https://example.org (no path: --base gives it), not {origin:?}"
        ))),
    }
}

fn write_site(site: &Path) -> io::Result<()> {
    let (path, data) = dataset()?;
    write_downloads(site, &path, &data)?;
    let template = fs::read_to_string(site.join("index.html"))?;
    let base = base_href(&template)
        .ok_or_else(|| io::Error::other("the built index.html has no <base href>"))?;
    let template = policy::refresh_integrity(&template, site, &base)?;
    let origin = site_origin(env::var("ECHOES_SITE_URL").ok().as_deref())?;
    let issues = env::var("ECHOES_ISSUES_URL")
        .ok()
        .filter(|url| !url.is_empty());
    if let Some(url) = &issues {
        if !url.starts_with("https://") {
            return Err(io::Error::other(format!(
                "ECHOES_ISSUES_URL must be an https:// address, not {url:?}"
            )));
        }
    }
    let policy = policy::content_security_policy(&policy::inline_script_hashes(&template));
    fs::write(site.join("_headers"), policy::headers_file(&base, &policy))?;
    let build = Build {
        template: &template,
        policy: &policy,
        origin: &origin,
        base: &base,
        issues: issues.as_deref(),
        data: &data,
    };
    for file in build.files() {
        write_in(site, &file.path, file.text)?;
    }
    for (path, png) in card::all(&data)? {
        write_in(site, &path, png)?;
    }
    fs::write(site.join("sitemap.xml"), build.sitemap())?;
    fs::write(site.join("robots.txt"), build.robots())
}

/// Writes `path` under `site`, making its folders.
fn write_in(site: &Path, path: &str, contents: impl AsRef<[u8]>) -> io::Result<()> {
    let path = site.join(path);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, contents)
}

fn base_href(html: &str) -> Option<String> {
    let start = html.find("<base href=\"")? + "<base href=\"".len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_string())
}

/// `data/`: the dataset as JSON (with its schema and changelog) and as CSV, every source URL
/// included.
fn write_downloads(site: &Path, json: &Path, data: &Dataset) -> io::Result<()> {
    let assets = repository().join("assets/data");
    let dir = site.join("data");
    fs::create_dir_all(&dir)?;
    fs::copy(json, dir.join("timeline.json"))?;
    for file in ["timeline.schema.json", "CHANGELOG.md"] {
        fs::copy(assets.join(file), dir.join(file))?;
    }
    fs::write(dir.join("events.csv"), events_csv(data))?;
    fs::write(dir.join("echoes.csv"), echoes_csv(data))?;
    // What the app's search box fetches on its first focus.
    fs::write(
        dir.join("search.tsv"),
        echoes_model::search::index_text(data),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::site_origin;

    #[test]
    fn a_build_without_an_origin_stops_and_says_how_to_name_one() {
        for missing in [None, Some("")] {
            let error = site_origin(missing).unwrap_err().to_string();
            assert!(error.contains("--site-url"), "{error}");
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
}

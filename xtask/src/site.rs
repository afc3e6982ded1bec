//! The `pages` step: everything the native model writes into a site Trunk built. Trunk's
//! `index.html` is the template of every page; its base path comes from its `<base href>`.

use crate::pages::Build;
use crate::pipeline::Site;
use crate::{card, policy, repository, DATASET};
use echoes_model::dataset::Dataset;
use echoes_model::export::{echoes_csv, events_csv};
use echoes_model::load::from_json;
use echoes_model::timeline::Timeline;
use echoes_reading::stylesheet;
use std::path::Path;
use std::{fs, io};

pub fn write(site: &Site) -> io::Result<()> {
    let dir = &site.dir;
    let data = dataset(&site.dataset)?;
    write_downloads(dir, &site.dataset, &data)?;
    let template = fs::read_to_string(dir.join("index.html"))?;
    let base = base_href(&template)
        .ok_or_else(|| io::Error::other("the built index.html has no <base href>"))?;
    // Hashed here, from the files as they are served: every step that changes one ran before.
    let template = policy::with_integrity(&template, dir, &base)?;
    let policy = policy::content_security_policy(&policy::inline_script_hashes(&template));
    fs::write(dir.join("_headers"), policy::headers_file(&base, &policy))?;
    let build = Build {
        template: &template,
        policy: &policy,
        origin: &site.origin,
        base: &base,
        issues: site.issues.as_deref(),
        data: &data,
    };
    for file in build.files() {
        write_in(dir, &file.path, file.text)?;
    }
    for (path, png) in card::all(&data)? {
        write_in(dir, &path, png)?;
    }
    fs::write(dir.join("sitemap.xml"), build.sitemap())?;
    fs::write(dir.join("robots.txt"), build.robots())
}

/// `target/css/full.css`: the site's stylesheet and the lanes' rules for the dataset the app's
/// build script bakes (`ECHOES_DATASET`, as it reads it), which `minify-css` then minifies.
pub fn lanes_css(repository: &Path) -> io::Result<()> {
    let path = std::env::var_os("ECHOES_DATASET")
        .filter(|path| !path.is_empty())
        .map_or_else(|| repository.join(DATASET), Into::into);
    let data = dataset(&path)?;
    let mut css = fs::read_to_string(repository.join("assets/style.css"))?;
    css.push_str(
        "\n/* The lanes of every page, until the app lays them out (src/controls/lanes). */\n",
    );
    css.push_str(&stylesheet(&Timeline::new(&data)));
    let out = repository.join("target/css");
    fs::create_dir_all(&out)?;
    fs::write(out.join("full.css"), css)
}

/// The dataset the build baked: the app's build script refused it if it was invalid.
fn dataset(path: &Path) -> io::Result<Dataset> {
    let json = fs::read_to_string(path)
        .map_err(|error| io::Error::other(format!("cannot read {}: {error}", path.display())))?;
    from_json(&json)
        .map_err(|errors| io::Error::other(format!("{} is invalid: {}", path.display(), errors[0])))
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

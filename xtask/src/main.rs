//! Chores that need the model natively. Trunk runs `site` after every build (see Trunk.toml).
//!   cargo xtask site [DIR]   add the dataset downloads, a page for every address, sitemap.xml,
//!                            robots.txt and 404.html to a built site (default: Trunk's staging dir)
//! The site's origin for canonical URLs comes from ECHOES_SITE_URL (default http://127.0.0.1:8080);
//! its base path from the built index.html's `<base href>`.

mod prerender;

use echoes::model::data::DATASET;
use echoes::model::export::{echoes_csv, events_csv};
use prerender::Site;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("site") => site_dir(args.get(1)).and_then(|dir| write_site(&dir)),
        _ => {
            eprintln!("usage: cargo xtask site [DIR]");
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

fn write_site(site: &Path) -> io::Result<()> {
    write_downloads(site)?;
    let template = fs::read_to_string(site.join("index.html"))?;
    let base = base_href(&template)
        .ok_or_else(|| io::Error::other("the built index.html has no <base href>"))?;
    let origin = env::var("ECHOES_SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    let site_pages = Site {
        template: &template,
        origin: &origin,
        base: &base,
        data: &DATASET,
    };
    for page in site_pages.pages() {
        let path = site.join(&page.path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(path, page.html)?;
    }
    fs::write(site.join("sitemap.xml"), site_pages.sitemap())?;
    fs::write(site.join("robots.txt"), site_pages.robots())?;
    Ok(())
}

fn base_href(html: &str) -> Option<String> {
    let start = html.find("<base href=\"")? + "<base href=\"".len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_string())
}

/// `data/`: the dataset as JSON (with its schema) and as CSV, every source URL included.
fn write_downloads(site: &Path) -> io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let data = site.join("data");
    fs::create_dir_all(&data)?;
    for file in ["timeline.json", "timeline.schema.json"] {
        fs::copy(root.join("assets/data").join(file), data.join(file))?;
    }
    fs::write(data.join("events.csv"), events_csv(&DATASET))?;
    fs::write(data.join("echoes.csv"), echoes_csv(&DATASET))?;
    Ok(())
}

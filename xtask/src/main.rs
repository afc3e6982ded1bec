//! Chores that need the model natively. Trunk runs `site` after every build (see Trunk.toml).
//!   cargo xtask site [DIR]   write the dataset downloads into DIR (default: Trunk's staging dir)

use echoes::model::data::DATASET;
use echoes::model::export::{echoes_csv, events_csv};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("site") => site_dir(args.get(1)).and_then(|dir| write_downloads(&dir)),
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

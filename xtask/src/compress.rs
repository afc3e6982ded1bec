//! Precompressed copies beside every text file (`x.html.gz`, `x.html.br`), so that a host or CDN
//! that serves them as they are spends no time compressing.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

const TEXT: [&str; 11] = [
    "html", "js", "wasm", "css", "json", "csv", "tsv", "xml", "txt", "svg", "md",
];

/// The folders with a file for every event or echo: tens of thousands in a large dataset.
const PER_ENTRY: [&str; 3] = ["e", "echo", "fragments"];

pub fn beside_every_text_file(dir: &Path) -> io::Result<()> {
    compress_under(dir, false)
}

fn compress_under(dir: &Path, per_entry: bool) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            let named = path
                .file_name()
                .is_some_and(|name| PER_ENTRY.iter().any(|p| name == *p));
            compress_under(&path, per_entry || named)?;
            continue;
        }
        let is_text = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| TEXT.contains(&e));
        if !is_text {
            continue;
        }
        let bytes = fs::read(&path)?;
        let name = path.as_os_str().to_owned();
        let with = |suffix: &str| {
            let mut name = name.clone();
            name.push(suffix);
            name
        };
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&bytes)?;
        fs::write(with(".gz"), gzip.finish()?)?;
        let mut brotli = Vec::new();
        // The best (and slowest) brotli, but for the page and fragment of every event and echo:
        // it takes the about page under the 14.6 KB a new connection's first round trip carries
        // (13.9 KB, against 15.8 at level 9), and costs seconds over tens of thousands of files.
        let params = brotli::enc::BrotliEncoderParams {
            quality: if per_entry { 9 } else { 11 },
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params)?;
        fs::write(with(".br"), brotli)?;
    }
    Ok(())
}

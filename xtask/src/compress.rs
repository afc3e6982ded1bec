//! Precompressed copies beside every text file (`x.html.gz`, `x.html.br`), so that a host or CDN
//! that serves them as they are spends no time compressing.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

const TEXT: [&str; 11] = [
    "html", "js", "wasm", "css", "json", "csv", "tsv", "xml", "txt", "svg", "md",
];

pub fn beside_every_text_file(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            beside_every_text_file(&path)?;
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
        // The best (and slowest) brotli for the app's own assets, which every reader loads; a
        // faster level for the page and fragment of every event, which a 10,000-event build has
        // tens of thousands of.
        let is_asset = path
            .extension()
            .is_some_and(|e| e == "wasm" || e == "js" || e == "css");
        let params = brotli::enc::BrotliEncoderParams {
            quality: if is_asset { 11 } else { 9 },
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params)?;
        fs::write(with(".br"), brotli)?;
    }
    Ok(())
}

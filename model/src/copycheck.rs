//! Runs of words that Echoes' own text shares with the essay, outside quotation marks.
//!
//! The essay stays outside the repository; what is kept of it is a hash of every run of
//! [`RUN`] words (`tests/essay-runs.txt`, written by `cargo xtask essay-runs ESSAY`), which
//! cannot be read back as text but finds a copied run in the dataset's prose.

use crate::dataset::Dataset;

/// How many words in a row, shared with the essay and not quoted, count as copying.
pub const RUN: usize = 7;

/// A run of [`RUN`] words: its hash, and its words as written (for the failure message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub hash: u64,
    pub words: String,
}

/// Every run of [`RUN`] words in `text` that lies outside quotation marks (straight or curly).
/// Quotations alternate with the text around them, and a run never spans one, so words before
/// and after a quotation do not join.
pub fn unquoted_runs(text: &str) -> Vec<Run> {
    text.split(QUOTES).step_by(2).flat_map(runs_of).collect()
}

/// The marks that open and close a quotation. An odd count leaves the end of a text quoted,
/// so the dataset's test refuses it.
pub const QUOTES: [char; 3] = ['"', '“', '”'];

/// Every run of [`RUN`] words in `text`, quoted or not: how the essay itself is read.
pub fn runs_of(text: &str) -> Vec<Run> {
    let words = words(text);
    words
        .windows(RUN)
        .map(|run| {
            let joined = run.join(" ");
            Run {
                hash: fnv1a(&joined),
                words: joined,
            }
        })
        .collect()
}

/// Lower-case words, apostrophes dropped (so "Stalin’s" and "Stalin's" are one word) and any
/// other mark a break.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|word| {
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// FNV-1a, 64 bits: stable across Rust releases, unlike std's hasher, so the kept hashes last.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The dataset's prose that the copy rule reads: each text with its entry's id and field.
pub fn prose(data: &Dataset) -> Vec<(&str, &'static str, &str)> {
    let mut texts = Vec::new();
    for event in data.events.iter() {
        texts.push((&*event.id, "title", &*event.title));
        texts.push((&*event.id, "summary", &*event.summary));
        if let Some(bearing) = &event.bearing {
            texts.push((&*event.id, "bearing", &**bearing));
        }
    }
    for echo in data.echoes.iter() {
        for (field, text) in [
            ("title", &echo.title),
            ("parallel", &echo.parallel),
            ("breaks", &echo.breaks),
            ("essay", &echo.essay),
        ] {
            texts.push((&*echo.id, field, &**text));
        }
    }
    for step in data.argument.iter() {
        texts.push((&*step.id, "title", &*step.title));
        texts.push((&*step.id, "text", &*step.text));
    }
    for claim in data.claims.iter() {
        texts.push((&*claim.id, "claim", &*claim.claim));
        texts.push((&*claim.id, "record", &*claim.record));
    }
    texts
}

//! What search engines and dataset catalogues read: each claim's verdict as a schema.org
//! `ClaimReview`, on the about page and on the page of each event the claim concerns, and the data
//! downloads as a `Dataset` on the about page. JSON-LD, in a data block at the end of the page's
//! body: it is never run, and it does not hold up the text in the first round trip.

use crate::verdict_label;
use echoes_model::address::Addresses;
use echoes_model::dataset::{Claim, Dataset};
use echoes_model::route::View;
use serde_json::{json, Value};

/// The essay whose claims are reviewed, as the dataset cites it (a test holds the address to it).
pub const ESSAY_URL: &str = "https://responsiblestatecraft.org/china-russia-north-korea/";
const ESSAY_TITLE: &str = "Is China being played by North Korea and Russia?";
const ESSAY_PUBLISHER: &str = "Responsible Statecraft";
/// All the reference copy says of its date: late 2024.
const ESSAY_YEAR: &str = "2024";

/// The data block for a page, if it has anything to say: `<script type="application/ld+json">`.
pub fn data_block(view: &View, data: &Dataset, addresses: Addresses) -> Option<String> {
    let graph: Vec<Value> = match view {
        View::About => data
            .claims
            .iter()
            .map(|claim| claim_review(claim, data, addresses))
            .chain([dataset(data, addresses)])
            .collect(),
        View::Event(id) => data
            .claims
            .iter()
            .filter(|claim| claim.events.iter().any(|e| **e == **id))
            .map(|claim| claim_review(claim, data, addresses))
            .collect(),
        _ => Vec::new(),
    };
    if graph.is_empty() {
        return None;
    }
    let block = json!({ "@context": "https://schema.org", "@graph": graph });
    Some(format!(
        "<script type=\"application/ld+json\">{}</script>",
        script_safe(&block.to_string())
    ))
}

/// JSON that no text can end early: `<`, `>` and `&` only occur inside JSON strings, where their
/// escapes read the same, so `</script>` or `<!--` in the data stays a string.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn echoes(addresses: Addresses) -> Value {
    json!({ "@type": "Organization", "name": "Echoes", "url": addresses.canonical("/") })
}

/// The fields Google's fact-check markup and the ClaimReview schema's other readers require:
/// the claim, the rating's name, the claim's author and where it appeared, the reviewer, the day
/// and the review's own address (the claim's anchor on the about page).
fn claim_review(claim: &Claim, data: &Dataset, addresses: Addresses) -> Value {
    let publisher = json!({ "@type": "Organization", "name": ESSAY_PUBLISHER });
    let essay = json!({
        "@type": "Article",
        "headline": ESSAY_TITLE,
        "url": ESSAY_URL,
        "publisher": publisher,
        "datePublished": ESSAY_YEAR,
    });
    json!({
        "@type": "ClaimReview",
        "url": format!("{}#{}", addresses.canonical("/about"), claim.id),
        "claimReviewed": &*claim.claim,
        "datePublished": &*data.as_of,
        "author": echoes(addresses),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": verdict_label(claim.verdict),
            "ratingExplanation": &*claim.record,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": publisher,
            "datePublished": ESSAY_YEAR,
            "appearance": essay,
            "firstAppearance": essay,
        },
    })
}

/// The downloads the about page lists, as a catalogue reads them.
fn dataset(data: &Dataset, addresses: Addresses) -> Value {
    let download = |file: &str, format: &str| {
        json!({
            "@type": "DataDownload",
            "name": file,
            "contentUrl": addresses.url(&format!("/data/{file}")),
            "encodingFormat": format,
        })
    };
    let spans: Vec<String> = (data.lanes.iter())
        .map(|lane| format!("{}/{}", lane.start, lane.end))
        .collect();
    json!({
        "@type": "Dataset",
        "name": "Echoes: the Korean War's outbreak and North Korea's turn to Russia",
        "description": format!(
            "{} dated, sourced events of late 1949 to 1950 and of mid-2023 to 2024, the {} echoes \
             between them with where each analogy breaks, and {} claims of the essay “{}” checked \
             against the record.",
            data.events.len(), data.echoes.len(), data.claims.len(), ESSAY_TITLE
        ),
        "url": format!("{}#data", addresses.canonical("/about")),
        "license": "https://opensource.org/licenses/MIT",
        "isAccessibleForFree": true,
        "version": &*data.version,
        "dateModified": &*data.as_of,
        "creator": echoes(addresses),
        "temporalCoverage": spans,
        "distribution": [
            download("timeline.json", "application/json"),
            download("events.csv", "text/csv"),
            download("echoes.csv", "text/csv"),
            download("timeline.schema.json", "application/schema+json"),
        ],
    })
}

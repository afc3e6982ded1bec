//! What the app carries: the index of the dataset, and none of its reading text.

use echoes::data;
use echoes_model::load::from_json;

#[test]
fn the_baked_index_is_the_json_files_index() {
    let data = from_json(include_str!("../assets/data/timeline.json")).expect("valid");
    let index = data::index();
    assert_eq!(index, data.index());
    assert_eq!(index.events.len(), data.events.len());
    assert_eq!(index.echoes.len(), data.echoes.len());
}

#[test]
fn the_index_holds_no_reading_text() {
    let index = data::index();
    assert!(index
        .events
        .iter()
        .all(|e| e.summary.is_empty() && e.sources.is_empty() && e.quote.is_none()));
    assert!(index
        .echoes
        .iter()
        .all(|e| e.parallel.is_empty() && e.breaks.is_empty() && e.essay.is_empty()));
    assert!(index.argument.is_empty() && index.claims.is_empty());
    // What the timeline draws is all there; the titles are the page's, which carries every
    // marker and strip (`IN_PAGE_MAX`), and the app reads them there.
    assert!(index.events.len() <= echoes_model::dataset::IN_PAGE_MAX);
    assert!(index
        .events
        .iter()
        .all(|e| e.title.is_empty() && !e.short.is_empty() && !e.date.is_empty()));
    assert!(index
        .echoes
        .iter()
        .all(|e| !e.then.is_empty() && !e.now.is_empty()));
}

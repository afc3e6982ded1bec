//! Find: folding, matching and ordering against the real dataset, and hostile queries.

mod common;
use common::DATASET;
use echoes_model::search::{fold, index_text, parse_index, search, Entry, MAX_RESULTS};
use std::sync::LazyLock;

static INDEX: LazyLock<Vec<Entry>> = LazyLock::new(|| parse_index(&index_text(&DATASET)));

fn ids(query: &str) -> Vec<&'static str> {
    search(&INDEX, query)
        .iter()
        .map(|e| e.id.as_str())
        .collect()
}

#[test]
fn case_diacritics_apostrophes_and_romanizations_fold_together() {
    for spelling in ["Inch'ŏn", "INCHEON", "inchon", "Inch’ŏn", "Inch\u{202e}on"] {
        assert_eq!(fold(spelling), "inchon", "{spelling}");
    }
    assert_eq!(fold("P'yŏngyang"), fold("Pyeongyang"));
    assert_eq!(fold("Pyongyang"), fold("PYŎNGYANG"));
    assert_eq!(fold("Kim Il-sung"), fold("kim ilsung"));
    assert_eq!(fold("Zhou Enlai"), "zhou enlai");
}

#[test]
fn capitals_fold_as_the_standard_library_lowers_them() {
    // Latin-1 and Latin Extended-A, and the basic Greek and Cyrillic alphabets: the fold's own
    // small table must agree with Unicode's, letter by letter.
    let letters = (0..=0x17f).chain(0x391..=0x3ab).chain(0x400..=0x42f);
    for letter in letters.filter_map(char::from_u32) {
        let lowered: String = letter.to_lowercase().collect();
        if lowered.chars().count() == 1 {
            assert_eq!(
                fold(&letter.to_string()),
                fold(&lowered),
                "U+{:04X}",
                letter as u32
            );
        }
    }
}

#[test]
fn every_event_is_in_the_index_once_with_its_title() {
    assert_eq!(INDEX.len(), DATASET.events.len());
    for event in DATASET.events.iter() {
        let entries: Vec<&Entry> = INDEX.iter().filter(|e| e.id == *event.id).collect();
        assert_eq!(entries.len(), 1, "{}", event.id);
        assert_eq!(entries[0].title, *event.title);
    }
    // A broken line is skipped, not fatal.
    let text = format!("junk\n\n{}", index_text(&DATASET));
    assert_eq!(parse_index(&text).len(), DATASET.events.len());
}

#[test]
fn a_query_finds_its_events_whatever_the_spelling() {
    for query in ["inchon", "Incheon", "INCH'ŎN", "inch’ŏn landing"] {
        assert!(
            ids(query).contains(&"inchon-landing"),
            "{query}: {:?}",
            ids(query)
        );
    }
    // Every word must match; titles that match are chosen first, and results are listed by lane
    // and date.
    let found = search(&INDEX, "kim beijing");
    assert!(!found.is_empty());
    assert!(found
        .iter()
        .any(|e| fold(&e.title).contains("kim") && fold(&e.title).contains("beijing")));
    let broad = search(&INDEX, "a");
    assert_eq!(broad.len(), MAX_RESULTS);
    let rank = |lane: &str| DATASET.lanes.iter().position(|l| l.id == lane).unwrap_or(9);
    let day = |e: &Entry| {
        echoes_model::date::EventDate::parse(&e.date)
            .unwrap()
            .first_day()
    };
    for pair in broad.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(
            (rank(&a.lane), day(a)) <= (rank(&b.lane), day(b)),
            "{} before {}",
            a.id,
            b.id
        );
    }
    // Title matches are never crowded out by summary matches.
    let in_titles = INDEX
        .iter()
        .filter(|e| fold(&e.title).contains("a"))
        .count();
    let titled = broad
        .iter()
        .filter(|e| fold(&e.title).contains("a"))
        .count();
    assert_eq!(titled, in_titles.min(MAX_RESULTS));
    // Actors' names are searched too.
    let soviet = DATASET
        .events
        .iter()
        .find(|e| e.actors.iter().any(|a| &**a == "ussr"));
    if let Some(event) = soviet {
        assert!(!search(&INDEX, "soviet union").is_empty(), "{}", event.id);
    }
}

#[test]
fn hostile_queries_find_nothing_and_never_panic() {
    for query in [
        "<img src=x onerror=alert(1)>",
        &"x".repeat(5_000),
        "\u{202e}",
        "\u{202e}\u{202d}\u{2066}",
        "",
        "   ",
        "\u{0}\u{1}",
        "<script>alert(1)</script>",
    ] {
        let found = ids(query);
        assert!(
            found.is_empty(),
            "{:?}: {found:?}",
            query.chars().take(40).collect::<String>()
        );
    }
}

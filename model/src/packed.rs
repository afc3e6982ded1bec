//! The app's events (`Dataset::index`) as four texts of one line an event and a run of bytes.
//!
//! `build.rs` writes them as `static` data and the app rebuilds its events from them at start,
//! borrowing every string. Written as a table of `Event`s instead, each field is two or three
//! words of pointers, which compress badly: at 10,000 events the table was about 290 KB of the
//! WASM's gzip, the packed texts about 100 (bench/RESULTS.md).

use crate::dataset::{Actor, Dataset, Event, Lane, Theme, AFTER_ESSAY_LANE, CONTEXT_LANE};
use std::borrow::Cow;

/// Ids, dates, titles and short titles, a line an event: validation refuses a line break in
/// any of them.
pub type Texts<S> = [S; 4];

/// The groups of events outside both lanes, numbered after the lanes.
const OUTSIDE: [&str; 2] = [CONTEXT_LANE, AFTER_ESSAY_LANE];

/// Packs the events of `index`: the texts, and for each event its lane (an index into the
/// lanes, then into `OUTSIDE`), then its actors and its themes, each as a count and indices.
pub fn pack(index: &Dataset) -> (Texts<String>, Vec<u8>) {
    let column = |field: fn(&Event) -> &str| {
        let lines: Vec<&str> = index.events.iter().map(field).collect();
        lines.join("\n")
    };
    let texts = [
        column(|e| &e.id),
        column(|e| &e.date),
        column(|e| &e.title),
        column(|e| &e.short),
    ];
    let position = |found: Option<usize>| found.and_then(|i| u8::try_from(i).ok());
    let mut codes = Vec::new();
    for event in index.events.iter() {
        let lane = index.lanes.iter().position(|l| l.id == event.lane);
        let outside = || OUTSIDE.iter().position(|&o| o == event.lane).unwrap_or(0);
        let lane = lane.unwrap_or_else(|| index.lanes.len() + outside());
        codes.push(u8::try_from(lane).expect("a few lanes"));
        let actors: Vec<u8> = event
            .actors
            .iter()
            .filter_map(|id| position(index.actors.iter().position(|a| a.id == *id)))
            .collect();
        let themes: Vec<u8> = event
            .themes
            .iter()
            .filter_map(|theme| position(Theme::ALL.iter().position(|t| t == theme)))
            .collect();
        for list in [actors, themes] {
            codes.push(u8::try_from(list.len()).expect("an event names a few actors and themes"));
            codes.extend(list);
        }
    }
    (texts, codes)
}

/// The events `pack` packed, with the same lanes and actors; every string borrowed.
pub fn unpack(
    texts: Texts<&'static str>,
    codes: &[u8],
    lanes: &[Lane],
    actors: &[Actor],
) -> Vec<Event> {
    let [mut ids, mut dates, mut titles, mut shorts] = texts.map(|text| text.split('\n'));
    let mut codes = codes.iter().map(|&code| usize::from(code));
    let mut events = Vec::new();
    while let Some(lane) = codes.next() {
        let event_actors = counted(&mut codes);
        let event_themes = counted(&mut codes);
        let line = |lines: &mut std::str::Split<'static, char>| lines.next().unwrap_or("");
        events.push(Event {
            id: Cow::Borrowed(line(&mut ids)),
            lane: lanes.get(lane).map_or_else(
                || Cow::Borrowed(OUTSIDE[(lane - lanes.len()) % OUTSIDE.len()]),
                |l| l.id.clone(),
            ),
            date: Cow::Borrowed(line(&mut dates)),
            title: Cow::Borrowed(line(&mut titles)),
            short: Cow::Borrowed(line(&mut shorts)),
            summary: Cow::Borrowed(""),
            bearing: None,
            actors: event_actors
                .iter()
                .filter_map(|&a| Some(actors.get(a)?.id.clone()))
                .collect::<Vec<_>>()
                .into(),
            themes: event_themes
                .iter()
                .filter_map(|&t| Theme::ALL.get(t).copied())
                .collect::<Vec<_>>()
                .into(),
            sources: Cow::Borrowed(&[]),
            quote: None,
        });
    }
    events
}

/// A count, then that many codes.
fn counted(codes: &mut impl Iterator<Item = usize>) -> Vec<usize> {
    let count = codes.next().unwrap_or_default();
    codes.take(count).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::load;

    fn unpacked(index: &Dataset) -> Vec<Event> {
        let (texts, codes) = pack(index);
        // The app's texts are `static`; a test's live as long as the test binary.
        let texts = texts.map(|text| &*Box::leak(text.into_boxed_str()));
        unpack(texts, &codes, &index.lanes, &index.actors)
    }

    #[test]
    fn the_real_dataset_s_events_come_back_as_they_went() {
        let json = std::fs::read_to_string("../assets/data/timeline.json").unwrap();
        let index = load::from_json(&json).unwrap().index();
        for outside in OUTSIDE {
            assert!(index.events.iter().any(|e| e.lane == outside), "{outside}");
        }
        assert_eq!(unpacked(&index), index.events.to_vec());
    }

    #[test]
    fn no_events_packs_to_nothing() {
        let json = std::fs::read_to_string("../assets/data/timeline.json").unwrap();
        let mut index = load::from_json(&json).unwrap().index();
        index.events = Cow::Borrowed(&[]);
        assert_eq!(pack(&index).1, Vec::<u8>::new());
        assert_eq!(unpacked(&index), Vec::new());
    }
}

//! The timeline's index (`Dataset::index`: no reading text), baked into the binary by `build.rs`
//! from `assets/data/timeline.json`, which it validated first: a build never ships an invalid
//! dataset.

use echoes_model::dataset::*;
use echoes_model::packed;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/timeline_data.rs"));

/// The index, its events unpacked from the baked texts and codes.
pub fn index() -> Dataset {
    let events = packed::unpack(EVENT_TEXTS, EVENT_CODES, &SKELETON.lanes, &SKELETON.actors);
    Dataset {
        events: events.into(),
        ..SKELETON.clone()
    }
}

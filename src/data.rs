//! The timeline's index (`Dataset::index`: no reading text), baked into the binary by `build.rs`
//! from `assets/data/timeline.json`, which it validated first: a build never ships an invalid
//! dataset.

use echoes_model::dataset::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/timeline_data.rs"));

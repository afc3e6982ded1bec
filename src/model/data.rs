//! The dataset, baked into the binary by `build.rs` from `assets/data/timeline.json`, which it
//! validated first: a build never ships an invalid dataset.

use super::dataset::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/timeline_data.rs"));

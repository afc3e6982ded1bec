//! The real dataset, read from its JSON as the build script reads it.

use echoes_model::dataset::Dataset;
use echoes_model::load::from_json;
use std::sync::LazyLock;

pub static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    from_json(include_str!("../../../assets/data/timeline.json"))
        .expect("the real dataset is valid")
});

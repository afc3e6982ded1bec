//! Reads the dataset's JSON natively (build script, tests, export tools). The app embeds the
//! dataset the build script baked, so none of this reaches the WASM bundle.

use super::dataset::Dataset;
use super::validate::{validate, Rule, ValidationError};
use serde_json::Value;

/// Parses and validates; every error names the entry id and the field.
pub fn from_json(json: &str) -> Result<Dataset, Vec<ValidationError>> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        vec![ValidationError {
            entry: "timeline.json".into(),
            field: format!("line {}", error.line()),
            rule: Rule::Shape,
            reason: error.to_string(),
        }]
    })?;
    let data: Dataset = serde_path_to_error::deserialize(&value).map_err(|error| {
        let (entry, field) = locate(&value, error.path());
        vec![ValidationError {
            entry,
            field,
            rule: Rule::Shape,
            reason: error.into_inner().to_string(),
        }]
    })?;
    validate(&data)?;
    Ok(data)
}

/// Splits a path such as `events[3].themes[0]` into the entry's id and the field inside it.
fn locate(root: &Value, path: &serde_path_to_error::Path) -> (String, String) {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().collect();
    if let [Segment::Map { key }, Segment::Seq { index }, rest @ ..] = segments.as_slice() {
        let entry = &root[key.as_str()][*index];
        let id = entry["id"]
            .as_str()
            .map_or_else(|| format!("{key}[{index}]"), str::to_string);
        let field = rest
            .iter()
            .map(|segment| match segment {
                Segment::Seq { index } => format!("[{index}]"),
                other => format!(".{other}"),
            })
            .collect::<String>();
        return (id, field.trim_start_matches('.').to_string());
    }
    ("timeline.json".into(), path.to_string())
}

//! "Cite this" for an event or an echo page: a plain citation, BibTeX and CSL-JSON.
//!
//! Plain Rust and no JSON library, so the app builds it in the browser exactly as the tests do
//! natively: the CSL-JSON is written by hand, and every string in it is escaped here.

use super::dataset::{Dataset, Echo, Event};
use super::date::{Day, EventDate};
use super::meta::{HOME_TITLE, SITE};

/// What is cited: one event or one echo of the dataset.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Event(&'a Event),
    Echo(&'a Echo),
}

impl Item<'_> {
    fn id(&self) -> &str {
        match self {
            Item::Event(event) => &event.id,
            Item::Echo(echo) => &echo.id,
        }
    }

    fn title(&self) -> &str {
        match self {
            Item::Event(event) => &event.title,
            Item::Echo(echo) => &echo.title,
        }
    }

    /// `event, 13–16 May 1950` or `echo between 1950 and 2023–24`.
    fn what(&self, data: &Dataset) -> String {
        match self {
            Item::Event(event) => match EventDate::parse(&event.date) {
                Ok(date) => format!("event, {}", date.label()),
                Err(_) => "event".into(),
            },
            Item::Echo(_) => {
                let lanes: Vec<&str> = data.lanes.iter().map(|l| &*l.title).collect();
                format!("echo between {}", lanes.join(" and "))
            }
        }
    }
}

/// The dataset's `as_of` day, or `None` when it is malformed (validation refuses that).
fn as_of(data: &Dataset) -> Option<Day> {
    Day::parse(&data.as_of)
}

/// `Echoes, “Title” (event, 25 Jun 1950), in Echoes: 1950 and 2023–24 side by side, dataset
/// version 1.1.0 (data as of 29 Nov 2026), https://…, accessed 30 Nov 2026.`
pub fn plain(data: &Dataset, item: Item, url: &str, accessed: Day) -> String {
    let as_of = as_of(data).map_or_else(|| data.as_of.to_string(), Day::label);
    format!(
        "{SITE}, “{}” ({}), in {HOME_TITLE}, dataset version {} (data as of {as_of}), {url}, accessed {}.",
        item.title(),
        item.what(data),
        data.version,
        accessed.label()
    )
}

/// A `@misc` entry, keyed `echoes-{id}`, with every special character escaped.
pub fn bibtex(data: &Dataset, item: Item, url: &str, accessed: Day) -> String {
    let year = as_of(data).map_or_else(String::new, |day| day.iso()[..4].to_string());
    let as_of = as_of(data).map_or_else(|| data.as_of.to_string(), Day::iso);
    let note = format!(
        "{}. Dataset version {}, data as of {as_of}. Accessed {}",
        capitalise(&item.what(data)),
        data.version,
        accessed.iso()
    );
    let fields = [
        ("title", format!("{{{}}}", bib_text(item.title()))),
        ("author", format!("{{{}}}", bib_text(SITE))),
        ("howpublished", bib_text(HOME_TITLE)),
        ("year", year),
        ("version", bib_text(&data.version)),
        ("url", bib_url(url)),
        ("urldate", accessed.iso()),
        ("note", bib_text(&note)),
    ];
    let mut out = format!("@misc{{{}-{},\n", SITE.to_lowercase(), item.id());
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    out.push('}');
    out
}

/// One CSL-JSON item in an array, as citation managers import it.
pub fn csl_json(data: &Dataset, item: Item, url: &str, accessed: Day) -> String {
    let parts = |day: Day| {
        let iso = day.iso();
        let numbers: Vec<String> = iso
            .split('-')
            .map(|part| part.trim_start_matches('0').to_string())
            .collect();
        format!("{{\"date-parts\": [[{}]]}}", numbers.join(", "))
    };
    let mut fields = vec![
        (
            "id",
            json_string(&format!("{}-{}", SITE.to_lowercase(), item.id())),
        ),
        ("type", json_string("dataset")),
        ("title", json_string(item.title())),
        ("container-title", json_string(HOME_TITLE)),
        (
            "author",
            format!("[{{\"literal\": {}}}]", json_string(SITE)),
        ),
        ("version", json_string(&data.version)),
        ("genre", json_string(&item.what(data))),
        ("URL", json_string(url)),
        ("accessed", parts(accessed)),
    ];
    if let Some(day) = as_of(data) {
        fields.push(("issued", parts(day)));
    }
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("    {}: {value}", json_string(name)))
        .collect();
    format!("[\n  {{\n{}\n  }}\n]", body.join(",\n"))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped; other characters,
/// non-ASCII included, as they are (JSON text is UTF-8). U+2028 and U+2029 are escaped too, so
/// the text is also safe inside a script.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text for a BibTeX field: TeX's special characters escaped, braces balanced, non-ASCII kept
/// (biber and BibTeX with UTF-8 input read it), straight double quotes made typographic so no
/// style mistakes them for a delimiter.
pub fn bib_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open_quote = true;
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            '"' => {
                out.push(if open_quote { '“' } else { '”' });
                open_quote = !open_quote;
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A URL for a BibTeX `url` field, which packages read verbatim: characters that would unbalance
/// the braces or end the field are percent-encoded instead of backslash-escaped.
pub fn bib_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            ' ' => out.push_str("%20"),
            '"' => out.push_str("%22"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

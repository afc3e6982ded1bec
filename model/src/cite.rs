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

/// Where a citation names the day of access: a clause of its own, which a page built ahead of
/// time leaves out (a build cannot know when it will be read) and the app writes in. Without it
/// each citation is still whole and valid: CSL-JSON parses, BibTeX has no made-up date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `, accessed 30 Nov 2026`, before the plain citation's full stop.
    Plain,
    /// BibTeX's `urldate` field.
    BibtexUrldate,
    /// ` Accessed 2026-11-30.`, at the end of BibTeX's note.
    BibtexNote,
    /// CSL-JSON's `accessed` field, first in the item.
    Csl,
}

impl Access {
    pub const ALL: [Access; 4] = [
        Access::Plain,
        Access::BibtexUrldate,
        Access::BibtexNote,
        Access::Csl,
    ];

    /// The clause's name in a page's `data-accessed` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Access::Plain => "plain",
            Access::BibtexUrldate => "bibtex-urldate",
            Access::BibtexNote => "bibtex-note",
            Access::Csl => "csl",
        }
    }

    pub fn parse(name: &str) -> Option<Access> {
        Access::ALL.into_iter().find(|access| access.name() == name)
    }

    /// The clause, accessed on `day`.
    pub fn write(self, day: Day) -> String {
        match self {
            Access::Plain => format!(", accessed {}", day.label()),
            Access::BibtexUrldate => format!("  urldate = {{{}}},\n", day.iso()),
            Access::BibtexNote => format!(" Accessed {}.", day.iso()),
            Access::Csl => format!("    \"accessed\": {},\n", csl_date(day)),
        }
    }
}

/// A CSL-JSON date: `{"date-parts": [[2026, 11, 30]]}`
fn csl_date(day: Day) -> String {
    let numbers: Vec<String> = day
        .iso()
        .split('-')
        .map(|part| part.trim_start_matches('0').to_string())
        .collect();
    format!("{{\"date-parts\": [[{}]]}}", numbers.join(", "))
}

/// A citation's text, with the clauses that name the day of access left open: the pages are
/// written at build time and name it where they are read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Citation(pub Vec<Piece>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Accessed(Access),
}

impl Citation {
    fn text(mut self, text: &str) -> Citation {
        match self.0.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => self.0.push(Piece::Text(text.to_string())),
        }
        self
    }

    fn accessed(mut self, access: Access) -> Citation {
        self.0.push(Piece::Accessed(access));
        self
    }

    /// The whole text, accessed on `day`.
    pub fn on(&self, day: Day) -> String {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.clone(),
                Piece::Accessed(access) => access.write(day),
            })
            .collect()
    }
}

/// `Echoes, “Title” (event, 25 Jun 1950), in Echoes: 1950 and 2023–24 side by side, dataset
/// version 1.1.0 (data as of 29 Nov 2026), https://…, accessed 30 Nov 2026.`
pub fn plain_citation(data: &Dataset, item: Item, url: &str) -> Citation {
    let as_of = as_of(data).map_or_else(|| data.as_of.to_string(), Day::label);
    Citation::default()
        .text(&format!(
            "{SITE}, “{}” ({}), in {HOME_TITLE}, dataset version {} (data as of {as_of}), {url}",
            item.title(),
            item.what(data),
            data.version,
        ))
        .accessed(Access::Plain)
        .text(".")
}

/// A `@misc` entry, keyed `echoes-{id}`, with every special character escaped.
pub fn bibtex_citation(data: &Dataset, item: Item, url: &str) -> Citation {
    let year = as_of(data).map_or_else(String::new, |day| day.iso()[..4].to_string());
    let as_of = as_of(data).map_or_else(|| data.as_of.to_string(), Day::iso);
    let note = format!(
        "{}. Dataset version {}, data as of {as_of}.",
        capitalise(&item.what(data)),
        data.version,
    );
    let fields = [
        ("title", format!("{{{}}}", bib_text(item.title()))),
        ("author", format!("{{{}}}", bib_text(SITE))),
        ("howpublished", bib_text(HOME_TITLE)),
        ("year", year),
        ("version", bib_text(&data.version)),
        ("url", bib_url(url)),
    ];
    let mut out =
        Citation::default().text(&format!("@misc{{{}-{},\n", SITE.to_lowercase(), item.id()));
    for (name, value) in fields {
        out = out.text(&format!("  {name} = {{{value}}},\n"));
    }
    out.accessed(Access::BibtexUrldate)
        .text(&format!("  note = {{{}", bib_text(&note)))
        .accessed(Access::BibtexNote)
        .text("},\n}")
}

/// One CSL-JSON item in an array, as citation managers import it.
pub fn csl_json_citation(data: &Dataset, item: Item, url: &str) -> Citation {
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
    ];
    if let Some(day) = as_of(data) {
        fields.push(("issued", csl_date(day)));
    }
    let lines: Vec<String> = (fields.iter())
        .map(|(name, value)| format!("    {}: {value}", json_string(name)))
        .collect();
    Citation::default()
        .text("[\n  {\n")
        .accessed(Access::Csl)
        .text(&lines.join(",\n"))
        .text("\n  }\n]")
}

pub fn plain(data: &Dataset, item: Item, url: &str, accessed: Day) -> String {
    plain_citation(data, item, url).on(accessed)
}

pub fn bibtex(data: &Dataset, item: Item, url: &str, accessed: Day) -> String {
    bibtex_citation(data, item, url).on(accessed)
}

pub fn csl_json(data: &Dataset, item: Item, url: &str, accessed: Day) -> String {
    csl_json_citation(data, item, url).on(accessed)
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

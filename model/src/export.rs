//! The dataset as CSV for researchers: one row per event (`events.csv`) and per echo
//! (`echoes.csv`). List cells hold one item per line, so a spreadsheet shows them whole and
//! `events_from_csv` reads every event back exactly.

use super::dataset::{Dataset, Echo, Event, Quote, Source, SourceKind, Text, Theme};
use super::date::EventDate;
use std::borrow::Cow;

const EVENT_COLUMNS: [&str; 22] = [
    "id",
    "lane",
    "date",
    "date_label",
    "first_day",
    "last_day",
    "title",
    "short",
    "summary",
    "actors",
    "themes",
    "source_titles",
    "source_publishers",
    "source_urls",
    "source_kinds",
    "quote_text",
    "quote_speaker",
    "quote_source_title",
    "quote_source_publisher",
    "quote_source_url",
    "quote_source_kind",
    "bearing",
];

pub fn events_csv(data: &Dataset) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    write(&mut out, EVENT_COLUMNS.map(String::from));
    for event in data.events.iter() {
        let date = EventDate::parse(&event.date).ok();
        let quote = event.quote.as_ref();
        let quote_field = |get: fn(&Quote) -> String| quote.map(get).unwrap_or_default();
        let sources = |get: fn(&Source) -> &str| lines(event.sources.iter().map(get));
        write(
            &mut out,
            [
                event.id.to_string(),
                event.lane.to_string(),
                event.date.to_string(),
                date.map(EventDate::label).unwrap_or_default(),
                date.map(|d| d.first_day().iso()).unwrap_or_default(),
                date.map(|d| d.last_day().iso()).unwrap_or_default(),
                event.title.to_string(),
                event.short.to_string(),
                event.summary.to_string(),
                lines(event.actors.iter().map(|a| &**a)),
                lines(event.themes.iter().map(|t| t.name())),
                sources(|s| &s.title),
                sources(|s| &s.publisher),
                sources(|s| &s.url),
                sources(|s| kind_name(s.kind)),
                quote_field(|q| q.text.to_string()),
                quote_field(|q| q.speaker.to_string()),
                quote_field(|q| q.source.title.to_string()),
                quote_field(|q| q.source.publisher.to_string()),
                quote_field(|q| q.source.url.to_string()),
                quote_field(|q| kind_name(q.source.kind).to_string()),
                event.bearing.as_deref().unwrap_or_default().to_string(),
            ],
        );
    }
    finish(out)
}

pub fn echoes_csv(data: &Dataset) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    write(
        &mut out,
        ["id", "title", "then", "now", "parallel", "breaks", "essay"].map(String::from),
    );
    for echo in data.echoes.iter() {
        let Echo {
            id,
            title,
            then,
            now,
            parallel,
            breaks,
            essay,
        } = echo;
        write(
            &mut out,
            [
                id.to_string(),
                title.to_string(),
                lines(then.iter().map(|e| &**e)),
                lines(now.iter().map(|e| &**e)),
                parallel.to_string(),
                breaks.to_string(),
                essay.to_string(),
            ],
        );
    }
    finish(out)
}

/// Reads `events.csv` back into events; fails with the row and column on anything unexpected.
pub fn events_from_csv(text: &str) -> Result<Vec<Event>, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| e.to_string())?.clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("no column `{name}`"))
    };
    let mut events = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|e| e.to_string())?;
        let cell = |name: &str| -> Result<String, String> {
            Ok(record.get(column(name)?).unwrap_or_default().to_string())
        };
        let list = |name: &str| -> Result<Vec<String>, String> {
            Ok(cell(name)?
                .split('\n')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect())
        };
        let bad = |name: &str, value: &str| format!("row {}, column `{name}`: `{value}`", row + 1);
        let themes = list("themes")?
            .iter()
            .map(|t| {
                Theme::ALL
                    .into_iter()
                    .find(|theme| theme.name() == t)
                    .ok_or_else(|| bad("themes", t))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let kind = |name: &str, value: &str| match value {
            "primary" => Ok(SourceKind::Primary),
            "secondary" => Ok(SourceKind::Secondary),
            _ => Err(bad(name, value)),
        };
        let (titles, publishers, urls, kinds) = (
            list("source_titles")?,
            list("source_publishers")?,
            list("source_urls")?,
            list("source_kinds")?,
        );
        if [publishers.len(), urls.len(), kinds.len()] != [titles.len(); 3] {
            return Err(bad("source_*", "the source columns list different counts"));
        }
        let mut sources = Vec::new();
        for i in 0..titles.len() {
            sources.push(Source {
                title: owned(&titles[i]),
                publisher: owned(&publishers[i]),
                url: owned(&urls[i]),
                kind: kind("source_kinds", &kinds[i])?,
            });
        }
        let quote = match cell("quote_text")?.as_str() {
            "" => None,
            text => Some(Quote {
                text: owned(text),
                speaker: owned(&cell("quote_speaker")?),
                source: Source {
                    title: owned(&cell("quote_source_title")?),
                    publisher: owned(&cell("quote_source_publisher")?),
                    url: owned(&cell("quote_source_url")?),
                    kind: kind("quote_source_kind", &cell("quote_source_kind")?)?,
                },
            }),
        };
        events.push(Event {
            id: owned(&cell("id")?),
            lane: owned(&cell("lane")?),
            date: owned(&cell("date")?),
            title: owned(&cell("title")?),
            short: owned(&cell("short")?),
            summary: owned(&cell("summary")?),
            actors: list("actors")?.into_iter().map(Cow::Owned).collect(),
            themes: themes.into(),
            sources: sources.into(),
            quote,
            bearing: Some(cell("bearing")?)
                .filter(|b| !b.is_empty())
                .map(|b| owned(&b)),
        });
    }
    Ok(events)
}

fn owned(text: &str) -> Text {
    Cow::Owned(text.to_string())
}

fn kind_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Primary => "primary",
        SourceKind::Secondary => "secondary",
    }
}

fn lines<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join("\n")
}

fn write(out: &mut csv::Writer<Vec<u8>>, record: impl IntoIterator<Item = String>) {
    // Writing to memory cannot fail.
    let _ = out.write_record(record);
}

fn finish(out: csv::Writer<Vec<u8>>) -> String {
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

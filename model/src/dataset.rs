//! The dataset as `assets/data/timeline.json` writes it.
//!
//! Strings and lists are `Cow<'static, _>`: natively they are read from JSON (owned), and in the app
//! the build script writes the same values as borrowed `static` data, so the WASM bundle carries no
//! JSON parser and does no parsing at start-up.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// The lane id of events outside both periods (the 1961 treaty, Deng in 1985 …), shown apart.
pub const CONTEXT_LANE: &str = "context";

/// The lane id of events after the essay, up to the dataset's `as_of` day, that bear on its
/// question (did Beijing take the initiative?): shown as a group of their own, outside both lanes,
/// each with its `bearing`.
pub const AFTER_ESSAY_LANE: &str = "after-essay";
/// What the pages and preview cards call that group.
pub const AFTER_ESSAY_TITLE: &str = "After the essay";

/// Up to this many events (five times the real dataset) every page carries every event's
/// title, in its lanes' markers and its strips, so the app's index leaves the titles out and the
/// app reads them from the page. Beyond it the page carries the lanes without markers (at 10,000
/// events they would outweigh the app many times over; bench/RESULTS.md) and the app builds them,
/// from an index with titles.
pub const IN_PAGE_MAX: usize = 500;

/// The most characters (not bytes) an event's `short` title may have: what a lane's label holds.
pub const SHORT_MAX: usize = 24;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The JSON Schema the file names, so that editors validate it as it is typed.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Text>,
    /// The data's own version, `MAJOR.MINOR.PATCH`, raised with every published change and
    /// recorded in `assets/data/CHANGELOG.md`. Missing reads as empty, which `validate` refuses by
    /// name (a serde error would not say which field).
    #[serde(default)]
    pub version: Text,
    /// `YYYY-MM-DD`: the day the data was last checked against the record.
    #[serde(default)]
    pub as_of: Text,
    pub lanes: List<Lane>,
    pub actors: List<Actor>,
    pub events: List<Event>,
    pub echoes: List<Echo>,
    pub argument: List<Step>,
    pub claims: List<Claim>,
}

impl Dataset {
    /// The actors an event names, in its order; an unknown id (refused by validation) is skipped.
    pub fn actors_of<'a>(&'a self, event: &'a Event) -> impl Iterator<Item = &'a Actor> + 'a {
        event
            .actors
            .iter()
            .filter_map(|id| self.actors.iter().find(|a| a.id == *id))
    }

    /// What the app's timeline needs and nothing it shows as reading: ids, lanes, dates, short
    /// titles, actors, themes and echo pairs, and titles where the pages do not carry them
    /// (`IN_PAGE_MAX`). Summaries, sources, quotations, the echoes' texts, the argument and the
    /// claims stay out; they are the pre-rendered pages' and fragments'.
    pub fn index(&self) -> Dataset {
        let in_page = self.events.len() <= IN_PAGE_MAX;
        let events = self
            .events
            .iter()
            // Everything not blanked here is kept, the lane labels' `short` titles included.
            .map(|event| Event {
                title: if in_page {
                    Cow::Borrowed("")
                } else {
                    event.title.clone()
                },
                summary: Cow::Borrowed(""),
                sources: Cow::Borrowed(&[]),
                quote: None,
                bearing: None,
                ..event.clone()
            })
            .collect::<Vec<_>>();
        let echoes = self
            .echoes
            .iter()
            .map(|echo| Echo {
                parallel: Cow::Borrowed(""),
                breaks: Cow::Borrowed(""),
                essay: Cow::Borrowed(""),
                ..echo.clone()
            })
            .collect::<Vec<_>>();
        Dataset {
            schema: None,
            events: events.into(),
            echoes: echoes.into(),
            argument: Cow::Borrowed(&[]),
            claims: Cow::Borrowed(&[]),
            ..self.clone()
        }
    }
}

/// One of the two periods, with the dates its axis covers (inclusive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    pub id: Text,
    pub title: Text,
    pub start: Text,
    pub end: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Text,
    pub name: Text,
    /// `#rrggbb`, at least 3:1 against both page backgrounds (see `validate`).
    pub color: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Alliance,
    Consultation,
    Secrecy,
    Escalation,
    Rescue,
    Leverage,
    Arms,
    Troops,
    Diplomacy,
    Deterrence,
    Economy,
}

impl Theme {
    pub const ALL: [Theme; 11] = [
        Theme::Alliance,
        Theme::Consultation,
        Theme::Secrecy,
        Theme::Escalation,
        Theme::Rescue,
        Theme::Leverage,
        Theme::Arms,
        Theme::Troops,
        Theme::Diplomacy,
        Theme::Deterrence,
        Theme::Economy,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Theme::Alliance => "alliance",
            Theme::Consultation => "consultation",
            Theme::Secrecy => "secrecy",
            Theme::Escalation => "escalation",
            Theme::Rescue => "rescue",
            Theme::Leverage => "leverage",
            Theme::Arms => "arms",
            Theme::Troops => "troops",
            Theme::Diplomacy => "diplomacy",
            Theme::Deterrence => "deterrence",
            Theme::Economy => "economy",
        }
    }
}

/// Primary: the record itself (a cable, treaty text, resolution, official statement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Primary,
    Secondary,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    pub publisher: Text,
    pub url: Text,
    pub kind: SourceKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: Text,
    pub speaker: Text,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Text,
    pub lane: Text,
    /// `YYYY-MM-DD`, `YYYY-MM`, or `start/end`; the local date where it happened.
    pub date: Text,
    pub title: Text,
    /// The title as a timeline lane labels the event: at most `SHORT_MAX` characters of plain
    /// text that name what happened ("Inchon landing"), for a reader scanning the lane.
    pub short: Text,
    pub summary: Text,
    pub actors: List<Text>,
    pub themes: List<Theme>,
    pub sources: List<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// For an event after the essay (and only for one): a short, hedged reading, in Echoes' own
    /// words, of how it bears on the essay's question, and where the evidence is thin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearing: Option<Text>,
}

/// Two analogous moves: one or more events of 1950 and one or more of 2023–24.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Echo {
    pub id: Text,
    pub title: Text,
    pub then: List<Text>,
    pub now: List<Text>,
    pub parallel: Text,
    pub breaks: Text,
    /// The essay passage it rests on: a short attributed quotation or a pointer.
    pub essay: Text,
}

/// One step of the essay's argument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: Text,
    pub title: Text,
    pub text: Text,
    pub echoes: List<Text>,
    pub claims: List<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Supported,
    Imprecise,
    Disputed,
    Unverified,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Imprecise => "imprecise",
            Verdict::Disputed => "disputed",
            Verdict::Unverified => "unverified",
        }
    }
}

/// A checkable claim of the essay and what the record says about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: Text,
    pub claim: Text,
    pub verdict: Verdict,
    pub record: Text,
    pub sources: List<Source>,
    #[serde(default)]
    pub events: List<Text>,
}

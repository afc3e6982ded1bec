//! The rules a dataset must pass before it ships. Every error names the entry, the field and why.

use super::dataset::{Dataset, Event, Source, Verdict, CONTEXT_LANE};
use super::date::{Day, EventDate};
use std::collections::BTreeSet;
use std::fmt;

/// The page backgrounds an actor's colour is drawn on (light and dark scheme).
pub const BACKGROUNDS: [&str; 2] = ["#ffffff", "#121417"];
/// WCAG 2 AA for graphics and large text (1.4.11): markers are drawn in the actor's colour.
pub const MIN_CONTRAST: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Not the dataset's shape: a missing or unknown field, a wrong type, an unknown theme.
    Shape,
    DuplicateId,
    NotKebabCase,
    UnknownReference,
    EchoEnds,
    BadDate,
    OutsideLane,
    MissingSource,
    BadUrl,
    EmptyText,
    Markup,
    LowContrast,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The id of the offending entry (or its position when it has no usable id).
    pub entry: String,
    pub field: String,
    pub rule: Rule,
    pub reason: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "entry `{}`, field `{}`: {}",
            self.entry, self.field, self.reason
        )
    }
}

/// Every rule break in the dataset, or `Ok` when it may ship.
pub fn validate(data: &Dataset) -> Result<(), Vec<ValidationError>> {
    let mut check = Checker::default();
    check.lanes(data);
    check.actors(data);
    check.ids(data);
    check.events(data);
    check.echoes(data);
    check.argument(data);
    check.claims(data);
    if check.errors.is_empty() {
        Ok(())
    } else {
        Err(check.errors)
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn fail(&mut self, entry: &str, field: impl Into<String>, rule: Rule, reason: String) {
        self.errors.push(ValidationError {
            entry: entry.to_string(),
            field: field.into(),
            rule,
            reason,
        });
    }

    fn text(&mut self, entry: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(entry, field, Rule::EmptyText, "is empty".into());
        } else if text.contains(['<', '>']) {
            self.fail(
                entry,
                field,
                Rule::Markup,
                "contains `<` or `>`: text is plain, never HTML".into(),
            );
        } else if text.chars().any(char::is_control) {
            self.fail(
                entry,
                field,
                Rule::Markup,
                "contains a line break or control character: text is one plain line".into(),
            );
        }
    }

    fn kebab(&mut self, entry: &str, field: &str, id: &str) {
        let kebab = !id.is_empty()
            && id.split('-').all(|part| {
                !part.is_empty() && part.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9'))
            });
        if !kebab {
            self.fail(
                entry,
                field,
                Rule::NotKebabCase,
                format!("`{id}` is not kebab-case (a-z, 0-9, single hyphens)"),
            );
        }
    }

    fn reference(
        &mut self,
        entry: &str,
        field: String,
        target: &str,
        known: &BTreeSet<&str>,
        kind: &str,
    ) {
        if !known.contains(target) {
            self.fail(
                entry,
                field,
                Rule::UnknownReference,
                format!("no {kind} has the id `{target}`"),
            );
        }
    }

    fn source(&mut self, entry: &str, field: &str, source: &Source) {
        self.text(entry, &format!("{field}.title"), &source.title);
        self.text(entry, &format!("{field}.publisher"), &source.publisher);
        if !is_web_url(&source.url) {
            self.fail(
                entry,
                format!("{field}.url"),
                Rule::BadUrl,
                format!("`{}` is not an absolute http(s) URL", source.url),
            );
        }
    }

    fn lanes(&mut self, data: &Dataset) {
        if data.lanes.len() != 2 {
            self.fail(
                "lanes",
                "lanes",
                Rule::EchoEnds,
                format!(
                    "needs exactly two lanes, then and now, not {}",
                    data.lanes.len()
                ),
            );
        }
        for lane in data.lanes.iter() {
            self.kebab(&lane.id, "id", &lane.id);
            self.text(&lane.id, "title", &lane.title);
            match (Day::parse(&lane.start), Day::parse(&lane.end)) {
                (Some(start), Some(end)) if start <= end => {}
                _ => self.fail(
                    &lane.id,
                    "start/end",
                    Rule::BadDate,
                    "start and end must be YYYY-MM-DD days, start first".into(),
                ),
            }
        }
    }

    fn actors(&mut self, data: &Dataset) {
        let mut seen = BTreeSet::new();
        for actor in data.actors.iter() {
            self.kebab(&actor.id, "id", &actor.id);
            if !seen.insert(&*actor.id) {
                self.fail(
                    &actor.id,
                    "id",
                    Rule::DuplicateId,
                    "another actor has this id".into(),
                );
            }
            self.text(&actor.id, "name", &actor.name);
            for background in BACKGROUNDS {
                match contrast(&actor.color, background) {
                    Some(ratio) if ratio >= MIN_CONTRAST => {}
                    Some(ratio) => self.fail(
                        &actor.id,
                        "color",
                        Rule::LowContrast,
                        format!(
                            "{} has contrast {ratio:.2} on {background}; at least {MIN_CONTRAST} is needed",
                            actor.color
                        ),
                    ),
                    None => self.fail(
                        &actor.id,
                        "color",
                        Rule::LowContrast,
                        format!("`{}` is not a #rrggbb colour", actor.color),
                    ),
                }
            }
        }
    }

    /// Events, echoes, steps and claims share one id space: each is an address or an anchor.
    fn ids(&mut self, data: &Dataset) {
        let ids = data
            .events
            .iter()
            .map(|e| &e.id)
            .chain(data.echoes.iter().map(|e| &e.id))
            .chain(data.argument.iter().map(|s| &s.id))
            .chain(data.claims.iter().map(|c| &c.id));
        let mut seen = BTreeSet::new();
        for id in ids {
            self.kebab(id, "id", id);
            if !seen.insert(&**id) {
                self.fail(
                    id,
                    "id",
                    Rule::DuplicateId,
                    "another event, echo, step or claim has this id".into(),
                );
            }
        }
    }

    fn events(&mut self, data: &Dataset) {
        let actors: BTreeSet<&str> = data.actors.iter().map(|a| &*a.id).collect();
        for event in data.events.iter() {
            let id = &*event.id;
            for (field, text) in [
                ("title", &event.title),
                ("summary", &event.summary),
                ("lane", &event.lane),
            ] {
                self.text(id, field, text);
            }
            self.event_date(data, event);
            if event.actors.is_empty() {
                self.fail(
                    id,
                    "actors",
                    Rule::UnknownReference,
                    "names no actor".into(),
                );
            }
            for (i, actor) in event.actors.iter().enumerate() {
                self.reference(id, format!("actors[{i}]"), actor, &actors, "actor");
            }
            if event.themes.is_empty() {
                self.fail(id, "themes", Rule::EmptyText, "names no theme".into());
            }
            if event.sources.is_empty() {
                self.fail(
                    id,
                    "sources",
                    Rule::MissingSource,
                    "every event needs at least one source".into(),
                );
            }
            for (i, source) in event.sources.iter().enumerate() {
                self.source(id, &format!("sources[{i}]"), source);
            }
            if let Some(quote) = &event.quote {
                self.text(id, "quote.text", &quote.text);
                self.text(id, "quote.speaker", &quote.speaker);
                self.source(id, "quote.source", &quote.source);
            }
        }
    }

    fn event_date(&mut self, data: &Dataset, event: &Event) {
        let id = &*event.id;
        let date = match EventDate::parse(&event.date) {
            Ok(date) => date,
            Err(error) => return self.fail(id, "date", Rule::BadDate, error.0),
        };
        let range =
            |lane: &super::dataset::Lane| Some((Day::parse(&lane.start)?, Day::parse(&lane.end)?));
        if event.lane == CONTEXT_LANE {
            for lane in data.lanes.iter() {
                let Some((start, end)) = range(lane) else {
                    continue;
                };
                if date.last_day() >= start && date.first_day() <= end {
                    self.fail(
                        id,
                        "date",
                        Rule::OutsideLane,
                        format!(
                            "{} falls inside lane `{}`: context events lie outside both lanes",
                            event.date, lane.id
                        ),
                    );
                }
            }
            return;
        }
        match data.lanes.iter().find(|lane| lane.id == event.lane) {
            None => self.fail(
                id,
                "lane",
                Rule::UnknownReference,
                format!("no lane has the id `{}`", event.lane),
            ),
            Some(lane) => {
                if let Some((start, end)) = range(lane) {
                    if date.first_day() < start || date.last_day() > end {
                        self.fail(
                            id,
                            "date",
                            Rule::OutsideLane,
                            format!(
                                "{} lies outside lane `{}` ({} to {})",
                                event.date, lane.id, lane.start, lane.end
                            ),
                        );
                    }
                }
            }
        }
    }

    fn echoes(&mut self, data: &Dataset) {
        let lanes: Vec<&str> = data.lanes.iter().map(|l| &*l.id).collect();
        for echo in data.echoes.iter() {
            let id = &*echo.id;
            for (field, text) in [
                ("title", &echo.title),
                ("parallel", &echo.parallel),
                ("breaks", &echo.breaks),
                ("essay", &echo.essay),
            ] {
                self.text(id, field, text);
            }
            for (field, ends, lane) in [
                ("then", &echo.then, lanes.first()),
                ("now", &echo.now, lanes.get(1)),
            ] {
                let lane = lane.copied().unwrap_or("?");
                if ends.is_empty() {
                    self.fail(
                        id,
                        field,
                        Rule::EchoEnds,
                        format!("an echo needs an end in lane `{lane}`"),
                    );
                }
                for (i, end) in ends.iter().enumerate() {
                    match data.events.iter().find(|e| e.id == *end) {
                        None => self.fail(
                            id,
                            format!("{field}[{i}]"),
                            Rule::UnknownReference,
                            format!("no event has the id `{end}`"),
                        ),
                        Some(event) if event.lane != lane => self.fail(
                            id,
                            format!("{field}[{i}]"),
                            Rule::EchoEnds,
                            format!("`{end}` is in lane `{}`, not `{lane}`", event.lane),
                        ),
                        Some(_) => {}
                    }
                }
            }
        }
    }

    fn argument(&mut self, data: &Dataset) {
        let echoes: BTreeSet<&str> = data.echoes.iter().map(|e| &*e.id).collect();
        let claims: BTreeSet<&str> = data.claims.iter().map(|c| &*c.id).collect();
        for step in data.argument.iter() {
            let id = &*step.id;
            self.text(id, "title", &step.title);
            self.text(id, "text", &step.text);
            for (i, echo) in step.echoes.iter().enumerate() {
                self.reference(id, format!("echoes[{i}]"), echo, &echoes, "echo");
            }
            for (i, claim) in step.claims.iter().enumerate() {
                self.reference(id, format!("claims[{i}]"), claim, &claims, "claim");
            }
        }
    }

    fn claims(&mut self, data: &Dataset) {
        let events: BTreeSet<&str> = data.events.iter().map(|e| &*e.id).collect();
        for claim in data.claims.iter() {
            let id = &*claim.id;
            self.text(id, "claim", &claim.claim);
            self.text(id, "record", &claim.record);
            if claim.sources.is_empty() && claim.verdict != Verdict::Unverified {
                self.fail(
                    id,
                    "sources",
                    Rule::MissingSource,
                    format!(
                        "a `{}` verdict needs a source; without one it is `unverified`",
                        claim.verdict.name()
                    ),
                );
            }
            for (i, source) in claim.sources.iter().enumerate() {
                self.source(id, &format!("sources[{i}]"), source);
            }
            for (i, event) in claim.events.iter().enumerate() {
                self.reference(id, format!("events[{i}]"), event, &events, "event");
            }
        }
    }
}

/// `http(s)://host.tld/…` with no spaces: a link a reader can open.
fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The WCAG 2 contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).ok()? as f64 / 255.0;
        Some(if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

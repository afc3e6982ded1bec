//! The rules a dataset must pass before it ships. Every error names the entry, the field and why.

use super::dataset::{
    Dataset, Event, Source, SourceKind, Verdict, AFTER_ESSAY_LANE, CONTEXT_LANE, SHORT_MAX,
};
use super::date::{Day, EventDate};
use std::collections::{BTreeMap, BTreeSet};
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
    /// An event's `short` title is longer than a lane's label holds (`SHORT_MAX` characters).
    TooLong,
    LowContrast,
    /// A `primary` source that is a site root or a catalogue, search, tag, index or listing page
    /// rather than the record itself.
    NotTheRecord,
    /// An `http` URL for a site that serves `https`.
    Insecure,
    /// One URL cited under two different titles.
    ConflictingTitle,
    /// One entry citing the same URL twice.
    RepeatedSource,
    /// The dataset's `version` (semver) or `as_of` day is missing or malformed.
    Version,
}

/// Pages that list or find records rather than being one. A `primary` source whose URL matches
/// one of these is refused. Each pattern is matched against the URL's host (without `www.`) and
/// path (without a trailing `/`, query or fragment): `*` stands for any run of characters
/// within one segment, `**` for any run of whole segments, none included.
pub const NOT_A_RECORD: &[&str] = &[
    // Search pages, and tag, category and catalogue listings, on any site.
    "**/search",
    "**/search/**",
    "**/tag/**",
    "**/tags/**",
    "**/category/**",
    "**/categories/**",
    "**/catalog",
    "**/catalog/**",
    "**/catalogue",
    "**/catalogue/**",
    // An index page is a table of contents, whichever server writes it.
    "**/index.htm",
    "**/index.html",
    "**/index.php",
    // The Kremlin's lists of events and news; a transcript is `/events/president/news/NNNNN`.
    "*kremlin.ru/events",
    "*kremlin.ru/events/*",
    "*kremlin.ru/events/*/news",
    "*kremlin.ru/supplement",
    // A FRUS volume's landing page (and its parts); a document is `/historicaldocuments/VOL/dNN`.
    "history.state.gov/historicaldocuments",
    "history.state.gov/historicaldocuments/*",
    "history.state.gov/historicaldocuments/*/ch*",
    "history.state.gov/historicaldocuments/*/comp*",
    // The Wilson Center's collections and theme pages; a document is `/document/…`.
    "digitalarchive.wilsoncenter.org/collection/**",
    "digitalarchive.wilsoncenter.org/theme/**",
    // A ministry's list of press conferences; one transcript is a dated page below it.
    "*.gov.cn/eng/fyrth",
    "*.gov.cn/eng/xwfw/fyrbt",
];

/// A record's own page at an address that a pattern above takes for a listing: the Kremlin also
/// files each event under the countries it concerns (`/catalog/countries/CN/events/NNNNN`).
pub const RECORDS_IN_LISTINGS: &[&str] = &["*kremlin.ru/catalog/countries/*/events/*"];

/// Query parameters that make a page a search, whatever its path.
pub const SEARCH_PARAMETERS: &[&str] = &["q", "query", "search", "keyword", "keywords", "s"];

/// Hosts that serve no `https`, so an `http` URL is the only one a reader can open. North Korea's
/// state media sites answer on plain http only; every other host in the dataset has https.
pub const HTTP_ONLY_HOSTS: &[&str] = &["kcna.kp", "rodong.rep.kp", "naenara.com.kp", "vok.rep.kp"];

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
    check.version(data);
    check.lanes(data);
    check.actors(data);
    check.ids(data);
    check.events(data);
    check.echoes(data);
    check.argument(data);
    check.claims(data);
    check.one_title_per_url(data);
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

    /// An entry's sources, each once.
    fn sources(&mut self, entry: &str, sources: &[Source]) {
        for (i, source) in sources.iter().enumerate() {
            let field = format!("sources[{i}]");
            self.source(entry, &field, source);
            if sources[..i].iter().any(|earlier| earlier.url == source.url) {
                self.fail(
                    entry,
                    format!("{field}.url"),
                    Rule::RepeatedSource,
                    format!("`{}` is cited twice", source.url),
                );
            }
        }
    }

    fn source(&mut self, entry: &str, field: &str, source: &Source) {
        self.text(entry, &format!("{field}.title"), &source.title);
        self.text(entry, &format!("{field}.publisher"), &source.publisher);
        if !is_web_url(&source.url) {
            return self.fail(
                entry,
                format!("{field}.url"),
                Rule::BadUrl,
                format!("`{}` is not an absolute http(s) URL", source.url),
            );
        }
        let url = UrlParts::of(&source.url);
        if url.scheme == "http" && !HTTP_ONLY_HOSTS.contains(&url.host.as_str()) {
            self.fail(
                entry,
                format!("{field}.url"),
                Rule::Insecure,
                format!(
                    "`{}` is http; use https (only the hosts in HTTP_ONLY_HOSTS have none)",
                    source.url
                ),
            );
        }
        if source.kind == SourceKind::Primary {
            if let Some(why) = url.not_a_record() {
                self.fail(
                    entry,
                    format!("{field}.url"),
                    Rule::NotTheRecord,
                    format!(
                        "`{}` is {why}, not the record itself: cite the document's own page, or mark the source secondary",
                        source.url
                    ),
                );
            }
        }
    }

    fn version(&mut self, data: &Dataset) {
        if data.version.is_empty() {
            self.fail(
                "dataset",
                "version",
                Rule::Version,
                "is missing: the dataset needs a version, MAJOR.MINOR.PATCH".into(),
            );
        } else if !is_semver(&data.version) {
            self.fail(
                "dataset",
                "version",
                Rule::Version,
                format!(
                    "`{}` is not a version written MAJOR.MINOR.PATCH (like 1.1.0)",
                    data.version
                ),
            );
        }
        if data.as_of.is_empty() {
            self.fail(
                "dataset",
                "as_of",
                Rule::Version,
                "is missing: the dataset needs the day it was last checked, YYYY-MM-DD".into(),
            );
        } else if Day::parse(&data.as_of).is_none() {
            self.fail(
                "dataset",
                "as_of",
                Rule::Version,
                format!("`{}` is not a real day written YYYY-MM-DD", data.as_of),
            );
        }
    }

    /// A URL names one document, so everywhere it is cited it has the same title.
    fn one_title_per_url(&mut self, data: &Dataset) {
        let mut cited: Vec<(&str, String, &Source)> = Vec::new();
        for event in data.events.iter() {
            for (i, source) in event.sources.iter().enumerate() {
                cited.push((&event.id, format!("sources[{i}]"), source));
            }
            if let Some(quote) = &event.quote {
                cited.push((&event.id, "quote.source".into(), &quote.source));
            }
        }
        for claim in data.claims.iter() {
            for (i, source) in claim.sources.iter().enumerate() {
                cited.push((&claim.id, format!("sources[{i}]"), source));
            }
        }
        let mut first: BTreeMap<String, (&str, &str)> = BTreeMap::new();
        for (entry, field, source) in cited {
            let key = UrlParts::of(&source.url).key();
            match first.get(&key) {
                None => {
                    first.insert(key, (entry, &source.title));
                }
                Some((other, title)) if *title != &*source.title => self.fail(
                    entry,
                    format!("{field}.title"),
                    Rule::ConflictingTitle,
                    format!(
                        "`{}` is cited by `{other}` as \"{title}\" and here as \"{}\": one URL, one title",
                        source.url, source.title
                    ),
                ),
                Some(_) => {}
            }
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
            self.short_title(event);
            self.event_date(data, event);
            self.bearing(event);
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
            self.sources(id, &event.sources);
            if let Some(quote) = &event.quote {
                self.text(id, "quote.text", &quote.text);
                self.text(id, "quote.speaker", &quote.speaker);
                self.source(id, "quote.source", &quote.source);
            }
        }
    }

    /// The label a lane shows: plain, one line, non-empty, at most `SHORT_MAX` characters, and
    /// free of `&` and `"` as well as `<` and `>`, so that it needs no escaping wherever it goes.
    fn short_title(&mut self, event: &Event) {
        let (id, short) = (&*event.id, &*event.short);
        let errors = self.errors.len();
        self.text(id, "short", short);
        if self.errors.len() > errors {
            return;
        }
        if short.contains(['&', '"']) {
            self.fail(
                id,
                "short",
                Rule::Markup,
                "contains `&` or `\"`: a short title is plain text that needs no escaping".into(),
            );
        }
        let length = short.chars().count();
        if length > SHORT_MAX {
            self.fail(
                id,
                "short",
                Rule::TooLong,
                format!(
                    "`{short}` has {length} characters; a lane label holds at most {SHORT_MAX}"
                ),
            );
        }
    }

    /// An event after the essay says how it bears on the essay's question; no other event does.
    fn bearing(&mut self, event: &Event) {
        let id = &*event.id;
        match (&event.bearing, event.lane == AFTER_ESSAY_LANE) {
            (Some(bearing), true) => self.text(id, "bearing", bearing),
            (None, true) => self.fail(
                id,
                "bearing",
                Rule::EmptyText,
                "an event after the essay says how it bears on the essay's question".into(),
            ),
            (Some(_), false) => self.fail(
                id,
                "bearing",
                Rule::Shape,
                format!("only an event in `{AFTER_ESSAY_LANE}` has a bearing"),
            ),
            (None, false) => {}
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
        if event.lane == AFTER_ESSAY_LANE {
            // After both periods, which the essay closed, and no later than the day the data was
            // checked against the record.
            let last_lane_day = data
                .lanes
                .iter()
                .filter_map(range)
                .map(|(_, end)| end)
                .max();
            if last_lane_day.is_some_and(|end| date.first_day() <= end) {
                self.fail(
                    id,
                    "date",
                    Rule::OutsideLane,
                    format!("{} is not after the essay's periods", event.date),
                );
            }
            if Day::parse(&data.as_of).is_some_and(|as_of| date.last_day() > as_of) {
                self.fail(
                    id,
                    "date",
                    Rule::OutsideLane,
                    format!(
                        "{} is after the data's as_of day, {}",
                        event.date, data.as_of
                    ),
                );
            }
            return;
        }
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
            self.sources(id, &claim.sources);
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

/// `MAJOR.MINOR.PATCH`, each a number without leading zeros.
pub fn is_semver(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|part| {
            !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
        })
}

/// The parts of a URL the source rules look at.
struct UrlParts {
    scheme: String,
    /// Lower case, without `www.`.
    host: String,
    /// Without a trailing `/`; empty for a site root.
    path: String,
    query: String,
}

impl UrlParts {
    /// Only for URLs `is_web_url` accepted.
    fn of(url: &str) -> UrlParts {
        let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
        let rest = rest.split('#').next().unwrap_or("");
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (host, path) = match rest.find('/') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        let host = host.to_ascii_lowercase();
        UrlParts {
            scheme: scheme.to_ascii_lowercase(),
            host: host.strip_prefix("www.").unwrap_or(&host).to_string(),
            path: path.trim_end_matches('/').to_string(),
            query: query.to_string(),
        }
    }

    /// The same document whatever the scheme, `www.` or trailing slash.
    fn key(&self) -> String {
        if self.query.is_empty() {
            format!("{}{}", self.host, self.path)
        } else {
            format!("{}{}?{}", self.host, self.path, self.query)
        }
    }

    /// Why this page is not a record, if it is not one.
    fn not_a_record(&self) -> Option<String> {
        if self.path.is_empty() {
            return Some("a site's root page".into());
        }
        let searched = self.query.split('&').any(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            SEARCH_PARAMETERS.contains(&name)
        });
        if searched {
            return Some("a search".into());
        }
        let page = format!("{}{}", self.host, self.path);
        if RECORDS_IN_LISTINGS
            .iter()
            .any(|pattern| glob(pattern, &page))
        {
            return None;
        }
        NOT_A_RECORD
            .iter()
            .find(|pattern| glob(pattern, &page))
            .map(|pattern| format!("a listing or index page (pattern `{pattern}`)"))
    }
}

/// Matches `text` against `pattern`, where `*` is any run of characters other than `/` and
/// `**/` any run of whole segments (`/**` at the end: one or more further segments).
fn glob(pattern: &str, text: &str) -> bool {
    fn go(p: &[u8], t: &[u8]) -> bool {
        match p {
            [] => t.is_empty(),
            [b'*', b'*', b'/', rest @ ..] => {
                (0..=t.len()).any(|i| (i == 0 || t[i - 1] == b'/') && go(rest, &t[i..]))
            }
            [b'/', b'*', b'*'] => t.len() > 1 && t[0] == b'/',
            [b'*', rest @ ..] => (0..=t.len())
                .take_while(|&i| i == 0 || t[i - 1] != b'/')
                .any(|i| go(rest, &t[i..])),
            [c, rest @ ..] => t.first() == Some(c) && go(rest, &t[1..]),
        }
    }
    go(pattern.as_bytes(), text.as_bytes())
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

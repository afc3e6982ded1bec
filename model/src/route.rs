//! Addresses ⇄ what the reader sees. The URL is the single source of truth for selection.
//!
//! Paths here are relative to the site's base path (`/` or `/echoes/`): the face strips the base
//! before `parse` and puts it back after `href`.

use super::dataset::Dataset;
use super::date::Day;
use super::order::sort_indices;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    Home,
    Event(String),
    Echo(String),
    About,
    /// Anything else: the requested path (decoded, for display as text) and the nearest ids.
    NotFound {
        path: String,
        suggestions: Vec<Suggestion>,
    },
}

/// Which page a view is on: selecting an event or an echo stays on the timeline page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Timeline,
    About,
    NotFound,
}

impl View {
    pub fn page(&self) -> Page {
        match self {
            View::Home | View::Event(_) | View::Echo(_) => Page::Timeline,
            View::About => Page::About,
            View::NotFound { .. } => Page::NotFound,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub path: String,
    pub id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Calendar,
    Aligned,
}

impl Mode {
    /// Its name in an address (`mode=aligned`) and on the toolbar's buttons (`data-mode`).
    pub fn name(self) -> &'static str {
        match self {
            Mode::Calendar => "calendar",
            Mode::Aligned => "aligned",
        }
    }

    pub fn from_name(name: &str) -> Option<Mode> {
        [Mode::Calendar, Mode::Aligned]
            .into_iter()
            .find(|mode| mode.name() == name)
    }
}

/// The deepest zoom: a 15-month lane shows about two weeks.
pub const MAX_ZOOM: u8 = 32;

/// How far the time axis is zoomed in, and on what: both lanes show the same share of their
/// width. `z=4&c=1950-06-25` in an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zoom {
    /// 1 (whole lanes) to `MAX_ZOOM`: how many times wider than the screen the lanes are drawn.
    pub factor: u8,
    /// The 1950-lane day at the middle of the window (that lane is never warped, so the day
    /// means the same place in both alignments). `None` at factor 1.
    pub centre: Option<Day>,
}

impl Zoom {
    pub const NONE: Zoom = Zoom {
        factor: 1,
        centre: None,
    };

    /// A zoom as the address keeps it: factor clamped, no centre when not zoomed.
    pub fn new(factor: u8, centre: Option<Day>) -> Zoom {
        let factor = factor.clamp(1, MAX_ZOOM);
        Zoom {
            factor,
            centre: centre.filter(|_| factor > 1),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    pub mode: Mode,
    /// Where the playhead stands, when the address says so.
    pub at: Option<Day>,
    pub zoom: Zoom,
}

impl Route {
    pub fn home() -> Route {
        Route {
            view: View::Home,
            mode: Mode::Calendar,
            at: None,
            zoom: Zoom::NONE,
        }
    }

    /// Never panics: whatever the input, the answer is a route (maybe not-found).
    pub fn parse(path: &str, query: &str, data: &Dataset) -> Route {
        let (mode, at, zoom) = parse_query(query, data);
        Route {
            view: parse_path(path, data),
            mode,
            at,
            zoom,
        }
    }

    /// The address of this route, relative to the base: `/e/kpa-invasion?mode=aligned`.
    pub fn href(&self) -> String {
        let mut href = match &self.view {
            View::Home => "/".to_string(),
            View::Event(id) => format!("/e/{id}"),
            View::Echo(id) => format!("/echo/{id}"),
            View::About => "/about".to_string(),
            View::NotFound { path, .. } => encode_path(path),
        };
        let mut query = Vec::new();
        if self.mode != Mode::Calendar {
            query.push(format!("mode={}", self.mode.name()));
        }
        if let Some(at) = self.at {
            query.push(format!("at={}", at.iso()));
        }
        if self.zoom.factor > 1 {
            query.push(format!("z={}", self.zoom.factor));
            if let Some(centre) = self.zoom.centre {
                query.push(format!("c={}", centre.iso()));
            }
        }
        if !query.is_empty() {
            href.push('?');
            href.push_str(&query.join("&"));
        }
        href
    }
}

fn parse_path(path: &str, data: &Dataset) -> View {
    let not_found = |decoded: String, wanted: &str| View::NotFound {
        suggestions: suggestions(wanted, data),
        path: decoded,
    };
    let Some(decoded) = percent_decode(path) else {
        return not_found(path.to_string(), "");
    };
    let trimmed = decoded.trim_end_matches('/');
    let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
    match segments.as_slice() {
        [] | [""] => View::Home,
        ["about"] => View::About,
        ["e", id] if data.events.iter().any(|e| e.id == *id) => View::Event(id.to_string()),
        ["echo", id] if data.echoes.iter().any(|e| e.id == *id) => View::Echo(id.to_string()),
        [.., last] => {
            let last = last.to_string();
            not_found(decoded, &last)
        }
    }
}

/// Junk, out-of-range or oversized values fall back to the defaults, silently.
fn parse_query(query: &str, data: &Dataset) -> (Mode, Option<Day>, Zoom) {
    let mut mode = Mode::Calendar;
    let mut at = None;
    let mut factor = 1;
    let mut centre = None;
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("mode", name)) => mode = Mode::from_name(name).unwrap_or(mode),
            Some(("at", value)) => at = Day::parse(value).filter(|day| in_a_lane(*day, data)),
            Some(("z", value)) => {
                factor = value
                    .parse::<u8>()
                    .ok()
                    .filter(|z| (1..=MAX_ZOOM).contains(z) && value.len() <= 2)
                    .unwrap_or(1);
            }
            Some(("c", value)) => {
                centre = Day::parse(value).filter(|day| in_first_lane(*day, data));
            }
            _ => {}
        }
    }
    (mode, at, Zoom::new(factor, centre))
}

fn in_first_lane(day: Day, data: &Dataset) -> bool {
    data.lanes.first().is_some_and(|lane| {
        matches!((Day::parse(&lane.start), Day::parse(&lane.end)),
            (Some(start), Some(end)) if (start..=end).contains(&day))
    })
}

fn in_a_lane(day: Day, data: &Dataset) -> bool {
    data.lanes.iter().any(|lane| {
        matches!((Day::parse(&lane.start), Day::parse(&lane.end)),
            (Some(start), Some(end)) if (start..=end).contains(&day))
    })
}

/// Up to three event or echo addresses whose ids are closest to what was asked for.
fn suggestions(wanted: &str, data: &Dataset) -> Vec<Suggestion> {
    // Long garbage needs no suggestion, and distance is quadratic in length.
    if wanted.is_empty() || wanted.len() > 80 {
        return Vec::new();
    }
    // Ids are ASCII; Unicode's case tables would weigh on the WASM.
    let wanted = wanted.to_ascii_lowercase();
    let candidates = data
        .events
        .iter()
        .map(|e| ("e", &*e.id))
        .chain(data.echoes.iter().map(|e| ("echo", &*e.id)));
    let scored: Vec<(usize, Suggestion)> = candidates
        .filter_map(|(kind, id)| {
            let distance = edit_distance(&wanted, id);
            let close = distance <= id.len().max(wanted.len()) / 3
                || (wanted.len() >= 4 && id.contains(wanted.as_str()));
            close.then(|| {
                (
                    distance,
                    Suggestion {
                        path: format!("/{kind}/{id}"),
                        id: id.to_string(),
                    },
                )
            })
        })
        .collect();
    // The closest first; among equals, events before echoes, each in the dataset's order.
    let mut order: Vec<usize> = (0..scored.len()).collect();
    sort_indices(&mut order, &|i| (scored[i].0 as i64, 0));
    order
        .into_iter()
        .take(3)
        .map(|i| scored[i].1.clone())
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Decodes `%XX`; `None` for a broken escape, invalid UTF-8 or a NUL.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.contains('\0'))
}

/// Escapes what may not stand in a path, so a not-found address formats back to itself.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The key a view's reading fragment carries (`data-view`) and its file under `fragments/`, so
/// the app can check that the text it fetched is the view it asked for.
pub fn view_key(view: &View) -> String {
    match view {
        View::Home => "home".into(),
        View::Event(id) => format!("e/{id}"),
        View::Echo(id) => format!("echo/{id}"),
        View::About => "about".into(),
        View::NotFound { .. } => "not-found".into(),
    }
}

/// Where a view's fragment is served, relative to the base.
pub fn fragment_path(view: &View) -> String {
    format!("fragments/{}.html", view_key(view))
}

/// The comment that closes every fragment: one that lacks it was cut short.
pub fn fragment_end(key: &str) -> String {
    format!("<!--end {key}-->")
}

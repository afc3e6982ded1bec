//! The title and description of each address: for the document while the app runs, and for the
//! pre-rendered pages and their preview cards.

use super::dataset::{Dataset, Event};
use super::date::EventDate;
use super::route::View;

pub const SITE: &str = "Echoes";
pub const HOME_TITLE: &str = "Echoes: 1950 and 2023–24 side by side";
pub const HOME_DESCRIPTION: &str = "The outbreak of the Korean War and North Korea's turn to Russia, drawn as two parallel timelines with the echoes between them and every fact sourced.";

pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// The class of the page's `<main>` for a view: the stylesheet sets the text beside the lanes on
/// a wide screen, except on the about and not-found pages, which have no lanes. The build writes
/// it and the app changes it as the reader moves (a class, not a `:has()` rule: those make
/// Chromium restyle the page whenever a node is added anywhere in it).
pub fn layout_class(view: &View) -> &'static str {
    match view {
        View::About => "layout page-about",
        View::NotFound { .. } => "layout page-not-found",
        View::Home => "layout page-home",
        View::Event(_) | View::Echo(_) => "layout page-reading",
    }
}

pub fn page_meta(view: &View, data: &Dataset) -> PageMeta {
    let meta = |title: String, description: &str| PageMeta {
        title,
        description: description.to_string(),
    };
    match view {
        View::Home => meta(HOME_TITLE.into(), HOME_DESCRIPTION),
        View::Event(id) => match data.events.iter().find(|e| e.id == *id) {
            Some(event) => meta(event_page_title(&event.title, event), &event.summary),
            None => not_found(),
        },
        View::Echo(id) => match data.echoes.iter().find(|e| e.id == *id) {
            Some(echo) => meta(format!("{} · {SITE}", echo.title), &echo.parallel),
            None => not_found(),
        },
        View::About => meta(
            format!("About the data and the essay's claims · {SITE}"),
            "How Echoes was made: method, sources, a check of every claim in the essay, and the dataset to download as JSON and CSV.",
        ),
        View::NotFound { .. } => not_found(),
    }
}

/// An event's page title, from its title as the caller has it (the app's index has none where
/// the page carries them) and its date.
pub fn event_page_title(title: &str, event: &Event) -> String {
    let date = EventDate::parse(&event.date).map(EventDate::label);
    format!("{title} ({}) · {SITE}", date.unwrap_or_default())
}

fn not_found() -> PageMeta {
    PageMeta {
        title: format!("Not found · {SITE}"),
        description: "There is no page at this address.".into(),
    }
}

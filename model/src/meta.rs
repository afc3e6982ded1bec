//! The title and description of each address: for the document while the app runs, and for the
//! pre-rendered pages and their preview cards.

use super::dataset::Dataset;
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
            Some(event) => {
                let date = EventDate::parse(&event.date).map(EventDate::label);
                meta(
                    format!("{} ({}) · {SITE}", event.title, date.unwrap_or_default()),
                    &event.summary,
                )
            }
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

fn not_found() -> PageMeta {
    PageMeta {
        title: format!("Not found · {SITE}"),
        description: "There is no page at this address.".into(),
    }
}

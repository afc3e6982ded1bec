//! What the playhead reads: under each lane, its current event's date and short title, a link
//! that opens it; below both, the echoes with an end at the playhead; for a screen reader, each
//! lane's current event as it changes; and on each lane, a ring around its current event.

use crate::controls::{part, Part};
use crate::model::timeline::Timeline;

/// Under a lane, its current event.
pub const LANE_CURRENT: Part = part!(class "lane-current");
pub const ANNOUNCER: Part = part!(id "playhead-announcer");
/// Says what was selected: the text itself changes in the reading pane.
pub const SELECTION_ANNOUNCER: Part = part!(id "selection-announcer");
pub const PLAYHEAD_ECHOES: Part = part!(class "playhead-echoes");
/// The ring's layer, moved along the lane by a transform.
pub const CURRENT_TRACK: Part = part!(class "current-track");
pub const PARTS: &[Part] = &[
    LANE_CURRENT,
    ANNOUNCER,
    SELECTION_ANNOUNCER,
    PLAYHEAD_ECHOES,
    CURRENT_TRACK,
];

const BEFORE_THE_FIRST: &str = "Before the first event";

/// Each lane's current event, with its own date and `title`, as the announcer says it.
fn announcement(
    timeline: &Timeline,
    current: [Option<usize>; 2],
    title: impl Fn(usize) -> String,
) -> String {
    let line = |event: Option<usize>| match event {
        Some(i) => format!("{}: {}.", timeline.dates[i].label(), title(i)),
        None => format!("{BEFORE_THE_FIRST}."),
    };
    format!("{} {}", line(current[0]), line(current[1]))
}

#[cfg(feature = "markup")]
pub use markup::{below, current_ring, lane_current};

#[cfg(feature = "markup")]
mod markup {
    use super::*;
    use crate::controls::lanes::Shown;
    use crate::model::route::View;
    use crate::model::timeline::Side;
    use maud::{html, Markup};

    pub fn lane_current(shown: &Shown, side: Side) -> Markup {
        let timeline = shown.timeline;
        let current = shown.current[usize::from(side != Side::Then)];
        html! {
            p class=(LANE_CURRENT.name()) {
                @if let Some(event) = current {
                    span class="lane-current-date" { (timeline.dates[event].label()) }
                    " "
                    a href=(shown.href(View::Event(timeline.data.events[event].id.to_string()))) {
                        (timeline.data.events[event].short)
                    }
                } @else {
                    span class="lane-current-date" { (BEFORE_THE_FIRST) }
                }
            }
        }
    }

    /// Until the app draws it: its row depends on the lane's width.
    pub fn current_ring() -> Markup {
        html! {
            div class={ (CURRENT_TRACK.name()) " hidden" } aria-hidden="true" {
                span class="current-ring" {}
            }
        }
    }

    pub fn below(shown: &Shown) -> Markup {
        let echoes = &shown.timeline.data.echoes;
        html! {
            p class="sr-only" aria-live="polite" id=(ANNOUNCER.name()) {
                (announcement(shown.timeline, shown.current, |i| {
                    shown.timeline.data.events[i].title.to_string()
                }))
            }
            p class="sr-only" aria-live="polite" id=(SELECTION_ANNOUNCER.name()) {}
            p class={ (PLAYHEAD_ECHOES.name()) @if shown.at_playhead.is_empty() { " hidden" } } {
                span class="playhead-echoes-name" { "Echo at the playhead: " }
                @for &echo in &shown.at_playhead {
                    a class="echo-chip at-playhead" href=(shown.href(View::Echo(echoes[echo].id.to_string()))) {
                        (echoes[echo].title)
                    }
                }
            }
        }
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::lanes::{markup, tests::data, Shown};
    use crate::model::route::View;

    #[test]
    fn an_event_s_page_reads_it_under_its_lane_and_names_its_echoes() {
        let data = data();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        // An event at an echo's end: the page's playhead is on it.
        let echo = &data.echoes[0];
        let event = timeline.event_index(&echo.then[0]).unwrap();
        let shown = Shown::new(
            &timeline,
            &View::Event(data.events[event].id.to_string()),
            &href,
        );
        let html = crate::controls::assert_finds(markup(&shown), PARTS);
        let readings = scraper::Selector::parse(LANE_CURRENT.selector()).unwrap();
        let first = html.select(&readings).next().unwrap();
        let text = first.text().collect::<String>();
        assert_eq!(
            text,
            format!(
                "{} {}",
                timeline.dates[event].label(),
                data.events[event].short
            )
        );
        let chips = scraper::Selector::parse(&format!("{} a", PLAYHEAD_ECHOES.selector())).unwrap();
        assert!(html
            .select(&chips)
            .any(|chip| chip.text().collect::<String>() == *echo.title));
    }

    #[test]
    fn hostile_text_stays_text_in_the_readings() {
        let mut data = data();
        let hostile = "<script>alert(1)</script>";
        let event = data
            .events
            .iter()
            .position(|e| e.lane == data.lanes[0].id)
            .unwrap();
        data.events.to_mut()[event].short = hostile.into();
        data.events.to_mut()[event].title = hostile.into();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let shown = Shown::new(
            &timeline,
            &View::Event(data.events[event].id.to_string()),
            &href,
        );
        let html = markup(&shown).into_string();
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}

#[cfg(feature = "app")]
pub use behaviour::{follow, follow_lane};

#[cfg(feature = "app")]
mod behaviour {
    use super::*;
    use crate::controls::lanes::markers::title_of;
    use crate::controls::lanes::{hundredths, row_top};
    use crate::model::route::View;
    use crate::model::timeline::Side;
    use crate::ui::currents::Currents;
    use crate::ui::state::AppState;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// A link to a view of the app, its address exactly where a click goes (the alignment
    /// included); the router takes the click, as it does for every link inside the site.
    fn app_link(state: AppState, view: View, text: &str) -> Option<web_sys::Element> {
        let link = document().create_element("a").ok()?;
        let _ = link.set_attribute("href", &state.router.href(&state.router.link(view)));
        link.set_text_content(Some(text));
        Some(link)
    }

    /// Under the lane, what its playhead reads, and the ring around its current event. Both
    /// change only when the playhead passes into another event.
    pub fn follow_lane(state: AppState, currents: &Currents, lane: &web_sys::Element, side: Side) {
        let timeline = state.timeline;
        let current = if side == Side::Then {
            currents.then
        } else {
            currents.now
        };
        if let Some(reading) = LANE_CURRENT.find_in(lane) {
            Effect::new(move |_| {
                let event = current.get();
                let Ok(date) = document().create_element("span") else {
                    return;
                };
                date.set_class_name("lane-current-date");
                reading.set_text_content(None);
                let _ = reading.append_child(&date);
                let Some(event) = event else {
                    date.set_text_content(Some(BEFORE_THE_FIRST));
                    return;
                };
                let data = &timeline.data.events[event];
                date.set_text_content(Some(&timeline.dates[event].label()));
                let _ = reading.append_with_str_1(" ");
                if let Some(link) = app_link(state, View::Event(data.id.to_string()), &data.short) {
                    let _ = reading.append_child(&link);
                }
            });
        }
        let track = CURRENT_TRACK.find_in(lane);
        let track = track.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        let ring = track.as_ref().and_then(|t| t.first_element_child());
        let ring = ring.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
        let (Some(track), Some(ring)) = (track, ring) else {
            return;
        };
        let rows = currents.rows;
        Effect::new(move |_| {
            let mode = state.mode.get();
            let window = state.window.get();
            let place = current.get().and_then(|event| {
                let (start, end) = timeline.extent(event, mode);
                let x = if timeline.dates[event].is_day() {
                    start
                } else {
                    (start + end) / 2.0
                };
                let x = window.screen(x);
                (0.0..=1.0)
                    .contains(&x)
                    .then(|| (event, x, rows.with(|rows| rows[event])))
            });
            let _ = track
                .class_list()
                .toggle_with_force("hidden", place.is_none());
            if let Some((event, x, row)) = place {
                // Which event it rings, for whoever reads the page.
                let _ = track.set_attribute("data-event", &timeline.data.events[event].id);
                let _ = track.style().set_property("--x", &hundredths(x));
                let _ = ring.style().set_property("--row", &row_top(row));
            }
        });
    }

    /// Below both lanes: the echoes at the playhead, each a link; and what the announcers say as
    /// the playhead passes into another event, and as the reader selects.
    pub fn follow(state: AppState, currents: &Currents) {
        let timeline = state.timeline;
        if let Some(chips) = PLAYHEAD_ECHOES.find() {
            let at_playhead = currents.at_playhead;
            Effect::new(move |_| {
                let echoes = at_playhead.get();
                let _ = chips
                    .class_list()
                    .toggle_with_force("hidden", echoes.is_empty());
                while let Some(chip) = chips.last_element_child().filter(|c| c.tag_name() == "A") {
                    chip.remove();
                }
                for echo in echoes {
                    let data = &timeline.data.echoes[echo];
                    let view = View::Echo(data.id.to_string());
                    if let Some(link) = app_link(state, view, &data.title) {
                        link.set_class_name("echo-chip at-playhead");
                        let _ = chips.append_child(&link);
                    }
                }
            });
        }
        if let Some(announcer) = ANNOUNCER.find() {
            let current = [currents.then, currents.now];
            Effect::new(move |_| {
                let said = announcement(timeline, current.map(|c| c.get()), |i| {
                    title_of(timeline, i)
                });
                // The page's own words are not news.
                if announcer.text_content().as_deref() != Some(&said) {
                    announcer.set_text_content(Some(&said));
                }
            });
        }
        if let Some(announcer) = SELECTION_ANNOUNCER.find() {
            let data = timeline.data;
            Effect::new(move |previous: Option<String>| {
                let said = if let Some(event) = state.selected_event.get() {
                    format!("Selected event: {}", title_of(timeline, event))
                } else if let Some(echo) = state.selected_echo.get() {
                    format!("Selected echo: {}", data.echoes[echo].title)
                } else {
                    String::new()
                };
                // The page's own selection is what it opened on, not news.
                if previous.is_some() {
                    announcer.set_text_content(Some(&said));
                }
                said
            });
        }
    }
}

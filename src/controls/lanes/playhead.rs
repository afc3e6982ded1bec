//! One line across both lanes: an ARIA slider whose value reads as the date in each lane. It is a
//! full-width layer moved by a transform, so scrubbing repaints neither lane.

use crate::controls::{part, Part};
use crate::model::date::Day;

/// The slider, which a pointer on it drags and the keys focus.
pub const PLAYHEAD: Part = part!(class "playhead");
/// Its grip: down a phone's page, the one part of the playhead that a finger drags.
pub const HANDLE: Part = part!(class "playhead-handle");
pub const PARTS: &[Part] = &[PLAYHEAD, HANDLE];

/// The slider's value as text: the day in each lane.
fn value_text(days: [Day; 2]) -> String {
    format!("{} · {}", days[0].label(), days[1].label())
}

/// The slider's value, 0 to 100.
fn value_now(x: f64) -> String {
    ((x * 100.0).round() as i32).to_string()
}

#[cfg(feature = "markup")]
pub use markup::{markup, stylesheet};

#[cfg(feature = "markup")]
mod markup {
    use super::{value_now, value_text, HANDLE, PLAYHEAD};
    use crate::controls::lanes::markers::in_page_all;
    use crate::controls::lanes::{hundredths, Shown};
    use crate::model::route::{Route, View};
    use crate::model::timeline::Timeline;
    use maud::{html, Markup};
    use std::fmt::Write;

    /// The class that places the playhead on an event's or an echo's page (`stylesheet`).
    fn placed_at(shown: &Shown) -> Option<String> {
        match (shown.selected_event, shown.selected_echo) {
            (Some(event), _) => Some(format!("at-e{event}")),
            (None, Some(echo)) => Some(format!("at-c{echo}")),
            _ => None,
        }
    }

    pub fn markup(shown: &Shown) -> Markup {
        html! {
            div class={ (PLAYHEAD.name()) @if let Some(at) = placed_at(shown) { " " (at) } }
                role="slider"
                tabindex="0"
                aria-label="Playhead: the date in each lane"
                aria-orientation="horizontal"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=(value_now(shown.x))
                aria-valuetext=(value_text(shown.days))
                aria-describedby="playhead-help"
            {
                span class="playhead-line" aria-hidden="true" {}
                span class=(HANDLE.name()) aria-hidden="true" {}
            }
            p class="sr-only" id="playhead-help" {
                "Left and right (or up and down) arrows: previous or next event. Shift with an arrow: one month. Home and End: the ends."
            }
        }
    }

    /// The playhead's place on each event's and each echo's page, where the pages carry their
    /// markers (a larger dataset's pages leave the playhead to the app).
    pub fn stylesheet(timeline: &Timeline, css: &mut String) {
        if !in_page_all(timeline) {
            return;
        }
        let mut place = |class: String, view: View| {
            let route = Route {
                view,
                ..Route::home()
            };
            // An event outside both periods has none.
            if let Some(x) = timeline.x_of_route(&route) {
                let _ = write!(css, ".{class}{{--x:{}}}", hundredths(x));
            }
        };
        for (i, event) in timeline.data.events.iter().enumerate() {
            place(format!("at-e{i}"), View::Event(event.id.to_string()));
        }
        for (i, echo) in timeline.data.echoes.iter().enumerate() {
            place(format!("at-c{i}"), View::Echo(echo.id.to_string()));
        }
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::controls::lanes::{tests::data, Shown};
    use crate::model::route::View;
    use crate::model::timeline::Timeline;

    #[test]
    fn an_event_s_page_puts_the_playhead_on_its_day() {
        let data = data();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let event = timeline.now.events[5];
        let shown = Shown::new(
            &timeline,
            &View::Event(data.events[event].id.to_string()),
            &href,
        );
        let html = assert_finds(markup(&shown), PARTS);
        let slider = scraper::Selector::parse(PLAYHEAD.selector()).unwrap();
        let slider = html.select(&slider).next().unwrap().value();
        assert!(slider.classes().any(|c| c == format!("at-e{event}")));
        let day = timeline.dates[event].first_day().label();
        assert!(slider.attr("aria-valuetext").unwrap().ends_with(&day));
        let mut css = String::new();
        stylesheet(&timeline, &mut css);
        assert!(css.contains(&format!(".at-e{event}{{--x:")));
    }
}

#[cfg(feature = "app")]
pub use behaviour::adopt;

#[cfg(feature = "app")]
mod behaviour {
    use super::{value_now, value_text, PLAYHEAD};
    use crate::controls::lanes::hundredths;
    use crate::ui::currents::Currents;
    use crate::ui::state::AppState;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// Moves the page's playhead with the playback, and keeps its value for assistive technology.
    pub fn adopt(state: AppState, currents: &Currents, stage: &web_sys::Element) {
        let Some(playhead) = PLAYHEAD
            .find_in(stage)
            .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let days = [currents.then_day, currents.now_day];
        Effect::new(move |_| {
            let x = state.playback.x();
            let _ = playhead.set_attribute("aria-valuenow", &value_now(x));
            let _ = playhead.set_attribute("aria-valuetext", &value_text(days.map(|d| d.get())));
            let screen = state.window.get().screen(x);
            let _ = playhead.style().set_property("--x", &hundredths(screen));
        });
    }
}

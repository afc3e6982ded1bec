//! The page's toolbar (written at build time): play, the alignment, the zoom, the playhead's two
//! dates and the link to this view. The app makes its buttons work and writes what is pressed
//! from the address and the playback.

use super::currents::Currents;
use super::dom::{all, closest, listen, press};
use super::share_buttons::{copy_link, offer_share_sheet, share_link};
use super::state::AppState;
use super::zoom::{show_controls, zoom_at_playhead};
use crate::model::controls::{Action, ACTION};
use crate::model::route::Mode;
use leptos::prelude::*;

pub fn follow(state: AppState) {
    let Some(toolbar) = document().query_selector(".toolbar").ok().flatten() else {
        return;
    };
    offer_share_sheet(&toolbar);
    show_controls(&toolbar, state);
    let clicked = toolbar.clone();
    listen(&toolbar, "click", move |ev| {
        let Some(button) = closest(ev.target(), "button") else {
            return;
        };
        let action = button
            .get_attribute(ACTION)
            .and_then(|name| Action::from_name(&name));
        if let Some(mode) = button.get_attribute("data-mode") {
            state
                .router
                .set_mode(Mode::from_name(&mode).unwrap_or_default());
        } else if let Some(steps) = button
            .get_attribute("data-zoom")
            .and_then(|s| s.parse().ok())
        {
            zoom_at_playhead(state, steps);
        } else if let Some(action) = action {
            match action {
                Action::Play => state.playback.toggle(),
                Action::CopyLink => copy_link(&clicked),
                Action::ShareLink => share_link(),
            }
        }
    });
    let buttons = all(
        &toolbar,
        &format!("{}, [data-mode]", Action::Play.selector()),
    );
    Effect::new(move |_| {
        let (playing, mode) = (state.playback.playing(), state.mode());
        for button in &buttons {
            let pressed = match button.get_attribute("data-mode") {
                Some(name) => Mode::from_name(&name) == Some(mode),
                None => {
                    button.set_text_content(Some(if playing { "Pause" } else { "Play" }));
                    playing
                }
            };
            press(button, pressed);
        }
    });
}

/// The playhead's day in each lane, beside the buttons. Each day is written into one text node
/// that stays, so a scrub's move adds no node to the page: under a `:has()` rule a node added
/// restyled the whole timeline, about 12 ms a move at 10,000 markers (model/src/meta.rs,
/// `layout_class`, is why the layout has no such rule now).
pub fn show_readout(currents: &Currents) {
    for (selector, day) in [
        (".readout-then", currents.then_day),
        (".readout-now", currents.now_day),
    ] {
        let Some(span) = document().query_selector(selector).ok().flatten() else {
            continue;
        };
        let text = document().create_text_node("");
        span.set_text_content(None);
        let _ = span.append_child(&text);
        Effect::new(move |_| text.set_data(&day.get().label()));
    }
}

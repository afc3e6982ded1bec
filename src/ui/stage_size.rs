//! The stage's size, as the lanes' layout needs it: whether time runs down the page (a phone),
//! the lanes' width, and how many marker rows fit across a lane. Measured when the stage is
//! shown and on every resize.

use super::currents::Currents;
use super::dom::{listen, media_matches};
use super::state::AppState;
use crate::controls::lanes::{down_room, PHONE};
use crate::model::timeline::MARKER_ROWS;
use leptos::prelude::*;

/// The page's stage, which the gestures and the measures read.
pub type Stage = StoredValue<web_sys::HtmlElement, LocalStorage>;

/// Writes `state.down`, `currents.lane_px` and `currents.room` from the stage as drawn, on every
/// resize and whenever the returned function is called (when the stage is shown).
pub fn watch_stage_size(
    state: AppState,
    currents: &Currents,
    stage: Stage,
) -> impl Fn() + Copy + 'static {
    let (lane_px, room) = (currents.lane_px, currents.room);
    let measure = move || {
        let stage = stage.get_value();
        let down = media_matches(PHONE);
        if state.down.get_untracked() != down {
            state.down.set(down);
        }
        let width = stage.get_bounding_client_rect().width();
        if width <= 0.0 {
            return;
        }
        if lane_px.get_untracked() != width {
            lane_px.set(width);
        }
        // As the build's stylesheet counts them (`down_room`).
        let rows = if down { down_room(width) } else { MARKER_ROWS };
        if room.get_untracked() != rows {
            room.set(rows);
        }
    };
    listen(&window(), "resize", move |_| measure());
    measure
}

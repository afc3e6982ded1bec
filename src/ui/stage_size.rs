//! The stage's size, as the lanes' layout needs it: whether time runs down the page (a phone),
//! the lanes' width, and how many marker rows fit across a lane. Measured when the stage is
//! shown and on every resize.

use super::currents::Currents;
use super::dom::{listen, media_matches};
use super::state::AppState;
use crate::controls::lanes::PHONE;
use leptos::prelude::*;

/// The page's stage, which the gestures and the measures read.
pub type Stage = StoredValue<web_sys::HtmlElement, LocalStorage>;

/// Writes `state.down` and `currents.lane_px` from the stage as drawn, on every
/// resize and whenever the returned function is called (when the stage is shown).
pub fn watch_stage_size(
    state: AppState,
    currents: &Currents,
    stage: Stage,
) -> impl Fn() + Copy + 'static {
    let lane_px = currents.lane_px;
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
    };
    listen(&window(), "resize", move |_| measure());
    measure
}

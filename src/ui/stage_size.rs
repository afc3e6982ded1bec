//! The stage's size, as the lanes' layout needs it: whether time runs down the page (a phone),
//! the lanes' width, and how many marker rows fit across a lane. Measured when the stage is
//! drawn and on every resize.

use super::currents::Currents;
use super::dom::{listen, media_matches};
use super::lane::MARKER_AREA;
use super::state::AppState;
use crate::model::timeline::MARKER_ROWS;
use leptos::prelude::*;

/// Below this width time runs down the page: a phone's lanes are too narrow to run across.
const PHONE: &str = "(max-width: 599.98px)";
/// A marker row's breadth across time, in CSS pixels (`row_top`'s 1.5rem).
const ROW_PX: i32 = 24;

/// Writes `state.down`, `currents.lane_px` and `currents.room` from the stage as drawn; `on_drawn`
/// runs each time the stage appears, before it is measured.
pub fn watch_stage_size(
    state: AppState,
    currents: &Currents,
    stage: NodeRef<leptos::html::Div>,
    on_drawn: impl Fn() + 'static,
) {
    let (lane_px, room) = (currents.lane_px, currents.room);
    let measure = move || {
        let Some(stage) = stage.get_untracked() else {
            return;
        };
        let down = media_matches(PHONE);
        if state.down.get_untracked() != down {
            state.down.set(down);
        }
        let width = stage.get_bounding_client_rect().width();
        if width > 0.0 && lane_px.get_untracked() != width {
            lane_px.set(width);
        }
        // The rows across a lane, measured once the layout for `down` is drawn.
        request_animation_frame(move || {
            let rows = match MARKER_AREA.find_in(&stage) {
                Some(area) if down => (area.client_width() / ROW_PX).clamp(1, MARKER_ROWS.into()),
                _ => MARKER_ROWS.into(),
            };
            if i32::from(room.get_untracked()) != rows {
                room.set(rows as u8);
            }
        });
    };
    Effect::new(move |_| {
        if stage.get().is_some() {
            on_drawn();
            measure();
        }
    });
    listen(&window(), "resize", move |_| measure());
}

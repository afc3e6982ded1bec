use super::axis::{hundredths, row_top};
use super::currents::Currents;
use super::state::use_state;
use crate::model::timeline::Side;
use leptos::prelude::*;

/// The ring around a lane's current event. It is its own layer, moved by a transform, so that
/// scrubbing never repaints the lane's markers: with thousands of them that is what costs.
#[component]
pub fn CurrentRing(side: Side) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let currents = expect_context::<Currents>();
    let current = if side == Side::Then {
        currents.then
    } else {
        currents.now
    };
    let place = move || {
        let mode = state.mode.get();
        let window = state.window.get();
        current.get().and_then(|event| {
            let (start, end) = timeline.extent(event, mode);
            let x = if timeline.dates[event].is_day() {
                start
            } else {
                (start + end) / 2.0
            };
            let x = window.screen(x);
            (0.0..=1.0)
                .contains(&x)
                .then(|| (x, currents.rows.with(|rows| rows[event])))
        })
    };
    view! {
        <div
            class="current-track"
            aria-hidden="true"
            class:hidden=move || place().is_none()
            data-event=move || current.get().map(|event| timeline.data.events[event].id.to_string())
            style:--x=move || hundredths(place().map_or(0.0, |p| p.0))
        >
            <span class="current-ring" style:--row=move || row_top(place().map_or(0, |p| p.1))></span>
        </div>
    }
}

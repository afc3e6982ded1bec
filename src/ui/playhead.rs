use super::axis::hundredths;
use super::currents::Currents;
use super::state::use_state;
use crate::controls::{part, Part};
use leptos::prelude::*;

/// The slider, which a pointer on it drags and the keys focus.
pub const PLAYHEAD: Part = part!(class "playhead");

/// One line across both lanes: an ARIA slider whose value reads as the date in each lane. It is a
/// full-width layer moved by a transform, so scrubbing repaints neither lane.
#[component]
pub fn Playhead() -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let value_text = move || {
        format!(
            "{} · {}",
            currents.then_day.get().label(),
            currents.now_day.get().label()
        )
    };
    view! {
        <div
            class=PLAYHEAD.name()
            role="slider"
            tabindex="0"
            aria-label="Playhead: the date in each lane"
            aria-orientation="horizontal"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || ((state.playback.x() * 100.0).round() as i32).to_string()
            aria-valuetext=value_text
            aria-describedby="playhead-help"
            style:--x=move || hundredths(state.window.get().screen(state.playback.x()))
        >
            <span class="playhead-line" aria-hidden="true"></span>
            <span class="playhead-handle" aria-hidden="true"></span>
        </div>
        <p class="sr-only" id="playhead-help">
            "Left and right (or up and down) arrows: previous or next event. Shift with an arrow: one month. Home and End: the ends."
        </p>
    }
}

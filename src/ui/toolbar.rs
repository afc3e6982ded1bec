use super::currents::Currents;
use super::share_buttons::ShareButtons;
use super::state::use_state;
use super::zoom::ZoomControls;
use crate::model::route::Mode;
use leptos::prelude::*;

/// Play/pause, the alignment switch, the playhead's two dates and the link to this view.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_state();
    let playback = state.playback;
    let currents = expect_context::<Currents>();
    let mode_button = move |mode: Mode, label: &'static str| {
        view! {
            <button
                type="button"
                class="mode"
                aria-pressed=move || (state.mode() == mode).to_string()
                on:click=move |_| state.router.set_mode(mode)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="toolbar">
            <button type="button" class="play" aria-pressed=move || playback.playing().to_string() on:click=move |_| playback.toggle()>
                {move || if playback.playing() { "Pause" } else { "Play" }}
            </button>
            <div class="modes" role="group" aria-label="Alignment">
                {mode_button(Mode::Calendar, "Calendar")}
                {mode_button(Mode::Aligned, "Echo-aligned")}
            </div>
            <ZoomControls />
            <p class="readout" aria-hidden="true">
                <span class="readout-then">{move || currents.then_day.get().label()}</span>
                " · "
                <span class="readout-now">{move || currents.now_day.get().label()}</span>
            </p>
            <ShareButtons />
        </div>
    }
}

use super::parallel_timeline::Currents;
use super::state::{use_state, AppState};
use crate::model::route::Mode;
use leptos::prelude::*;
use std::time::Duration;

/// Play/pause, the alignment switch and the playhead's two dates.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let playing = RwSignal::new(false);
    let toggle_play = move |_| {
        if playing.get_untracked() {
            playing.set(false);
            state.remember_playhead();
        } else {
            if state.playhead.get_untracked() >= 0.999 {
                state.playhead.set(0.0);
            }
            playing.set(true);
            play(state, playing);
        }
    };
    let set_mode = move |mode: Mode| {
        let mut route = state.route.get_untracked();
        route.mode = mode;
        state.navigate(route, false);
    };
    let mode_button = move |mode: Mode, label: &'static str| {
        view! {
            <button
                type="button"
                class="mode"
                aria-pressed=move || (state.mode() == mode).to_string()
                on:click=move |_| set_mode(mode)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="toolbar">
            <button type="button" class="play" aria-pressed=move || playing.get().to_string() on:click=toggle_play>
                {move || if playing.get() { "Pause" } else { "Play" }}
            </button>
            <div class="modes" role="group" aria-label="Alignment">
                {mode_button(Mode::Calendar, "Calendar")}
                {mode_button(Mode::Aligned, "Echo-aligned")}
            </div>
            <p class="readout" aria-hidden="true">
                <span class="readout-then">{move || currents.then_day.get().label()}</span>
                " · "
                <span class="readout-now">{move || currents.now_day.get().label()}</span>
            </p>
        </div>
    }
}

/// Sweeps the playhead to the end: smoothly, one animation frame at a time, or under reduced
/// motion from event to event without movement in between.
fn play(state: AppState, playing: RwSignal<bool>) {
    if prefers_reduced_motion() {
        step_through_events(state, playing);
    } else {
        sweep(state, playing);
    }
}

/// A full sweep takes about 40 seconds at 60 frames a second.
const SWEEP_PER_FRAME: f64 = 1.0 / 2400.0;

/// Whether to go on playing. `playing` belongs to the toolbar: once the reader has left the
/// timeline it is gone, and a frame or timer still queued must stop rather than read it.
fn still_playing(playing: RwSignal<bool>) -> bool {
    playing.try_get_untracked().unwrap_or(false)
}

fn sweep(state: AppState, playing: RwSignal<bool>) {
    request_animation_frame(move || {
        if !still_playing(playing) {
            return;
        }
        let x = (state.playhead.get_untracked() + SWEEP_PER_FRAME).min(1.0);
        state.playhead.set(x);
        if x >= 1.0 {
            playing.set(false);
            state.remember_playhead();
        } else {
            sweep(state, playing);
        }
    });
}

fn step_through_events(state: AppState, playing: RwSignal<bool>) {
    set_timeout(
        move || {
            if !still_playing(playing) {
                return;
            }
            let timeline = state.timeline;
            let mode = state.mode();
            match timeline.step(state.playhead.get_untracked(), true, mode) {
                Some(event) => {
                    state.playhead.set(timeline.x_of_event(event, mode));
                    step_through_events(state, playing);
                }
                None => {
                    playing.set(false);
                    state.remember_playhead();
                }
            }
        },
        Duration::from_millis(1500),
    );
}

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

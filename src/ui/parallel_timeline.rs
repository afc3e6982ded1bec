use super::currents::Currents;
use super::dom::listen;
use super::echo_links::EchoLinks;
use super::lane::Lane;
use super::lane_current::PlayheadEchoes;
use super::playhead::Playhead;
use super::pointer_scrub::PointerScrub;
use super::scroll_scrub::ScrollScrub;
use super::stage_size::watch_stage_size;
use super::state::{use_state, AppState};
use super::zoom::zoom_at_playhead;
use crate::controls::{readout, timeline};
use crate::model::timeline::Side;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Both lanes, the echo links between them and the playhead across them. Leaving it stops a
/// play.
#[component]
pub fn ParallelTimeline() -> impl IntoView {
    let state = use_state();
    let playback = state.playback;
    let currents = Currents::new(state);
    provide_context(currents.clone());
    readout::follow(&currents);
    on_cleanup(move || playback.stop());

    let stage = NodeRef::<leptos::html::Div>::new();
    watch_stage_size(state, &currents, stage, || timeline::show(true));
    on_cleanup(|| timeline::show(false));
    let scroll = ScrollScrub::new(state, &currents, stage);
    let pointer = PointerScrub::new(state, stage);
    let announcement = announce_currents(state, &currents);
    view! {
        <div
            class="stage"
            class:dragging=move || pointer.dragging()
            node_ref=stage
            on:scroll=move |_| scroll.scrolled()
            on:pointerdown=move |ev| pointer.down(ev)
            on:pointermove=move |ev| pointer.moved(ev)
            on:pointerup=move |ev| pointer.up(ev)
            on:pointercancel=move |ev| pointer.up(ev)
            on:wheel=move |ev| pointer.wheel(ev)
        >
            <Lane side=Side::Then />
            <EchoLinks />
            <Lane side=Side::Now />
            <Playhead />
        </div>
        <p class="sr-only" aria-live="polite" id="playhead-announcer">{announcement}</p>
        <PlayheadEchoes />
    }
}

/// Each lane's current event, with its own date: it changes as the playhead passes into another
/// event, not with every day of a drag or a play (the slider's value text has the days).
fn announce_currents(state: AppState, currents: &Currents) -> impl Fn() -> String + Copy {
    let timeline = state.timeline;
    let (then, now) = (currents.then, currents.now);
    move || {
        let line = |event: Option<usize>| match event {
            Some(i) => format!(
                "{}: {}.",
                timeline.dates[i].label(),
                timeline.data.events[i].title
            ),
            None => "Before the first event.".to_string(),
        };
        format!("{} {}", line(then.get()), line(now.get()))
    }
}

/// The timeline's keys, while focus is inside the page's timeline section (the toolbar, the lanes,
/// the echo list and the filters): + and − zoom, the rest drive the playhead.
pub fn listen_for_keys(state: AppState) {
    let Some(section) = timeline::SECTION.find() else {
        return;
    };
    listen(&section, "keydown", move |ev| {
        let ev = ev.unchecked_ref::<web_sys::KeyboardEvent>();
        // Keys typed into the search box are text.
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some();
        if in_field {
            return;
        }
        // Down a phone's page, down is later.
        let pressed = ev.key();
        let key = match (state.down.get_untracked(), pressed.as_str()) {
            (true, "ArrowDown") => "ArrowRight",
            (true, "ArrowUp") => "ArrowLeft",
            (_, key) => key,
        };
        let steps = match key {
            "+" | "=" => 1,
            "-" | "_" => -1,
            _ => 0,
        };
        if steps != 0 && !ev.ctrl_key() && !ev.meta_key() {
            zoom_at_playhead(state, steps);
            ev.prevent_default();
        } else if state.playback.key(key, ev.shift_key()) {
            ev.prevent_default();
        }
    });
}

use super::axis::AXIS;
use super::currents::Currents;
use super::dom::{listen, media_matches};
use super::echo_links::EchoLinks;
use super::lane::{Lane, MARKER_AREA};
use super::lane_current::PlayheadEchoes;
use super::playhead::{Playhead, PLAYHEAD};
use super::scroll_scrub::scroll_scrub;
use super::state::{use_state, AppState};
use super::zoom::{zoom_at_playhead, Pinch, WheelGesture};
use crate::controls::{readout, timeline};
use crate::model::timeline::{Side, MARKER_ROWS};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Below this width time runs down the page: a phone's lanes are too narrow to run across.
const PHONE: &str = "(max-width: 599.98px)";
/// A marker row's breadth across time, in CSS pixels (`row_top`'s 1.5rem).
const ROW_PX: i32 = 24;

/// Both lanes, the echo links between them and the playhead across them. Leaving it stops a
/// play.
#[component]
pub fn ParallelTimeline() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let playback = state.playback;
    let currents = Currents::new(state);
    let (then, now) = (currents.then, currents.now);
    let lane_px = currents.lane_px;
    provide_context(currents.clone());
    readout::follow(&currents);
    on_cleanup(move || playback.stop());

    let stage = NodeRef::<leptos::html::Div>::new();
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
            let area = MARKER_AREA.find_in(&stage);
            let rows = match area {
                Some(area) if down => (area.client_width() / ROW_PX).clamp(1, MARKER_ROWS.into()),
                _ => MARKER_ROWS.into(),
            };
            if i32::from(currents.room.get_untracked()) != rows {
                currents.room.set(rows as u8);
            }
        });
    };
    Effect::new(move |_| {
        if stage.get().is_some() {
            timeline::show(true);
            measure();
        }
    });
    on_cleanup(|| timeline::show(false));
    listen(&window(), "resize", move |_| measure());
    let on_scroll = scroll_scrub(state, &currents, stage);
    let dragging = RwSignal::new(false);
    // Where a pointer is across the stage, 0..1 of the screen.
    let screen_x = move |client_x: f64| {
        let rect = stage.get_untracked()?.get_bounding_client_rect();
        (rect.width() > 0.0).then(|| ((client_x - rect.left()) / rect.width()).clamp(0.0, 1.0))
    };
    // ...and the lane position under it, through the zoom window.
    let x_of = move |ev: &leptos::ev::PointerEvent| {
        let s = screen_x(f64::from(ev.client_x()))?;
        Some(state.window.get_untracked().lane(s).clamp(0.0, 1.0))
    };
    let wheel = StoredValue::new_local(WheelGesture::new());
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        let anchor = screen_x(f64::from(ev.client_x())).unwrap_or(0.5);
        if wheel.try_update_value(|w| w.wheel(state, &ev, anchor)) == Some(true) {
            ev.prevent_default();
        }
    };
    let pinch = StoredValue::new_local(Pinch::default());
    let on_pointerdown = move |ev: leptos::ev::PointerEvent| {
        if pinch.try_update_value(|p| p.down(&ev)) == Some(true) {
            // A second finger: the gesture is a pinch, not a drag.
            dragging.set(false);
            return;
        }
        let grabs = [PLAYHEAD, AXIS]
            .iter()
            .any(|part| part.around(ev.target()).is_some());
        // Down a phone's page, scrolling is the drag.
        if !grabs || ev.button() != 0 || state.down.get_untracked() {
            return;
        }
        ev.prevent_default();
        if let Some(stage) = stage.get_untracked() {
            let _ = stage.set_pointer_capture(ev.pointer_id());
        }
        dragging.set(true);
        if let Some(x) = x_of(&ev) {
            playback.scrub(x);
        }
        focus_playhead();
    };
    let on_pointermove = move |ev: leptos::ev::PointerEvent| {
        let anchor = screen_x(f64::from(ev.client_x())).unwrap_or(0.5);
        if pinch.try_update_value(|p| p.moved(state, &ev, anchor)) == Some(true) {
            return;
        }
        if dragging.get_untracked() {
            if let Some(x) = x_of(&ev) {
                playback.scrub(x);
            }
        }
    };
    let on_pointerup = move |ev: leptos::ev::PointerEvent| {
        pinch.update_value(|p| p.up(&ev));
        if dragging.get_untracked() {
            dragging.set(false);
            playback.settle();
        }
    };

    // Each lane's current event, with its own date: it changes as the playhead passes into another
    // event, not with every day of a drag or a play (the slider's value text has the days).
    let announcement = move || {
        let line = |event: Option<usize>| match event {
            Some(i) => format!(
                "{}: {}.",
                timeline.dates[i].label(),
                timeline.data.events[i].title
            ),
            None => "Before the first event.".to_string(),
        };
        format!("{} {}", line(then.get()), line(now.get()))
    };

    view! {
        <div
            class="stage"
            class:dragging=move || dragging.get()
            node_ref=stage
            on:scroll=on_scroll
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=on_pointerup
            on:wheel=on_wheel
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

fn focus_playhead() {
    if let Some(handle) = PLAYHEAD
        .find()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = handle.focus();
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

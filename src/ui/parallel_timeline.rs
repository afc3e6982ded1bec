use super::echo_links::EchoLinks;
use super::echo_list::EchoList;
use super::filters::Filters;
use super::lane::Lane;
use super::playhead::Playhead;
use super::state::{use_state, AppState};
use super::toolbar::Toolbar;
use crate::model::date::Day;
use crate::model::timeline::{MarkerSize, Side};
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What markers show besides their place. A playhead move touches no marker: the current events
/// are drawn by a ring per lane, and the selector and lit flags notify only markers that change.
#[derive(Clone)]
pub struct Currents {
    pub then: Memo<Option<usize>>,
    pub now: Memo<Option<usize>>,
    pub then_day: Memo<Day>,
    pub now_day: Memo<Day>,
    pub is_selected: Selector<Option<usize>>,
    /// The lanes' width on screen in CSS pixels, followed on resize.
    pub lane_px: RwSignal<f64>,
    /// Each event's marker row at that width (see `Timeline::marker_rows`).
    pub rows: Memo<Vec<u8>>,
    /// For each event, whether an echo it belongs to is lit (hovered, focused or selected). One
    /// signal per event, flipped only where the lit set changes.
    pub lit: Arc<[RwSignal<bool>]>,
}

/// Both lanes, the echo links between them and the playhead across them. Keys work only while
/// focus is inside it.
#[component]
pub fn ParallelTimeline() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let day = move |side| {
        Memo::new(move |_| timeline.day_at(side, state.playhead.get(), state.mode.get()))
    };
    let (then_day, now_day) = (day(Side::Then), day(Side::Now));
    let then = Memo::new(move |_| timeline.then.current(then_day.get()));
    let now = Memo::new(move |_| timeline.now.current(now_day.get()));
    // Until the stage is measured, a laptop's width.
    let lane_px = RwSignal::new(1000.0);
    let rows = Memo::new(move |_| {
        timeline.marker_rows(state.mode.get(), MarkerSize::SCREEN, lane_px.get())
    });
    let currents = Currents {
        then,
        now,
        then_day,
        now_day,
        is_selected: Selector::new(move || state.selected_event.get()),
        lane_px,
        rows,
        lit: lit_flags(state),
    };
    provide_context(currents.clone());

    let stage = NodeRef::<leptos::html::Div>::new();
    let measure = move || {
        if let Some(stage) = stage.get_untracked() {
            let width = stage.get_bounding_client_rect().width();
            if width > 0.0 {
                lane_px.set(width);
            }
        }
    };
    Effect::new(move |_| {
        if stage.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let dragging = RwSignal::new(false);
    let x_of = move |ev: &leptos::ev::PointerEvent| {
        let rect = stage.get_untracked()?.get_bounding_client_rect();
        (rect.width() > 0.0)
            .then(|| ((ev.client_x() as f64 - rect.left()) / rect.width()).clamp(0.0, 1.0))
    };
    let on_pointerdown = move |ev: leptos::ev::PointerEvent| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let grabs = target.is_some_and(|t| t.closest(".playhead, .axis").ok().flatten().is_some());
        if !grabs || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        if let Some(stage) = stage.get_untracked() {
            let _ = stage.set_pointer_capture(ev.pointer_id());
        }
        dragging.set(true);
        if let Some(x) = x_of(&ev) {
            state.playhead.set(x);
        }
        focus_playhead();
    };
    let on_pointermove = move |ev: leptos::ev::PointerEvent| {
        if dragging.get_untracked() {
            if let Some(x) = x_of(&ev) {
                state.playhead.set(x);
            }
        }
    };
    let on_pointerup = move |_| {
        if dragging.get_untracked() {
            dragging.set(false);
            state.remember_playhead();
        }
    };

    let announcement = move || {
        let line = |event: Option<usize>, day: Day| match event {
            Some(i) => format!("{}: {}.", day.label(), timeline.data.events[i].title),
            None => format!("{}: before the first event.", day.label()),
        };
        format!(
            "{} {}",
            line(then.get(), then_day.get()),
            line(now.get(), now_day.get())
        )
    };

    view! {
        <section class="timeline" aria-label="Parallel timeline" on:keydown=move |ev| on_key(ev, state)>
            <Toolbar />
            <div
                class="stage"
                class:dragging=move || dragging.get()
                node_ref=stage
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:pointercancel=on_pointerup
            >
                <Lane side=Side::Then />
                <EchoLinks />
                <Lane side=Side::Now />
                <Playhead />
            </div>
            <p class="sr-only" aria-live="polite" id="playhead-announcer">{announcement}</p>
            <EchoList />
            <Filters />
        </section>
    }
}

fn lit_flags(state: AppState) -> Arc<[RwSignal<bool>]> {
    let flags: Arc<[RwSignal<bool>]> = (0..state.timeline.data.events.len())
        .map(|_| RwSignal::new(false))
        .collect();
    let lit = Memo::new(move |_| lit_events(state));
    let targets = flags.clone();
    Effect::new(move |previous: Option<Vec<usize>>| {
        let now = lit.get();
        for event in previous.unwrap_or_default() {
            if !now.contains(&event) {
                targets[event].set(false);
            }
        }
        for &event in &now {
            targets[event].set(true);
        }
        now
    });
    flags
}

/// Events at either end of the echoes in view: hovered or focused, or selected.
fn lit_events(state: AppState) -> Vec<usize> {
    let timeline = state.timeline;
    let mut echoes: Vec<usize> = Vec::new();
    for event in [state.hovered_event.get(), state.selected_event.get()]
        .into_iter()
        .flatten()
    {
        echoes.extend(timeline.echoes_of(event));
    }
    echoes.extend(state.hovered_echo.get());
    echoes.extend(state.selected_echo.get());
    let mut lit: Vec<usize> = echoes
        .into_iter()
        .flat_map(|echo| {
            let (then, now) = timeline.echo_ends(echo);
            then.into_iter().chain(now)
        })
        .collect();
    lit.sort_unstable();
    lit.dedup();
    lit
}

fn focus_playhead() {
    if let Some(handle) = document()
        .query_selector(".playhead")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = handle.focus();
    }
}

/// ←/→ step to the previous or next event, Shift+←/→ by a month, Home/End to the ends.
fn on_key(ev: leptos::ev::KeyboardEvent, state: AppState) {
    let timeline = state.timeline;
    let mode = state.mode();
    let x = state.playhead.get_untracked();
    let target = match ev.key().as_str() {
        "ArrowLeft" | "ArrowRight" => {
            let forward = ev.key() == "ArrowRight";
            if ev.shift_key() {
                let day = timeline.day_at(Side::Then, x, mode);
                let moved = day.add_months(if forward { 1 } else { -1 });
                Some(timeline.x(Side::Then, moved.0 as f64, mode).clamp(0.0, 1.0))
            } else {
                timeline
                    .step(x, forward, mode)
                    .map(|event| timeline.x_of_event(event, mode))
            }
        }
        "Home" => Some(0.0),
        "End" => Some(1.0),
        _ => return,
    };
    ev.prevent_default();
    if let Some(x) = target {
        state.playhead.set(x);
        state.remember_playhead();
    }
}

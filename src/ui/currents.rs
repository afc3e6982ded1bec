use super::state::AppState;
use crate::model::date::Day;
use crate::model::timeline::{MarkerSize, Side};
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use std::sync::Arc;

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

impl Currents {
    pub fn new(state: AppState) -> Currents {
        let timeline = state.timeline;
        let playback = state.playback;
        let day = move |side| Memo::new(move |_| playback.day(side));
        let (then_day, now_day) = (day(Side::Then), day(Side::Now));
        // Until the stage is measured, a laptop's width.
        let lane_px = RwSignal::new(1000.0);
        Currents {
            then: Memo::new(move |_| timeline.then.current(then_day.get())),
            now: Memo::new(move |_| timeline.now.current(now_day.get())),
            then_day,
            now_day,
            is_selected: Selector::new(move || state.selected_event.get()),
            lane_px,
            rows: Memo::new(move |_| {
                timeline.marker_rows(state.mode.get(), MarkerSize::SCREEN, lane_px.get())
            }),
            lit: lit_flags(state),
        }
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

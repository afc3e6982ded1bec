use super::state::AppState;
use crate::controls::lanes::{down_label_px, layout_px};
use crate::model::date::Day;
use crate::model::timeline::{Label, MarkerSize, Side, DOWN_LANE_PX, DOWN_ROWS, MARKER_ROWS};
use leptos::prelude::*;

/// What markers show besides their place. A playhead move touches no marker: the current events
/// are drawn by a ring per lane, and the selector and lit flags notify only markers that change.
#[derive(Clone)]
pub struct Currents {
    pub then: Memo<Option<usize>>,
    pub now: Memo<Option<usize>>,
    pub then_day: Memo<Day>,
    pub now_day: Memo<Day>,
    /// The lanes' width on screen in CSS pixels, followed on resize.
    pub lane_px: RwSignal<f64>,
    /// How long the lanes are laid out, zoom included, in CSS pixels: across, the stage's width
    /// (as `layout_px` counts it) times the zoom; down a phone's page, a set length times the
    /// zoom.
    pub drawn_px: Memo<f64>,
    /// Each event's marker row at that width (see `Timeline::marker_rows`).
    pub rows: Memo<Vec<u8>>,
    /// Each event's label at that width, where it has room (see `Timeline::marker_labels`); down
    /// a phone's page, each label and group (`Timeline::down_labels`).
    pub labels: Memo<Vec<Option<Label>>>,
    /// The echoes with an end at the playhead: one lane's current event is one of their ends.
    pub at_playhead: Memo<Vec<usize>>,
    /// The events at either end of an echo that is lit (hovered, focused or selected), in order.
    pub lit: Memo<Vec<usize>>,
}

impl Currents {
    pub fn new(state: AppState) -> Currents {
        let timeline = state.timeline;
        let playback = state.playback;
        let day = move |side| Memo::new(move |_| playback.day(side));
        let (then_day, now_day) = (day(Side::Then), day(Side::Now));
        // Until the stage is measured, a laptop's width.
        let lane_px = RwSignal::new(1000.0);
        // Zoomed in, the lanes are laid out as long as they are drawn.
        let drawn_px = Memo::new(move |_| {
            if state.down.get() {
                DOWN_LANE_PX * state.router.with(|r| f64::from(r.zoom.factor))
            } else {
                layout_px(lane_px.get()) * state.window.get().factor
            }
        });
        let rows = Memo::new(move |_| {
            let mode = state.mode.get();
            let (size, room) = if state.down.get() {
                (MarkerSize::DOWN, DOWN_ROWS)
            } else {
                (MarkerSize::SCREEN, MARKER_ROWS)
            };
            timeline.marker_rows(mode, size, drawn_px.get(), room)
        });
        let then = Memo::new(move |_| timeline.then.current(then_day.get()));
        let now = Memo::new(move |_| timeline.now.current(now_day.get()));
        Currents {
            then,
            now,
            at_playhead: Memo::new(move |_| timeline.echoes_at([then.get(), now.get()])),
            then_day,
            now_day,
            lane_px,
            drawn_px,
            rows,
            labels: Memo::new(move |_| {
                let (mode, px) = (state.mode.get(), drawn_px.get());
                if state.down.get() {
                    timeline.down_labels(mode, px, down_label_px(lane_px.get()))
                } else {
                    rows.with(|rows| timeline.short_labels(mode, px, rows))
                }
            }),
            lit: Memo::new(move |_| lit_events(state)),
        }
    }
}

/// Events at either end of the echoes in view: hovered or focused, or selected.
fn lit_events(state: AppState) -> Vec<usize> {
    state.timeline.lit_events(
        [state.hovered_event.get(), state.selected_event.get()],
        [state.hovered_echo.get(), state.selected_echo.get()],
    )
}

/// Carries a set's change onto the page: `toggle(i, false)` for each index that left it since
/// `previous`, `toggle(i, true)` for each in `now`. For effects that mark a few of many elements.
pub fn toggle_changes(previous: Option<&[usize]>, now: &[usize], toggle: impl Fn(usize, bool)) {
    for &index in previous
        .unwrap_or_default()
        .iter()
        .filter(|i| !now.contains(i))
    {
        toggle(index, false);
    }
    for &index in now {
        toggle(index, true);
    }
}

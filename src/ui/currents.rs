use super::state::AppState;
use crate::model::date::Day;
use crate::model::order::sort_indices;
use crate::model::timeline::{Label, LabelSize, MarkerSize, Side, MARKER_ROWS};
use leptos::prelude::*;

/// How long a phone's lanes may run down the page at 1×, in CSS pixels: the shortest at which no
/// two markers overlap in the rows the lanes have room for (every marker a 24 px target of its
/// own, WCAG 2.5.8), from about four screens (a week a finger's width) to about twenty.
const DOWN_LANE_PX: [f64; 6] = [2400.0, 3600.0, 4800.0, 7200.0, 9600.0, 12000.0];

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
    /// How many marker rows fit across a lane: all of them on a wide stage, fewer down a phone's.
    pub room: RwSignal<u8>,
    /// How long the lanes are drawn, zoom included, in CSS pixels: across, the stage's width
    /// times the zoom; down a phone's page, a set length times the zoom.
    pub drawn_px: Memo<f64>,
    /// Each event's marker row at that width (see `Timeline::marker_rows`).
    pub rows: Memo<Vec<u8>>,
    /// Each event's label at that width, where it has room (see `Timeline::marker_labels`).
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
        let room = RwSignal::new(MARKER_ROWS);
        // Zoomed in, the lanes are laid out as long as they are drawn.
        let down_length = Memo::new(move |_| {
            let mode = state.mode.get();
            timeline.down_length(mode, MarkerSize::SCREEN, room.get(), &DOWN_LANE_PX)
        });
        let drawn_px = Memo::new(move |_| {
            if state.down.get() {
                down_length.get() * state.router.with(|r| f64::from(r.zoom.factor))
            } else {
                lane_px.get() * state.window.get().factor
            }
        });
        let rows = Memo::new(move |_| {
            let mode = state.mode.get();
            timeline.marker_rows(mode, MarkerSize::SCREEN, drawn_px.get(), room.get())
        });
        let then = Memo::new(move |_| timeline.then.current(then_day.get()));
        let now = Memo::new(move |_| timeline.now.current(now_day.get()));
        Currents {
            then,
            now,
            at_playhead: Memo::new(move |_| {
                let mut echoes: Vec<usize> = [then.get(), now.get()]
                    .into_iter()
                    .flatten()
                    .flat_map(|event| timeline.echoes_of(event).iter().copied())
                    .collect();
                sort_indices(&mut echoes, &|echo| (echo as i64, 0));
                echoes.dedup();
                echoes
            }),
            then_day,
            now_day,
            lane_px,
            room,
            drawn_px,
            rows,
            labels: Memo::new(move |_| {
                rows.with(|rows| {
                    timeline.marker_labels(
                        state.mode.get(),
                        MarkerSize::SCREEN,
                        drawn_px.get(),
                        rows,
                        |event| timeline.data.events[event].short.chars().count(),
                        LabelSize::SCREEN,
                    )
                })
            }),
            lit: Memo::new(move |_| lit_events(state)),
        }
    }
}

/// Events at either end of the echoes in view: hovered or focused, or selected.
fn lit_events(state: AppState) -> Vec<usize> {
    let timeline = state.timeline;
    let mut echoes: Vec<usize> = Vec::new();
    for event in [state.hovered_event.get(), state.selected_event.get()]
        .into_iter()
        .flatten()
    {
        echoes.extend_from_slice(timeline.echoes_of(event));
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
    sort_indices(&mut lit, &|event| (event as i64, 0));
    lit.dedup();
    lit
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

//! Composes the router (what is shown), the playback unit (the playhead) and the reading pane,
//! and provides them by context. Components read state through signals and change what is shown
//! only by navigating.

use super::playback::Playback;
use super::router::Router;
use crate::controls::reading_pane::ReadingPane;
use crate::data;
use crate::model::dataset::Theme;
use crate::model::route::{Mode, View};
use crate::model::timeline::{Timeline, Window};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub timeline: &'static Timeline<'static>,
    pub router: Router,
    pub playback: Playback,
    pub reading: ReadingPane,
    /// Derived from the route, so that markers move only when the alignment changes.
    pub mode: Memo<Mode>,
    /// Whether time runs down the page (a phone) rather than across it.
    pub down: RwSignal<bool>,
    /// The part of the lanes on screen, from the address's zoom; it follows the playhead. Down
    /// a phone's page the lanes are whole and the stage scrolls instead.
    pub window: Memo<Window>,
    pub selected_event: Memo<Option<usize>>,
    pub selected_echo: Memo<Option<usize>>,
    /// The echo under the pointer or keyboard focus, lit at both ends.
    pub hovered_echo: RwSignal<Option<usize>>,
    pub hovered_event: RwSignal<Option<usize>>,
    pub actor_filter: RwSignal<Option<&'static str>>,
    pub theme_filter: RwSignal<Option<Theme>>,
}

impl AppState {
    /// The dataset unpacked and laid out: plain data, which lives as long as the page.
    pub fn timeline() -> &'static Timeline<'static> {
        let index: &'static _ = Box::leak(Box::new(data::index()));
        Box::leak(Box::new(Timeline::new(index)))
    }

    pub fn start(timeline: &'static Timeline<'static>) -> AppState {
        let router = Router::start(timeline.data);
        let mode = Memo::new(move |_| router.with(|r| r.mode));
        let playback = Playback::new(timeline, router, mode.into());
        let reading = ReadingPane::start(router);
        let down = RwSignal::new(false);
        let state = AppState {
            timeline,
            router,
            playback,
            reading,
            mode,
            down,
            window: Memo::new(move |_| {
                if down.get() {
                    return Window::WHOLE;
                }
                let zoom = router.with(|r| r.zoom);
                timeline.window(zoom, playback.x())
            }),
            selected_event: Memo::new(move |_| {
                router.with(|r| match &r.view {
                    View::Event(id) => timeline.event_index(id),
                    _ => None,
                })
            }),
            selected_echo: Memo::new(move |_| {
                router.with(|r| match &r.view {
                    View::Echo(id) => timeline.echo_index(id),
                    _ => None,
                })
            }),
            hovered_echo: RwSignal::new(None),
            hovered_event: RwSignal::new(None),
            actor_filter: RwSignal::new(None),
            theme_filter: RwSignal::new(None),
        };
        prefetch_what_is_pointed_at(state);
        state
    }

    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    /// Selects: a new history entry, so Back returns to what was selected before.
    pub fn go(&self, view: View) {
        self.router.push(self.router.link(view));
    }
}

/// The text of what the reader points at is fetched before the click.
fn prefetch_what_is_pointed_at(state: AppState) {
    let data = state.timeline.data;
    Effect::new(move |_| {
        if let Some(event) = state.hovered_event.get() {
            state
                .reading
                .prefetch(View::Event(data.events[event].id.to_string()));
        }
    });
    Effect::new(move |_| {
        if let Some(echo) = state.hovered_echo.get() {
            state
                .reading
                .prefetch(View::Echo(data.echoes[echo].id.to_string()));
        }
    });
}

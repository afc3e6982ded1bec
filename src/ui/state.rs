//! The one place state lives. Components read it through signals and change selection only by
//! navigating: a new URL, then the view follows.

use crate::model::data::DATASET;
use crate::model::dataset::Theme;
use crate::model::date::Day;
use crate::model::route::{Mode, Route, View};
use crate::model::timeline::{Side, Timeline};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub timeline: &'static Timeline<'static>,
    /// The site's base path, `/` or `/echoes/`, from the page's `<base href>`.
    pub base: &'static str,
    pub route: RwSignal<Route>,
    /// Derived from the route, so that markers move only when the alignment changes.
    pub mode: Memo<Mode>,
    pub selected_event: Memo<Option<usize>>,
    pub selected_echo: Memo<Option<usize>>,
    /// The playhead's position across the lanes, 0.0 to 1.0.
    pub playhead: RwSignal<f64>,
    /// The echo under the pointer or keyboard focus, lit at both ends.
    pub hovered_echo: RwSignal<Option<usize>>,
    pub hovered_event: RwSignal<Option<usize>>,
    pub actor_filter: RwSignal<Option<&'static str>>,
    pub theme_filter: RwSignal<Option<Theme>>,
}

pub fn provide_state() -> AppState {
    let timeline: &'static Timeline<'static> = Box::leak(Box::new(Timeline::new(&DATASET)));
    let base: &'static str = Box::leak(base_path().into_boxed_str());
    let route = RwSignal::new(current_route(timeline, base));
    let state = AppState {
        timeline,
        base,
        route,
        mode: Memo::new(move |_| route.with(|r| r.mode)),
        selected_event: Memo::new(move |_| {
            route.with(|r| match &r.view {
                View::Event(id) => timeline.event_index(id),
                _ => None,
            })
        }),
        selected_echo: Memo::new(move |_| {
            route.with(|r| match &r.view {
                View::Echo(id) => timeline.echo_index(id),
                _ => None,
            })
        }),
        playhead: RwSignal::new(0.0),
        hovered_echo: RwSignal::new(None),
        hovered_event: RwSignal::new(None),
        actor_filter: RwSignal::new(None),
        theme_filter: RwSignal::new(None),
    };
    provide_context(state);
    state
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    /// The absolute path of an app path under the base.
    pub fn href(&self, path: &str) -> String {
        format!("{}{}", self.base.trim_end_matches('/'), path)
    }

    /// Selects: a new history entry, so Back returns to what was selected before.
    pub fn go(&self, view: View) {
        let route = Route {
            view,
            mode: self.mode.get_untracked(),
            at: None,
        };
        self.navigate(route, true);
    }

    pub fn navigate(&self, route: Route, push: bool) {
        let href = self.href(&route.href());
        if let Ok(history) = window().history() {
            let url = Some(href.as_str());
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
            };
        }
        // A new page starts at its top; a new selection on the same page keeps the reader's place.
        if push
            && self
                .route
                .with_untracked(|old| old.view.page() != route.view.page())
        {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.route.set(route);
    }

    /// Keeps the playhead's date in the URL without adding history entries.
    pub fn remember_playhead(&self) {
        let day = self.day_at(Side::Then);
        let mut route = self.route.get_untracked();
        route.at = Some(day);
        self.navigate(route, false);
    }

    /// Called when Back or Forward changes the address.
    pub fn follow_location(&self) {
        self.route.set(current_route(self.timeline, self.base));
    }

    pub fn day_at(&self, side: Side) -> Day {
        self.timeline.day_at(
            side,
            self.playhead.get_untracked(),
            self.mode.get_untracked(),
        )
    }
}

fn current_route(timeline: &Timeline, base: &str) -> Route {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    // The base is `/echoes/`; the app's paths start at its trailing slash.
    let inside = path
        .strip_prefix(base.trim_end_matches('/'))
        .filter(|rest| rest.is_empty() || rest.starts_with('/'));
    match inside {
        Some(rest) => Route::parse(
            if rest.is_empty() { "/" } else { rest },
            &query,
            timeline.data,
        ),
        None => Route::parse(&path, &query, timeline.data),
    }
}

/// The path of `<base href>`, which Trunk writes from `--public-url`.
fn base_path() -> String {
    let base = document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".into());
    if base.ends_with('/') {
        base
    } else {
        "/".into()
    }
}

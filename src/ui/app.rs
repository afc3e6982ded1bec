use super::about_page::AboutPage;
use super::link::AppLink;
use super::not_found::NotFound;
use super::state::{provide_state, AppState};
use super::timeline_page::TimelinePage;
use crate::model::meta::page_meta;
use crate::model::route::{Page, View};
use crate::model::timeline::Side;
use leptos::prelude::*;

/// The whole page: a masthead and whatever the address shows.
#[component]
pub fn App() -> impl IntoView {
    let state = provide_state();
    // Back and Forward: the address changed, so the view follows it.
    let _ = window_event_listener(leptos::ev::popstate, move |_| state.follow_location());
    follow_route_with_playhead(state);
    follow_route_with_document_meta(state);

    // Only a change of page replaces the page: selecting another event keeps the timeline.
    let page = Memo::new(move |_| state.route.with(|route| route.view.page()));
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="masthead">
            <AppLink view=View::Home class="brand">"Echoes"</AppLink>
            <nav aria-label="Site">
                <AppLink view=View::Home>"Timeline"</AppLink>
                <AppLink view=View::About>"About & data"</AppLink>
            </nav>
        </header>
        <main id="main">
            {move || match page.get() {
                Page::Timeline => view! { <TimelinePage /> }.into_any(),
                Page::About => view! { <AboutPage /> }.into_any(),
                Page::NotFound => view! { <NotFound /> }.into_any(),
            }}
        </main>
    }
}

/// The playhead stands where the address says: `?at=`, else the selected event or echo.
fn follow_route_with_playhead(state: AppState) {
    Effect::new(move |_| {
        let timeline = state.timeline;
        let x = state.route.with(|route| {
            let mode = route.mode;
            // `at` that the playhead itself wrote back: it already stands there, maybe between days.
            let here = timeline.day_at(Side::Then, state.playhead.get_untracked(), mode);
            if route.at == Some(here) {
                return None;
            }
            route
                .at
                .and_then(|day| timeline.x_of_day(day, mode))
                .or_else(|| match &route.view {
                    View::Event(id) => timeline
                        .event_index(id)
                        .map(|i| timeline.x_of_event(i, mode)),
                    View::Echo(id) => timeline
                        .echo_index(id)
                        .and_then(|i| timeline.echo_ends(i).0.first().copied())
                        .map(|i| timeline.x_of_event(i, mode)),
                    _ => None,
                })
        });
        if let Some(x) = x {
            state.playhead.set(x);
        }
    });
}

fn follow_route_with_document_meta(state: AppState) {
    Effect::new(move |_| {
        let meta = state
            .route
            .with(|route| page_meta(&route.view, state.timeline.data));
        let document = document();
        document.set_title(&meta.title);
        if let Ok(Some(tag)) = document.query_selector("meta[name=description]") {
            let _ = tag.set_attribute("content", &meta.description);
        }
    });
}

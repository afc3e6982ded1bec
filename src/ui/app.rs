use super::parallel_timeline::{listen_for_keys, ParallelTimeline};
use super::selection::SelectionAnnouncer;
use super::state::{provide_state, AppState};
use crate::controls::{echo_list, filters, find, timeline, toolbar};
use crate::model::meta::page_meta;
use crate::model::route::Page;
use leptos::prelude::*;

/// What the WASM draws into the page's timeline slot: the timeline on the timeline's addresses,
/// nothing beside the about and not-found text. Find, the toolbar, the echo list, the filters and
/// the context strip around it are the page's own (written at build time); the app makes them
/// work.
#[component]
pub fn App() -> impl IntoView {
    let state = provide_state();
    follow_route_with_document_title(state);
    echo_list::follow(state);
    filters::follow(state);
    find::follow(state);
    toolbar::follow(state);
    listen_for_keys(state);
    let page = Memo::new(move |_| state.router.with(|route| route.view.page()));
    view! {
        <SelectionAnnouncer />
        {move || (page.get() == Page::Timeline).then(|| view! { <ParallelTimeline /> })}
    }
}

/// The document's title, as the address's view names it, and in an embed the way out.
fn follow_route_with_document_title(state: AppState) {
    Effect::new(move |_| {
        let meta = state
            .router
            .with(|route| page_meta(&route.view, state.timeline.data));
        document().set_title(&meta.title);
        timeline::point_open_in_echoes(state.router);
    });
}

use super::in_turn::in_turn;
use super::state::AppState;
use crate::controls::{echo_list, filters, find, lanes, timeline, toolbar};
use crate::model::meta::page_meta;
use crate::model::route::Page;
use leptos::prelude::*;

/// What the WASM adds to the page: the behaviour of its own HTML (Find, the toolbar, the lanes,
/// the echo list and the filters, all written at build time). Beside the about and not-found
/// text the lanes' slot is hidden.
///
/// Scrubbing comes first; the rest follows in tasks of its own (`in_turn`), the lanes' layout
/// before the controls around them.
pub fn start() {
    let state = AppState::start();
    let lanes_shown = Memo::new(move |_| {
        state
            .router
            .with(|route| route.view.page() == Page::Timeline)
    });
    lanes::listen_for_keys(state);
    let mut tasks = lanes::adopt(state, lanes_shown);
    tasks.push(Box::new(move || {
        follow_route_with_document_title(state);
        toolbar::follow(state);
    }));
    tasks.push(Box::new(move || find::follow(state)));
    tasks.push(Box::new(move || {
        echo_list::follow(state);
        filters::follow(state);
        // Trunk's own event comes when the first task ends; this one when the last has.
        if let Ok(started) = web_sys::Event::new("EchoesStarted") {
            let _ = window().dispatch_event(&started);
        }
    }));
    in_turn(tasks);
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

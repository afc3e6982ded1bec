use super::in_turn::next_task;
use super::state::AppState;
use crate::controls::{echo_list, filters, find, lanes, timeline, toolbar};
use crate::model::route::Page;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the WASM adds to the page: the behaviour of its own HTML (Find, the toolbar, the lanes,
/// the echo list and the filters, all written at build time). Beside the about and not-found
/// text the lanes' slot is hidden.
///
/// Each part in a task of its own (`next_task`), under the owner it starts with, which then owns
/// the effects and listeners they make: the dataset unpacked; the state (the address read, the
/// reading pane); scrubbing, keys and the stage's size; the lanes' layout; the controls around
/// them.
pub fn start() {
    let owner = Owner::current().expect("the app starts under an owner");
    spawn_local(async move {
        next_task().await;
        let timeline = AppState::timeline();
        next_task().await;
        let state = owner.with(|| AppState::start(timeline));
        next_task().await;
        let mut tasks = owner.with(|| {
            let lanes_shown = Memo::new(move |_| {
                state
                    .router
                    .with(|route| route.view.page() == Page::Timeline)
            });
            lanes::listen_for_keys(state);
            lanes::adopt(state, lanes_shown)
        });
        tasks.push(Box::new(move || {
            Effect::new(move |_| timeline::point_open_in_echoes(state.router));
            toolbar::follow(state);
        }));
        tasks.push(Box::new(move || find::follow(state)));
        tasks.push(Box::new(move || {
            echo_list::follow(state);
            filters::follow(state);
        }));
        for task in tasks {
            next_task().await;
            owner.with(task);
        }
        // Trunk's own event comes when the WASM's first task ends; this one when the last has.
        if let Ok(started) = web_sys::Event::new("EchoesStarted") {
            let _ = window().dispatch_event(&started);
        }
    });
}

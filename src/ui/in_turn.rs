//! The app's start in tasks: each later part of it starts in a task of its own, so that none
//! keeps the page from painting or answering a reader for long (bench/RESULTS.md).

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A part of the app's start: the behaviours it adds to the page.
pub type Task = Box<dyn FnOnce()>;

/// Runs each task after the current one ends, in order, under the current reactive owner, which
/// then owns the effects and listeners they make.
pub fn in_turn(tasks: Vec<Task>) {
    let owner = Owner::current().expect("the app starts under an owner");
    spawn_local(async move {
        for task in tasks {
            // A timeout, not a microtask: the browser's task ends, and it may paint or take input.
            TimeoutFuture::new(0).await;
            owner.with(task);
        }
    });
}

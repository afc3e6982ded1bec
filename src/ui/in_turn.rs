//! The app's start in tasks: each part of it starts in a task of its own, so that none keeps
//! the page from painting or answering a reader for long (bench/RESULTS.md).

use gloo_timers::future::TimeoutFuture;

/// A part of the app's start: the behaviours it adds to the page.
pub type Task = Box<dyn FnOnce()>;

/// Ends the browser's current task; what follows the `await` runs in a new one. A timeout, not
/// a microtask: in between, the browser may paint or take input.
pub async fn next_task() {
    TimeoutFuture::new(0).await;
}

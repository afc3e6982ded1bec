//! Leptos components, one per file, named for what the reader sees.
mod app;

pub use app::App;

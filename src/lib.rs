//! Echoes: the pure model (`model`) and the Leptos face (`ui`).
pub mod model;
pub mod ui;

//! Echoes in the browser: the timeline and its index. The model is its own crate
//! (`echoes-model`); the reading text is static HTML written at build time (`echoes-reading`).
pub mod data;
pub mod ui;

pub use echoes_model as model;

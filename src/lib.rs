//! Echoes in the browser: the timeline and its index. The model is its own crate
//! (`echoes-model`); the reading text is static HTML written at build time (`echoes-reading`),
//! and the controls around the timeline are written there from their one home, `controls`.
pub mod controls;
pub mod data;
#[cfg(feature = "app")]
pub mod ui;

pub use echoes_model as model;

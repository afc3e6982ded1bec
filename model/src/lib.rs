//! Plain Rust, no web types: everything here is tested natively with `cargo test`.

pub mod address;
pub mod cite;
#[cfg(not(target_arch = "wasm32"))]
pub mod copycheck;
pub mod dataset;
pub mod date;
#[cfg(not(target_arch = "wasm32"))]
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod meta;
pub mod order;
pub mod packed;
pub mod playhead;
pub mod route;
pub mod scale;
pub mod search;
pub mod timeline;
pub mod validate;

//! Plain Rust, no web types: everything here is tested natively with `cargo test`.

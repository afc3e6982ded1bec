//! Leptos components, one per file, named for what the reader sees.

mod about_page;
mod app;
mod argument;
mod axis;
mod claim_list;
mod context_strip;
mod current_ring;
mod echo_card;
mod echo_detail;
mod echo_links;
mod echo_list;
mod event_detail;
mod filters;
mod lane;
mod link;
mod marker;
mod not_found;
mod parallel_timeline;
mod playhead;
mod print_list;
mod selection;
mod share_buttons;
mod source_list;
mod state;
mod timeline_page;
mod toolbar;

pub use app::App;

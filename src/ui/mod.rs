//! The app in the browser: the interactive timeline, one Leptos component per file, named for what
//! the reader sees, around one state: the router owns what is shown, the playback unit owns the
//! playhead, the reading pane swaps the text that was rendered at build time.

mod app;
mod axis;
mod citation;
mod current_ring;
mod currents;
mod dom;
mod echo_links;
mod echo_list;
mod filters;
mod lane;
mod lane_current;
mod link;
mod markers;
pub mod panic_banner;
mod parallel_timeline;
mod playback;
mod playhead;
mod reading_pane;
mod router;
mod scroll_scrub;
mod search_box;
mod selection;
mod share_buttons;
mod state;
mod toolbar;
mod zoom;

pub use app::App;

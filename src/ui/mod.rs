//! The app in the browser: the interactive timeline, one Leptos component per file, named for what
//! the reader sees, around one state: the router owns what is shown, the playback unit owns the
//! playhead. The controls in the page's own HTML (Find, the toolbar, the echo list, the filters,
//! the reading pane) are `crate::controls`, each file holding a control's markup and behaviour.

mod app;
mod axis;
mod current_ring;
pub(crate) mod currents;
pub(crate) mod dom;
mod echo_links;
mod lane;
mod lane_current;
mod link;
mod markers;
pub mod panic_banner;
mod parallel_timeline;
mod playback;
mod playhead;
mod pointer_scrub;
pub(crate) mod router;
mod scroll_scrub;
mod selection;
mod stage_size;
pub(crate) mod state;
pub(crate) mod zoom;

pub use app::App;

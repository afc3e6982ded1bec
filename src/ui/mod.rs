//! The app in the browser, around one state: the router owns what is shown, the playback unit
//! owns the playhead. Everything the reader sees is the page's own HTML (`crate::controls`, each
//! file holding a control's markup and the behaviour the app adds to it, the lanes included);
//! here are the state and the gestures those behaviours share.

mod app;
pub(crate) mod currents;
pub(crate) mod dom;
pub(crate) mod in_turn;
pub mod panic_banner;
pub(crate) mod playback;
pub(crate) mod pointer_scrub;
pub(crate) mod router;
pub(crate) mod scroll_scrub;
pub(crate) mod stage_size;
pub(crate) mod state;
pub(crate) mod zoom;

pub use app::start;

//! Down a phone's page the stage scrolls, and its scroll is the playhead: scrolled to the top is
//! the lanes' start, to the bottom their end, so the playhead is always in sight. Scrolling
//! scrubs, and a playhead moved another way (a key, play, an address) scrolls the stage.

use super::currents::Currents;
use super::stage_size::Stage;
use super::state::AppState;
use crate::controls::lanes::playhead::PLAYHEAD;
use crate::controls::lanes::LANE;
use leptos::prelude::*;
use std::time::Duration;

/// How the stage is laid out: whether time runs down the page, and the lanes' drawn length.
type Layout = (bool, f64);

/// Lays the stage out for the way time runs: the stylesheet lays the lanes down the page, this
/// long, and the playhead across. Across, no length is set: every marker inherits it, and would
/// be restyled.
fn lay_out(stage: &web_sys::HtmlElement, (down, length): Layout) {
    let style = stage.style();
    let _ = if down {
        style.set_property("--lane-length", &format!("{}px", length as i64))
    } else {
        style.remove_property("--lane-length").map(drop)
    };
    if let Some(playhead) = PLAYHEAD.find_in(stage) {
        let orientation = if down { "vertical" } else { "horizontal" };
        let _ = playhead.set_attribute("aria-orientation", orientation);
    }
}

/// Keeps the stage's scroll and the playhead in step while time runs down the page.
#[derive(Clone, Copy)]
pub struct ScrollScrub {
    state: AppState,
    stage: Stage,
    /// Where the stage was last scrolled to follow the playhead, and its scroll range then: a
    /// scroll event there is ours, and one after the range changed is the layout's, not the
    /// reader's.
    followed: StoredValue<Option<(i32, i32)>>,
    /// The pending write of the day into the address, once a scroll comes to rest.
    settling: StoredValue<Option<TimeoutHandle>>,
    /// Whether a frame is asked for to follow the playhead.
    following: StoredValue<bool>,
}

impl ScrollScrub {
    /// Lays the stage out whenever the layout changes, and then, down a phone's page, scrolls it
    /// to the playhead, as it does whenever the playhead moves. One Effect, not two: each is
    /// about 250 B gzip of the WASM.
    pub fn new(state: AppState, currents: &Currents, stage: Stage) -> ScrollScrub {
        let scroll = ScrollScrub {
            state,
            stage,
            followed: StoredValue::new(None),
            settling: StoredValue::new(None),
            following: StoredValue::new(false),
        };
        let drawn_px = currents.drawn_px;
        Effect::new(move |applied: Option<Option<Layout>>| {
            state.playback.x();
            let layout = (state.down.get(), drawn_px.get());
            let drawn = stage.get_value();
            if applied.flatten() != Some(layout) {
                lay_out(&drawn, layout);
            }
            if layout.0 {
                scroll.follow_in_frame();
            }
            Some(layout)
        });
        scroll
    }

    /// The stage's scroll handler: a scroll of the reader's own moves the playhead.
    pub fn scrolled(&self) {
        // The playhead moved another way since the last frame (a click, a key, the handle): it
        // leads, and the frame asked for scrolls to it. A scroll from before it (a link brought
        // into view) must not take it back.
        if self.following.get_value() {
            return;
        }
        let stage = self.stage.get_value();
        let Some((top, range)) = scroll_of(&stage).filter(|_| self.state.down.get_untracked())
        else {
            return;
        };
        match self.followed.get_value() {
            Some((_, followed_range)) if followed_range != range as i32 => {
                self.follow_playhead();
                return;
            }
            // Ours, give or take the rounding of a scroll position to whole pixels.
            Some((followed_top, _)) if (followed_top - top as i32).abs() <= 1 => return,
            _ => {}
        }
        let playback = self.state.playback;
        playback.scrub(top / range);
        // The address takes the day once the scroll comes to rest.
        if let Some(handle) = self.settling.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || playback.settle(), Duration::from_millis(250));
        self.settling.set_value(handle.ok());
    }

    /// Follows the playhead at the start of the next frame, once for all the moves before it:
    /// reading the scroll range lays the page out, and in a pointer's handler, after the other
    /// effects' writes, that was a second layout in each frame (4x CPU throttling, 60 moves of a
    /// phone's drag: 456 ms of forced layout besides the frames' own 339).
    fn follow_in_frame(&self) {
        if self.following.get_value() {
            return;
        }
        self.following.set_value(true);
        let scroll = *self;
        let _ = request_animation_frame_with_handle(move || {
            scroll.following.set_value(false);
            scroll.follow_playhead();
        });
    }

    fn follow_playhead(&self) {
        let stage = self.stage.get_value();
        if let Some((top, range)) = scroll_of(&stage) {
            let wanted = self.state.playback.x_untracked() * range;
            if (top - wanted).abs() > 1.0 {
                stage.set_scroll_top(wanted.round() as i32);
            }
            self.followed
                .set_value(Some((stage.scroll_top(), range as i32)));
        }
    }
}

/// The stage's scroll and its range. The range is a lane's height, not the stage's scroll height,
/// which anything poking out of a lane for a moment (a marker on its way to a new place) would
/// change.
fn scroll_of(stage: &web_sys::HtmlElement) -> Option<(f64, f64)> {
    let lane = LANE.find_in(stage)?;
    let range = lane.get_bounding_client_rect().height() - f64::from(stage.client_height());
    (range > 0.0).then(|| (f64::from(stage.scroll_top()), range))
}

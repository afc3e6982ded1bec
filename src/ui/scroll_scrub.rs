//! Down a phone's page the stage scrolls, and its scroll is the playhead: scrolled to the top is
//! the lanes' start, to the bottom their end, so the playhead is always in sight. Scrolling
//! scrubs, and a playhead moved another way (a key, play, an address) scrolls the stage.

use super::currents::Currents;
use super::lane::LANE;
use super::playhead::PLAYHEAD;
use super::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// Keeps the stage's scroll and the playhead in step while time runs down the page, and lays the
/// stage out for the way time runs. Returns the stage's scroll handler.
pub fn scroll_scrub(
    state: AppState,
    currents: &Currents,
    stage: NodeRef<leptos::html::Div>,
) -> impl Fn(leptos::ev::Event) + Copy + 'static {
    let playback = state.playback;
    let (room, drawn_px) = (currents.room, currents.drawn_px);
    // The range is a lane's height, not the stage's scroll height, which anything poking out of
    // a lane for a moment (a marker on its way to a new place) would change.
    let scroll_of = move |stage: &web_sys::HtmlDivElement| {
        let lane = LANE.find_in(stage)?;
        let range = lane.get_bounding_client_rect().height() - f64::from(stage.client_height());
        (range > 0.0).then(|| (f64::from(stage.scroll_top()), range))
    };
    // Where the stage was last scrolled to follow the playhead, and its scroll range then: a
    // scroll event there is ours, and one after the range changed is the layout's, not the
    // reader's.
    let followed = StoredValue::new(None::<(i32, i32)>);
    let follow_playhead = move || {
        let Some(stage) = stage.get_untracked() else {
            return;
        };
        if let Some((top, range)) = scroll_of(&stage) {
            let wanted = playback.x_untracked() * range;
            if (top - wanted).abs() > 1.0 {
                stage.set_scroll_top(wanted.round() as i32);
            }
            followed.set_value(Some((stage.scroll_top(), range as i32)));
        }
    };
    Effect::new(move |previous: Option<(bool, u8, f64)>| {
        playback.x();
        let layout = (state.down.get(), room.get(), drawn_px.get());
        if previous != Some(layout) {
            // The stylesheet lays the lanes down the page, this long, and the playhead across.
            // Across, no length is set: every marker inherits it, and would be restyled.
            if let Some(stage) = stage.get() {
                let _ = stage.class_list().toggle_with_force("down", layout.0);
                let style = web_sys::HtmlElement::style(&stage);
                let _ = if layout.0 {
                    style.set_property("--lane-length", &format!("{}px", layout.2 as i64))
                } else {
                    style.remove_property("--lane-length").map(drop)
                };
                if let Some(playhead) = PLAYHEAD.find_in(&stage) {
                    let orientation = if layout.0 { "vertical" } else { "horizontal" };
                    let _ = playhead.set_attribute("aria-orientation", orientation);
                }
            }
        }
        // Reading the scroll range lays out the stage as just set.
        if layout.0 {
            follow_playhead();
        }
        layout
    });
    let settling = StoredValue::new(None::<TimeoutHandle>);
    move |_| {
        let Some(stage) = stage.get_untracked() else {
            return;
        };
        let Some((top, range)) = scroll_of(&stage).filter(|_| state.down.get_untracked()) else {
            return;
        };
        match followed.get_value() {
            Some((_, followed_range)) if followed_range != range as i32 => {
                follow_playhead();
                return;
            }
            // Ours, give or take the rounding of a scroll position to whole pixels.
            Some((followed_top, _)) if (followed_top - top as i32).abs() <= 1 => return,
            _ => {}
        }
        playback.scrub(top / range);
        // The address takes the day once the scroll comes to rest.
        if let Some(handle) = settling.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || playback.settle(), Duration::from_millis(250));
        settling.set_value(handle.ok());
    }
}

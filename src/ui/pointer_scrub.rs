//! A pointer on the stage: pressed on the playhead or an axis, it drags the playhead (mouse, pen,
//! one finger across); a second finger makes it a pinch, which zooms; a wheel zooms or pans.
//! Down a phone's page, one finger scrolls, and the scroll scrubs (`scroll_scrub`); the
//! playhead's handle is dragged as a scroll bar's thumb is.

use super::stage_size::Stage;
use super::state::AppState;
use super::zoom::{Pinch, WheelGesture};
use crate::controls::lanes::axis::AXIS;
use crate::controls::lanes::playhead::{HANDLE, PLAYHEAD};
use crate::controls::lanes::{LANE, MARKER_AREA};
use leptos::ev::{PointerEvent, WheelEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
pub struct PointerScrub {
    state: AppState,
    stage: Stage,
    dragging: RwSignal<bool>,
    /// Down a phone's page, the pointer that took the handle and how far below the playhead, in
    /// whole CSS pixels: the handle stays under the finger instead of jumping to it. (A pair of
    /// i32 as `ScrollScrub` keeps one: a stored type of its own is about 300 B gzip of WASM.)
    grabbed: StoredValue<Option<(i32, i32)>>,
    pinch: StoredValue<Pinch, LocalStorage>,
    wheel: StoredValue<WheelGesture, LocalStorage>,
}

impl PointerScrub {
    pub fn new(state: AppState, stage: Stage) -> PointerScrub {
        PointerScrub {
            state,
            stage,
            dragging: RwSignal::new(false),
            grabbed: StoredValue::new(None),
            pinch: StoredValue::new_local(Pinch::default()),
            wheel: StoredValue::new_local(WheelGesture::new()),
        }
    }

    /// Whether the playhead is being dragged now.
    pub fn dragging(&self) -> bool {
        self.dragging.get()
    }

    pub fn down(&self, ev: PointerEvent) {
        if self.pinch.try_update_value(|p| p.down(&ev)) == Some(true) {
            // A second finger: the gesture is a pinch, not a drag.
            self.dragging.set(false);
            return;
        }
        let down = self.state.down.get_untracked();
        // Down a phone's page, scrolling is the drag, and only the handle grabs.
        let grabs = if down {
            HANDLE.around(ev.target()).is_some()
        } else {
            [PLAYHEAD, AXIS]
                .iter()
                .any(|part| part.around(ev.target()).is_some())
        };
        if !grabs || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        if let Some(track) = down.then(|| self.down_track()).flatten() {
            let playhead_y = track.y_of(self.state.playback.x_untracked());
            let below = f64::from(ev.client_y()) - playhead_y;
            self.grabbed
                .set_value(Some((ev.pointer_id(), below.round() as i32)));
        }
        let _ = self.stage.get_value().set_pointer_capture(ev.pointer_id());
        self.dragging.set(true);
        self.scrub_to(&ev);
        focus_playhead();
    }

    pub fn moved(&self, ev: PointerEvent) {
        let anchor = self.anchor(ev.client_x());
        if self
            .pinch
            .try_update_value(|p| p.moved(self.state, &ev, anchor))
            == Some(true)
        {
            return;
        }
        if self.dragging.get_untracked() {
            self.scrub_to(&ev);
        }
    }

    /// A pointer lifted or cancelled: a drag comes to rest.
    pub fn up(&self, ev: PointerEvent) {
        self.pinch.update_value(|p| p.up(&ev));
        if self.dragging.get_untracked() {
            self.dragging.set(false);
            self.state.playback.settle();
        }
    }

    pub fn wheel(&self, ev: WheelEvent) {
        let anchor = self.anchor(ev.client_x());
        if self
            .wheel
            .try_update_value(|w| w.wheel(self.state, &ev, anchor))
            == Some(true)
        {
            ev.prevent_default();
        }
    }

    /// Moves the playhead to the lane position under the pointer, through the zoom window; down
    /// a phone's page, to where the handle is held, by the pointer that took it.
    fn scrub_to(&self, ev: &PointerEvent) {
        let x = if self.state.down.get_untracked() {
            let held = self.grabbed.get_value();
            let below = held.filter(|(pointer, _)| *pointer == ev.pointer_id());
            below
                .zip(self.down_track())
                .map(|((_, below), track)| track.x_at(f64::from(ev.client_y() - below)))
        } else {
            self.screen_x(ev.client_x())
                .map(|s| self.state.window.get_untracked().lane(s))
        };
        if let Some(x) = x {
            self.state.playback.scrub(x.clamp(0.0, 1.0));
        }
    }

    /// Down a phone's page, where the playhead stands on the screen for each x.
    fn down_track(&self) -> Option<DownTrack> {
        let stage = self.stage.get_value();
        let lane = LANE.find_in(&stage)?;
        let area = MARKER_AREA.find_in(&lane)?.get_bounding_client_rect();
        let stage_top = stage.get_bounding_client_rect().top();
        let range = lane.get_bounding_client_rect().height() - f64::from(stage.client_height());
        let area_below_top = area.top() - stage_top + f64::from(stage.scroll_top());
        DownTrack::new(stage_top + area_below_top, area.height() - range.max(0.0))
    }

    /// Where a pinch or a wheel zooms about: the pointer's place across the stage, or its middle.
    fn anchor(&self, client_x: i32) -> f64 {
        self.screen_x(client_x).unwrap_or(0.5)
    }

    /// Where a pointer is across the stage, 0..1 of the screen.
    fn screen_x(&self, client_x: i32) -> Option<f64> {
        let rect = self.stage.get_value().get_bounding_client_rect();
        let x = (f64::from(client_x) - rect.left()) / rect.width();
        (rect.width() > 0.0).then(|| x.clamp(0.0, 1.0))
    }
}

/// The playhead stands `x` of the way down the lanes, and the stage is scrolled `x` of its range
/// (`scroll_scrub`): so on the screen it moves in a straight line, from `top` at the lanes' start
/// through `travel` pixels to their end, which is the stage's window between its sticky edges.
struct DownTrack {
    top: f64,
    travel: f64,
}

impl DownTrack {
    fn new(top: f64, travel: f64) -> Option<DownTrack> {
        (travel > 0.0).then_some(DownTrack { top, travel })
    }

    fn y_of(&self, x: f64) -> f64 {
        self.top + x * self.travel
    }

    fn x_at(&self, y: f64) -> f64 {
        (y - self.top) / self.travel
    }
}

fn focus_playhead() {
    if let Some(handle) = PLAYHEAD
        .find()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = handle.focus();
    }
}

//! A pointer on the stage: pressed on the playhead or an axis, it drags the playhead (mouse, pen,
//! one finger across); a second finger makes it a pinch, which zooms; a wheel zooms or pans.
//! Down a phone's page, one finger scrolls, and the scroll scrubs (`scroll_scrub`).

use super::stage_size::Stage;
use super::state::AppState;
use super::zoom::{Pinch, WheelGesture};
use crate::controls::lanes::axis::AXIS;
use crate::controls::lanes::playhead::PLAYHEAD;
use leptos::ev::{PointerEvent, WheelEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
pub struct PointerScrub {
    state: AppState,
    stage: Stage,
    dragging: RwSignal<bool>,
    pinch: StoredValue<Pinch, LocalStorage>,
    wheel: StoredValue<WheelGesture, LocalStorage>,
}

impl PointerScrub {
    pub fn new(state: AppState, stage: Stage) -> PointerScrub {
        PointerScrub {
            state,
            stage,
            dragging: RwSignal::new(false),
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
        let grabs = [PLAYHEAD, AXIS]
            .iter()
            .any(|part| part.around(ev.target()).is_some());
        // Down a phone's page, scrolling is the drag.
        if !grabs || ev.button() != 0 || self.state.down.get_untracked() {
            return;
        }
        ev.prevent_default();
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

    /// Moves the playhead to the lane position under the pointer, through the zoom window.
    fn scrub_to(&self, ev: &PointerEvent) {
        if let Some(s) = self.screen_x(ev.client_x()) {
            let x = self.state.window.get_untracked().lane(s).clamp(0.0, 1.0);
            self.state.playback.scrub(x);
        }
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

fn focus_playhead() {
    if let Some(handle) = PLAYHEAD
        .find()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = handle.focus();
    }
}

//! Zoom and pan on the time axis. Both lanes zoom together (in the echo-aligned view through the
//! warp, since the window is a share of the screen's width). The address keeps the zoom, and a
//! zoom replaces the history entry rather than pushing one, so Back is not flooded.

use super::state::AppState;
use crate::model::route::{Zoom, MAX_ZOOM};
use leptos::prelude::*;

/// Zooms in (`steps` > 0) or out by doubling steps, keeping the lane position under screen
/// position `anchor` (0..1) where it is.
pub fn zoom_by(state: AppState, steps: i32, anchor: f64) {
    let window = state.window.get_untracked();
    let factor = state.router.with_untracked(|r| r.zoom.factor);
    let scaled = if steps >= 0 {
        u32::from(factor) << steps.min(5)
    } else {
        u32::from(factor) >> (-steps).min(5)
    };
    let factor = scaled.clamp(1, u32::from(MAX_ZOOM)) as u8;
    let fixed = window.lane(anchor);
    let start = fixed - anchor / f64::from(factor);
    write(state, factor, start + 0.5 / f64::from(factor));
}

/// Moves the window by `screens` of its own width (negative: back in time).
pub fn pan_by(state: AppState, screens: f64) {
    let window = state.window.get_untracked();
    let factor = state.router.with_untracked(|r| r.zoom.factor);
    if factor > 1 {
        write(state, factor, window.centre() + screens / window.factor);
    }
}

fn write(state: AppState, factor: u8, centre: f64) {
    // Down a phone's page the stage's scroll is the window, so the address keeps no centre.
    let day =
        (!state.down.get_untracked()).then(|| state.timeline.centre_day(centre.clamp(0.0, 1.0)));
    let zoom = Zoom::new(factor, day);
    let mut route = state.router.with_untracked(Clone::clone);
    if route.zoom != zoom {
        route.zoom = zoom;
        state.router.replace(route);
    }
}

/// A wheel or a trackpad gesture over the lanes: Ctrl/⌘ + wheel (and a trackpad pinch, which
/// the browser sends as one) zooms at the pointer; a sideways scroll pans when zoomed. Small
/// deltas add up to whole steps, so the address changes a few times per gesture, not per event.
pub struct WheelGesture {
    zoom: f64,
    pan: f64,
}

impl WheelGesture {
    pub fn new() -> WheelGesture {
        WheelGesture {
            zoom: 0.0,
            pan: 0.0,
        }
    }

    /// Whether the wheel event was a zoom or a pan (and so the page must not scroll).
    pub fn wheel(&mut self, state: AppState, ev: &web_sys::WheelEvent, anchor: f64) -> bool {
        if ev.ctrl_key() || ev.meta_key() {
            self.zoom += ev.delta_y();
            let steps = (self.zoom / 100.0).trunc();
            if steps != 0.0 {
                self.zoom -= steps * 100.0;
                zoom_by(state, -steps as i32, anchor);
            }
            return true;
        }
        let sideways = if ev.shift_key() {
            ev.delta_y()
        } else {
            ev.delta_x()
        };
        let zoomed = state.router.with_untracked(|r| r.zoom.factor > 1);
        if !zoomed || sideways.abs() <= ev.delta_y().abs() && !ev.shift_key() {
            return false;
        }
        self.pan += sideways;
        let steps = (self.pan / 120.0).trunc();
        if steps != 0.0 {
            self.pan -= steps * 120.0;
            pan_by(state, steps / 8.0);
        }
        true
    }
}

/// A two-finger pinch on a touch screen: a step in or out each time the fingers' distance grows
/// or shrinks by half. A lifted or cancelled finger ends it where it stands.
#[derive(Default)]
pub struct Pinch {
    touches: Vec<(i32, f64, f64)>,
    baseline: Option<f64>,
}

impl Pinch {
    /// Returns whether a pinch is under way (two fingers down).
    pub fn down(&mut self, ev: &web_sys::PointerEvent) -> bool {
        if ev.pointer_type() != "touch" {
            return false;
        }
        self.touches.retain(|t| t.0 != ev.pointer_id());
        self.touches.push((
            ev.pointer_id(),
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
        ));
        self.baseline = self.distance();
        self.touches.len() >= 2
    }

    pub fn moved(&mut self, state: AppState, ev: &web_sys::PointerEvent, anchor: f64) -> bool {
        let Some(touch) = self.touches.iter_mut().find(|t| t.0 == ev.pointer_id()) else {
            return false;
        };
        touch.1 = f64::from(ev.client_x());
        touch.2 = f64::from(ev.client_y());
        let (Some(baseline), Some(now)) = (self.baseline, self.distance()) else {
            return false;
        };
        if baseline > 0.0 && (now / baseline >= 1.5 || now / baseline <= 0.67) {
            zoom_by(state, if now > baseline { 1 } else { -1 }, anchor);
            self.baseline = Some(now);
        }
        true
    }

    pub fn up(&mut self, ev: &web_sys::PointerEvent) {
        self.touches.retain(|t| t.0 != ev.pointer_id());
        self.baseline = self.distance();
    }

    fn distance(&self) -> Option<f64> {
        match self.touches.as_slice() {
            [a, b, ..] => Some((a.1 - b.1).hypot(a.2 - b.2)),
            _ => None,
        }
    }
}

/// Zooms by `steps`, keeping the playhead where it is on screen: the + and − keys and buttons.
pub fn zoom_at_playhead(state: AppState, steps: i32) {
    let anchor = state
        .window
        .get_untracked()
        .screen(state.playback.x_untracked());
    zoom_by(state, steps, anchor.clamp(0.0, 1.0));
}

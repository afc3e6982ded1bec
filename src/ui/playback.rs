//! The one owner of the playhead: dragging, keys, playing, and keeping `?at=` in step. Nothing
//! else writes its position.

use super::dom::media_matches;
use echoes_model::date::Day;
use echoes_model::route::{Mode, Route, View};
use echoes_model::timeline::{Side, Timeline};
use leptos::prelude::*;
use std::time::Duration;

/// A full sweep takes about 40 seconds at 60 frames a second.
const SWEEP_PER_FRAME: f64 = 1.0 / 2400.0;
/// Under reduced motion, play steps from event to event this often.
const STEP_EVERY: Duration = Duration::from_millis(1500);

#[derive(Clone, Copy)]
pub struct Playback {
    timeline: &'static Timeline<'static>,
    mode: Signal<Mode>,
    /// Across the lanes, 0.0 to 1.0.
    x: RwSignal<f64>,
    playing: RwSignal<bool>,
    /// The queued frame or timer of a play, cancelled on pause: nothing runs after it.
    pending: StoredValue<Option<Pending>>,
    /// Writes the playhead's day into the address once it comes to rest.
    remember: Callback<Day>,
}

#[derive(Clone, Copy)]
enum Pending {
    Frame(AnimationFrameRequestHandle),
    Timer(TimeoutHandle),
}

impl Playback {
    pub fn new(
        timeline: &'static Timeline<'static>,
        mode: Signal<Mode>,
        remember: Callback<Day>,
    ) -> Playback {
        Playback {
            timeline,
            mode,
            x: RwSignal::new(0.0),
            playing: RwSignal::new(false),
            pending: StoredValue::new(None),
            remember,
        }
    }

    pub fn x(&self) -> f64 {
        self.x.get()
    }

    pub fn x_untracked(&self) -> f64 {
        self.x.get_untracked()
    }

    pub fn playing(&self) -> bool {
        self.playing.get()
    }

    /// The day under the playhead in a lane.
    pub fn day(&self, side: Side) -> Day {
        self.timeline.day_at(side, self.x.get(), self.mode.get())
    }

    /// Moves without touching the address, as a drag does on every pointer move.
    pub fn scrub(&self, x: f64) {
        self.x.set(x.clamp(0.0, 1.0));
    }

    /// Puts the playhead's day into the address, without a history entry.
    pub fn settle(&self) {
        let day = self.timeline.day_at(
            Side::Then,
            self.x.get_untracked(),
            self.mode.get_untracked(),
        );
        self.remember.run(day);
    }

    fn jump(&self, x: f64) {
        self.scrub(x);
        self.settle();
    }

    /// ←/→ step to the previous or next event, Shift+←/→ by a month, Home/End to the ends.
    /// Returns whether the key was the playhead's.
    pub fn key(&self, key: &str, shift: bool) -> bool {
        let timeline = self.timeline;
        let mode = self.mode.get_untracked();
        let x = self.x.get_untracked();
        let target = match key {
            "ArrowLeft" | "ArrowRight" => {
                let forward = key == "ArrowRight";
                if shift {
                    let day = timeline.day_at(Side::Then, x, mode);
                    let moved = day.add_months(if forward { 1 } else { -1 });
                    Some(timeline.x(Side::Then, moved.0 as f64, mode))
                } else {
                    timeline
                        .step(x, forward, mode)
                        .map(|event| timeline.x_of_event(event, mode))
                }
            }
            "Home" => Some(0.0),
            "End" => Some(1.0),
            _ => return false,
        };
        if let Some(x) = target {
            self.jump(x);
        }
        true
    }

    pub fn toggle(&self) {
        if self.playing.get_untracked() {
            self.pause();
        } else {
            self.play();
        }
    }

    /// Sweeps to the end: smoothly, a frame at a time, or under reduced motion from event to event
    /// with no movement in between. From the end, it starts over.
    pub fn play(&self) {
        if self.x.get_untracked() >= 0.999 {
            self.x.set(0.0);
        }
        self.playing.set(true);
        if prefers_reduced_motion() {
            self.next_step();
        } else {
            self.next_frame();
        }
    }

    /// Stops and puts where it stopped into the address.
    pub fn pause(&self) {
        if self.playing.get_untracked() {
            self.stop();
            self.settle();
        }
    }

    /// Stops without touching the address: the timeline is going away, and the address already
    /// belongs to the next view.
    pub fn stop(&self) {
        if let Some(pending) = self.pending.get_value() {
            match pending {
                Pending::Frame(handle) => handle.cancel(),
                Pending::Timer(handle) => handle.clear(),
            }
        }
        self.pending.set_value(None);
        self.playing.set(false);
    }

    fn next_frame(self) {
        let handle = request_animation_frame_with_handle(move || {
            let x = (self.x.get_untracked() + SWEEP_PER_FRAME).min(1.0);
            self.x.set(x);
            if x >= 1.0 {
                self.pause();
            } else {
                self.next_frame();
            }
        });
        self.pending.set_value(handle.ok().map(Pending::Frame));
    }

    fn next_step(self) {
        let handle = set_timeout_with_handle(
            move || {
                let mode = self.mode.get_untracked();
                match self.timeline.step(self.x.get_untracked(), true, mode) {
                    Some(event) => {
                        self.x.set(self.timeline.x_of_event(event, mode));
                        self.next_step();
                    }
                    None => self.pause(),
                }
            },
            STEP_EVERY,
        );
        self.pending.set_value(handle.ok().map(Pending::Timer));
    }

    /// The playhead stands where the address says: `?at=`, else the selected event or echo.
    pub fn follow(&self, route: &Route) {
        let timeline = self.timeline;
        let mode = route.mode;
        // `at` that the playhead itself wrote back: it already stands there, maybe between days.
        let here = timeline.day_at(Side::Then, self.x.get_untracked(), mode);
        if route.at == Some(here) {
            return;
        }
        let x = route
            .at
            .and_then(|day| timeline.x_of_day(day, mode))
            .or_else(|| match &route.view {
                View::Event(id) => timeline
                    .event_index(id)
                    .map(|i| timeline.x_of_event(i, mode)),
                View::Echo(id) => timeline
                    .echo_index(id)
                    .and_then(|i| timeline.echo_ends(i).0.first().copied())
                    .map(|i| timeline.x_of_event(i, mode)),
                _ => None,
            });
        if let Some(x) = x {
            self.x.set(x);
        }
    }
}

fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

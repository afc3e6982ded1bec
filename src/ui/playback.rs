//! The playhead's motion: dragging, keys and playing. Its place is derived (the model's
//! `playhead_x`): the address owns the day, and a gesture leads only while it lasts. Coming to
//! rest writes the day into the address, unless the address already leads there.

use super::dom::media_matches;
use super::router::Router;
use echoes_model::date::Day;
use echoes_model::playhead::Placed;
use echoes_model::route::Mode;
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
    router: Router,
    mode: Signal<Mode>,
    /// Where the reader last put it, and the router's count of moves then.
    placed: RwSignal<Option<(Placed, u32)>>,
    /// Across the lanes, 0.0 to 1.0.
    x: Memo<f64>,
    playing: RwSignal<bool>,
    /// The queued frame or timer of a play, cancelled on pause: nothing runs after it.
    pending: StoredValue<Option<Pending>>,
}

#[derive(Clone, Copy)]
enum Pending {
    Frame(AnimationFrameRequestHandle),
    Timer(TimeoutHandle),
}

impl Playback {
    pub fn new(
        timeline: &'static Timeline<'static>,
        router: Router,
        mode: Signal<Mode>,
    ) -> Playback {
        let placed = RwSignal::new(None::<(Placed, u32)>);
        let x = Memo::new(move |before: Option<&f64>| {
            let placed = placed.get().map(|(placed, moves)| Placed {
                // A move to another address (a link, Back) ends the gesture it overtook.
                moving: placed.moving && moves == router.moves(),
                ..placed
            });
            router.with(|route| timeline.playhead_x(route, placed, before.copied()))
        });
        Playback {
            timeline,
            router,
            mode,
            placed,
            x,
            playing: RwSignal::new(false),
            pending: StoredValue::new(None),
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
        let placed = Placed {
            x: x.clamp(0.0, 1.0),
            moving: true,
        };
        self.placed
            .set(Some((placed, self.router.moves_untracked())));
    }

    /// Comes to rest: the day goes into the address, without a history entry, unless the address
    /// already leads there (a selected event keeps its own address).
    pub fn settle(&self) {
        let overtaken = self
            .placed
            .get_untracked()
            .is_some_and(|(_, moves)| moves != self.router.moves_untracked());
        if overtaken {
            // The reader went elsewhere before this came to rest (a tap after a scroll).
            self.rest();
            return;
        }
        let mut route = self.router.with_untracked(Clone::clone);
        if let Some(day) = self
            .timeline
            .day_to_remember(&route, self.x.get_untracked())
        {
            route.at = Some(day);
            self.router.replace(route);
        }
        // After the address has the day: until then, resting would hand the place back to it.
        self.rest();
    }

    /// Stops leading: from here the address leads, wherever it goes next.
    fn rest(&self) {
        if let Some((placed, moves)) = self.placed.get_untracked().filter(|(p, _)| p.moving) {
            let placed = Placed {
                moving: false,
                ..placed
            };
            self.placed.set(Some((placed, moves)));
        }
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
            self.scrub(0.0);
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
            self.cancel();
            self.settle();
        }
    }

    /// Stops without touching the address: the timeline is going away, and the address already
    /// belongs to the next view.
    pub fn stop(&self) {
        self.cancel();
        self.rest();
    }

    fn cancel(&self) {
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
            self.scrub(x);
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
                        self.scrub(self.timeline.x_of_event(event, mode));
                        self.next_step();
                    }
                    None => self.pause(),
                }
            },
            STEP_EVERY,
        );
        self.pending.set_value(handle.ok().map(Pending::Timer));
    }
}

fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

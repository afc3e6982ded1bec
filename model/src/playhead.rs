//! Where the playhead stands. The address owns its place, to the day (`?at=`, or else the
//! selected event or echo); the reader's own gesture refines it within that day, and leads while
//! it lasts. Nothing else holds a position, so there is nothing to keep in step.

use super::date::Day;
use super::route::{Route, View};
use super::timeline::{Side, Timeline};

/// Where the reader last put the playhead (a drag, a scroll, a key, a play), across the lanes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub x: f64,
    /// Still moving: the address does not know it yet.
    pub moving: bool,
}

impl Timeline<'_> {
    /// The place an address gives the playhead: `?at=`, else its event (in either lane) or the
    /// echo's first end.
    pub fn x_of_route(&self, route: &Route) -> Option<f64> {
        let mode = route.mode;
        route
            .at
            .and_then(|day| self.x_of_day(day, mode))
            .or_else(|| match &route.view {
                // An event outside both periods has no place on the lanes.
                View::Event(id) => self
                    .event_index(id)
                    .filter(|&i| self.sides[i] != Side::Context)
                    .map(|i| self.x_of_event(i, mode)),
                View::Echo(id) => self
                    .echo_index(id)
                    .and_then(|i| self.echo_ends(i).0.first().copied())
                    .map(|i| self.x_of_event(i, mode)),
                _ => None,
            })
    }

    /// The playhead's place: the reader's while it moves, and after, while the address's day is
    /// still its day (the address keeps only the day); else the address's; else where it was.
    pub fn playhead_x(&self, route: &Route, placed: Option<Placed>, before: Option<f64>) -> f64 {
        let wanted = self.x_of_route(route);
        match (placed, wanted) {
            (Some(p), _) if p.moving => p.x,
            (Some(p), Some(w)) if self.same_day(p.x, w, route) => p.x,
            (_, Some(w)) => w,
            (Some(p), None) => p.x,
            (None, None) => before.unwrap_or(0.0),
        }
    }

    /// The day to write into the address when the playhead comes to rest at `x`; `None` when the
    /// address already leads there, so that a selected event keeps its own address.
    pub fn day_to_remember(&self, route: &Route, x: f64) -> Option<Day> {
        let named = self.x_of_route(route);
        let remembered = named.is_some_and(|w| self.same_day(x, w, route));
        (!remembered).then(|| self.day_at(Side::Then, x, route.mode))
    }

    fn same_day(&self, a: f64, b: f64, route: &Route) -> bool {
        self.day_at(Side::Then, a, route.mode) == self.day_at(Side::Then, b, route.mode)
    }
}

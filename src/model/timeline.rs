//! The dataset indexed for drawing and scrubbing: parsed dates, events sorted per lane, the two
//! scales and the echo warp. Built once; every playhead question is a binary search.

use super::dataset::{Dataset, CONTEXT_LANE};
use super::date::{Day, EventDate};
use super::route::Mode;
use super::scale::{LaneScale, Warp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Then,
    Now,
    Context,
}

/// One lane's events in time order.
#[derive(Debug, Clone)]
pub struct LaneIndex {
    pub scale: LaneScale,
    /// Event indices sorted by first day (then by dataset order).
    pub events: Vec<usize>,
    firsts: Vec<Day>,
}

impl LaneIndex {
    /// The event the playhead last passed at `day`: the latest that started on or before it.
    pub fn current(&self, day: Day) -> Option<usize> {
        let passed = self.firsts.partition_point(|first| *first <= day);
        passed.checked_sub(1).map(|i| self.events[i])
    }
}

pub struct Timeline<'a> {
    pub data: &'a Dataset,
    pub dates: Vec<EventDate>,
    pub sides: Vec<Side>,
    pub then: LaneIndex,
    pub now: LaneIndex,
    /// Events outside both lanes, in time order.
    pub context: Vec<usize>,
    pub warp: Warp,
    /// For each echo, whether the aligned view puts its ends exactly across from each other.
    pub aligned: Vec<bool>,
}

impl<'a> Timeline<'a> {
    /// Expects a validated dataset (the build refuses any other); an unreadable date or lane
    /// range would fall back to the first day of year 1 rather than fail.
    pub fn new(data: &'a Dataset) -> Timeline<'a> {
        let dates: Vec<EventDate> = data
            .events
            .iter()
            .map(|e| EventDate::parse(&e.date).unwrap_or(EventDate::Day(Day(0))))
            .collect();
        let side_of = |lane: &str| match data.lanes.iter().position(|l| l.id == lane) {
            Some(0) => Side::Then,
            Some(_) => Side::Now,
            None => Side::Context,
        };
        let sides: Vec<Side> = data.events.iter().map(|e| side_of(&e.lane)).collect();
        let lane = |index: usize, side: Side| {
            let lane = data.lanes.get(index);
            let day = |text: Option<&str>| text.and_then(Day::parse).unwrap_or(Day(0));
            let scale = LaneScale::new(day(lane.map(|l| &*l.start)), day(lane.map(|l| &*l.end)));
            let mut events: Vec<usize> = (0..sides.len()).filter(|&i| sides[i] == side).collect();
            events.sort_by_key(|&i| (dates[i].first_day(), i));
            let firsts = events.iter().map(|&i| dates[i].first_day()).collect();
            LaneIndex {
                scale,
                events,
                firsts,
            }
        };
        let (then, now) = (lane(0, Side::Then), lane(1, Side::Now));
        let mut context: Vec<usize> = (0..sides.len())
            .filter(|&i| data.events[i].lane == CONTEXT_LANE)
            .collect();
        context.sort_by_key(|&i| dates[i].first_day());

        let middle = |ids: &[super::dataset::Text]| {
            let index = ids
                .first()
                .and_then(|id| data.events.iter().position(|e| e.id == *id))?;
            let date = dates[index];
            Some((date.first_day().0 as f64 + date.last_day().0 as f64 + 1.0) / 2.0)
        };
        let anchors: Vec<(f64, f64)> = data
            .echoes
            .iter()
            .map(|echo| {
                // An echo without both ends (impossible once validated) falls outside the lanes.
                (
                    middle(&echo.then).unwrap_or(f64::NEG_INFINITY),
                    middle(&echo.now).unwrap_or(f64::NEG_INFINITY),
                )
            })
            .collect();
        let (warp, chosen) = Warp::through(then.scale, now.scale, &anchors);
        let mut aligned = vec![false; anchors.len()];
        for i in chosen {
            aligned[i] = true;
        }
        Timeline {
            data,
            dates,
            sides,
            then,
            now,
            context,
            warp,
            aligned,
        }
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.data.events.iter().position(|e| e.id == id)
    }

    pub fn echo_index(&self, id: &str) -> Option<usize> {
        self.data.echoes.iter().position(|e| e.id == id)
    }

    pub fn lane(&self, side: Side) -> Option<&LaneIndex> {
        match side {
            Side::Then => Some(&self.then),
            Side::Now => Some(&self.now),
            Side::Context => None,
        }
    }

    /// Screen position (0..1) of a (fractional) day in a lane.
    pub fn x(&self, side: Side, day: f64, mode: Mode) -> f64 {
        match (side, mode) {
            (Side::Now, Mode::Aligned) => self.then.scale.x(self.warp.apply(day)),
            (Side::Now, Mode::Calendar) => self.now.scale.x(day),
            _ => self.then.scale.x(day),
        }
    }

    /// The day under screen position `x` in a lane.
    pub fn day_at(&self, side: Side, x: f64, mode: Mode) -> Day {
        match (side, mode) {
            (Side::Now, Mode::Aligned) => {
                let then_day = self.then.scale.day_at(x.clamp(0.0, 1.0));
                let now_day = self.warp.invert(then_day);
                self.now.scale.whole_day_at(self.now.scale.x(now_day))
            }
            (Side::Now, Mode::Calendar) => self.now.scale.whole_day_at(x),
            _ => self.then.scale.whole_day_at(x),
        }
    }

    /// Where an event's marker starts and ends on screen.
    pub fn extent(&self, event: usize, mode: Mode) -> (f64, f64) {
        let date = self.dates[event];
        let side = self.sides[event];
        (
            self.x(side, date.first_day().0 as f64, mode),
            self.x(side, date.last_day().0 as f64 + 1.0, mode),
        )
    }

    /// Where the playhead stands to show an event: the start of its first day.
    pub fn x_of_event(&self, event: usize, mode: Mode) -> f64 {
        self.extent(event, mode).0
    }

    /// The screen position of a day in whichever lane holds it.
    pub fn x_of_day(&self, day: Day, mode: Mode) -> Option<f64> {
        [Side::Then, Side::Now].into_iter().find_map(|side| {
            let scale = self.lane(side)?.scale;
            let inside = (scale.first()..scale.end()).contains(&(day.0 as f64));
            inside.then(|| self.x(side, day.0 as f64, mode))
        })
    }

    /// The next (or previous) event start strictly after (before) `x`, in either lane.
    pub fn step(&self, x: f64, forward: bool, mode: Mode) -> Option<usize> {
        const SAME: f64 = 1e-9;
        let starts = self
            .then
            .events
            .iter()
            .chain(&self.now.events)
            .map(|&i| (self.x_of_event(i, mode), i));
        if forward {
            starts
                .filter(|(start, _)| *start > x + SAME)
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, i)| i)
        } else {
            starts
                .filter(|(start, _)| *start < x - SAME)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, i)| i)
        }
    }

    /// The echoes that have this event at either end.
    pub fn echoes_of(&self, event: usize) -> Vec<usize> {
        let id = &self.data.events[event].id;
        (0..self.data.echoes.len())
            .filter(|&i| {
                let echo = &self.data.echoes[i];
                echo.then.contains(id) || echo.now.contains(id)
            })
            .collect()
    }

    /// Both ends of an echo as event indices: (then, now).
    pub fn echo_ends(&self, echo: usize) -> (Vec<usize>, Vec<usize>) {
        let echo = &self.data.echoes[echo];
        let find = |ids: &[super::dataset::Text]| {
            ids.iter()
                .filter_map(|id| self.event_index(id))
                .collect::<Vec<_>>()
        };
        (find(&echo.then), find(&echo.now))
    }

    /// Events in reading order: the first lane, then the second, then context.
    pub fn reading_order(&self) -> Vec<usize> {
        self.then
            .events
            .iter()
            .chain(&self.now.events)
            .chain(&self.context)
            .copied()
            .collect()
    }
}

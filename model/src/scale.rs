//! Where a date sits across the screen: each lane linear in its own dates (calendar), or the
//! second lane warped so that echo pairs sit exactly across from each other (aligned).
//!
//! Positions are fractions of the lane's width, 0.0 to 1.0; days are `f64` so a position between
//! two days inverts exactly.

use super::date::Day;
use super::order::{float_key, sort_indices};

/// A lane's dates mapped linearly onto 0..1, the first day's start to the last day's end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneScale {
    start: f64,
    end: f64,
}

impl LaneScale {
    pub fn new(first: Day, last: Day) -> LaneScale {
        LaneScale {
            start: first.0 as f64,
            end: last.0 as f64 + 1.0,
        }
    }

    pub fn x(&self, day: f64) -> f64 {
        (day - self.start) / (self.end - self.start)
    }

    pub fn day_at(&self, x: f64) -> f64 {
        self.start + x * (self.end - self.start)
    }

    /// The day under `x`, clamped into the lane.
    pub fn whole_day_at(&self, x: f64) -> Day {
        // A day's own start, mapped to x and back, may land a hair before it.
        let day = (self.day_at(x.clamp(0.0, 1.0)) + 1e-6).floor();
        Day((day as i32).min(self.end as i32 - 1))
    }

    pub fn first(&self) -> f64 {
        self.start
    }

    pub fn end(&self) -> f64 {
        self.end
    }
}

/// A strictly increasing, piecewise-linear map from the second lane's days to the first lane's.
#[derive(Debug, Clone, PartialEq)]
pub struct Warp {
    /// `(now, then)` knots, strictly increasing in both.
    knots: Vec<(f64, f64)>,
}

impl Warp {
    /// The warp through the largest set of `(then, now)` pairs that do not cross; also returns
    /// the indices of the pairs it uses. Pairs outside either lane cannot be used.
    pub fn through(then: LaneScale, now: LaneScale, pairs: &[(f64, f64)]) -> (Warp, Vec<usize>) {
        let usable: Vec<usize> = (0..pairs.len())
            .filter(|&i| {
                let (t, n) = pairs[i];
                t > then.start && t < then.end && n > now.start && n < now.end
            })
            .collect();
        let usable_pairs: Vec<(f64, f64)> = usable.iter().map(|&i| pairs[i]).collect();
        let chosen: Vec<usize> = longest_non_crossing(&usable_pairs)
            .into_iter()
            .map(|i| usable[i])
            .collect();
        let mut knots = vec![(now.start, then.start)];
        knots.extend(chosen.iter().map(|&i| (pairs[i].1, pairs[i].0)));
        knots.push((now.end, then.end));
        (Warp { knots }, chosen)
    }

    /// The first-lane day that a second-lane day sits across from.
    pub fn apply(&self, now_day: f64) -> f64 {
        interpolate(&self.knots, now_day, |k| k.0, |k| k.1)
    }

    /// The second-lane day that sits across from a first-lane day.
    pub fn invert(&self, then_day: f64) -> f64 {
        interpolate(&self.knots, then_day, |k| k.1, |k| k.0)
    }
}

/// Piecewise-linear interpolation over knots sorted by `from`; extends the end segments.
fn interpolate(
    knots: &[(f64, f64)],
    value: f64,
    from: impl Fn(&(f64, f64)) -> f64,
    to: impl Fn(&(f64, f64)) -> f64,
) -> f64 {
    let after = knots.partition_point(|k| from(k) <= value);
    let segment = after.clamp(1, knots.len() - 1);
    let (a, b) = (&knots[segment - 1], &knots[segment]);
    to(a) + (value - from(a)) * (to(b) - to(a)) / (from(b) - from(a))
}

/// Indices of a largest subset of `(then, now)` pairs that is strictly increasing in both, in
/// order: the echo pairs that can all sit across from each other without lines crossing.
pub fn longest_non_crossing(pairs: &[(f64, f64)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    sort_indices(&mut order, &|i| {
        (float_key(pairs[i].0), float_key(pairs[i].1))
    });
    // Longest chain ending at each position: quadratic, and there are a few dozen echoes at most.
    let mut length = vec![1usize; order.len()];
    let mut previous = vec![None; order.len()];
    for i in 0..order.len() {
        for j in 0..i {
            let (a, b) = (pairs[order[j]], pairs[order[i]]);
            if a.0 < b.0 && a.1 < b.1 && length[j] + 1 > length[i] {
                length[i] = length[j] + 1;
                previous[i] = Some(j);
            }
        }
    }
    let Some(mut at) = (0..order.len()).max_by_key(|&i| (length[i], std::cmp::Reverse(i))) else {
        return Vec::new();
    };
    let mut chain = vec![order[at]];
    while let Some(j) = previous[at] {
        chain.push(order[j]);
        at = j;
    }
    chain.reverse();
    chain
}

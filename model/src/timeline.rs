//! The dataset indexed for drawing and scrubbing: parsed dates, events sorted per lane, the two
//! scales and the echo warp. Built once; every playhead question is a binary search.

use super::dataset::{Dataset, CONTEXT_LANE};
use super::date::{Day, EventDate, Month};
use super::order::{float_key, sort_indices};
use super::route::{Mode, Zoom};
use super::scale::{LaneScale, Warp};
use chrono::Datelike;

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
    /// For each echo, the middle day of its first 1950 and first 2023–24 event: where its link
    /// ends, and what the warp aligns.
    pub anchors: Vec<(f64, f64)>,
    /// For each echo, its events in each lane.
    ends: Vec<(Vec<usize>, Vec<usize>)>,
    /// For each event, the echoes it is an end of: asked on every playhead move.
    echoes_by_event: Vec<Vec<usize>>,
}

/// The part of the lanes on screen: both lanes show the same share, `start` to `start + 1 /
/// factor` of their width, stretched across the screen. (No `Debug`, as for `Label`.)
#[derive(Clone, Copy, PartialEq)]
pub struct Window {
    pub start: f64,
    pub factor: f64,
}

impl Window {
    pub const WHOLE: Window = Window {
        start: 0.0,
        factor: 1.0,
    };

    /// The window `factor` times zoomed, centred on lane position `centre` as far as the lanes'
    /// ends allow.
    pub fn around(centre: f64, factor: f64) -> Window {
        let factor = factor.max(1.0);
        let width = 1.0 / factor;
        let start = if centre.is_finite() {
            // Not `clamp`: its bounds check would bring float formatting into the bundle.
            (centre - width / 2.0).min(1.0 - width).max(0.0)
        } else {
            0.0
        };
        Window { start, factor }
    }

    /// Screen position (0..1 on screen) of lane position `x`.
    pub fn screen(&self, x: f64) -> f64 {
        (x - self.start) * self.factor
    }

    /// Lane position under screen position `s`.
    pub fn lane(&self, s: f64) -> f64 {
        self.start + s / self.factor
    }

    pub fn shows(&self, x: f64) -> bool {
        (0.0..=1.0).contains(&self.screen(x))
    }

    /// The 1950-lane centre an address keeps for this window, read by `Timeline::window`.
    pub fn centre(&self) -> f64 {
        self.lane(0.5)
    }
}

/// Rows a lane stacks before it lets markers overlap. A lane is as tall as the rows it uses: the
/// real dataset needs 11 to 13 at widths from 1,800 to 300 px for no two markers to overlap
/// (the last weeks of June 1950 are the densest).
pub const MARKER_ROWS: u8 = 14;

/// How markers measure on screen, in CSS pixels; the stylesheet draws them at these sizes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkerSize {
    /// A day's point, centred on its day.
    pub point: f64,
    /// The shortest bar a month or span gets, from its start.
    pub min_bar: f64,
    /// The longest that a bar's target reaches from its start: the rest is drawn and not
    /// pointed at.
    pub max_bar: f64,
    /// Clear space kept between neighbours in one row.
    pub gap: f64,
}

impl MarkerSize {
    /// Every marker is a target of 24×24 px at least (WCAG 2.2, 2.5.8), drawn smaller inside.
    pub const SCREEN: MarkerSize = MarkerSize {
        point: 24.0,
        min_bar: 24.0,
        max_bar: f64::INFINITY,
        gap: 2.0,
    };
    /// Down a phone's page a bar's target is its start (style.css): rows keep starts apart.
    pub const DOWN: MarkerSize = MarkerSize {
        max_bar: 24.0,
        ..MarkerSize::SCREEN
    };
}

/// How a marker's label measures: its text is cut to the width it gets, with an ellipsis, so a
/// label never reaches past what this layout gave it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSize {
    /// Average width of one character of label text.
    pub char_px: f64,
    /// The widest a label grows.
    pub max_px: f64,
    /// A label cut narrower than this (or than its whole text) says too little to show.
    pub min_px: f64,
    /// Air between a marker and its label.
    pub offset_px: f64,
}

impl LabelSize {
    pub const SCREEN: LabelSize = LabelSize {
        char_px: 6.4,
        max_px: 176.0,
        min_px: 56.0,
        offset_px: 3.0,
    };
}

/// A marker's label: where it starts (0..1 of the lane) and how wide it may be, in CSS pixels.
/// Down a phone's page the stylesheet places and sizes it, and `more` counts the events too
/// close below it that its label stands for. (No `Debug`: held in the app's signals, it would
/// pull float formatting into the bundle.)
#[derive(Clone, Copy, PartialEq)]
pub struct Label {
    pub left: f64,
    pub width_px: f64,
    pub more: u16,
}

/// How long a phone's lanes run down the page at 1×, in CSS pixels: about three screens of
/// lanes, a day about 3 px, so that a label's room is about ten days. At 390 px the real dataset
/// then shows 8 to 10 whole labels on each screen an address opens on (e2e/lanes.test.mjs checks
/// the home page's).
pub const DOWN_LANE_PX: f64 = 1440.0;

/// A phone's labels, as style.css draws them: a line's height, the air below a label, and a
/// character's width at the most (so that a label's lines are never more than counted).
pub const DOWN_LINE_PX: f64 = 14.4;
pub const DOWN_LABEL_AIR_PX: f64 = 3.0;
pub const DOWN_CHAR_PX: f64 = 7.2;
/// A group's count ends its label's last line: "+9" in a box whose padding, border and margin
/// (style.css) make it about as wide as five characters.
pub const GROUP_BADGE: &str = "+9999";
/// Marker rows across a phone's lane: three, so that events that start on the same day stay apart
/// at some zoom (25 June 1950 starts three), and the rest of the lane's breadth for labels.
pub const DOWN_ROWS: u8 = 3;

/// How many lines `words` take, wrapped at `width_px`: a word longer than a line has one of its
/// own, since words are never cut.
pub fn wrapped_lines(words: &str, width_px: f64) -> usize {
    let per_line = (width_px / DOWN_CHAR_PX).floor().max(1.0) as usize;
    let mut lines = 0;
    let mut used = per_line;
    for word in words.split_whitespace() {
        let length = word.chars().count();
        if used + 1 + length > per_line {
            lines += 1;
            used = length;
        } else {
            used += 1 + length;
        }
    }
    lines.max(1)
}

/// The least distance between two tick labels, in CSS pixels: the widest label ("Sep 1950" in
/// bold) and some air.
pub const TICK_LABEL_SPACING: f64 = 64.0;
/// Share of a lane's width between neighbouring tick labels at each level of
/// `tick_label_reach`: every month, every other, every quarter or so, and about two a year.
const TICK_LABEL_LEVELS: [f64; 4] = [0.05, 0.1, 0.22, 0.45];

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
            sort_indices(&mut events, &|i| (i64::from(dates[i].first_day().0), 0));
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
        sort_indices(&mut context, &|i| (i64::from(dates[i].first_day().0), 0));

        let index_of = |id: &super::dataset::Text| data.events.iter().position(|e| e.id == *id);
        let ends: Vec<(Vec<usize>, Vec<usize>)> = data
            .echoes
            .iter()
            .map(|echo| {
                (
                    echo.then.iter().filter_map(index_of).collect(),
                    echo.now.iter().filter_map(index_of).collect(),
                )
            })
            .collect();
        // An echo without both ends (impossible once validated) falls outside the lanes.
        let middle = |events: &[usize]| {
            events.first().map_or(f64::NEG_INFINITY, |&i| {
                let date = dates[i];
                (date.first_day().0 as f64 + date.last_day().0 as f64 + 1.0) / 2.0
            })
        };
        let anchors: Vec<(f64, f64)> = ends.iter().map(|(t, n)| (middle(t), middle(n))).collect();
        let (warp, chosen) = Warp::through(then.scale, now.scale, &anchors);
        let mut aligned = vec![false; anchors.len()];
        for i in chosen {
            aligned[i] = true;
        }
        let mut echoes_by_event = vec![Vec::new(); data.events.len()];
        for (echo, (then, now)) in ends.iter().enumerate() {
            for &event in then.iter().chain(now) {
                if !echoes_by_event[event].contains(&echo) {
                    echoes_by_event[event].push(echo);
                }
            }
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
            anchors,
            ends,
            echoes_by_event,
        }
    }

    /// The window an address's zoom shows, keeping the playhead (lane position `playhead`) in
    /// view: if the zoom's centre would leave it out, the window centres on the playhead. So the
    /// same address always shows the same window.
    pub fn window(&self, zoom: Zoom, playhead: f64) -> Window {
        if zoom.factor <= 1 {
            return Window::WHOLE;
        }
        let centre = zoom
            .centre
            .map_or(playhead, |day| self.then.scale.x(day.0 as f64 + 0.5));
        let window = Window::around(centre, f64::from(zoom.factor));
        if window.shows(playhead) {
            window
        } else {
            Window::around(playhead, f64::from(zoom.factor))
        }
    }

    /// The 1950-lane day at lane position `x`: what an address keeps as a zoom's centre.
    pub fn centre_day(&self, x: f64) -> Day {
        self.then.scale.whole_day_at(x)
    }

    /// Where a marker covers its lane on screen (0..1), for a lane `lane_px` pixels wide.
    pub fn marker_span(
        &self,
        event: usize,
        mode: Mode,
        size: MarkerSize,
        lane_px: f64,
    ) -> (f64, f64) {
        let (start, end) = self.extent(event, mode);
        if self.dates[event].is_day() {
            let half = size.point / 2.0 / lane_px;
            (start - half, start + half)
        } else {
            let end = end.max(start + size.min_bar / lane_px);
            (start, end.min(start + size.max_bar / lane_px))
        }
    }

    /// For each event, the row its marker sits in on a lane `lane_px` pixels long with room for
    /// `room` rows (at most `MARKER_ROWS`; a phone's narrow lanes hold fewer). Greedy interval
    /// packing per lane: each marker takes the lowest row where it clears the one before by the
    /// gap, or the row that frees up first when none does.
    pub fn marker_rows(&self, mode: Mode, size: MarkerSize, lane_px: f64, room: u8) -> Vec<u8> {
        let gap = size.gap / lane_px;
        let room = usize::from(room.clamp(1, MARKER_ROWS));
        let mut rows = vec![0u8; self.data.events.len()];
        for lane in [&self.then, &self.now] {
            let mut row_ends = [f64::NEG_INFINITY; MARKER_ROWS as usize];
            let row_ends = &mut row_ends[..room];
            for &event in &lane.events {
                let (left, right) = self.marker_span(event, mode, size, lane_px);
                let row = (0..row_ends.len())
                    .find(|&r| row_ends[r] + gap <= left)
                    .unwrap_or_else(|| {
                        (0..row_ends.len())
                            .min_by(|&a, &b| row_ends[a].total_cmp(&row_ends[b]))
                            .unwrap_or(0)
                    });
                row_ends[row] = row_ends[row].max(right);
                rows[event] = row as u8;
            }
        }
        rows
    }

    /// Whether any two markers share a row and overlap on a lane `lane_px` pixels long. One pass
    /// in time order: a marker overlaps an earlier one in its row when it starts before the
    /// furthest end seen there.
    pub fn markers_overlap(&self, mode: Mode, size: MarkerSize, lane_px: f64, rows: &[u8]) -> bool {
        [&self.then, &self.now].into_iter().any(|lane| {
            let mut row_ends = [f64::NEG_INFINITY; MARKER_ROWS as usize];
            lane.events.iter().any(|&event| {
                let (left, right) = self.marker_span(event, mode, size, lane_px);
                let end = &mut row_ends[usize::from(rows[event]).min(row_ends.len() - 1)];
                let overlaps = *end > left;
                *end = end.max(right);
                overlaps
            })
        })
    }

    /// Each event's label down a phone's lane `lane_px` long, labels `label_px` wide: a label
    /// sits beside its marker's start, as many lines tall as its date, short title and a
    /// group's count need, and stands for the markers that start before it ends too (a group,
    /// `more` of them), so no two labels overlap however dense the week.
    pub fn down_labels(&self, mode: Mode, lane_px: f64, label_px: f64) -> Vec<Option<Label>> {
        let mut labels: Vec<Option<Label>> = vec![None; self.data.events.len()];
        for lane in [&self.then, &self.now] {
            let mut head: Option<(usize, f64)> = None;
            for &event in &lane.events {
                let top = self.x_of_event(event, mode) * lane_px;
                match head {
                    Some((first, end)) if top < end => {
                        if let Some(label) = labels[first].as_mut() {
                            label.more += 1;
                        }
                    }
                    _ => {
                        labels[event] = Some(Label {
                            left: 0.0,
                            width_px: 0.0,
                            more: 0,
                        });
                        let words = format!(
                            "{} {} {GROUP_BADGE}",
                            self.dates[event].label_without_year(),
                            self.data.events[event].short
                        );
                        let lines = wrapped_lines(&words, label_px) as f64;
                        head = Some((event, top + lines * DOWN_LINE_PX + DOWN_LABEL_AIR_PX));
                    }
                }
            }
        }
        labels
    }

    /// For each event, its label on a lane `lane_px` pixels wide, if it has room: a label runs
    /// right from its marker, in the marker's row, and stops short of the next marker in that
    /// row and of the lane's end. So no label covers a marker or another label, and a wider lane
    /// (or a zoom, which is the same) labels more. Markers that overlap others get none.
    pub fn marker_labels(
        &self,
        mode: Mode,
        size: MarkerSize,
        lane_px: f64,
        rows: &[u8],
        text: impl Fn(usize) -> usize,
        label: LabelSize,
    ) -> Vec<Option<Label>> {
        let mut labels = vec![None; self.data.events.len()];
        let gap = size.gap / lane_px;
        for lane in [&self.then, &self.now] {
            for row in 0..MARKER_ROWS {
                let spans: Vec<(usize, (f64, f64))> = lane
                    .events
                    .iter()
                    .filter(|&&e| rows[e] == row)
                    .map(|&e| (e, self.marker_span(e, mode, size, lane_px)))
                    .collect();
                let mut order: Vec<usize> = (0..spans.len()).collect();
                sort_indices(&mut order, &|k| (float_key(spans[k].1 .0), 0));
                let in_row: Vec<(usize, (f64, f64))> = order.iter().map(|&k| spans[k]).collect();
                let mut reach = f64::NEG_INFINITY;
                for (k, &(event, (left, right))) in in_row.iter().enumerate() {
                    let overlaps_before = reach + gap > left;
                    reach = reach.max(right);
                    let next_left = in_row.get(k + 1).map_or(1.0 + gap, |next| next.1 .0);
                    if overlaps_before || right + gap > next_left {
                        continue;
                    }
                    let start = right + label.offset_px / lane_px;
                    let room_px = (next_left - gap - start) * lane_px;
                    let whole_px = (text(event) as f64 * label.char_px).min(label.max_px);
                    let width_px = whole_px.min(room_px);
                    if width_px >= whole_px.min(label.min_px) && width_px > 0.0 {
                        labels[event] = Some(Label {
                            left: start,
                            width_px,
                            more: 0,
                        });
                    }
                }
            }
        }
        labels
    }

    /// Each event's label on screen: its short title, at `marker_labels`'s screen sizes.
    pub fn short_labels(&self, mode: Mode, lane_px: f64, rows: &[u8]) -> Vec<Option<Label>> {
        self.marker_labels(
            mode,
            MarkerSize::SCREEN,
            lane_px,
            rows,
            |event| self.data.events[event].short.chars().count(),
            LabelSize::SCREEN,
        )
    }

    /// How many tick labels a lane `lane_px` pixels wide has room for: the level of
    /// `tick_label_reach` whose labels keep `TICK_LABEL_SPACING` apart (3 is the sparsest).
    pub fn tick_label_level(lane_px: f64) -> u8 {
        let fits = |share: f64| share * lane_px >= TICK_LABEL_SPACING;
        match TICK_LABEL_LEVELS.iter().position(|&share| fits(share)) {
            Some(level) => level as u8 + 1,
            None => TICK_LABEL_LEVELS.len() as u8,
        }
    }

    /// For each month tick of a lane, from which level on its label shows: a label with reach
    /// `r` shows at levels 1 to `r`, so the sets nest and labels at one level keep their share
    /// of the width apart. Year labels take their place first.
    pub fn tick_label_reach(&self, side: Side, mode: Mode) -> Vec<u8> {
        let months = self.months(side);
        let xs: Vec<f64> = months
            .iter()
            .map(|m| self.x(side, m.first_day().0 as f64, mode))
            .collect();
        let is_year = |i: usize| i == 0 || months[i].month == 1;
        let order: Vec<usize> = (0..xs.len())
            .filter(|&i| is_year(i))
            .chain((0..xs.len()).filter(|&i| !is_year(i)))
            .collect();
        let mut reach = vec![0u8; xs.len()];
        for (level, gap) in TICK_LABEL_LEVELS.iter().enumerate() {
            let mut kept: Vec<f64> = Vec::new();
            for &i in &order {
                let candidate = usize::from(reach[i]) == level;
                if candidate && kept.iter().all(|k| (xs[i] - k).abs() >= *gap) {
                    kept.push(xs[i]);
                    reach[i] += 1;
                }
            }
        }
        reach
    }

    /// The months a lane's axis shows: the first day of each, in order.
    pub fn months(&self, side: Side) -> Vec<Month> {
        let Some(lane) = self.lane(side) else {
            return Vec::new();
        };
        let first = Day(lane.scale.first() as i32).date();
        let last = Day(lane.scale.end() as i32 - 1);
        let mut month = Month {
            year: first.year(),
            month: first.month(),
        };
        let mut months = Vec::new();
        while month.first_day() <= last {
            months.push(month);
            month = Month {
                year: month.year + (month.month / 12) as i32,
                month: month.month % 12 + 1,
            };
        }
        months
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

    /// The echoes that have this event at either end, in the dataset's order.
    pub fn echoes_of(&self, event: usize) -> &[usize] {
        self.echoes_by_event.get(event).map_or(&[], Vec::as_slice)
    }

    /// Both ends of an echo as event indices: (then, now).
    pub fn echo_ends(&self, echo: usize) -> (Vec<usize>, Vec<usize>) {
        self.ends.get(echo).cloned().unwrap_or_default()
    }

    /// The echoes with an end at either of these events (each lane's current one), in order.
    pub fn echoes_at(&self, events: [Option<usize>; 2]) -> Vec<usize> {
        let mut echoes: Vec<usize> = events
            .into_iter()
            .flatten()
            .flat_map(|event| self.echoes_of(event).iter().copied())
            .collect();
        sort_indices(&mut echoes, &|echo| (echo as i64, 0));
        echoes.dedup();
        echoes
    }

    /// The echoes to light: those of `events` (hovered or selected) and `echoes` themselves, in
    /// order.
    pub fn lit_echoes(&self, events: [Option<usize>; 2], echoes: [Option<usize>; 2]) -> Vec<usize> {
        let mut lit: Vec<usize> = Vec::new();
        for event in events.into_iter().flatten() {
            lit.extend_from_slice(self.echoes_of(event));
        }
        lit.extend(echoes.into_iter().flatten());
        sort_indices(&mut lit, &|echo| (echo as i64, 0));
        lit.dedup();
        lit
    }

    /// The events to light: both ends of every echo `lit_echoes` lights, in order.
    pub fn lit_events(&self, events: [Option<usize>; 2], echoes: [Option<usize>; 2]) -> Vec<usize> {
        let mut lit: Vec<usize> = Vec::new();
        for echo in self.lit_echoes(events, echoes) {
            if let Some((then, now)) = self.ends.get(echo) {
                lit.extend(then.iter().chain(now));
            }
        }
        sort_indices(&mut lit, &|event| (event as i64, 0));
        lit.dedup();
        lit
    }
}

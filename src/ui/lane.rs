use super::axis::{row_top, Axis};
use super::current_ring::CurrentRing;
use super::currents::Currents;
use super::lane_current::LaneCurrent;
use super::markers::Markers;
use super::state::use_state;
use crate::controls::{part, Part};
use crate::model::timeline::Side;
use leptos::prelude::*;

pub const LANE: Part = part!(class "lane");
/// The markers' area, whose breadth down a phone's page sets how many rows fit.
pub const MARKER_AREA: Part = part!(class "marker-area");

/// One period: its title, its date axis and its events as markers.
#[component]
pub fn Lane(side: Side) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let lane_index = if side == Side::Then { 0 } else { 1 };
    let title = timeline
        .data
        .lanes
        .get(lane_index)
        .map(|l| l.title.to_string())
        .unwrap_or_default();
    let class = format!(
        "{} lane-{}",
        LANE.name(),
        if side == Side::Then { "then" } else { "now" }
    );
    let heading_id = format!("lane-{lane_index}-title");
    // As tall as the rows its markers use (down a phone's page, the stylesheet makes it as long
    // as the lanes).
    let currents = expect_context::<Currents>();
    let lane_events = timeline
        .lane(side)
        .map(|l| l.events.clone())
        .unwrap_or_default();
    let rows_height = move || {
        let used = currents
            .rows
            .with(|rows| lane_events.iter().map(|&e| rows[e] + 1).max().unwrap_or(1));
        row_top(used)
    };
    let labelled_by = heading_id.clone();
    view! {
        <div class=class role="group" aria-labelledby=labelled_by>
            <h2 class="lane-title" id=heading_id>{title}</h2>
            <Axis side=side />
            <div class=MARKER_AREA.name() style:--rows=rows_height>
                <Markers side=side />
                <CurrentRing side=side />
            </div>
            <LaneCurrent side=side />
        </div>
    }
}

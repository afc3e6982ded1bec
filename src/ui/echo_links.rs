use super::currents::{toggle_changes, Currents};
use super::state::use_state;
use crate::controls::{echo_list, part, Part};
use crate::model::timeline::Side;
use leptos::prelude::*;

/// A link's curve; like an echo list's item, it names its echo (`data-echo`).
const ECHO_LINK: Part = part!(class "echo-link");

/// A curve from each echo's 1950 end to its 2023–24 end. In the aligned view the pairs the warp
/// uses stand upright; the ones it could not fit without crossing stay slanted.
#[component]
pub fn EchoLinks() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let currents = expect_context::<Currents>();
    let links = (0..timeline.data.echoes.len())
        .map(|echo| {
            let (then, now) = timeline.echo_ends(echo);
            let (then_day, now_day) = timeline.anchors[echo];
            let path = move || {
                let mode = state.mode.get();
                let window = state.window.get();
                let screen = |side, day| window.screen(timeline.x(side, day, mode));
                // Whole units of a 10,000-wide box: integers format without float machinery.
                let a = (screen(Side::Then, then_day) * 10_000.0).round() as i64;
                let b = (screen(Side::Now, now_day) * 10_000.0).round() as i64;
                format!("M{a},0 C{a},50 {b},50 {b},100")
            };
            let lit = move || {
                state.hovered_echo.get() == Some(echo)
                    || state.selected_echo.get() == Some(echo)
                    || [state.hovered_event.get(), state.selected_event.get()]
                        .into_iter()
                        .flatten()
                        .any(|e| then.contains(&e) || now.contains(&e))
            };
            let slanted = move || state.mode.get() == crate::model::route::Mode::Aligned && !timeline.aligned[echo];
            view! {
                <path d=path class=ECHO_LINK.name() class:lit=lit class:slanted=slanted data-echo=timeline.data.echoes[echo].id.to_string() />
            }
        })
        .collect_view();
    // Echoes at the playhead change on many playhead moves: only the links that change are
    // touched, rather than every link checking the set.
    Effect::new(move |previous: Option<Vec<usize>>| {
        let now = currents.at_playhead.get();
        let toggle = |echo: usize, on: bool| {
            let selector = format!(
                "{}[{}=\"{}\"]",
                ECHO_LINK.selector(),
                echo_list::ITEM.name(),
                timeline.data.echoes[echo].id
            );
            if let Ok(Some(link)) = document().query_selector(&selector) {
                let _ = link.class_list().toggle_with_force("at-playhead", on);
            }
        };
        toggle_changes(previous.as_deref(), &now, toggle);
        now
    });
    view! {
        <svg class="echo-links" viewBox="0 0 10000 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            {links}
        </svg>
    }
}

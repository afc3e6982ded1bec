//! A curve from each echo's 1950 end to its 2023–24 end. In the aligned view the pairs the warp
//! uses stand upright; the ones it could not fit without crossing stay slanted.

use crate::controls::{part, Part};
use crate::model::route::Mode;
use crate::model::timeline::{Side, Timeline, Window};

/// A link's curve; like an echo list's item, it names its echo (`data-echo`).
pub const ECHO_LINK: Part = part!(class "echo-link");
pub const PARTS: &[Part] = &[ECHO_LINK];

/// The curve of an echo's link, in a box 10,000 wide and 100 high, from its 1950 end at the top.
fn path(timeline: &Timeline, echo: usize, mode: Mode, window: Window) -> String {
    let (then_day, now_day) = timeline.anchors[echo];
    let screen = |side, day| window.screen(timeline.x(side, day, mode));
    // Whole units: integers format without float machinery.
    let a = (screen(Side::Then, then_day) * 10_000.0).round() as i64;
    let b = (screen(Side::Now, now_day) * 10_000.0).round() as i64;
    format!("M{a},0 C{a},50 {b},50 {b},100")
}

#[cfg(feature = "markup")]
pub use markup::markup;

#[cfg(feature = "markup")]
mod markup {
    use super::{path, ECHO_LINK};
    use crate::controls::lanes::Shown;
    use crate::model::timeline::Window;
    use maud::{html, Markup};

    pub fn markup(shown: &Shown) -> Markup {
        let timeline = shown.timeline;
        let lit = timeline.lit_echoes([shown.selected_event, None], [shown.selected_echo, None]);
        html! {
            svg class="echo-links" viewBox="0 0 10000 100" preserveAspectRatio="none" aria-hidden="true" focusable="false" {
                @for (echo, data) in timeline.data.echoes.iter().enumerate() {
                    path d=(path(timeline, echo, shown.mode, Window::WHOLE))
                        class={ (ECHO_LINK.name()) @if lit.contains(&echo) { " lit" } @if shown.at_playhead.contains(&echo) { " at-playhead" } }
                        data-echo=(data.id) {}
                }
            }
        }
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::controls::lanes::{tests::data, Shown};
    use crate::model::route::View;

    #[test]
    fn every_echo_has_a_curve_and_the_page_s_own_is_lit() {
        let data = data();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let echo = &data.echoes[2].id;
        let shown = Shown::new(&timeline, &View::Echo(echo.to_string()), &href);
        let html = assert_finds(markup::markup(&shown), PARTS);
        let links = scraper::Selector::parse(ECHO_LINK.selector()).unwrap();
        assert_eq!(html.select(&links).count(), data.echoes.len());
        let lit = scraper::Selector::parse(&format!("{}.lit", ECHO_LINK.selector())).unwrap();
        let lit: Vec<_> = html.select(&lit).collect();
        assert_eq!(lit.len(), 1);
        assert_eq!(lit[0].value().attr("data-echo"), Some(&**echo));
    }
}

#[cfg(feature = "app")]
pub use behaviour::adopt;

#[cfg(feature = "app")]
mod behaviour {
    use super::{path, ECHO_LINK};
    use crate::model::route::Mode;
    use crate::ui::currents::{toggle_changes, Currents};
    use crate::ui::state::AppState;
    use leptos::prelude::*;

    /// Keeps the page's curves where the alignment and zoom put their ends, lit while their echo
    /// is in view, and marked while an end is at the playhead.
    pub fn adopt(state: AppState, currents: &Currents, stage: &web_sys::Element) {
        let timeline = state.timeline;
        // In the dataset's order, as the build writes them.
        let links = StoredValue::new_local(ECHO_LINK.all_in(stage));
        Effect::new(move |_| {
            let mode = state.mode.get();
            let window = state.window.get();
            links.with_value(|links| {
                for (echo, link) in links.iter().enumerate() {
                    let _ = link.set_attribute("d", &path(timeline, echo, mode, window));
                    let slanted = mode == Mode::Aligned && !timeline.aligned[echo];
                    let _ = link.class_list().toggle_with_force("slanted", slanted);
                }
            })
        });
        Effect::new(move |_| {
            let echoes = [state.hovered_echo.get(), state.selected_echo.get()];
            let events = [state.hovered_event.get(), state.selected_event.get()];
            let lit = timeline.lit_echoes(events, echoes);
            links.with_value(|links| {
                for (echo, link) in links.iter().enumerate() {
                    let _ = link
                        .class_list()
                        .toggle_with_force("lit", lit.contains(&echo));
                }
            })
        });
        // Echoes at the playhead change on many playhead moves: only the links that change are
        // touched.
        let at_playhead = currents.at_playhead;
        Effect::new(move |previous: Option<Vec<usize>>| {
            let now = at_playhead.get();
            toggle_changes(previous.as_deref(), &now, |echo, on| {
                links.with_value(|links| {
                    if let Some(link) = links.get(echo) {
                        let _ = link.class_list().toggle_with_force("at-playhead", on);
                    }
                })
            });
            now
        });
    }
}

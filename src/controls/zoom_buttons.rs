//! The toolbar's zoom: out, the factor, in, and back to the whole lanes. Each button names its
//! steps of doubling (`data-zoom`), zooming at the playhead as the + and − keys do; the app
//! writes the factor and turns off a button that can do nothing.

use super::{part, Part};

/// A button that zooms by the steps it names: −1, 1, or all the way out.
pub const ZOOM: Part = part!(attribute "data-zoom");
pub const FACTOR: Part = part!(class "zoom-factor");
pub const PARTS: &[Part] = &[ZOOM, FACTOR];

#[cfg(feature = "markup")]
pub fn markup() -> maud::Markup {
    // More halvings than the deepest zoom the address allows (`MAX_ZOOM`, 32, is five doublings).
    const WHOLE_LANES: i32 = -6;
    maud::html! {
        div class="zoom" role="group" aria-label="Zoom" {
            button type="button" data-zoom="-1" aria-label="Zoom out" disabled { "−" }
            span class=(FACTOR.name()) aria-live="polite" { "1×" }
            button type="button" data-zoom="1" aria-label="Zoom in" { "+" }
            button type="button" class="zoom-reset" data-zoom=(WHOLE_LANES) disabled { "Whole lanes" }
        }
    }
}

#[cfg(feature = "app")]
pub fn follow(toolbar: &web_sys::Element, state: crate::ui::state::AppState) {
    use crate::model::route::MAX_ZOOM;
    use crate::ui::dom::listen;
    use crate::ui::zoom::zoom_at_playhead;
    use leptos::prelude::*;

    let buttons = ZOOM.all_named(toolbar, &|steps| steps.parse::<i32>().ok());
    for (button, steps) in &buttons {
        let steps = *steps;
        listen(button, "click", move |_| zoom_at_playhead(state, steps));
    }
    let factor_text = FACTOR.find_in(toolbar);
    Effect::new(move |_| {
        let factor = state.router.with(|r| r.zoom.factor);
        if let Some(text) = &factor_text {
            text.set_text_content(Some(&format!("{factor}×")));
        }
        for (button, steps) in &buttons {
            let off = if *steps < 0 {
                factor <= 1
            } else {
                factor >= MAX_ZOOM
            };
            let _ = button.toggle_attribute_with_force("disabled", off);
        }
    });
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::model::route::MAX_ZOOM;

    #[test]
    fn the_zoom_offers_out_in_and_back_to_the_whole_lanes_from_the_deepest_zoom() {
        let html = assert_finds(markup(), PARTS);
        let zoom = scraper::Selector::parse(ZOOM.selector()).unwrap();
        let steps: Vec<i32> = html
            .select(&zoom)
            .map(|b| b.value().attr(ZOOM.name()).unwrap().parse().unwrap())
            .collect();
        assert_eq!(&steps[..2], [-1, 1]);
        assert!(
            1u32 << -steps[2] >= u32::from(MAX_ZOOM),
            "Whole lanes undoes the deepest zoom"
        );
    }
}

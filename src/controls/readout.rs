//! The playhead's day in each lane, beside the toolbar's buttons: written by the app as the
//! playhead moves, hidden from assistive technology, which hears the selection instead.

use super::{part, Part};

pub const THEN: Part = part!(class "readout-then");
pub const NOW: Part = part!(class "readout-now");
pub const PARTS: &[Part] = &[THEN, NOW];

/// The page's own days, as its lanes show them.
#[cfg(feature = "markup")]
pub fn markup(days: [crate::model::date::Day; 2]) -> maud::Markup {
    maud::html! {
        p class="readout" aria-hidden="true" {
            span class=(THEN.name()) { (days[0].label()) } " · " span class=(NOW.name()) { (days[1].label()) }
        }
    }
}

/// Each day is written into one text node that stays, so a scrub's move adds no node to the
/// page: under a `:has()` rule a node added restyled the whole timeline, about 12 ms a move at
/// 10,000 markers (model/src/meta.rs, `layout_class`, is why the layout has no such rule now).
#[cfg(feature = "app")]
pub fn follow(currents: &crate::ui::currents::Currents) {
    use leptos::prelude::*;

    for (part, day) in [(THEN, currents.then_day), (NOW, currents.now_day)] {
        let Some(span) = part.find() else {
            continue;
        };
        let text = document().create_text_node("");
        span.set_text_content(None);
        let _ = span.append_child(&text);
        Effect::new(move |_| text.set_data(&day.get().label()));
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;

    #[test]
    fn the_readout_has_a_slot_for_each_lane() {
        let day = crate::model::date::Day::parse("1950-06-25").unwrap();
        let html = crate::controls::assert_finds(markup([day, day]), PARTS);
        let then = scraper::Selector::parse(THEN.selector()).unwrap();
        let then = html
            .select(&then)
            .next()
            .unwrap()
            .text()
            .collect::<String>();
        assert_eq!(then, "25 Jun 1950");
    }
}

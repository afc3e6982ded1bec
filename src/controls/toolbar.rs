//! The toolbar above the lanes: Play and the alignment, and beside them the zoom, the playhead's
//! two dates and the link to this view, each its own control. The build writes it into every
//! page; the app makes Play and the alignment work, and shows what is pressed from the address
//! and the playback.

use super::{part, Part};

pub const TOOLBAR: Part = part!(class "toolbar");
pub const PLAY: Part = part!(action "play");
/// The alignment's buttons, each naming its mode.
pub const MODE: Part = part!(attribute "data-mode");
pub const PARTS: &[Part] = &[TOOLBAR, PLAY, MODE];

/// The toolbar as the page shows it, its readout at the page's `days`.
#[cfg(feature = "markup")]
pub fn markup(days: [crate::model::date::Day; 2]) -> maud::Markup {
    use super::{readout, share, zoom_buttons};
    use crate::model::route::Mode;
    let modes = [
        (Mode::Calendar, "Calendar"),
        (Mode::Aligned, "Echo-aligned"),
    ];
    maud::html! {
        div class=(TOOLBAR.name()) {
            button type="button" class="play" data-action=(PLAY.name()) aria-pressed="false" { "Play" }
            div class="modes" role="group" aria-label="Alignment" {
                @for (mode, label) in modes {
                    button type="button" class="mode" data-mode=(mode.name())
                        aria-pressed=(mode == Mode::default()) { (label) }
                }
            }
            (zoom_buttons::markup())
            (readout::markup(days))
            (share::markup())
        }
    }
}

#[cfg(feature = "app")]
pub use behaviour::follow;

#[cfg(feature = "app")]
mod behaviour {
    use super::{MODE, PLAY, TOOLBAR};
    use crate::controls::{share, zoom_buttons};
    use crate::model::route::Mode;
    use crate::ui::dom::{listen, press};
    use crate::ui::state::AppState;
    use leptos::prelude::*;

    pub fn follow(state: AppState) {
        let Some(toolbar) = TOOLBAR.find() else {
            return;
        };
        zoom_buttons::follow(&toolbar, state);
        share::follow(&toolbar);
        let play = PLAY.find_in(&toolbar);
        if let Some(play) = &play {
            listen(play, "click", move |_| state.playback.toggle());
        }
        let modes = MODE.all_named(&toolbar, &Mode::from_name);
        for (button, mode) in &modes {
            let mode = *mode;
            listen(button, "click", move |_| state.router.set_mode(mode));
        }
        Effect::new(move |_| {
            let playing = state.playback.playing();
            if let Some(play) = &play {
                play.set_text_content(Some(if playing { "Pause" } else { "Play" }));
                press(play, playing);
            }
            let shown = state.mode();
            for (button, mode) in &modes {
                press(button, *mode == shown);
            }
        });
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::model::route::Mode;

    #[test]
    fn the_toolbar_holds_play_and_both_alignments_pressed_as_the_default_view_is() {
        let day = crate::model::date::Day::parse("2024-06-19").unwrap();
        let html = assert_finds(markup([day, day]), PARTS);
        let modes = scraper::Selector::parse(MODE.selector()).unwrap();
        let pressed: Vec<(&str, &str)> = html
            .select(&modes)
            .map(|b| {
                let attribute = |name| b.value().attr(name).unwrap_or_default();
                (attribute(MODE.name()), attribute("aria-pressed"))
            })
            .collect();
        assert_eq!(
            pressed,
            [
                (Mode::Calendar.name(), "true"),
                (Mode::Aligned.name(), "false")
            ]
        );
    }
}

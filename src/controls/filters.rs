//! The filter buttons under the lanes: narrow the markers by actor or by theme. Markers that do
//! not match fade; none disappear.

use super::{part, Part};
use crate::model::dataset::Theme;

pub const FILTERS: Part = part!(class "filters");
pub const ACTOR: Part = part!(attribute "data-actor");
pub const THEME: Part = part!(attribute "data-theme");
pub const CLEAR: Part = part!(class "clear-filters");
pub const PARTS: &[Part] = &[FILTERS, ACTOR, THEME, CLEAR];

#[cfg(feature = "markup")]
pub fn markup(actors: &[crate::model::dataset::Actor]) -> maud::Markup {
    maud::html! {
        div class=(FILTERS.name()) {
            div class="filter-group" role="group" aria-label="Filter by actor" {
                span class="filter-name" { "Actor" }
                @for actor in actors {
                    button type="button" class="chip" aria-pressed="false" data-actor=(actor.id) {
                        (swatch(&actor.color)) (actor.name)
                    }
                }
            }
            div class="filter-group" role="group" aria-label="Filter by theme" {
                span class="filter-name" { "Theme" }
                @for theme in Theme::ALL {
                    button type="button" class="chip" aria-pressed="false" data-theme=(theme.name()) {
                        (theme.name())
                    }
                }
            }
            button type="button" class=(CLEAR.name()) disabled { "Clear filters" }
        }
    }
}

/// An actor's colour as a presentation attribute, not a style: it holds under `style-src 'self'`.
/// The reading text's list of actors shows the same.
#[cfg(feature = "markup")]
pub fn swatch(color: &str) -> maud::Markup {
    maud::html! {
        svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false" {
            circle cx="5" cy="5" r="5" fill=(color) {}
        }
    }
}

#[cfg(feature = "app")]
pub fn follow(state: crate::ui::state::AppState) {
    use crate::ui::dom::{listen, press};
    use leptos::prelude::*;

    let Some(filters) = FILTERS.find() else {
        return;
    };
    let actors: Vec<_> = ACTOR
        .all_in(&filters)
        .into_iter()
        .filter_map(|button| {
            let id = ACTOR.value_on(&button)?;
            let actor = state.timeline.data.actors.iter().find(|a| a.id == id)?;
            Some((button, &*actor.id))
        })
        .collect();
    let themes: Vec<_> = THEME
        .all_in(&filters)
        .into_iter()
        .filter_map(|button| {
            let name = THEME.value_on(&button)?;
            Some((button, Theme::ALL.into_iter().find(|t| t.name() == name)?))
        })
        .collect();
    for (button, actor) in &actors {
        let actor = Some(*actor);
        listen(button, "click", move |_| {
            state
                .actor_filter
                .update(|f| *f = if *f == actor { None } else { actor });
        });
    }
    for (button, theme) in &themes {
        let theme = Some(*theme);
        listen(button, "click", move |_| {
            state
                .theme_filter
                .update(|f| *f = if *f == theme { None } else { theme });
        });
    }
    let clear = CLEAR.find_in(&filters);
    if let Some(clear) = &clear {
        listen(clear, "click", move |_| {
            state.actor_filter.set(None);
            state.theme_filter.set(None);
        });
    }
    Effect::new(move |_| {
        let (actor, theme) = (state.actor_filter.get(), state.theme_filter.get());
        for (button, id) in &actors {
            press(button, actor == Some(*id));
        }
        for (button, shown) in &themes {
            press(button, theme == Some(*shown));
        }
        // "Clear filters" works only while a filter is on.
        if let Some(clear) = &clear {
            let _ =
                clear.toggle_attribute_with_force("disabled", actor.is_none() && theme.is_none());
        }
    });
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::model::load::from_json;

    #[test]
    fn there_is_a_button_for_every_actor_and_every_theme() {
        let data = from_json(include_str!("../../assets/data/timeline.json")).unwrap();
        let html = crate::controls::assert_finds(markup(&data.actors), PARTS);
        let count = |part: Part| {
            let selector = scraper::Selector::parse(part.selector()).unwrap();
            html.select(&selector).count()
        };
        assert_eq!(count(ACTOR), data.actors.len());
        assert_eq!(count(THEME), Theme::ALL.len());
    }
}

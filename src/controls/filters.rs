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
pub use behaviour::follow;

#[cfg(feature = "app")]
mod behaviour {
    use super::{Theme, ACTOR, CLEAR, FILTERS, THEME};
    use crate::ui::dom::{listen, press};
    use crate::ui::state::AppState;
    use leptos::prelude::*;

    pub fn follow(state: AppState) {
        let Some(filters) = FILTERS.find() else {
            return;
        };
        let data = state.timeline.data;
        let actors = ACTOR.all_named(&filters, &|id| {
            data.actors.iter().find(|a| a.id == id).map(|a| &*a.id)
        });
        let themes = THEME.all_named(&filters, &|name| {
            Theme::ALL.into_iter().find(|t| t.name() == name)
        });
        toggle_on_click(&actors, state.actor_filter);
        toggle_on_click(&themes, state.theme_filter);
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
                let off = actor.is_none() && theme.is_none();
                let _ = clear.toggle_attribute_with_force("disabled", off);
            }
        });
    }

    /// A click turns the button's filter on, or off if it is on already.
    fn toggle_on_click<T>(buttons: &[(web_sys::Element, T)], filter: RwSignal<Option<T>>)
    where
        T: Copy + PartialEq + Send + Sync + 'static,
    {
        for (button, value) in buttons {
            let value = Some(*value);
            listen(button, "click", move |_| {
                filter.update(|f| *f = if *f == value { None } else { value });
            });
        }
    }
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

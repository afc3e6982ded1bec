//! The page's filter buttons (written at build time): narrow the markers by actor or theme.
//! Markers that do not match fade; none disappear.

use super::dom::{all, closest, listen, press};
use super::state::AppState;
use crate::model::dataset::Theme;
use leptos::prelude::*;

pub fn follow(state: AppState) {
    let Some(filters) = document().query_selector(".filters").ok().flatten() else {
        return;
    };
    let actors = &state.timeline.data.actors;
    listen(&filters, "click", move |ev| {
        let Some(button) = closest(ev.target(), "button") else {
            return;
        };
        if let Some(id) = button.get_attribute("data-actor") {
            let actor = actors.iter().find(|a| a.id == id).map(|a| &*a.id);
            state
                .actor_filter
                .update(|f| *f = if *f == actor { None } else { actor });
        } else if let Some(name) = button.get_attribute("data-theme") {
            let theme = Theme::ALL.into_iter().find(|t| t.name() == name);
            state
                .theme_filter
                .update(|f| *f = if *f == theme { None } else { theme });
        } else {
            state.actor_filter.set(None);
            state.theme_filter.set(None);
        }
    });
    Effect::new(move |_| {
        let (actor, theme) = (state.actor_filter.get(), state.theme_filter.get());
        for button in all(&filters, "button") {
            let pressed = match (
                button.get_attribute("data-actor"),
                button.get_attribute("data-theme"),
            ) {
                (Some(id), _) => Some(actor == Some(&*id)),
                (_, Some(name)) => Some(theme.is_some_and(|t| t.name() == name)),
                // "Clear filters" works only while a filter is on.
                _ => {
                    let _ = button.toggle_attribute_with_force(
                        "disabled",
                        actor.is_none() && theme.is_none(),
                    );
                    None
                }
            };
            if let Some(pressed) = pressed {
                press(&button, pressed);
            }
        }
    });
}

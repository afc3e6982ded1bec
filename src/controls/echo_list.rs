//! The list of every echo beside the lanes, each a link to it: pointing at one, or focusing it,
//! lights both its ends on the lanes; the echo shown is marked current.

use super::{part, Part};

pub const LIST: Part = part!(class "echo-list");
/// An echo's item, naming its echo.
pub const ITEM: Part = part!(attribute "data-echo");
pub const PARTS: &[Part] = &[LIST, ITEM];

/// `href` gives the address of an app path, as the page's links write it.
#[cfg(feature = "markup")]
pub fn markup(
    echoes: &[crate::model::dataset::Echo],
    href: impl Fn(&str) -> String,
) -> maud::Markup {
    use super::reading_pane::app_link;
    maud::html! {
        nav class=(LIST.name()) aria-label="Echoes" {
            h2 { "Echoes" }
            ul {
                @for echo in echoes {
                    @let path = format!("/echo/{}", echo.id);
                    li data-echo=(echo.id) { (app_link(&href(&path), &path, &echo.title, Some("echo-chip"))) }
                }
            }
        }
    }
}

#[cfg(feature = "app")]
pub fn follow(state: crate::ui::state::AppState) {
    use crate::ui::dom::listen;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    let Some(list) = LIST.find() else {
        return;
    };
    let echoes = &state.timeline.data.echoes;
    // The echo whose item holds a node, by its position in the index.
    let echo_at = move |node: Option<web_sys::EventTarget>| {
        let id = ITEM.value_on(&ITEM.around(node)?)?;
        echoes.iter().position(|echo| echo.id == id)
    };
    // focusin and focusout bubble from the links, so keyboard focus lights an echo too.
    for name in ["mouseover", "focusin"] {
        listen(&list, name, move |ev| {
            let echo = echo_at(ev.target());
            if echo.is_some() && echo != state.hovered_echo.get_untracked() {
                state.hovered_echo.set(echo);
            }
        });
    }
    // Out of one item: lit is whatever the pointer or focus went to, if anything.
    for name in ["mouseout", "focusout"] {
        listen(&list, name, move |ev| {
            let to = ev
                .dyn_ref::<web_sys::MouseEvent>()
                .map(web_sys::MouseEvent::related_target)
                .or_else(|| {
                    ev.dyn_ref::<web_sys::FocusEvent>()
                        .map(web_sys::FocusEvent::related_target)
                });
            let echo = echo_at(to.flatten());
            if echo != state.hovered_echo.get_untracked() {
                state.hovered_echo.set(echo);
            }
        });
    }
    let items = ITEM.all_in(&list);
    Effect::new(move |_| {
        let current = state.selected_echo.get().map(|echo| &*echoes[echo].id);
        for item in &items {
            let Some(link) = item.first_element_child() else {
                continue;
            };
            let _ = if ITEM.value_on(item).as_deref() == current {
                link.set_attribute("aria-current", "true")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    });
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::reading_pane::APP_LINK;
    use crate::model::load::from_json;

    #[test]
    fn every_echo_is_an_item_whose_first_child_is_the_link_to_it() {
        let data = from_json(include_str!("../../assets/data/timeline.json")).unwrap();
        let markup = markup(&data.echoes, |path| format!("/echoes{path}"));
        let html = crate::controls::assert_finds(markup, PARTS);
        let links =
            scraper::Selector::parse(&format!("{} > a{}", ITEM.selector(), APP_LINK.selector()));
        let found: Vec<(&str, &str)> = html
            .select(&links.unwrap())
            .map(|a| {
                (
                    a.value().attr("href").unwrap(),
                    a.value().attr(APP_LINK.name()).unwrap(),
                )
            })
            .collect();
        assert_eq!(found.len(), data.echoes.len());
        let first = format!("/echo/{}", data.echoes[0].id);
        assert_eq!(
            found[0],
            (format!("/echoes{first}").as_str(), first.as_str())
        );
    }
}

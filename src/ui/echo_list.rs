//! The page's list of every echo (written at build time with the reading text): pointing at one,
//! or focusing it, lights both its ends on the lanes; the echo shown is marked current.

use super::dom::{all, closest, listen};
use super::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn follow(state: AppState) {
    let Some(list) = document().query_selector(".echo-list").ok().flatten() else {
        return;
    };
    let echoes = &state.timeline.data.echoes;
    // The echo whose item holds a node, by its position in the index.
    let echo_at = move |node: Option<web_sys::EventTarget>| {
        let id = closest(node, "[data-echo]")?.get_attribute("data-echo")?;
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
    Effect::new(move |_| {
        let current = state.selected_echo.get().map(|echo| &*echoes[echo].id);
        for item in all(&list, "[data-echo]") {
            let Some(link) = item.first_element_child() else {
                continue;
            };
            let _ = if item.get_attribute("data-echo").as_deref() == current {
                link.set_attribute("aria-current", "true")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    });
}

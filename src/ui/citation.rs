//! "Cite this" and "Embed" in the reading text. The build left the day of access open: it is
//! filled in as the reader's today, and each citation and embed code gets a button that copies it.

use super::dom::{all, closest, copy_refused, copy_text, listen};
use echoes_model::cite::DateForm;
use echoes_model::date::Day;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copies a citation or an embed code on a click on its button, wherever the reading pane
/// swapped it in.
pub fn copy_on_click() {
    listen(&window(), "click", |ev| {
        if let Some(button) = closest(ev.target(), "button[data-copy]") {
            copy(&button);
        }
    });
}

/// Writes today into every open date of the citations shown, and shows their copy buttons.
pub fn fill() {
    let now = js_sys::Date::new_0();
    let Some(today) = Day::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    ) else {
        return;
    };
    let Some(reading) = document().get_element_by_id("reading") else {
        return;
    };
    for slot in all(&reading, "[data-accessed]") {
        if let Some(form) = slot
            .get_attribute("data-accessed")
            .and_then(|name| DateForm::parse(&name))
        {
            slot.set_text_content(Some(&form.write(today)));
        }
    }
    for button in all(&reading, "button[data-copy]") {
        let _ = button.remove_attribute("hidden");
    }
}

fn copy(button: &web_sys::Element) {
    let id = button.get_attribute("data-copy").unwrap_or_default();
    let Some(source) = document().get_element_by_id(&id) else {
        return;
    };
    // The page words the message: "Copied the BibTeX citation.", "Copied the embed code."
    let copied = button.get_attribute("data-copied").unwrap_or_default();
    let status = button
        .closest("details")
        .ok()
        .flatten()
        .and_then(|details| details.query_selector(".copy-status").ok().flatten());
    let say = move |text: &str| {
        if let Some(status) = &status {
            status.set_text_content(Some(text));
        }
    };
    let text = source.text_content().unwrap_or_default();
    spawn_local(async move {
        if copy_text(&text).await.is_ok() {
            say(&copied);
            return;
        }
        // Refused: select it for the reader's own copy.
        if let Ok(Some(selection)) = window().get_selection() {
            let _ = selection.select_all_children(&source);
        }
        say(&copy_refused("the text"));
    });
}

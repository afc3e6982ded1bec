//! "Cite this" and "Embed" in the reading text of an event or an echo. The build leaves the day
//! of access open: the app fills it in as the reader's today, and shows each citation's and the
//! embed code's button that copies it.

use super::{part, Part};

/// A copy button, naming the element whose text it copies.
pub const COPY: Part = part!(attribute "data-copy");
/// What a copy button's status says once it copied: the page words it.
pub const COPIED: Part = part!(attribute "data-copied");
/// A slot for the day of access, naming its date form.
pub const ACCESSED: Part = part!(attribute "data-accessed");
pub const STATUS: Part = part!(class "copy-status");
pub const PARTS: &[Part] = &[COPY, COPIED, ACCESSED, STATUS];

#[cfg(feature = "markup")]
pub use markup::{cite_box, embed_box};

#[cfg(feature = "markup")]
mod markup {
    use super::STATUS;
    use crate::controls::text;
    use crate::model::cite::{
        bibtex_citation, csl_json_citation, plain_citation, Citation, Item, Piece,
    };
    use crate::model::dataset::Dataset;
    use maud::{html, Markup};

    /// "Cite this": the plain citation, BibTeX and CSL-JSON of the page at `url`, each with a
    /// copy button the app shows.
    pub fn cite_box(data: &Dataset, item: Item, url: &str) -> Markup {
        let forms = [
            ("Plain", "cite-plain", plain_citation(data, item, url)),
            ("BibTeX", "cite-bibtex", bibtex_citation(data, item, url)),
            ("CSL-JSON", "cite-csl", csl_json_citation(data, item, url)),
        ];
        html! {
            details class="cite" {
                summary { "Cite this" }
                @for (name, id, citation) in &forms {
                    // A figure, named by its caption: a `pre` may not be named (ARIA's generic role).
                    figure class="citation" {
                        figcaption class="citation-name" { (name) }
                        pre id=(id) { (citation_markup(citation)) }
                        button type="button" class="copy-citation" data-copy=(id) data-copied=(format!("Copied the {name} citation.")) hidden { "Copy " (name) }
                    }
                }
                p class=(STATUS.name()) role="status" {}
            }
        }
    }

    /// "Embed": the `<iframe>` code that shows the timeline open at `src` in another site, with
    /// a button to copy it.
    pub fn embed_box(src: &str, title: &str) -> Markup {
        // Escaped once for the pasted HTML, and again by maud for showing it here.
        let code = format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"720\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
            text(src),
            text(&format!("Echoes: {title}")),
        );
        html! {
            details class="embed-code" {
                summary { "Embed" }
                p { "Show the timeline, open here, in your own page: paste this code into its HTML." }
                pre id="embed-code" { (code) }
                button type="button" class="copy-citation" data-copy="embed-code" data-copied="Copied the embed code." hidden { "Copy the code" }
                p class=(STATUS.name()) role="status" {}
            }
        }
    }

    /// A citation as text, with an empty slot for each clause naming the day of access, which
    /// the app fills in.
    fn citation_markup(citation: &Citation) -> Markup {
        html! {
            @for piece in &citation.0 {
                @match piece {
                    Piece::Text(text) => (text),
                    Piece::Accessed(access) => span data-accessed=(access.name()) {},
                }
            }
        }
    }
}

#[cfg(feature = "app")]
pub use behaviour::{copy_on_click, fill};

#[cfg(feature = "app")]
mod behaviour {
    use super::{ACCESSED, COPIED, COPY, STATUS};
    use crate::controls::reading_pane::PANE;
    use crate::model::cite::Access;
    use crate::model::date::Day;
    use crate::ui::dom::{copy_refused, copy_text, listen};
    use leptos::prelude::*;
    use leptos::task::spawn_local;

    /// Copies a citation or an embed code on a click on its button, wherever the reading pane
    /// swapped it in.
    pub fn copy_on_click() {
        listen(&window(), "click", |ev| {
            if let Some(button) = COPY.around(ev.target()) {
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
        let Some(reading) = PANE.find() else {
            return;
        };
        for slot in ACCESSED.all_in(&reading) {
            if let Some(access) = ACCESSED
                .value_on(&slot)
                .and_then(|name| Access::parse(&name))
            {
                slot.set_text_content(Some(&access.write(today)));
            }
        }
        for button in COPY.all_in(&reading) {
            let _ = button.remove_attribute("hidden");
        }
    }

    fn copy(button: &web_sys::Element) {
        let id = COPY.value_on(button).unwrap_or_default();
        let Some(source) = document().get_element_by_id(&id) else {
            return;
        };
        // The page words the message: "Copied the BibTeX citation.", "Copied the embed code."
        let copied = COPIED.value_on(button).unwrap_or_default();
        let status = button
            .closest("details")
            .ok()
            .flatten()
            .and_then(|details| STATUS.find_in(&details));
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
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::model::cite::Item;
    use crate::model::load::from_json;

    /// Each copy button names an element of its own box that holds the text it copies.
    fn assert_buttons_copy_their_own_box(html: &scraper::Html) {
        let buttons = scraper::Selector::parse(COPY.selector()).unwrap();
        for button in html.select(&buttons) {
            let id = button.value().attr(COPY.name()).unwrap();
            let source = scraper::Selector::parse(&format!("#{id}")).unwrap();
            assert_eq!(html.select(&source).count(), 1, "#{id} once");
            assert!(button
                .value()
                .attr(COPIED.name())
                .is_some_and(|said| said.starts_with("Copied the ")));
        }
    }

    #[test]
    fn every_citation_and_the_embed_code_has_a_button_that_copies_it() {
        let data = from_json(include_str!("../../assets/data/timeline.json")).unwrap();
        let cite = cite_box(
            &data,
            Item::Event(&data.events[0]),
            "https://example.org/e/x/",
        );
        let html = assert_finds(cite, PARTS);
        assert_buttons_copy_their_own_box(&html);
        let embed = embed_box("https://example.org/embed/e/x/", "A \"title\" <b>");
        let html = assert_finds(embed, &[COPY, COPIED, STATUS]);
        assert_buttons_copy_their_own_box(&html);
        let code = scraper::Selector::parse("#embed-code").unwrap();
        let shown: String = html.select(&code).next().unwrap().text().collect();
        assert!(
            shown.contains("title=\"Echoes: A &quot;title&quot; &lt;b&gt;\""),
            "{shown}"
        );
    }
}

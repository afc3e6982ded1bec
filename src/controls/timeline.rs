//! The page's timeline slot: Find, the toolbar, the app's mount point for the lanes, the echo list
//! and the filters, then whatever follows them (the context strip). The slot is `hidden` until
//! the app has mounted the lanes, so nothing below it moves as they come in; the timeline's keys
//! work while focus is inside its section. In an embed, "Open in Echoes" leads out of the frame.

use super::{part, Part};

pub const SLOT: Part = part!(id "timeline");
/// The section whose keys drive the timeline.
pub const SECTION: Part = part!(class "timeline");
/// Where the app mounts the lanes and the playhead.
pub const MOUNT: Part = part!(id "timeline-app");
/// An embed's way out: the app points it at whatever the frame shows.
pub const OPEN_IN_ECHOES: Part = part!(id "open-in-echoes");
pub const PARTS: &[Part] = &[SLOT, SECTION, MOUNT];

#[cfg(feature = "markup")]
pub use markup::{markup, open_in_echoes};

#[cfg(feature = "markup")]
mod markup {
    use super::{MOUNT, OPEN_IN_ECHOES, SECTION, SLOT};
    use crate::controls::{echo_list, filters, find, toolbar};
    use crate::model::dataset::Dataset;
    use maud::{html, Markup};

    /// `href` gives the address of an app path, as the page's links write it.
    pub fn markup(data: &Dataset, href: impl Fn(&str) -> String, after: Markup) -> Markup {
        html! {
            div id=(SLOT.name()) class="timeline-slot" hidden {
                section class=(SECTION.name()) aria-label="Parallel timeline" {
                    (find::markup())
                    (toolbar::markup())
                    div id=(MOUNT.name()) {}
                    (echo_list::markup(&data.echoes, href))
                    (filters::markup(&data.actors))
                }
                (after)
            }
        }
    }

    /// The embed's bar, leading to `href` (the site's own address of the view) in a new tab.
    pub fn open_in_echoes(href: &str) -> Markup {
        html! {
            p class="embed-bar" {
                a id=(OPEN_IN_ECHOES.name()) href=(href) target="_blank" rel="noopener" { "Open in Echoes ↗" }
            }
        }
    }
}

#[cfg(feature = "app")]
pub use behaviour::{mount_point, point_open_in_echoes, show};

#[cfg(feature = "app")]
mod behaviour {
    use super::{MOUNT, OPEN_IN_ECHOES, SLOT};
    use crate::ui::router::Router;
    use wasm_bindgen::JsCast;

    pub fn mount_point() -> Option<web_sys::HtmlElement> {
        MOUNT.find()?.dyn_into().ok()
    }

    /// Shows the slot, with its controls, while the lanes are in it. An attribute, not a
    /// `:has()` rule: those make Chromium restyle the page when a node is added anywhere.
    pub fn show(shown: bool) {
        if let Some(slot) = SLOT.find() {
            let _ = slot.toggle_attribute_with_force("hidden", !shown);
        }
    }

    /// Points an embed's "Open in Echoes" at what the frame shows, on the site itself. Called
    /// by the Effect that follows the route (one Effect fewer is about 250 B gzip of the WASM).
    pub fn point_open_in_echoes(router: Router) {
        if let Some(link) = OPEN_IN_ECHOES.find() {
            let _ = link.set_attribute("href", &router.with(|route| router.full_href(route)));
        }
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::{assert_finds, echo_list, filters, find, toolbar};

    #[test]
    fn the_slot_starts_hidden_and_holds_every_control_around_the_mount_point() {
        let json = include_str!("../../assets/data/timeline.json");
        let data = crate::model::load::from_json(json).expect("the dataset is valid");
        let parts = [
            PARTS,
            find::PARTS,
            toolbar::PARTS,
            echo_list::PARTS,
            filters::PARTS,
        ]
        .concat();
        let html = assert_finds(markup(&data, str::to_string, maud::html! {}), &parts);
        let slot = scraper::Selector::parse(&format!("{}[hidden]", SLOT.selector())).unwrap();
        assert_eq!(html.select(&slot).count(), 1, "the slot is hidden");
        let inside = format!(
            "{} {} {}",
            SLOT.selector(),
            SECTION.selector(),
            MOUNT.selector()
        );
        let inside = scraper::Selector::parse(&inside).unwrap();
        assert_eq!(
            html.select(&inside).count(),
            1,
            "the mount point is in the section"
        );
    }

    #[test]
    fn an_embed_leads_out_in_a_new_tab() {
        let html = assert_finds(open_in_echoes("/echoes/e/x"), &[OPEN_IN_ECHOES]);
        let link = scraper::Selector::parse(OPEN_IN_ECHOES.selector()).unwrap();
        let link = html.select(&link).next().unwrap().value();
        assert_eq!(link.attr("href"), Some("/echoes/e/x"));
        assert_eq!(link.attr("target"), Some("_blank"));
    }
}

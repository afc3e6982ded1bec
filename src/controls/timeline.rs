//! The page's timeline slot: Find, the toolbar, the lanes (`lanes`), the echo list and the
//! filters, then whatever follows them (the context strip). Beside the about and not-found text
//! the slot is `hidden`, and the app shows it when the reader moves to the lanes; the timeline's
//! keys work while focus is inside its section. In an embed, "Open in Echoes" leads out of the
//! frame.

use super::{part, Part};

pub const SLOT: Part = part!(id "timeline");
/// The section whose keys drive the timeline.
pub const SECTION: Part = part!(class "timeline");
/// What holds the lanes, where the app mounts what it adds.
pub const MOUNT: Part = part!(id "timeline-app");
/// An embed's way out: the app points it at whatever the frame shows.
pub const OPEN_IN_ECHOES: Part = part!(id "open-in-echoes");
pub const PARTS: &[Part] = &[SLOT, SECTION, MOUNT];

#[cfg(feature = "markup")]
pub use markup::{markup, open_in_echoes};

#[cfg(feature = "markup")]
mod markup {
    use super::{MOUNT, OPEN_IN_ECHOES, SECTION, SLOT};
    use crate::controls::lanes::{self, Shown};
    use crate::controls::{echo_list, filters, find, toolbar};
    use crate::model::dataset::Dataset;
    use maud::{html, Markup};

    /// `href` gives the address of an app path, as the page's links write it; `shown` is false
    /// beside the about and not-found text.
    pub fn markup(
        data: &Dataset,
        href: impl Fn(&str) -> String,
        lanes: &Shown,
        shown: bool,
        after: Markup,
    ) -> Markup {
        html! {
            div id=(SLOT.name()) class="timeline-slot" hidden[!shown] {
                section class=(SECTION.name()) aria-label="Parallel timeline" {
                    (find::markup())
                    (toolbar::markup(lanes.days))
                    div id=(MOUNT.name()) { (lanes::markup(lanes)) }
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

    /// Shows the slot, with its controls, on the lanes' addresses. An attribute, not a `:has()`
    /// rule: those make Chromium restyle the page when a node is added anywhere.
    pub fn show(shown: bool) {
        if let Some(slot) = SLOT.find() {
            let _ = slot.toggle_attribute_with_force("hidden", !shown);
        }
    }

    /// Points an embed's "Open in Echoes" at what the frame shows, on the site itself, whenever
    /// the route changes.
    pub fn point_open_in_echoes(router: Router) {
        if let Some(link) = OPEN_IN_ECHOES.find() {
            let _ = link.set_attribute("href", &router.with(|route| router.full_href(route)));
        }
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::lanes::Shown;
    use crate::controls::{assert_finds, echo_list, filters, find, toolbar};

    #[test]
    fn the_slot_holds_every_control_around_the_lanes_and_hides_where_they_are_not_shown() {
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
        let timeline = crate::model::timeline::Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let lanes = Shown::new(&timeline, &crate::model::route::View::Home, &href);
        let shown = markup(&data, href, &lanes, true, maud::html! {});
        let html = assert_finds(shown, &parts);
        let hidden = scraper::Selector::parse(&format!("{}[hidden]", SLOT.selector())).unwrap();
        assert_eq!(html.select(&hidden).count(), 0, "the slot shows");
        let beside_about = markup(&data, href, &lanes, false, maud::html! {});
        let beside_about = scraper::Html::parse_fragment(&beside_about.into_string());
        assert_eq!(beside_about.select(&hidden).count(), 1, "the slot hides");
        let inside = format!(
            "{} {} {} .stage",
            SLOT.selector(),
            SECTION.selector(),
            MOUNT.selector()
        );
        let inside = scraper::Selector::parse(&inside).unwrap();
        assert_eq!(
            html.select(&inside).count(),
            1,
            "the lanes are in the section"
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

//! A lane's events as markers: a point for a day, a bar for a month or a span, each a link to its
//! event's page with its date, title and actors as its name, and its short title beside it where
//! the lane has room. A plain click is the router's, as on any link of the site; a middle click,
//! "open in new tab" and "copy link" get the event's address.
//!
//! The build writes every marker into the page; the app adopts them and moves them with plain DOM
//! calls rather than one Leptos view per marker: a marker's place, row, label and state change in
//! bulk, and one listener per lane serves them all.

use crate::controls::{part, Part};
use crate::model::timeline::{Side, Timeline};

/// A lane's markers, in lists (`BUCKET`).
pub const LIST: Part = part!(class "markers");
/// A marker's place on the lane.
pub const ITEM: Part = part!(class "marker-item");
/// A marker's link, naming its event.
pub const MARKER: Part = part!(class "marker");
pub const EVENT: Part = part!(attribute "data-event");
/// The short title beside a marker; down a phone's page, after its date (`WHEN`).
pub const NAME: Part = part!(class "marker-name");
pub const WHEN: Part = part!(attribute "data-when");
/// The event's title, shown on hover and focus: where the page carries every marker, the app
/// reads titles here (`title_of`).
pub const LABEL: Part = part!(class "marker-label");
pub const PARTS: &[Part] = &[LIST, ITEM, MARKER, EVENT, NAME, WHEN, LABEL];

/// Up to this many events, markers glide to their new places on a zoom or a change of alignment.
/// Beyond it they jump: each transition costs the browser about 50 µs of style work when it
/// starts, so at 10,000 events a zoom step froze the page for about half a second.
const GLIDE_MAX: usize = 500;

/// Up to this many events the page carries every marker, and its stylesheet their places, rows
/// and labels and each page's playhead: about 90 B gzip an event (the model says why no more).
pub use crate::model::dataset::IN_PAGE_MAX;

/// Whether the page carries the markers (`IN_PAGE_MAX`).
pub fn in_page_all(timeline: &Timeline) -> bool {
    timeline.data.events.len() <= IN_PAGE_MAX
}

/// A lane's markers are lists of at most this many, each a stacking context (style.css,
/// `.marker-bucket`), so that a change to one marker (selected, lit, hovered) repaints its list
/// and not the lane: at 10,000 events one marker's change cost a frame about 25 ms more in one
/// list, about 3 in lists of 250. The real dataset's lanes are one list each.
const BUCKET: usize = 256;

/// What a group's label adds after its own (`--more`, a CSS string): how many more events it
/// stands for.
fn more_content(more: u16) -> String {
    format!("\"+{more}\"")
}

/// The marker's id, by which the build's stylesheet places it.
fn item_id(event: usize) -> String {
    format!("m{event}")
}

/// The classes of a marker's place: a point for a day, gliding in a small lane.
fn item_class(timeline: &Timeline, event: usize) -> &'static str {
    let glides = timeline.data.events.len() <= GLIDE_MAX;
    match (timeline.dates[event].is_day(), glides) {
        (true, true) => "marker-item point glide",
        (true, false) => "marker-item point",
        (false, true) => "marker-item glide",
        (false, false) => "marker-item",
    }
}

/// The link's classes: the first actor's colour (the names are in the link's name, so colour is
/// never the only cue).
fn marker_class(timeline: &Timeline, event: usize) -> String {
    let data = timeline.data;
    let first = data.events[event].actors.first();
    match first.and_then(|id| data.actors.iter().position(|a| a.id == *id)) {
        Some(actor) => format!("{} c{actor}", MARKER.name()),
        None => MARKER.name().to_string(),
    }
}

/// The link's name. It starts with the short title the lane may show, so that a reader who sees
/// it can say it to reach the marker (WCAG 2.5.3, label in name).
fn marker_name(timeline: &Timeline, event: usize) -> String {
    let data = &timeline.data.events[event];
    let names: Vec<&str> = timeline
        .data
        .actors_of(data)
        .map(|actor| &*actor.name)
        .collect();
    format!(
        "{} — {}: {} ({})",
        data.short,
        timeline.dates[event].label(),
        data.title,
        names.join(", ")
    )
}

#[cfg(feature = "markup")]
pub use markup::{markup, stylesheet};

#[cfg(feature = "markup")]
mod markup {
    use super::*;
    use crate::controls::lanes::{
        down_label_px, percent, row_top, Shown, ACROSS_PX, DOWN_STAGE_PX, PHONE,
    };
    use crate::model::route::{Mode, View};
    use crate::model::timeline::{Label, MarkerSize, DOWN_LANE_PX, DOWN_ROWS, MARKER_ROWS};
    use maud::{html, Markup};
    use std::fmt::Write;

    /// The lane's events in time order, if the page carries them.
    fn in_page<'a>(timeline: &'a Timeline, side: Side) -> &'a [usize] {
        match timeline.lane(side) {
            Some(lane) if in_page_all(timeline) => &lane.events,
            _ => &[],
        }
    }

    /// A page whose lanes are hidden carries none of their markers: on the about page they were
    /// 37 of its 102 KB, and kept it over the 10 packets (14.6 KB brotli) that a new connection's
    /// first round trip carries. The app builds them (`adopt`) for a reader who goes on to the
    /// timeline.
    pub fn markup(shown: &Shown, side: Side) -> Markup {
        let events = if shown.lanes_shown {
            in_page(shown.timeline, side)
        } else {
            &[]
        };
        html! {
            div class=(LIST.name()) {
                @for chunk in events.chunks(BUCKET) {
                    ol class="marker-bucket" {
                        @for &event in chunk { (item(shown, event)) }
                    }
                }
            }
        }
    }

    /// One marker: `li > a > (span.marker-name, span.marker-label)`, as the page shows it.
    fn item(shown: &Shown, event: usize) -> Markup {
        let timeline = shown.timeline;
        let data = &timeline.data.events[event];
        let selected = shown.selected_event == Some(event);
        let lit = shown.lit.contains(&event);
        html! {
            li class=(item_class(timeline, event)) id=(item_id(event)) {
                a class={ (marker_class(timeline, event)) @if selected { " selected" } @if lit { " lit" } }
                    href=(shown.href(View::Event(data.id.to_string())))
                    data-event=(data.id)
                    aria-label=(marker_name(timeline, event))
                    aria-current=[selected.then_some("true")]
                {
                    span class=(NAME.name()) data-when=(timeline.dates[event].label_without_year()) aria-hidden="true" { (data.short) }
                    span class=(LABEL.name()) aria-hidden="true" { (data.title) }
                }
            }
        }
    }

    /// Rows, labels and each lane's rows used, on lanes `px` long.
    #[derive(Clone)]
    struct Layout {
        rows: Vec<u8>,
        labels: Vec<Option<Label>>,
        used: [u8; 2],
        /// Down a phone's page, the lanes' length.
        length: Option<f64>,
    }

    impl Layout {
        fn new(timeline: &Timeline, px: f64) -> Layout {
            let mode = Mode::Calendar;
            let rows = timeline.marker_rows(mode, MarkerSize::SCREEN, px, MARKER_ROWS);
            let labels = timeline.short_labels(mode, px, &rows);
            let used = [Side::Then, Side::Now]
                .map(|side| in_page(timeline, side).iter().map(|&e| rows[e] + 1).max());
            Layout {
                rows,
                labels,
                used: used.map(|u| u.unwrap_or(1)),
                length: None,
            }
        }

        /// Down a phone's page, on a stage `stage_px` wide: markers in `DOWN_ROWS` rows beside
        /// the gutter, and labels and groups across the rest of each lane.
        fn down(timeline: &Timeline, across: &Layout, stage_px: f64) -> Layout {
            let mode = Mode::Calendar;
            let size = MarkerSize::DOWN;
            Layout {
                rows: timeline.marker_rows(mode, size, DOWN_LANE_PX, DOWN_ROWS),
                labels: timeline.down_labels(mode, DOWN_LANE_PX, down_label_px(stage_px)),
                length: Some(DOWN_LANE_PX),
                ..across.clone()
            }
        }

        /// The rules that turn the layout `before` into this one: one rule for each marker whose
        /// row or label changed.
        fn write_changes(&self, timeline: &Timeline, before: &Layout, css: &mut String) {
            for side in [Side::Then, Side::Now] {
                for &e in in_page(timeline, side) {
                    let row = (self.rows[e] != before.rows[e])
                        .then(|| format!("--row:{}", row_top(self.rows[e])));
                    let label = (self.labels[e] != before.labels[e])
                        .then(|| label_declarations(self.labels[e]));
                    let changes: Vec<String> = row.into_iter().chain(label).collect();
                    if !changes.is_empty() {
                        let _ = write!(css, "#{}{{{}}}", item_id(e), changes.join(";"));
                    }
                }
                let lane = usize::from(side != Side::Then);
                if self.used[lane] != before.used[lane] {
                    write_used(side, self.used[lane], css);
                }
            }
            if let Some(length) = self.length.filter(|&l| Some(l) != before.length) {
                let _ = write!(css, ".static>*{{--lane-length:{}px}}", length as i64);
            }
        }
    }

    /// Whether a marker's short title shows, in how much room and for how many more events, as
    /// properties of its item that the page's stylesheet hands to its name while the page is
    /// static (`--label`, style.css): a rule of the marker's own, not one for its name, is about
    /// 0.7 KB less gzip over every width. Down a phone's page the stylesheet sizes labels.
    fn label_declarations(label: Option<Label>) -> String {
        let Some(label) = label else {
            return "--label:none".to_string();
        };
        let mut declarations = "--label:block".to_string();
        if label.width_px > 0.0 {
            let _ = write!(declarations, ";--label-room:{}px", label.width_px as i32);
        }
        if label.more > 0 {
            let _ = write!(declarations, ";--label-more:{}", more_content(label.more));
        }
        declarations
    }

    fn write_used(side: Side, used: u8, css: &mut String) {
        let lane = if side == Side::Then { "then" } else { "now" };
        let _ = write!(css, ".lane-{lane} .marker-area{{--rows:{}}}", row_top(used));
    }

    /// Each marker's place and colour, and its row and label at every width: across from
    /// `ACROSS_PX`'s narrowest up, and down a phone's page for each number of rows its lanes have
    /// room for (a lane's breadth is half the stage's, less the gutter).
    pub fn stylesheet(timeline: &Timeline, css: &mut String) {
        for (i, actor) in timeline.data.actors.iter().enumerate() {
            let hex = actor.color.strip_prefix('#').unwrap_or_default();
            if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                let _ = write!(css, ".{}.c{i}{{color:#{hex}}}", MARKER.name());
            }
        }
        let base = Layout::new(timeline, ACROSS_PX[0]);
        for side in [Side::Then, Side::Now] {
            for &e in in_page(timeline, side) {
                let (start, end) = timeline.extent(e, Mode::Calendar);
                let span = if timeline.dates[e].is_day() {
                    "0px".to_string()
                } else {
                    percent(end - start)
                };
                let label =
                    base.labels[e].map(|label| format!(";{}", label_declarations(Some(label))));
                let _ = write!(
                    css,
                    "#{}{{--at:{};--span:{span};--row:{}{}}}",
                    item_id(e),
                    percent(start),
                    row_top(base.rows[e]),
                    label.unwrap_or_default()
                );
            }
            write_used(side, base.used[usize::from(side != Side::Then)], css);
        }
        let _ = write!(css, "@media not all and {PHONE}{{");
        let mut before = base.clone();
        for &px in &ACROSS_PX[1..] {
            let layout = Layout::new(timeline, px);
            let _ = write!(css, "@container (min-width:{px}px){{");
            layout.write_changes(timeline, &before, css);
            css.push('}');
            before = layout;
        }
        let _ = write!(css, "}}@media {PHONE}{{");
        let mut before = base.clone();
        for (i, &px) in DOWN_STAGE_PX.iter().enumerate() {
            let layout = Layout::down(timeline, &base, px);
            if i > 0 {
                let _ = write!(css, "@container (min-width:{px}px){{");
            }
            layout.write_changes(timeline, &before, css);
            if i > 0 {
                css.push('}');
            }
            before = layout;
        }
        css.push('}');
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::controls::lanes::{down_label_px, tests::data, Shown, DOWN_STAGE_PX, PHONE};
    use crate::model::route::{Mode, View};
    use crate::model::timeline::DOWN_LANE_PX;

    #[test]
    fn every_marker_is_a_link_to_its_event_and_the_page_s_own_is_current() {
        let data = data();
        let timeline = Timeline::new(&data);
        let href = |path: &str| format!("/base{path}");
        let id = &data.events[timeline.then.events[3]].id;
        let shown = Shown::new(&timeline, &View::Event(id.to_string()), &href);
        let html = assert_finds(markup(&shown, Side::Then), PARTS);
        let links = scraper::Selector::parse(MARKER.selector()).unwrap();
        let links: Vec<_> = html.select(&links).collect();
        assert_eq!(links.len(), timeline.then.events.len());
        let current: Vec<_> = links
            .iter()
            .filter(|l| l.value().attr("aria-current") == Some("true"))
            .collect();
        assert_eq!(current.len(), 1, "one marker is the page's own");
        assert_eq!(current[0].value().attr(EVENT.name()), Some(&**id));
        assert_eq!(
            current[0].value().attr("href"),
            Some(&*format!("/base/e/{id}"))
        );
    }

    #[test]
    fn the_stylesheet_places_every_marker_and_a_phone_s_labels_and_groups() {
        let data = data();
        let timeline = Timeline::new(&data);
        let mut css = String::new();
        stylesheet(&timeline, &mut css);
        for &e in timeline.then.events.iter().chain(&timeline.now.events) {
            assert!(
                css.contains(&format!("#m{e}{{--at:")),
                "marker {e} is placed"
            );
        }
        let phone = &css[css
            .find(&format!("@media {PHONE}"))
            .expect("a phone's rules")..];
        assert!(phone.contains(&format!(".static>*{{--lane-length:{DOWN_LANE_PX}px}}")));
        let narrowest = down_label_px(DOWN_STAGE_PX[0]);
        let labels = timeline.down_labels(Mode::Calendar, DOWN_LANE_PX, narrowest);
        let group = (0..labels.len()).find(|&e| labels[e].is_some_and(|l| l.more > 0));
        let group = group.expect("the test data has a dense week");
        let more = labels[group].map_or(0, |l| l.more);
        let rule = phone
            .split(&format!("#m{group}{{"))
            .nth(1)
            .expect("the group's rule");
        let rule = &rule[..rule.find('}').unwrap_or(rule.len())];
        assert!(
            rule.contains(&format!("--label-more:\"+{more}\"")),
            "a group's label says how many more it stands for: {rule}"
        );
    }

    #[test]
    fn hostile_text_stays_text_in_the_markers() {
        let mut data = data();
        let hostile = "<img src=x onerror=alert(1)>\"'&";
        let e = data.events.iter().position(|e| e.lane == data.lanes[0].id);
        let e = e.expect("an event in the 1950 lane");
        data.events.to_mut()[e].short = hostile.into();
        data.events.to_mut()[e].title = hostile.into();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let shown = Shown::new(&timeline, &View::Home, &href);
        let html = markup(&shown, Side::Then).into_string();
        assert!(!html.contains("<img"), "no element from the data");
        let parsed = scraper::Html::parse_fragment(&html);
        let name = scraper::Selector::parse(&format!("#m{e} {}", NAME.selector())).unwrap();
        let name = parsed.select(&name).next().expect("the marker's name");
        assert_eq!(name.text().collect::<String>(), hostile);
        let link = scraper::Selector::parse(&format!("#m{e} {}", MARKER.selector())).unwrap();
        let label = parsed
            .select(&link)
            .next()
            .unwrap()
            .value()
            .attr("aria-label");
        assert!(label.is_some_and(|l| l.starts_with(hostile)));
    }
}

/// The event of a marker's place, from its id (`item_id`).
#[cfg(feature = "app")]
fn event_of(item: &web_sys::Element) -> Option<usize> {
    item.id().strip_prefix('m')?.parse().ok()
}

/// An event's title: the app's index has it only where the page does not carry every marker
/// (`IN_PAGE_MAX`); otherwise it is the page's, on the event's marker, or for an event outside
/// both lanes on its link in the page's strip. Its short title if the page has neither.
#[cfg(feature = "app")]
pub fn title_of(timeline: &Timeline, event: usize) -> String {
    use leptos::prelude::document;
    let data = &timeline.data.events[event];
    if !data.title.is_empty() {
        return data.title.to_string();
    }
    let document = document();
    let on_marker = document
        .get_element_by_id(&item_id(event))
        .and_then(|item| LABEL.find_in(&item));
    let in_strip = || {
        let link = format!(".context-strip a[data-app=\"/e/{}\"]", data.id);
        document.query_selector(&link).ok().flatten()
    };
    on_marker
        .or_else(in_strip)
        .and_then(|element| element.text_content())
        .unwrap_or_else(|| data.short.to_string())
}

#[cfg(feature = "app")]
pub use behaviour::adopt;

#[cfg(feature = "app")]
mod behaviour {
    use super::*;
    use crate::controls::lanes::{percent, row_top};
    use crate::model::route::{Mode, View};
    use crate::model::timeline::{Label, Window};
    use crate::ui::currents::{toggle_changes, Currents};
    use crate::ui::dom::listen;
    use crate::ui::state::AppState;
    use crate::ui::zoom::zoom_at_playhead;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    struct Item {
        event: usize,
        li: web_sys::HtmlElement,
        link: web_sys::Element,
        name: web_sys::HtmlElement,
    }

    type Items = StoredValue<Vec<Item>, LocalStorage>;

    /// Adopts the lane's markers from the page, or builds them for a dataset the pages do not
    /// carry (over `IN_PAGE_MAX`), and keeps them placed, labelled and marked.
    pub fn adopt(state: AppState, currents: &Currents, lane: &web_sys::Element, side: Side) {
        let Some(list) = LIST.find_in(lane) else {
            return;
        };
        let mut found: Vec<Item> = ITEM.all_in(&list).iter().filter_map(item).collect();
        // A page without markers for a dataset the pages carry (the about and not-found pages)
        // never shows these lanes: the router loads the timeline's own page instead.
        if found.is_empty() && !in_page_all(state.timeline) {
            found = build_all(state, &list, side);
        }
        let items = Items::new_local(found);
        place_all(state, currents, items);
        mark_selected(state, items);
        mark_lit(currents, items);
        fade_filtered_out(state, items);

        // Moving across one marker's children fires many events: only a change is news.
        let hover = move |ev: &web_sys::Event| {
            let marker = MARKER.around(ev.target());
            let event = marker
                .as_ref()
                .and_then(|m| Some((m, event_of(&m.parent_element()?)?)));
            if state.hovered_event.get_untracked() != event.map(|(_, e)| e) {
                if let Some((marker, event)) = event {
                    // Pointed at or focused before any click, open or copy: the link leads to
                    // the event in the alignment and zoom shown now.
                    let _ = marker.set_attribute("href", &event_href(state, event));
                }
                state.hovered_event.set(event.map(|(_, e)| e));
            }
        };
        listen(&list, "mouseover", hover);
        listen(&list, "focusin", hover);
        let leave = move |_: &web_sys::Event| state.hovered_event.set(None);
        listen(&list, "mouseleave", leave);
        listen(&list, "focusout", leave);
        listen(&list, "click", move |ev| open_group(state, ev));
    }

    /// A tap on a group's label (down a phone's page) zooms in at it, which splits it, instead
    /// of opening its first event: the marker itself still does.
    fn open_group(state: AppState, ev: &web_sys::Event) {
        let Some(name) = NAME.around(ev.target()) else {
            return;
        };
        let group = name
            .parent_element()
            .and_then(|marker| marker.parent_element());
        let Some(item) = group.and_then(|li| li.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        let Some(event) = event_of(&item).filter(|_| {
            state.down.get_untracked()
                && item
                    .style()
                    .get_property_value("--more")
                    .is_ok_and(|m| !m.is_empty())
        }) else {
            return;
        };
        ev.prevent_default();
        let x = state.timeline.x_of_event(event, state.mode.get_untracked());
        state.playback.scrub(x);
        state.playback.settle();
        zoom_at_playhead(state, 1);
    }

    /// A marker the page carries.
    fn item(li: &web_sys::Element) -> Option<Item> {
        Some(Item {
            event: event_of(li)?,
            link: MARKER.find_in(li)?,
            name: NAME.find_in(li)?.dyn_into().ok()?,
            li: li.clone().dyn_into().ok()?,
        })
    }

    /// The lane's markers, as the build would write them, in lists of at most `BUCKET`.
    fn build_all(state: AppState, list: &web_sys::Element, side: Side) -> Vec<Item> {
        let events = state.timeline.lane(side).map_or(&[][..], |l| &l.events);
        let mut built = Vec::with_capacity(events.len());
        for chunk in events.chunks(BUCKET) {
            let Ok(bucket) = document().create_element("ol") else {
                break;
            };
            bucket.set_class_name("marker-bucket");
            for &event in chunk {
                if let Some(li) = build(state, event) {
                    let _ = bucket.append_child(&li);
                    built.extend(item(&li));
                }
            }
            let _ = list.append_child(&bucket);
        }
        built
    }

    /// One marker: `li > a > (span.marker-name, span.marker-label)`.
    fn build(state: AppState, event: usize) -> Option<web_sys::Element> {
        let timeline = state.timeline;
        let data = &timeline.data.events[event];
        let document = document();
        let li = document.create_element("li").ok()?;
        li.set_class_name(item_class(timeline, event));
        li.set_id(&item_id(event));
        let link = document.create_element("a").ok()?;
        link.set_class_name(&marker_class(timeline, event));
        let _ = link.set_attribute("href", &event_href(state, event));
        let _ = link.set_attribute(EVENT.name(), &data.id);
        let _ = link.set_attribute("aria-label", &marker_name(timeline, event));
        let span = |class: &str, text: &str| {
            let span = document.create_element("span").ok()?;
            span.set_class_name(class);
            let _ = span.set_attribute("aria-hidden", "true");
            span.set_text_content(Some(text));
            Some(span)
        };
        let name = span(NAME.name(), &data.short)?;
        let when = timeline.dates[event].label_without_year();
        let _ = name.set_attribute(WHEN.name(), &when);
        let tip = span(LABEL.name(), &data.title)?;
        link.append_with_node_2(&name, &tip).ok()?;
        li.append_child(&link).ok()?;
        Some(li)
    }

    /// Place, row and label: on a new width, alignment or zoom window.
    fn place_all(state: AppState, currents: &Currents, items: Items) {
        let (rows, labels) = (currents.rows, currents.labels);
        Effect::new(move |_| {
            let mode = state.mode.get();
            let window = state.window.get();
            rows.with(|rows| {
                labels.with(|labels| {
                    items.with_value(|items| {
                        for item in items {
                            let (row, label) = (rows[item.event], labels[item.event]);
                            place(state, item, mode, window, row, label);
                        }
                    })
                })
            });
        });
    }

    /// The selected marker: only the one that was and the one that is are touched.
    fn mark_selected(state: AppState, items: Items) {
        Effect::new(move |previous: Option<Option<usize>>| {
            let selected = state.selected_event.get();
            for (event, on) in [(previous.flatten(), false), (selected, true)] {
                if let Some(link) = event.and_then(|e| link_of(items, e)) {
                    let _ = link.class_list().toggle_with_force("selected", on);
                    let _ = if on {
                        link.set_attribute("aria-current", "true")
                    } else {
                        link.remove_attribute("aria-current")
                    };
                }
            }
            selected
        });
    }

    /// The ends of a lit echo: only the markers whose state changes are touched.
    fn mark_lit(currents: &Currents, items: Items) {
        let lit = currents.lit;
        Effect::new(move |previous: Option<Vec<usize>>| {
            let lit = lit.get();
            toggle_changes(previous.as_deref(), &lit, |event, on| {
                if let Some(link) = link_of(items, event) {
                    let _ = link.class_list().toggle_with_force("lit", on);
                }
            });
            lit
        });
    }

    /// Markers that the actor or theme filter leaves out fade; none disappear.
    fn fade_filtered_out(state: AppState, items: Items) {
        Effect::new(move |_| {
            let actor = state.actor_filter.get();
            let theme = state.theme_filter.get();
            items.with_value(|items| {
                for item in items {
                    let data = &state.timeline.data.events[item.event];
                    let faded = actor.is_some_and(|a| !data.actors.iter().any(|x| x == a))
                        || theme.is_some_and(|t| !data.themes.contains(&t));
                    let _ = item.link.class_list().toggle_with_force("faded", faded);
                }
            })
        });
    }

    /// Puts a marker where the window shows it, as shares of the lane that the stylesheet lays
    /// along time (across, or down a phone's page); one off screen is taken out of the layout,
    /// so it is neither seen nor reached by Tab, and a zoomed lane lays out only what it shows.
    fn place(
        state: AppState,
        item: &Item,
        mode: Mode,
        window: Window,
        row: u8,
        label: Option<Label>,
    ) {
        let (start, end) = state.timeline.extent(item.event, mode);
        let (start, end) = (window.screen(start), window.screen(end));
        let classes = item.li.class_list();
        let on_screen = end >= 0.0 && start <= 1.0;
        let _ = classes.toggle_with_force("off", !on_screen);
        if !on_screen {
            // Its place does not matter until it is back on screen: a zoom at 10,000 events then
            // restyles only the markers it shows.
            let _ = classes.toggle_with_force("labelled", false);
            return;
        }
        let style = item.li.style();
        let _ = style.set_property("--at", &percent(start));
        let length = if state.timeline.dates[item.event].is_day() {
            "0px".to_string()
        } else {
            percent(end - start)
        };
        let _ = style.set_property("--span", &length);
        let _ = style.set_property("--row", &row_top(row));
        let _ = classes.toggle_with_force("labelled", label.is_some());
        if let Some(label) = label {
            let width = format!("{}px", label.width_px as i32);
            let _ = item.name.style().set_property("--room", &width);
        }
        let _ = match label.filter(|l| l.more > 0) {
            Some(group) => style.set_property("--more", &more_content(group.more)),
            None => style.remove_property("--more").map(drop),
        };
    }

    fn link_of(items: Items, event: usize) -> Option<web_sys::Element> {
        items.with_value(|items| {
            items
                .iter()
                .find(|item| item.event == event)
                .map(|item| item.link.clone())
        })
    }

    /// Where a link to an event leads from the view shown.
    fn event_href(state: AppState, event: usize) -> String {
        let view = View::Event(state.timeline.data.events[event].id.to_string());
        state.router.href(&untrack(|| state.router.link(view)))
    }
}

//! A lane's events as markers: a point for a day, a bar for a month or a span, each a link to its
//! event's page with its date, title and actors as its name, and its short title beside it where
//! the lane has room. A plain click is the router's, as on any link of the site; a middle click,
//! "open in new tab" and "copy link" get the event's address.
//!
//! Built with plain DOM calls rather than one Leptos view per marker: a marker is a few elements
//! whose place, row, label and state change in bulk, and one listener per lane serves them all.
//! Per-marker views cost about seven render effects and five listeners each, in the bundle and in
//! memory.

use super::axis::{percent, row_top};
use super::currents::{toggle_changes, Currents};
use super::state::{use_state, AppState};
use crate::controls::{part, Part};
use crate::model::route::{Mode, View};
use crate::model::timeline::{Label, Side, Window};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Up to this many events, markers glide to their new places on a zoom or a change of alignment.
/// Beyond it they jump: each transition costs the browser about 50 µs of style work when it
/// starts, so at 10,000 events a zoom step froze the page for about half a second.
const GLIDE_MAX: usize = 500;

/// A lane's markers are lists of at most this many, each a stacking context (style.css,
/// `.marker-bucket`), so that a change to one marker (selected, lit, hovered) repaints its list
/// and not the lane: at 10,000 events one marker's change cost a frame about 25 ms more in one
/// list, about 3 in lists of 250. The real dataset's lanes are one list each.
const BUCKET: usize = 256;

/// A marker's link, naming its event.
const MARKER: Part = part!(class "marker");
const EVENT: Part = part!(attribute "data-event");

struct Item {
    event: usize,
    li: web_sys::HtmlElement,
    link: web_sys::Element,
    name: web_sys::HtmlElement,
}

type Items = StoredValue<Vec<Item>, LocalStorage>;
type List = NodeRef<leptos::html::Div>;

#[component]
pub fn Markers(side: Side) -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let list = List::new();
    let items = Items::new_local(Vec::new());
    let events = state
        .timeline
        .lane(side)
        .map(|lane| lane.events.clone())
        .unwrap_or_default();
    Effect::new(move |_| build_once(state, list, items, &events));
    // Each effect below also tracks the list, so that none can run before the markers exist and
    // then miss them.
    place_all(state, &currents, list, items);
    mark_selected(state, list, items);
    mark_lit(&currents, list, items);
    fade_filtered_out(state, list, items);

    // Moving across one marker's children fires many events: only a change is news.
    let hover = move |ev: web_sys::Event| {
        let marker = MARKER.around(ev.target());
        let event = marker.as_ref().and_then(|m| {
            let event = state.timeline.event_index(&EVENT.value_on(m)?)?;
            // Pointed at or focused before any click, open or copy: the link leads to the event
            // in the alignment and zoom shown now.
            let _ = m.set_attribute("href", &event_href(state, event));
            Some(event)
        });
        if state.hovered_event.get_untracked() != event {
            state.hovered_event.set(event);
        }
    };
    view! {
        <div
            class="markers"
            node_ref=list
            on:mouseover=move |ev| hover(ev.into())
            on:focusin=move |ev| hover(ev.into())
            on:mouseleave=move |_| state.hovered_event.set(None)
            on:focusout=move |_| state.hovered_event.set(None)
        ></div>
    }
}

/// The lane's markers, built once the list is drawn, in lists of at most `BUCKET`.
fn build_once(state: AppState, list: List, items: Items, events: &[usize]) {
    let Some(list) = list.get() else { return };
    if !items.with_value(Vec::is_empty) {
        return;
    }
    let document = document();
    let mut built = Vec::with_capacity(events.len());
    for chunk in events.chunks(BUCKET) {
        let Ok(bucket) = document.create_element("ol") else {
            return;
        };
        bucket.set_class_name("marker-bucket");
        built.extend(chunk.iter().filter_map(|&e| build(state, &bucket, e)));
        let _ = list.append_child(&bucket);
    }
    items.set_value(built);
}

/// Place, row and label: on a new width, alignment or zoom window.
fn place_all(state: AppState, currents: &Currents, list: List, items: Items) {
    let (rows, labels) = (currents.rows, currents.labels);
    Effect::new(move |_| {
        list.track();
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
fn mark_selected(state: AppState, list: List, items: Items) {
    Effect::new(move |previous: Option<Option<usize>>| {
        list.track();
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
fn mark_lit(currents: &Currents, list: List, items: Items) {
    let lit = currents.lit;
    Effect::new(move |previous: Option<Vec<usize>>| {
        list.track();
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
fn fade_filtered_out(state: AppState, list: List, items: Items) {
    Effect::new(move |_| {
        list.track();
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

/// Puts a marker where the window shows it, as shares of the lane that the stylesheet lays along
/// time (across, or down a phone's page); one off screen is taken out of the layout, so it is
/// neither seen nor reached by Tab, and a zoomed lane lays out only what it shows.
fn place(state: AppState, item: &Item, mode: Mode, window: Window, row: u8, label: Option<Label>) {
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

/// One marker: `li > a > (span.marker-name, span.marker-label)`.
fn build(state: AppState, list: &web_sys::Element, event: usize) -> Option<Item> {
    let timeline = state.timeline;
    let data = &timeline.data.events[event];
    let date = timeline.dates[event];
    let document = document();
    let li: web_sys::HtmlElement = document.create_element("li").ok()?.dyn_into().ok()?;
    li.set_class_name("marker-item");
    let classes = li.class_list();
    let _ = classes.toggle_with_force("point", date.is_day());
    let _ = classes.toggle_with_force("glide", timeline.data.events.len() <= GLIDE_MAX);
    let link = document.create_element("a").ok()?;
    link.set_class_name(MARKER.name());
    let actors: Vec<_> = timeline.data.actors_of(data).collect();
    let names: Vec<&str> = actors.iter().map(|a| &*a.name).collect();
    let _ = link.set_attribute("href", &event_href(state, event));
    let _ = link.set_attribute(EVENT.name(), &data.id);
    // The name starts with the short title the lane may show, so that a reader who sees it can
    // say it to reach the marker (WCAG 2.5.3, label in name).
    let _ = link.set_attribute(
        "aria-label",
        &format!(
            "{} — {}: {} ({})",
            data.short,
            date.label(),
            data.title,
            names.join(", ")
        ),
    );
    // The first actor's colour; the names are in the label, so colour is never the only cue.
    if let (Some(actor), Some(link)) = (actors.first(), link.dyn_ref::<web_sys::HtmlElement>()) {
        let _ = link.style().set_property("color", &actor.color);
    }
    let name: web_sys::HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    name.set_class_name("marker-name");
    let _ = name.set_attribute("aria-hidden", "true");
    name.set_text_content(Some(&data.short));
    let tip = document.create_element("span").ok()?;
    tip.set_class_name("marker-label");
    let _ = tip.set_attribute("aria-hidden", "true");
    tip.set_text_content(Some(&data.title));
    link.append_with_node_2(&name, &tip).ok()?;
    li.append_child(&link).ok()?;
    list.append_child(&li).ok()?;
    Some(Item {
        event,
        li,
        link,
        name,
    })
}

//! The reading views — home, event, echo, about, not-found and the print list — rendered once, at
//! build time, from the model. They go into the pre-rendered pages and into the fragments the app
//! fetches as the reader moves, so the app itself carries none of this text.
//!
//! maud escapes every value it interpolates: this is the one place where text from the data
//! becomes markup (and `structured`, where it becomes JSON-LD, escaped for a data block).

pub mod structured;

use echoes::controls::citation::{cite_box, embed_box};
use echoes::controls::filters::swatch;
pub use echoes::controls::lanes::stylesheet;
use echoes::controls::lanes::{markers, Shown};
use echoes::controls::reading_pane::{self, app_link};
pub use echoes::controls::text;
use echoes::controls::timeline;
use echoes_model::address::Addresses;
use echoes_model::cite::Item;
use echoes_model::dataset::{
    Dataset, Echo, Event, Source, SourceKind, Verdict, AFTER_ESSAY_LANE, AFTER_ESSAY_TITLE,
    CONTEXT_LANE,
};
use echoes_model::date::EventDate;
use echoes_model::meta::{layout_class, page_meta, HOME_TITLE, SITE};
use echoes_model::route::{view_key, Page, Route, View};
use echoes_model::timeline::Timeline;
use maud::{html, Markup, DOCTYPE};
use std::collections::HashMap;

/// What every view needs: the data and where the site lives.
pub struct Site<'a> {
    pub data: &'a Dataset,
    /// Where the site lives (`https://example.org/echoes/`): citations name the canonical
    /// address. An embed's pages have no masthead, links that stay on embed addresses, and a way
    /// out to the site.
    pub addresses: Addresses<'a>,
    /// Where readers report an error: the repository's issue tracker, if the build was told.
    pub issues: Option<&'a str>,
    /// The lanes every page draws.
    timeline: Timeline<'a>,
    /// Each lane's events in time order, and each event's previous and next in its lane: worked
    /// out once, as a build renders every event.
    lanes: HashMap<&'a str, Vec<&'a Event>>,
    neighbours: HashMap<&'a str, Neighbours<'a>>,
}

type Neighbours<'a> = (Option<&'a Event>, Option<&'a Event>);

impl<'a> Site<'a> {
    pub fn new(data: &'a Dataset, origin: &'a str, base: &'a str) -> Site<'a> {
        let mut lanes: HashMap<&str, Vec<&Event>> = HashMap::new();
        for event in data.events.iter() {
            lanes.entry(&event.lane).or_default().push(event);
        }
        let mut neighbours = HashMap::new();
        for events in lanes.values_mut() {
            events.sort_by_cached_key(|e| EventDate::parse(&e.date).map(|d| d.first_day()).ok());
        }
        for events in lanes.values() {
            for (i, event) in events.iter().enumerate() {
                let previous = i.checked_sub(1).map(|j| events[j]);
                neighbours.insert(&*event.id, (previous, events.get(i + 1).copied()));
            }
        }
        Site {
            data,
            addresses: Addresses::new(origin, base),
            issues: None,
            timeline: Timeline::new(data),
            lanes,
            neighbours,
        }
    }

    fn event(&self, id: &str) -> Option<&Event> {
        self.data.events.iter().find(|e| e.id == id)
    }

    fn echo(&self, id: &str) -> Option<&Echo> {
        self.data.echoes.iter().find(|e| e.id == id)
    }

    /// An address inside the app, as the app's router writes it (`/e/x` under the base, or
    /// under `{base}embed` in an embed).
    fn href(&self, app_path: &str) -> String {
        self.addresses.page(app_path)
    }

    /// "Embed": the code that shows the timeline, open on this address, in another site.
    fn embed_box(&self, app_path: &str, title: &str) -> Markup {
        embed_box(&self.addresses.embedded().canonical(app_path), title)
    }

    /// "Cite this", naming the canonical address; the app fills in the day of access.
    fn cite_box(&self, item: Item, app_path: &str) -> Markup {
        cite_box(self.data, item, &self.addresses.site().canonical(app_path))
    }

    /// A link the app's router takes over: `data-app` names its app path.
    fn app_link(&self, app_path: &str, text: &str, class: Option<&str>) -> Markup {
        app_link(&self.href(app_path), app_path, text, class)
    }

    fn event_link(&self, event: &Event) -> Markup {
        self.app_link(&format!("/e/{}", event.id), &event.title, None)
    }

    /// The reading view of an address, wrapped as a fragment: `None` for an unknown id.
    pub fn fragment(&self, view: &View) -> Option<Markup> {
        let key = view_key(view);
        let inner = match view {
            View::Home => self.home(),
            View::Event(id) => self.event_article(self.event(id)?),
            View::Echo(id) => self.echo_article(self.echo(id)?),
            View::About => self.about(),
            View::NotFound { .. } => self.not_found(),
        };
        Some(reading_pane::view(
            &key,
            &page_meta(view, self.data).title,
            inner,
        ))
    }

    fn home(&self) -> Markup {
        html! {
            div class="intro" {
                h1 { (HOME_TITLE) }
                p class="lede" {
                    "In 1950 Stalin backed Kim Il-sung's war, Kim kept Beijing in the dark, and China was drawn into a war it had not chosen. "
                    "In 2023–24 Kim Jong-un allied with Putin over China's head again, though China now holds the stronger hand. "
                    "Drag the playhead, open an event, and follow the echoes between the two periods."
                }
            }
            (self.argument())
        }
    }

    fn argument(&self) -> Markup {
        let data = self.data;
        html! {
            section class="argument" id="argument" aria-labelledby="argument-title" {
                h2 id="argument-title" { "The essay's argument" }
                p class="attribution" {
                    "Paraphrased from “Is China being played by North Korea and Russia?”, Responsible Statecraft (2024). The steps are the essay's; the wording and the checks are Echoes'."
                }
                ol class="steps" {
                    @for step in data.argument.iter() {
                        li class="step" id=(step.id) {
                            h3 { (step.title) }
                            p { (step.text) }
                            @if !step.echoes.is_empty() {
                                p class="step-sub" { "Echoes" }
                                ul class="step-echoes" {
                                    @for echo in step.echoes.iter().filter_map(|id| self.echo(id)) {
                                        li { (self.app_link(&format!("/echo/{}", echo.id), &echo.title, None)) }
                                    }
                                }
                            }
                            @if !step.claims.is_empty() {
                                p class="step-sub" { "Claims checked" }
                                ul class="step-claims" {
                                    @for claim in step.claims.iter().filter_map(|id| data.claims.iter().find(|c| c.id == *id)) {
                                        li {
                                            a href=(self.href(&format!("/about#{}", claim.id))) data-app=(format!("/about#{}", claim.id)) { (claim.claim) }
                                            " " (verdict(claim.verdict))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn lane_title(&self, lane: &str) -> String {
        if lane == CONTEXT_LANE {
            return "Context".into();
        }
        if lane == AFTER_ESSAY_LANE {
            return AFTER_ESSAY_TITLE.into();
        }
        self.data
            .lanes
            .iter()
            .find(|l| l.id == lane)
            .map(|l| l.title.to_string())
            .unwrap_or_default()
    }

    fn event_article(&self, event: &Event) -> Markup {
        let echoes: Vec<&Echo> = self
            .data
            .echoes
            .iter()
            .filter(|e| e.then.contains(&event.id) || e.now.contains(&event.id))
            .collect();
        let (previous, next) = self.neighbours.get(&*event.id).copied().unwrap_or_default();
        html! {
            article class="detail event-detail" aria-labelledby="detail-title" {
                p class="detail-kicker" {
                    span class="detail-date" { (date_label(&event.date)) }
                    " · " (self.lane_title(&event.lane))
                }
                h1 id="detail-title" { (event.title) }
                p class="summary" { (event.summary) }
                ul class="actors" aria-label="Actors" {
                    @for actor in self.data.actors_of(event) {
                        li class="actor" { (swatch(&actor.color)) (actor.name) }
                    }
                }
                ul class="themes" aria-label="Themes" {
                    @for theme in event.themes.iter() { li class="theme" { (theme.name()) } }
                }
                @if let Some(bearing) = &event.bearing {
                    section class="bearing" aria-labelledby="bearing-title" {
                        h2 id="bearing-title" { "How it bears on the essay's question" }
                        p { (bearing) }
                        p class="attribution" { "Echoes' reading, not the essay's, which was written before this happened." }
                    }
                }
                @if let Some(quote) = &event.quote {
                    figure class="quote" {
                        blockquote { "“" (quote.text) "”" }
                        figcaption { (quote.speaker) ", in " (source_link(&quote.source)) }
                    }
                }
                h2 { "Sources" }
                (source_list(&event.sources))
                @if !echoes.is_empty() {
                    h2 { "Echoes" }
                    @for echo in &echoes { (self.echo_card(echo)) }
                }
                (self.cite_box(Item::Event(event), &format!("/e/{}", event.id)))
                (self.embed_box(&format!("/e/{}", event.id), &event.title))
                nav class="prev-next" aria-label="Previous and next event" {
                    @if let Some(previous) = previous {
                        a class="prev" href=(self.href(&format!("/e/{}", previous.id))) data-app=(format!("/e/{}", previous.id)) {
                            span class="step-label" { "Previous: " } (previous.title)
                        }
                    }
                    @if let Some(next) = next {
                        a class="next" href=(self.href(&format!("/e/{}", next.id))) data-app=(format!("/e/{}", next.id)) {
                            span class="step-label" { "Next: " } (next.title)
                        }
                    }
                }
            }
        }
    }

    /// An echo's two ends, each lane's events with their dates.
    fn echo_ends(&self, echo: &Echo) -> Markup {
        let lanes: Vec<&str> = self.data.lanes.iter().map(|l| &*l.title).collect();
        html! {
            div class="ends" {
                @for (lane, ids) in lanes.iter().zip([&echo.then, &echo.now]) {
                    div {
                        p class="end-lane" { (lane) }
                        ul {
                            @for event in ids.iter().filter_map(|id| self.event(id)) {
                                li { span class="end-date" { (date_label(&event.date)) } " " (self.event_link(event)) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One echo in brief, under an event: its ends, the parallel and where it breaks.
    fn echo_card(&self, echo: &Echo) -> Markup {
        html! {
            section class="echo-card" aria-label=(format!("Echo: {}", echo.title)) {
                h3 { (self.app_link(&format!("/echo/{}", echo.id), &echo.title, None)) }
                (self.echo_ends(echo))
                p { strong { "The parallel. " } (echo.parallel) }
                p { strong { "Where it breaks. " } (echo.breaks) }
            }
        }
    }

    fn echo_article(&self, echo: &Echo) -> Markup {
        let first_date = |ids: &[echoes_model::dataset::Text]| {
            ids.first()
                .and_then(|id| self.event(id))
                .map(|e| date_label(&e.date))
                .unwrap_or_default()
        };
        html! {
            article class="detail echo-detail" aria-labelledby="detail-title" {
                p class="detail-kicker" {
                    "Echo · " span class="detail-date" { (first_date(&echo.then)) " and " (first_date(&echo.now)) }
                }
                h1 id="detail-title" { (echo.title) }
                p class="summary" { strong { "The parallel. " } (echo.parallel) }
                (self.echo_ends(echo))
                p { strong { "Where it breaks. " } (echo.breaks) }
                p class="essay-pointer" { strong { "In the essay. " } (echo.essay) }
                (self.cite_box(Item::Echo(echo), &format!("/echo/{}", echo.id)))
                (self.embed_box(&format!("/echo/{}", echo.id), &echo.title))
            }
        }
    }

    fn about(&self) -> Markup {
        let data = self.data;
        let primary = data
            .events
            .iter()
            .filter(|e| e.sources.iter().any(|s| s.kind == SourceKind::Primary))
            .count();
        let download = |file: &str| self.addresses.file(&format!("/data/{file}"));
        html! {
            article class="about" {
                h1 { "About Echoes and its data" }
                section aria-labelledby="method-title" {
                    h2 id="method-title" { "Method" }
                    p {
                        "Echoes follows the argument of one essay, “Is China being played by North Korea and Russia?” (Responsible Statecraft, 2024). "
                        "It draws two periods as parallel lanes — the outbreak of the Korean War (October 1949 to December 1950) and North Korea's turn to Russia (July 2023 to December 2024) — and links the moves that echo each other, saying where each analogy breaks."
                    }
                    p {
                        (format!("The dataset holds {} events, {} echoes and {} checked claims. ", data.events.len(), data.echoes.len(), data.claims.len()))
                        (format!("{primary} events cite a primary record: a cable, a treaty text, a resolution or an official statement. "))
                        "Dates are the local date where an event happened, at the precision the record supports: a month or a span is never shown as a made-up day. "
                        "Summaries are Echoes' own words; quotations are short and attributed."
                    }
                }
                section aria-labelledby="claims-title" id="claims" {
                    h2 id="claims-title" { "The essay's claims, checked" }
                    p {
                        "Every checkable claim of the essay, with a verdict: supported, imprecise (right in substance, wrong in detail), disputed (the record or historians disagree), or unverified (no source could be found — Echoes says so rather than guess)."
                    }
                    ol class="claims" {
                        @for claim in data.claims.iter() {
                            li class="claim" id=(claim.id) {
                                p class="claim-text" { (verdict(claim.verdict)) " " (claim.claim) }
                                p class="record" { strong { "The record. " } (claim.record) }
                                @if claim.sources.is_empty() {
                                    p class="unsourced" { "No source could be found for this claim, so Echoes cannot confirm it." }
                                }
                                (source_list(&claim.sources))
                                @if !claim.events.is_empty() {
                                    ul class="claim-events" aria-label="Related events" {
                                        @for event in claim.events.iter().filter_map(|id| self.event(id)) {
                                            li { (self.event_link(event)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                section aria-labelledby="data-title" id="data" {
                    h2 id="data-title" { "Download the data" }
                    p { "Dataset version " (data.version) ", checked against the record as of " (data.as_of) ". "
                        a href=(download("CHANGELOG.md")) { "What changed, and why" } "." }
                    ul class="downloads" {
                        li { a href=(download("timeline.json")) download { "timeline.json" } " — everything: lanes, actors, events, echoes, argument, claims" }
                        li { a href=(download("timeline.schema.json")) download { "timeline.schema.json" } " — its JSON Schema" }
                        li { a href=(download("events.csv")) download { "events.csv" } " — one row per event, with every source URL" }
                        li { a href=(download("echoes.csv")) download { "echoes.csv" } " — one row per echo" }
                    }
                    p { "The code is MIT-licensed. The essay is quoted for commentary in short, attributed passages; it belongs to its author and publisher." }
                }
                section aria-labelledby="report-title" id="report" {
                    h2 id="report-title" { "Report an error" }
                    p {
                        "Found a wrong date, a source that does not open or does not say what it is cited for, or an echo that overreaches? "
                        @match self.issues {
                            Some(url) => { a href=(url) { "Open an issue in the project's tracker" } ". " }
                            None => { "Report it in the issue tracker of the repository this copy of Echoes was built from; this build does not name its address, so ask whoever published it. " }
                        }
                        "Name the page's address, the field (date, summary, a source, the parallel), what the record says instead, and a source a reader can open. "
                        "Every correction is listed in the changelog with its reason and its source."
                    }
                }
            }
        }
    }

    /// The not-found view. The app writes the requested address and the nearest ones into its
    /// two slots, as text.
    fn not_found(&self) -> Markup {
        html! {
            section class="not-found" aria-labelledby="not-found-title" {
                h1 id="not-found-title" { "Nothing here" }
                (reading_pane::not_found_slots())
                p { (self.app_link("/", "Back to the timeline", None)) }
            }
        }
    }

    /// Every event by lane, date and title: hidden on screen, it is what a printout of the home
    /// page lists after the argument. Beyond the markers a page carries (`IN_PAGE_MAX`) the list
    /// would be most of the home page's weight and a book on paper: it names the downloads.
    pub fn print_list(&self) -> Markup {
        let events = self.data.events.len();
        html! {
            section class="print-list" aria-hidden="true" {
                h2 { "All events" }
                @if markers::in_page_all(&self.timeline) {
                    @for lane in self.data.lanes.iter() {
                        h2 { (lane.title) }
                        ol {
                            @for event in self.data.events.iter().filter(|e| e.lane == lane.id) {
                                li { strong { (date_label(&event.date)) } " — " (event.title) }
                            }
                        }
                    }
                } @else {
                    p { "The timeline holds " (events) " events, too many to print here. Every one, with its date and sources, is in the data on "
                        (self.addresses.canonical("/about")) "#data." }
                }
            }
        }
    }

    /// A page's body: the masthead, the reading pane holding its view, the slot the timeline
    /// mounts into, and the print list. Readers without JavaScript get all of the text.
    pub fn body(&self, view: &View) -> Markup {
        // Every event's title on every page would grow with the square of the dataset: the
        // list prints from the home page; any other page prints its own view.
        let print_list = matches!(view, View::Home) && !self.addresses.is_embed();
        self.frame(layout_class(view), view, self.fragment(view), print_list)
    }

    /// What the service worker answers, offline, for a page the reader never opened: the app in
    /// it shows the address's text if its fragment was kept, else this stays.
    pub fn offline_body(&self) -> Markup {
        let reading = html! {
            div class="reading-view reading-error" data-view="offline" role="alert" {
                h1 { "You are offline" }
                p { "This page was not saved on this device, so it cannot be shown until the network is back. The pages you opened before can still be read." }
                p { (self.app_link("/", "Open the timeline", None)) }
            }
        };
        self.frame("layout page-offline", &View::Home, Some(reading), false)
    }

    /// A page: the masthead (or an embed's way out), the reading pane with `reading`, and the
    /// timeline's slot, with the lanes as `view` shows them (hidden beside the about and
    /// not-found text, for the app to show when the reader moves to the lanes).
    fn frame(
        &self,
        page_class: &str,
        view: &View,
        reading: Option<Markup>,
        print_list: bool,
    ) -> Markup {
        let app_path = Route {
            view: view.clone(),
            ..Route::home()
        }
        .href();
        let href = |path: &str| self.href(path);
        let lanes = Shown::new(&self.timeline, view, &href);
        let shown = view.page() == Page::Timeline;
        html! {
            a class="skip-link" href=(reading_pane::PANE.selector()) { "Skip to content" }
            @if self.addresses.is_embed() {
                (timeline::open_in_echoes(&self.addresses.file(&app_path)))
            } @else {
                header class="masthead" {
                    (self.app_link("/", "Echoes", Some("brand")))
                    nav aria-label="Site" {
                        (self.app_link("/", "Timeline", None))
                        (self.app_link("/about", "About & data", None))
                    }
                }
            }
            (reading_pane::main(page_class, reading, timeline::markup(
                self.data,
                href,
                &lanes,
                shown,
                self.context_strip(),
            )))
            @if print_list { (self.print_list()) }
        }
    }

    /// Events outside both periods, in time order: those the argument leans on (the 1961
    /// treaty, Deng in 1985 …), then those after the essay that bear on its question.
    fn context_strip(&self) -> Markup {
        html! {
            (self.outside_strip(CONTEXT_LANE, "context-title", "Context outside both periods"))
            (self.outside_strip(AFTER_ESSAY_LANE, "after-essay-title", AFTER_ESSAY_TITLE))
        }
    }

    fn outside_strip(&self, lane: &str, heading: &str, title: &str) -> Markup {
        let events = self.lanes.get(lane).map_or(&[][..], Vec::as_slice);
        html! {
            @if !events.is_empty() {
                section class="context-strip" aria-labelledby=(heading) {
                    h2 id=(heading) { (title) }
                    ol {
                        @for event in events {
                            li {
                                span class="context-date" { (date_label(&event.date)) }
                                (self.event_link(event))
                            }
                        }
                    }
                }
            }
        }
    }

    /// A whole HTML document for one view, for tests and hosts without a template.
    pub fn document(&self, view: &View) -> Markup {
        html! {
            (DOCTYPE)
            html lang="en" { head { meta charset="utf-8"; } body { (self.body(view)) } }
        }
    }
}

/// A page's canonical URL and preview-card tags, for its `<head>`.
pub fn preview_tags(
    title: &str,
    description: &str,
    url: &str,
    image: &str,
    image_alt: &str,
) -> String {
    html! {
        link rel="canonical" href=(url);
        meta property="og:type" content="article";
        meta property="og:site_name" content=(SITE);
        meta property="og:title" content=(title);
        meta property="og:description" content=(description);
        meta property="og:url" content=(url);
        meta property="og:image" content=(image);
        meta property="og:image:width" content="1200";
        meta property="og:image:height" content="630";
        meta property="og:image:alt" content=(image_alt);
        meta name="twitter:card" content="summary_large_image";
        meta name="twitter:title" content=(title);
        meta name="twitter:description" content=(description);
        meta name="twitter:image" content=(image);
        meta name="twitter:image:alt" content=(image_alt);
    }
    .into_string()
}

fn date_label(date: &str) -> String {
    EventDate::parse(date)
        .map(EventDate::label)
        .unwrap_or_else(|_| date.to_string())
}

/// A verdict as the about page and the fact-check markup (`structured`) name it.
fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "Supported",
        Verdict::Imprecise => "Imprecise",
        Verdict::Disputed => "Disputed",
        Verdict::Unverified => "Unverified",
    }
}

fn verdict(verdict: Verdict) -> Markup {
    html! { span class=(format!("verdict verdict-{}", verdict.name())) { (verdict_label(verdict)) } }
}

fn source_link(source: &Source) -> Markup {
    html! { a href=(source.url) rel="noopener" target="_blank" { (source.title) } }
}

/// Sources as links a reader can open, primary records marked.
fn source_list(sources: &[Source]) -> Markup {
    html! {
        ul class="sources" {
            @for source in sources {
                li {
                    (source_link(source))
                    span class="publisher" { " — " (source.publisher) }
                    @if source.kind == SourceKind::Primary { span class="badge primary" { "primary record" } }
                }
            }
        }
    }
}

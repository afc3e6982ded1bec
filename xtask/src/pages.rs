//! The static site around Trunk's build: a page for every address, written into Trunk's
//! `index.html` (its own title, description, canonical URL and preview-card tags, and the reading
//! view as its body), the fragments the app fetches, the sitemap and robots.txt.

use crate::card::{self, SITE_ALT, SITE_IMAGE};
use crate::policy::meta_tag;
use echoes_model::address::Addresses;
use echoes_model::dataset::Dataset;
use echoes_model::meta::{page_meta, PageMeta};
use echoes_model::route::{fragment_path, Route, View};
use echoes_reading::structured::data_block;
use echoes_reading::{preview_tags, text, Site};
use std::fmt::Write;

pub struct Build<'a> {
    /// Trunk's `index.html` for this build.
    pub template: &'a str,
    /// The Content-Security-Policy every page carries (see `policy.rs`).
    pub policy: &'a str,
    /// `https://example.org`, without the base path.
    pub origin: &'a str,
    /// `/` or `/echoes/`.
    pub base: &'a str,
    /// The issue tracker readers report errors to, if known.
    pub issues: Option<&'a str>,
    pub data: &'a Dataset,
}

/// One file of the static site.
pub struct File {
    pub path: String,
    pub text: String,
}

impl Build<'_> {
    fn addresses(&self) -> Addresses<'_> {
        Addresses::new(self.origin, self.base)
    }

    /// Every view the site has a page for, with that page's file and canonical URL.
    fn views(&self) -> Vec<(View, String, String)> {
        let addresses = self.addresses();
        let page = |view: View| {
            let app_path = Route {
                view: view.clone(),
                ..Route::home()
            }
            .href();
            let file = format!("{}/index.html", app_path.trim_end_matches('/'));
            (view, file[1..].to_string(), addresses.canonical(&app_path))
        };
        let mut views = vec![page(View::Home), page(View::About)];
        views.extend((self.data.events.iter()).map(|e| page(View::Event(e.id.to_string()))));
        views.extend((self.data.echoes.iter()).map(|e| page(View::Echo(e.id.to_string()))));
        let not_found = View::NotFound {
            path: String::new(),
            suggestions: Vec::new(),
        };
        views.push((not_found, "404.html".into(), addresses.url("/404.html")));
        views
    }

    /// Every page, its embed (`embed/…`, but for the not-found page), every view's fragment, and
    /// the page for reading offline.
    pub fn files(&self) -> Vec<File> {
        let mut site = Site::new(self.data, self.origin, self.base);
        site.issues = self.issues;
        let mut embed = Site::new(self.data, self.origin, self.base);
        embed.issues = self.issues;
        embed.addresses = embed.addresses.embedded();
        // What the service worker shows, offline, for a page never opened (workbox-config.cjs).
        let mut files = vec![File {
            path: "offline/index.html".into(),
            text: self.page_with_body(
                &View::Home,
                &self.addresses().canonical("/"),
                &site.offline_body().into_string(),
            ),
        }];
        for (view, file, url) in self.views() {
            if !matches!(view, View::NotFound { .. }) {
                // Its canonical address is the site's own page.
                files.push(File {
                    path: format!("embed/{file}"),
                    text: self.page(&embed, &view, &url),
                });
            }
            files.push(File {
                path: file,
                text: self.page(&site, &view, &url),
            });
            if let Some(fragment) = site.fragment(&view) {
                files.push(File {
                    path: fragment_path(&view),
                    text: fragment.into_string() + "\n",
                });
            }
        }
        files
    }

    /// A page of the site or of an embed; only the site's own pages carry the structured data,
    /// as an embed's canonical address is the site's page.
    fn page(&self, site: &Site, view: &View, url: &str) -> String {
        let mut body = site.body(view).into_string();
        if !site.addresses.is_embed() {
            body.extend(data_block(view, self.data, site.addresses));
        }
        self.page_with_body(view, url, &body)
    }

    /// The page for `view`, whose canonical URL is `url`, with another body.
    fn page_with_body(&self, view: &View, url: &str, body: &str) -> String {
        let PageMeta { title, description } = page_meta(view, self.data);
        let description = clip(&description, 200);
        let (image, alt) = card::of(view, self.data)
            .map_or((SITE_IMAGE.into(), SITE_ALT.into()), |card| {
                (card.path, card.alt)
            });
        let image = self.addresses().url(&format!("/{image}"));
        // Trunk preloads the WASM from the head; on a slow line that download competes with the
        // stylesheet the text waits for. Without it the WASM is fetched as soon as the boot
        // script runs, after the text is laid out.
        let mut page = remove_tag(self.template, "<link rel=\"preload\"");
        // First in the head, before the boot script it allows.
        page = page.replacen("<head>", &format!("<head>{}", meta_tag(self.policy)), 1);
        page = replace_between(&page, "<title>", "</title>", &text(&title));
        page = replace_between(
            &page,
            "<meta name=\"description\" content=\"",
            "\"",
            &text(&description),
        );
        let tags = preview_tags(&title, &description, url, &image, &alt);
        page = page.replacen("</head>", &format!("{tags}</head>"), 1);
        replace_between(&page, "<body>", "</body>", body)
    }

    pub fn sitemap(&self) -> String {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for (view, _, url) in self.views() {
            if !matches!(view, View::NotFound { .. }) {
                let loc = text(&url);
                let _ = writeln!(xml, "  <url><loc>{loc}</loc></url>");
            }
        }
        xml.push_str("</urlset>\n");
        xml
    }

    pub fn robots(&self) -> String {
        format!(
            "User-agent: *\nAllow: /\nSitemap: {}\n",
            self.addresses().url("/sitemap.xml")
        )
    }
}

/// At most `limit` characters, cut at a word with an ellipsis: preview cards truncate anyway.
fn clip(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Drops the first tag that starts with `start`, up to its closing `>`.
fn remove_tag(text: &str, start: &str) -> String {
    let Some(open) = text.find(start) else {
        return text.to_string();
    };
    let Some(close) = text[open..].find('>').map(|i| open + i + 1) else {
        return text.to_string();
    };
    format!("{}{}", &text[..open], &text[close..])
}

/// Replaces what stands between the first `start` and the next `end`.
fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(open) = text.find(start).map(|i| i + start.len()) else {
        return text.to_string();
    };
    let Some(close) = text[open..].find(end).map(|i| open + i) else {
        return text.to_string();
    };
    format!("{}{}{}", &text[..open], with, &text[close..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{content_security_policy, inline_script_hashes};
    use echoes::controls::lanes::markers::IN_PAGE_MAX;
    use echoes_model::cite::{self, Access, Item};
    use echoes_model::dataset::{Event, AFTER_ESSAY_LANE, CONTEXT_LANE};
    use echoes_model::date::Day;
    use echoes_model::load::from_json;
    use echoes_model::route::{fragment_end, view_key};
    use echoes_reading::structured::ESSAY_URL;
    use std::collections::{HashMap, HashSet};
    use std::sync::LazyLock;

    /// Text the data rules would refuse, and how every page must carry it: as text.
    const HOSTILE: &str = "<img src=x onerror=alert(1)> \"&'<script>alert(2)</script>";
    const ESCAPED: &str = "&lt;img src=x onerror=alert(1)&gt; &quot;&amp;'&lt;script&gt;";

    /// The built file at `path`, as text.
    fn text_at<'a>(files: &'a [File], path: &str) -> &'a str {
        &files.iter().find(|f| f.path == path).expect(path).text
    }

    static DATA: LazyLock<Dataset> = LazyLock::new(|| {
        from_json(include_str!("../../assets/data/timeline.json")).expect("valid")
    });
    const TEMPLATE: &str = "<html><head><base href=\"/echoes/\" /><title>T</title><meta name=\"description\" content=\"D\" /><script type=\"module\">boot</script></head><body><div id=\"reading\"></div></body></html>";

    static POLICY: LazyLock<String> =
        LazyLock::new(|| content_security_policy(&inline_script_hashes(TEMPLATE)));

    fn build(data: &Dataset) -> Build<'_> {
        Build {
            template: TEMPLATE,
            policy: &POLICY,
            origin: "https://example.org",
            base: "/echoes/",
            issues: None,
            data,
        }
    }

    #[test]
    fn every_page_carries_the_policy_before_the_script_it_allows() {
        let hash = inline_script_hashes(TEMPLATE).remove(0);
        assert!(POLICY.contains(&hash) && !POLICY.contains("unsafe-inline"));
        for page in build(&DATA)
            .files()
            .iter()
            .filter(|f| f.path.ends_with(".html") && !f.path.starts_with("fragments/"))
        {
            let meta = page.text.find(&meta_tag(&POLICY));
            let script = page.text.find("<script");
            assert!(
                meta.is_some() && meta < script,
                "{}: no policy before the boot script",
                page.path
            );
        }
    }

    #[test]
    fn every_page_but_not_found_has_an_embed_that_stays_on_embed_addresses() {
        let files = build(&DATA).files();
        let embeds: Vec<&File> = files
            .iter()
            .filter(|f| f.path.starts_with("embed/"))
            .collect();
        assert_eq!(embeds.len(), DATA.events.len() + DATA.echoes.len() + 2);
        let embed = files
            .iter()
            .find(|f| f.path == "embed/e/inchon-landing/index.html")
            .unwrap();
        assert!(!embed.text.contains("class=\"masthead\""));
        assert!(embed
            .text
            .contains("id=\"open-in-echoes\" href=\"/echoes/e/inchon-landing\" target=\"_blank\""));
        assert!(
            embed.text.contains("href=\"/echoes/embed/e/"),
            "links stay in the embed"
        );
        assert!(!embed.text.contains("href=\"/echoes/e/kpa-invasion\""));
        // The embed's canonical page is the site's own, and it offers its own embed code.
        assert!(embed.text.contains(
            "<link rel=\"canonical\" href=\"https://example.org/echoes/e/inchon-landing/\">"
        ));
        assert!(embed.text.contains(
            "&lt;iframe src=&quot;https://example.org/echoes/embed/e/inchon-landing/&quot;"
        ));
        let page = files
            .iter()
            .find(|f| f.path == "e/inchon-landing/index.html")
            .unwrap();
        assert!(page.text.contains("class=\"masthead\"") && !page.text.contains("open-in-echoes"));
    }

    #[test]
    fn the_offline_page_says_so_and_starts_the_app() {
        let files = build(&DATA).files();
        let offline = files
            .iter()
            .find(|f| f.path == "offline/index.html")
            .unwrap();
        assert!(offline.text.contains("data-view=\"offline\""));
        assert!(offline
            .text
            .contains("This page was not saved on this device"));
        assert!(offline
            .text
            .contains("<script type=\"module\">boot</script>"));
        assert!(offline.text.contains(&meta_tag(&POLICY)));
    }

    #[test]
    fn every_event_and_echo_gets_a_page_and_a_fragment_with_its_own_tags() {
        let files = build(&DATA).files();
        let pages = files.iter().filter(|f| {
            (f.path.ends_with("index.html") || f.path == "404.html")
                && !f.path.starts_with("embed/")
                && !f.path.starts_with("offline/")
        });
        assert_eq!(pages.count(), DATA.events.len() + DATA.echoes.len() + 3);
        let event = DATA
            .events
            .iter()
            .find(|e| e.id == "inchon-landing")
            .unwrap();
        let page = files
            .iter()
            .find(|f| f.path == "e/inchon-landing/index.html")
            .unwrap();
        assert!(page.text.contains(&format!("<title>{}", event.title)));
        assert!(page.text.contains(
            "<link rel=\"canonical\" href=\"https://example.org/echoes/e/inchon-landing/\">"
        ));
        assert!(page
            .text
            .contains("name=\"twitter:card\" content=\"summary_large_image\""));
        assert!(page.text.contains("15 Sep 1950"));
        assert!(
            page.text.contains("<script type=\"module\">boot</script>"),
            "Trunk's boot script stays"
        );
        assert_eq!(page.text.matches("<title>").count(), 1);
        // The page's reading pane holds exactly the fragment the app would fetch.
        let fragment = files
            .iter()
            .find(|f| f.path == "fragments/e/inchon-landing.html")
            .unwrap();
        assert!(page.text.contains(fragment.text.trim_end()));
        assert!(fragment
            .text
            .starts_with("<div class=\"reading-view\" data-view=\"e/inchon-landing\""));
        assert!(fragment
            .text
            .trim_end()
            .ends_with(&fragment_end("e/inchon-landing")));
        for echo in DATA.echoes.iter() {
            let key = view_key(&View::Echo(echo.id.to_string()));
            assert!(
                files
                    .iter()
                    .any(|f| f.path == format!("fragments/{key}.html")),
                "{key}"
            );
        }
    }

    #[test]
    fn every_page_carries_the_lanes_and_the_timeline_controls_the_app_makes_work() {
        let files = build(&DATA).files();
        let echo = &DATA.echoes[0];
        let actor = &DATA.actors[0];
        let context = DATA
            .events
            .iter()
            .find(|e| e.lane == CONTEXT_LANE)
            .expect("the dataset has context events");
        for path in [
            "index.html",
            "about/index.html",
            "e/kpa-invasion/index.html",
        ] {
            let page = &files.iter().find(|f| f.path == path).unwrap().text;
            // Before the lanes: Find and the toolbar; after them, the echo list, the filters and
            // the context strip.
            let slot = page.find("<div id=\"timeline-app\">").expect(path);
            let before = &page[..slot];
            let after = &page[slot..];
            assert!(
                after.contains("<div id=\"timeline-app\"><div class=\"stage static\">"),
                "{path}: the lanes"
            );
            assert!(before.contains("id=\"search-input\""), "{path}");
            assert!(before.contains("class=\"play\""), "{path}");
            assert!(
                after.contains(&format!("data-echo=\"{}\"", echo.id))
                    && after.contains(&format!("data-app=\"/echo/{}\"", echo.id)),
                "{path}"
            );
            assert!(
                after.contains(&format!("data-actor=\"{}\"", actor.id)),
                "{path}"
            );
            assert!(after.contains("data-theme=\"secrecy\""), "{path}");
            assert!(
                after.contains(&format!("data-app=\"/e/{}\"", context.id)),
                "{path}"
            );
        }
    }

    #[test]
    fn pages_that_show_the_lanes_carry_their_markers_and_the_others_leave_them_to_the_app() {
        let files = build(&DATA).files();
        let page = |path: &str| text_at(&files, path);
        let marker = "data-event=\"kpa-invasion\"";
        for path in [
            "index.html",
            "e/kpa-invasion/index.html",
            "embed/index.html",
        ] {
            assert!(page(path).contains(marker), "{path}: the markers");
        }
        for path in ["about/index.html", "embed/about/index.html", "404.html"] {
            assert!(
                page(path).contains("<div class=\"markers\">"),
                "{path}: the lanes"
            );
            assert!(
                !page(path).contains(marker),
                "{path}: markers of hidden lanes"
            );
        }
    }

    /// A page's data block, as written, up to the first `</script>`.
    fn data_block_of(page: &str) -> Option<&str> {
        const OPEN: &str = "<script type=\"application/ld+json\">";
        let from = page.find(OPEN)? + OPEN.len();
        Some(&page[from..from + page[from..].find("</script>").expect("closed")])
    }

    /// A page's JSON-LD, parsed, if it has a data block.
    fn structured(page: &str) -> Option<serde_json::Value> {
        let block = data_block_of(page)?;
        Some(serde_json::from_str(block).expect("the JSON-LD parses"))
    }

    /// The graph's nodes of one type.
    fn of_type<'a>(graph: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
        let nodes = graph["@graph"].as_array().expect("a graph");
        nodes.iter().filter(|n| n["@type"] == kind).collect()
    }

    /// Each field at its JSON pointer holds a non-empty string.
    fn assert_filled(node: &serde_json::Value, pointers: &[&str], what: &str) {
        for pointer in pointers {
            let value = node.pointer(pointer).and_then(|v| v.as_str());
            assert!(value.is_some_and(|v| !v.is_empty()), "{what}: {pointer}");
        }
    }

    #[test]
    fn the_about_page_reviews_every_claim_and_describes_the_downloads_for_search_engines() {
        let files = build(&DATA).files();
        let about = structured(text_at(&files, "about/index.html")).expect("a data block");
        assert_eq!(about["@context"], "https://schema.org");
        let reviews = of_type(&about, "ClaimReview");
        assert_eq!(reviews.len(), DATA.claims.len(), "a review per claim");
        for (review, claim) in reviews.iter().zip(DATA.claims.iter()) {
            let what = format!("the review of {}", claim.id);
            assert_filled(
                review,
                &[
                    "/claimReviewed",
                    "/reviewRating/alternateName",
                    "/itemReviewed/author/name",
                    "/itemReviewed/appearance/url",
                    "/author/name",
                    "/datePublished",
                    "/url",
                ],
                &what,
            );
            assert_eq!(review["itemReviewed"]["@type"], "Claim", "{what}");
            assert_eq!(review["claimReviewed"], &*claim.claim, "{what}");
            let anchor = format!("https://example.org/echoes/about/#{}", claim.id);
            assert_eq!(review["url"], anchor, "{what}: the claim's anchor");
            let name = review["reviewRating"]["alternateName"].as_str().unwrap();
            assert_eq!(name.to_lowercase(), claim.verdict.name(), "{what}");
        }
        let dataset = of_type(&about, "Dataset");
        assert_eq!(dataset.len(), 1);
        let dataset = dataset[0];
        assert_filled(
            dataset,
            &[
                "/name",
                "/description",
                "/license",
                "/version",
                "/dateModified",
                "/creator/name",
            ],
            "the dataset",
        );
        assert_eq!(dataset["version"], &*DATA.version);
        let downloads = dataset["distribution"].as_array().unwrap();
        assert_eq!(downloads.len(), 4, "JSON, the two CSVs and the schema");
        for download in downloads {
            let address = download["contentUrl"].as_str().unwrap();
            let file = address.strip_prefix("https://example.org/echoes/").unwrap();
            assert!(
                [
                    "data/timeline.json",
                    "data/events.csv",
                    "data/echoes.csv",
                    "data/timeline.schema.json"
                ]
                .contains(&file),
                "{address}"
            );
            assert_filled(download, &["/encodingFormat", "/name"], address);
        }
        // The essay reviewed is the one the dataset cites.
        let cites_the_essay = DATA.events.iter().flat_map(|e| e.sources.iter());
        assert!(cites_the_essay.into_iter().any(|s| *s.url == *ESSAY_URL));
    }

    #[test]
    fn an_event_s_page_reviews_the_claims_about_it_and_no_other_page_has_a_data_block() {
        let files = build(&DATA).files();
        for event in DATA.events.iter() {
            let page = text_at(&files, &format!("e/{}/index.html", event.id));
            let about: Vec<&str> = (DATA.claims.iter())
                .filter(|c| c.events.contains(&event.id))
                .map(|c| &*c.claim)
                .collect();
            match structured(page) {
                Some(graph) => {
                    let reviewed: Vec<&str> = (of_type(&graph, "ClaimReview").iter())
                        .map(|r| r["claimReviewed"].as_str().unwrap())
                        .collect();
                    assert_eq!(reviewed, about, "{}", event.id);
                }
                None => assert!(
                    about.is_empty(),
                    "{}: its claims are not reviewed",
                    event.id
                ),
            }
        }
        assert!(
            DATA.claims.iter().any(|c| !c.events.is_empty()),
            "some claim concerns an event"
        );
        for path in ["index.html", "embed/about/index.html", "404.html"] {
            assert!(structured(text_at(&files, path)).is_none(), "{path}");
        }
    }

    #[test]
    fn hostile_text_in_a_claim_stays_a_string_in_the_json_ld() {
        let mut data = DATA.clone();
        data.claims.to_mut()[0].claim = HOSTILE.into();
        data.claims.to_mut()[0].record = format!("{HOSTILE} <!-- ").into();
        let files = build(&data).files();
        let page = text_at(&files, "about/index.html");
        assert!(!page.contains("<script>alert"));
        // No markup at all: neither a `</script>` nor a `<!--` can end or hide the block.
        assert!(!data_block_of(page).unwrap().contains('<'));
        let about = structured(page).expect("a data block");
        let review = of_type(&about, "ClaimReview")[0];
        assert_eq!(review["claimReviewed"], HOSTILE);
        assert_eq!(
            review["reviewRating"]["ratingExplanation"],
            format!("{HOSTILE} <!-- ")
        );
    }

    #[test]
    fn events_after_the_essay_are_a_group_of_their_own_with_how_each_bears_on_it() {
        let after: Vec<&Event> = (DATA.events.iter())
            .filter(|e| e.lane == AFTER_ESSAY_LANE)
            .collect();
        assert!(
            after.len() >= 5,
            "the group holds what happened after the essay"
        );
        let files = build(&DATA).files();
        let home = text_at(&files, "index.html");
        let from = home
            .find("id=\"after-essay-title\"")
            .expect("the group on the home page");
        let group = &home[from..from + home[from..].find("</section>").unwrap()];
        assert!(group.contains(">After the essay</h2>"));
        for event in &after {
            assert!(
                group.contains(&format!("/echoes/e/{}", event.id)),
                "{}",
                event.id
            );
            let page = text_at(&files, &format!("e/{}/index.html", event.id));
            assert!(
                page.contains("id=\"after-essay-title\""),
                "{}: the group",
                event.id
            );
            let bearing = text(event.bearing.as_deref().unwrap());
            assert!(
                page.contains("id=\"bearing-title\""),
                "{}: its bearing",
                event.id
            );
            assert!(page.contains(&bearing), "{}: its bearing", event.id);
        }
        // Neither lane holds them.
        let lanes = home.find("class=\"stage").unwrap();
        let lanes = &home[lanes..home.find("id=\"context-title\"").unwrap()];
        assert!(after
            .iter()
            .all(|e| !lanes.contains(&format!("data-event=\"{}\"", e.id))));
    }

    #[test]
    fn hostile_text_in_the_data_stays_text_in_page_fragment_and_tags() {
        // The data rules refuse markup, so this dataset could never be built: the renderer must
        // still escape it.
        let mut data = DATA.clone();
        let event = &mut data.events.to_mut()[0];
        event.title = HOSTILE.into();
        event.summary = HOSTILE.into();
        let id = event.id.to_string();
        // The echo list and the filters are on every page.
        data.echoes.to_mut()[0].title = HOSTILE.into();
        data.actors.to_mut()[0].name = HOSTILE.into();
        let files = build(&data).files();
        let home = &files.iter().find(|f| f.path == "index.html").unwrap().text;
        assert!(!home.contains("<img") && !home.contains("<script>alert"));
        for (start, end) in [
            ("<nav class=\"echo-list\"", "</nav>"),
            ("<div class=\"filters\"", "Clear filters"),
        ] {
            let from = home.find(start).unwrap();
            let part = &home[from..from + home[from..].find(end).unwrap()];
            assert!(part.contains(ESCAPED), "{start}");
        }
        for path in [
            format!("e/{id}/index.html"),
            format!("fragments/e/{id}.html"),
        ] {
            let file = files.iter().find(|f| f.path == path).unwrap();
            assert!(
                !file.text.contains("<img") && !file.text.contains("<script>"),
                "{path}"
            );
            assert!(file.text.contains(ESCAPED), "{path}");
        }
        let page = files
            .iter()
            .find(|f| f.path == format!("e/{id}/index.html"))
            .unwrap();
        assert!(page.text.contains(
            "property=\"og:title\" content=\"&lt;img src=x onerror=alert(1)&gt; &quot;&amp;"
        ));
    }

    /// The text inside `<pre id="{id}" …>`, its access day filled in with `day` as the app does.
    fn citation_in(page: &str, id: &str, day: Day) -> String {
        let start = page.find(&format!("<pre id=\"{id}\"")).expect(id);
        let start = start + page[start..].find('>').unwrap() + 1;
        let end = start + page[start..].find("</pre>").unwrap();
        let mut text = page[start..end].to_string();
        for access in Access::ALL {
            let slot = format!("<span data-accessed=\"{}\"></span>", access.name());
            text = text.replace(&slot, &access.write(day));
        }
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn hostile_text_in_lane_events_stays_text_in_their_markers_labels_and_lane_readings() {
        let mut data = DATA.clone();
        for event in data.events.to_mut() {
            event.title = HOSTILE.into();
            event.short = HOSTILE.into();
        }
        let files = build(&data).files();
        let page = text_at(&files, "e/kpa-invasion/index.html");
        let part = |start: &str, end: &str| {
            let from = page.find(start).expect(start);
            &page[from..from + page[from..].find(end).unwrap()]
        };
        let marker = part("data-event=\"kpa-invasion\"", "</li>");
        assert!(
            marker.contains(&format!("aria-label=\"{ESCAPED}")),
            "{marker}"
        );
        assert!(marker.contains(&format!(
            "class=\"marker-name\" data-when=\"25 Jun\" aria-hidden=\"true\">{ESCAPED}"
        )));
        assert!(marker.contains(&format!(
            "class=\"marker-label\" aria-hidden=\"true\">{ESCAPED}"
        )));
        // The 1950 lane's reading names the event current at the page's playhead.
        let reading = part("<p class=\"lane-current\"", "</p>");
        assert!(reading.contains(ESCAPED), "{reading}");
        assert!(!page.contains("<img") && !page.contains("<script>alert"));
    }

    #[test]
    fn event_and_echo_pages_cite_themselves_with_the_access_day_left_to_the_reader() {
        let files = build(&DATA).files();
        let day = Day::parse("2026-11-30").unwrap();
        let page = |path: &str| &files.iter().find(|f| f.path == path).unwrap().text;
        let event = DATA.events.iter().find(|e| e.id == "kpa-invasion").unwrap();
        let echo = &DATA.echoes[0];
        for (path, item, url) in [
            (
                "e/kpa-invasion/index.html".to_string(),
                Item::Event(event),
                "https://example.org/echoes/e/kpa-invasion/".to_string(),
            ),
            (
                format!("echo/{}/index.html", echo.id),
                Item::Echo(echo),
                format!("https://example.org/echoes/echo/{}/", echo.id),
            ),
        ] {
            let page = page(&path);
            assert!(page.contains("data-accessed"), "{path}: no open day");
            assert_eq!(
                citation_in(page, "cite-plain", day),
                cite::plain(&DATA, item, &url, day)
            );
            assert_eq!(
                citation_in(page, "cite-bibtex", day),
                cite::bibtex(&DATA, item, &url, day)
            );
            assert_eq!(
                citation_in(page, "cite-csl", day),
                cite::csl_json(&DATA, item, &url, day)
            );
        }
        assert!(!page("about/index.html").contains("cite-plain"));
    }

    #[test]
    fn the_about_page_sends_error_reports_to_the_tracker_only_when_it_is_known() {
        let about = |issues| {
            let build = Build {
                issues,
                ..build(&DATA)
            };
            let files = build.files();
            let page = files.into_iter().find(|f| f.path == "about/index.html");
            page.unwrap().text
        };
        let unknown = about(None);
        assert!(unknown.contains("id=\"report\"") && unknown.contains("does not name its address"));
        let known = about(Some("https://tracker.example/echoes/issues"));
        assert!(known.contains("<a href=\"https://tracker.example/echoes/issues\">Open an issue"));
    }

    /// The `content` of the page's `<meta {key}>`.
    fn meta<'a>(page: &'a str, key: &str) -> &'a str {
        let open = format!("{key} content=\"");
        let start = page.find(&open).expect(key) + open.len();
        &page[start..start + page[start..].find('"').unwrap()]
    }

    #[test]
    fn every_page_shows_a_card_the_build_writes() {
        let build = build(&DATA);
        let cards: HashMap<String, Vec<u8>> = card::all(&DATA).unwrap().into_iter().collect();
        assert_eq!(cards.len(), DATA.events.len() + DATA.echoes.len());
        let files = build.files();
        let mut named = HashSet::new();
        for page in files
            .iter()
            .filter(|f| f.path.ends_with(".html") && !f.path.starts_with("fragments/"))
        {
            let image = meta(&page.text, "property=\"og:image\"");
            assert_eq!(image, meta(&page.text, "name=\"twitter:image\""));
            let path = image
                .strip_prefix(&build.addresses().url("/"))
                .expect(image);
            assert!(
                path == SITE_IMAGE || cards.contains_key(path),
                "{}: {path}",
                page.path
            );
            assert!(!meta(&page.text, "property=\"og:image:alt\"").is_empty());
            named.insert(path);
        }
        assert_eq!(named.len(), cards.len() + 1, "every card is some page's");
        for (path, png) in &cards {
            assert!(png.len() <= 60 * 1024, "{path}: {} bytes", png.len());
            let (width, height, _) = card::tests::rgb(png);
            assert_eq!((width, height), (card::WIDTH, card::HEIGHT), "{path}");
        }
        assert_ne!(
            cards["cards/e/kpa-invasion.png"],
            cards["cards/e/inchon-landing.png"]
        );
        let home = files.iter().find(|f| f.path == "index.html").unwrap();
        assert_eq!(
            meta(&home.text, "property=\"og:image:alt\""),
            text(SITE_ALT)
        );
    }

    #[test]
    fn home_prints_every_event_until_the_page_stops_carrying_markers() {
        let print_list = |data: &Dataset| {
            let page = Site::new(data, "https://example.org", "/echoes/")
                .body(&View::Home)
                .into_string();
            let list = page.find("class=\"print-list\"").expect("a print list");
            page[list..].to_string()
        };
        let list = print_list(&DATA);
        let in_a_lane = |e: &&Event| DATA.lanes.iter().any(|lane| lane.id == e.lane);
        let mut in_lanes = DATA.events.iter().filter(in_a_lane);
        assert!(in_lanes.all(|e| list.contains(&text(&e.title))));
        let mut many = DATA.clone();
        let first = DATA.events[0].clone();
        many.events.to_mut().extend((0..IN_PAGE_MAX).map(|i| Event {
            id: format!("copy-{i}").into(),
            title: format!("Copy {i} of the first event").into(),
            ..first.clone()
        }));
        let list = print_list(&many);
        assert!(!list.contains("Copy 0 of the first event"));
        assert!(list.contains(&format!("holds {} events", many.events.len())));
        assert!(list.contains("https://example.org/echoes/about/#data"));
    }

    #[test]
    fn the_sitemap_lists_every_address() {
        let build = build(&DATA);
        let sitemap = build.sitemap();
        assert_eq!(
            sitemap.matches("<loc>").count(),
            DATA.events.len() + DATA.echoes.len() + 2
        );
        assert!(sitemap.contains("<loc>https://example.org/echoes/echo/"));
        assert!(build
            .robots()
            .contains("Sitemap: https://example.org/echoes/sitemap.xml"));
    }

    #[test]
    fn descriptions_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let cut = clip(&long, 200);
        assert!(cut.chars().count() <= 201 && cut.ends_with("word…"));
    }
}

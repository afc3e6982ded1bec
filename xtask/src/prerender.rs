//! A real HTML page for every address, written from Trunk's built `index.html`: its own title,
//! description, canonical URL and preview-card tags, and a readable body for readers and
//! crawlers without JavaScript. The same app bundle then takes over on that view.

use echoes::model::dataset::{Dataset, Source};
use echoes::model::date::EventDate;
use echoes::model::meta::{page_meta, PageMeta, SITE};
use echoes::model::route::View;
use std::fmt::Write;

pub struct Site<'a> {
    /// Trunk's `index.html` for this build.
    pub template: &'a str,
    /// `https://example.org`, without the base path.
    pub origin: &'a str,
    /// `/` or `/echoes/`.
    pub base: &'a str,
    pub data: &'a Dataset,
}

/// One file of the static site.
pub struct Page {
    pub path: String,
    pub html: String,
}

impl Site<'_> {
    /// Every page: home, each event, each echo, about, and the 404 page.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![
            self.page("index.html", &View::Home, "", self.home_body()),
            self.page(
                "about/index.html",
                &View::About,
                "about/",
                self.about_body(),
            ),
        ];
        for event in self.data.events.iter() {
            let path = format!("e/{}/", event.id);
            let view = View::Event(event.id.to_string());
            pages.push(self.page(
                &format!("{path}index.html"),
                &view,
                &path,
                self.event_body(&event.id),
            ));
        }
        for echo in self.data.echoes.iter() {
            let path = format!("echo/{}/", echo.id);
            let view = View::Echo(echo.id.to_string());
            pages.push(self.page(
                &format!("{path}index.html"),
                &view,
                &path,
                self.echo_body(&echo.id),
            ));
        }
        let not_found = View::NotFound {
            path: String::new(),
            suggestions: Vec::new(),
        };
        let body = format!(
            "<h1>Nothing here</h1><p>There is no page at this address. <a href=\"{}\">Back to the timeline</a>.</p>",
            self.base
        );
        pages.push(self.page("404.html", &not_found, "404.html", body));
        pages
    }

    pub fn canonical(&self, path: &str) -> String {
        format!("{}{}{}", self.origin.trim_end_matches('/'), self.base, path)
    }

    pub fn sitemap(&self) -> String {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        let paths = ["".to_string(), "about/".to_string()]
            .into_iter()
            .chain(self.data.events.iter().map(|e| format!("e/{}/", e.id)))
            .chain(self.data.echoes.iter().map(|e| format!("echo/{}/", e.id)));
        for path in paths {
            let _ = writeln!(
                xml,
                "  <url><loc>{}</loc></url>",
                escape(&self.canonical(&path))
            );
        }
        xml.push_str("</urlset>\n");
        xml
    }

    pub fn robots(&self) -> String {
        format!(
            "User-agent: *\nAllow: /\nSitemap: {}\n",
            self.canonical("sitemap.xml")
        )
    }

    fn page(&self, file: &str, view: &View, path: &str, body: String) -> Page {
        let PageMeta { title, description } = page_meta(view, self.data);
        let description = clip(&description, 200);
        let url = self.canonical(path);
        let image = self.canonical("preview.png");
        let tags = format!(
            concat!(
                "<link rel=\"canonical\" href=\"{url}\" />\n",
                "    <meta property=\"og:type\" content=\"article\" />\n",
                "    <meta property=\"og:site_name\" content=\"{site}\" />\n",
                "    <meta property=\"og:title\" content=\"{title}\" />\n",
                "    <meta property=\"og:description\" content=\"{description}\" />\n",
                "    <meta property=\"og:url\" content=\"{url}\" />\n",
                "    <meta property=\"og:image\" content=\"{image}\" />\n",
                "    <meta property=\"og:image:width\" content=\"1200\" />\n",
                "    <meta property=\"og:image:height\" content=\"630\" />\n",
                "    <meta name=\"twitter:card\" content=\"summary_large_image\" />\n",
                "    <meta name=\"twitter:title\" content=\"{title}\" />\n",
                "    <meta name=\"twitter:description\" content=\"{description}\" />\n",
                "    <meta name=\"twitter:image\" content=\"{image}\" />\n",
                "  </head>"
            ),
            url = escape(&url),
            site = SITE,
            title = escape(&title),
            description = escape(&description),
            image = escape(&image),
        );
        let mut html = replace_between(self.template, "<title>", "</title>", &escape(&title));
        html = replace_between(
            &html,
            "<meta name=\"description\" content=\"",
            "\"",
            &escape(&description),
        );
        html = html.replacen("</head>", &tags, 1);
        html = replace_between(
            &html,
            "<noscript>",
            "</noscript>",
            &format!("<article class=\"static\">{body}</article>"),
        );
        Page {
            path: file.to_string(),
            html,
        }
    }

    fn link(&self, path: &str, text: &str) -> String {
        format!("<a href=\"{}{}\">{}</a>", self.base, path, escape(text))
    }

    fn home_body(&self) -> String {
        let mut body = format!("<h1>{}</h1>", escape(echoes::model::meta::HOME_TITLE));
        let _ = write!(
            body,
            "<p>{}</p>",
            escape(echoes::model::meta::HOME_DESCRIPTION)
        );
        for lane in self.data.lanes.iter() {
            let _ = write!(body, "<h2>{}</h2><ol>", escape(&lane.title));
            for event in self.data.events.iter().filter(|e| e.lane == lane.id) {
                let _ = write!(
                    body,
                    "<li>{} {}</li>",
                    escape(&date_label(&event.date)),
                    self.link(&format!("e/{}/", event.id), &event.title)
                );
            }
            body.push_str("</ol>");
        }
        body.push_str("<h2>Echoes</h2><ul>");
        for echo in self.data.echoes.iter() {
            let _ = write!(
                body,
                "<li>{}</li>",
                self.link(&format!("echo/{}/", echo.id), &echo.title)
            );
        }
        let _ = write!(
            body,
            "</ul><p>{}</p>",
            self.link("about/", "About the data, the claims and downloads")
        );
        body
    }

    fn event_body(&self, id: &str) -> String {
        let Some(event) = self.data.events.iter().find(|e| e.id == id) else {
            return String::new();
        };
        let actors: Vec<&str> = event
            .actors
            .iter()
            .filter_map(|a| self.data.actors.iter().find(|x| x.id == *a))
            .map(|a| &*a.name)
            .collect();
        let mut body = format!(
            "<p>{}</p><h1>{}</h1><p>{}</p><p>Actors: {}</p>",
            escape(&date_label(&event.date)),
            escape(&event.title),
            escape(&event.summary),
            escape(&actors.join(", "))
        );
        if let Some(quote) = &event.quote {
            let _ = write!(
                body,
                "<blockquote>“{}” — {}</blockquote>",
                escape(&quote.text),
                escape(&quote.speaker)
            );
        }
        body.push_str("<h2>Sources</h2>");
        body.push_str(&sources(&event.sources));
        for echo in self
            .data
            .echoes
            .iter()
            .filter(|e| e.then.contains(&event.id) || e.now.contains(&event.id))
        {
            let _ = write!(
                body,
                "<h2>Echo: {}</h2><p>The parallel: {}</p><p>Where it breaks: {}</p>",
                self.link(&format!("echo/{}/", echo.id), &echo.title),
                escape(&echo.parallel),
                escape(&echo.breaks)
            );
        }
        let _ = write!(body, "<p>{}</p>", self.link("", "All events"));
        body
    }

    fn echo_body(&self, id: &str) -> String {
        let Some(echo) = self.data.echoes.iter().find(|e| e.id == id) else {
            return String::new();
        };
        let mut body = format!("<h1>{}</h1>", escape(&echo.title));
        for (lane, ends) in [("1950", &echo.then), ("2023–24", &echo.now)] {
            let _ = write!(body, "<h2>{lane}</h2><ul>");
            for event in ends
                .iter()
                .filter_map(|id| self.data.events.iter().find(|e| e.id == *id))
            {
                let _ = write!(
                    body,
                    "<li>{} {}</li>",
                    escape(&date_label(&event.date)),
                    self.link(&format!("e/{}/", event.id), &event.title)
                );
            }
            body.push_str("</ul>");
        }
        let _ = write!(
            body,
            "<p>The parallel: {}</p><p>Where it breaks: {}</p><p>In the essay: {}</p>",
            escape(&echo.parallel),
            escape(&echo.breaks),
            escape(&echo.essay)
        );
        body
    }

    fn about_body(&self) -> String {
        let mut body = String::from(
            "<h1>About Echoes and its data</h1><h2>The essay's claims, checked</h2><ol>",
        );
        for claim in self.data.claims.iter() {
            let _ = write!(
                body,
                "<li id=\"{}\"><p><strong>{}</strong>: {}</p><p>{}</p>{}</li>",
                escape(&claim.id),
                claim.verdict.name(),
                escape(&claim.claim),
                escape(&claim.record),
                sources(&claim.sources)
            );
        }
        let _ = write!(
            body,
            "</ol><h2>Download the data</h2><ul><li>{}</li><li>{}</li><li>{}</li></ul>",
            self.link("data/timeline.json", "timeline.json"),
            self.link("data/events.csv", "events.csv"),
            self.link("data/echoes.csv", "echoes.csv")
        );
        body
    }
}

fn sources(sources: &[Source]) -> String {
    let mut list = String::from("<ul>");
    for source in sources {
        let _ = write!(
            list,
            "<li><a href=\"{}\">{}</a> — {}</li>",
            escape(&source.url),
            escape(&source.title),
            escape(&source.publisher)
        );
    }
    list.push_str("</ul>");
    list
}

fn date_label(date: &str) -> String {
    EventDate::parse(date)
        .map(EventDate::label)
        .unwrap_or_else(|_| date.to_string())
}

/// Text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
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
    use echoes::model::data::DATASET;

    const TEMPLATE: &str = "<html><head><base href=\"/echoes/\" /><title>T</title><meta name=\"description\" content=\"D\" /></head><body><noscript>N</noscript></body></html>";

    fn site() -> Site<'static> {
        Site {
            template: TEMPLATE,
            origin: "https://example.org",
            base: "/echoes/",
            data: &DATASET,
        }
    }

    #[test]
    fn every_event_and_echo_gets_a_page_with_its_own_tags() {
        let pages = site().pages();
        assert_eq!(pages.len(), DATASET.events.len() + DATASET.echoes.len() + 3);
        let page = pages
            .iter()
            .find(|p| p.path == "e/inchon-landing/index.html")
            .unwrap();
        let event = DATASET
            .events
            .iter()
            .find(|e| e.id == "inchon-landing")
            .unwrap();
        assert!(page
            .html
            .contains(&format!("<title>{}", escape(&event.title))));
        assert!(page.html.contains(
            "<link rel=\"canonical\" href=\"https://example.org/echoes/e/inchon-landing/\" />"
        ));
        assert!(page.html.contains(
            "<meta property=\"og:image\" content=\"https://example.org/echoes/preview.png\" />"
        ));
        assert!(page.html.contains("twitter:card"));
        assert!(page.html.contains(&escape(&event.sources[0].url)));
        assert!(page.html.contains("15 Sep 1950"));
        assert_eq!(page.html.matches("<title>").count(), 1);
    }

    #[test]
    fn text_is_escaped_everywhere() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        for page in site().pages() {
            assert!(!page.html.contains("<script>"), "{}", page.path);
        }
    }

    #[test]
    fn hostile_text_in_the_data_stays_text_in_its_page() {
        // The data rules refuse markup, so this dataset could never be built: the renderer must
        // still escape it.
        let hostile = "<img src=x onerror=alert(1)> \"&'";
        let mut data = DATASET.clone();
        let event = &mut data.events.to_mut()[0];
        event.title = hostile.into();
        event.summary = hostile.into();
        let path = format!("e/{}/index.html", event.id);
        let site = Site {
            data: &data,
            ..site()
        };
        let page = site.pages().into_iter().find(|p| p.path == path).unwrap();
        assert!(!page.html.contains("<img"), "{}", page.html);
        let escaped = "&lt;img src=x onerror=alert(1)&gt; &quot;&amp;&#39;";
        assert!(page.html.contains(&format!("<title>{escaped}")));
        assert!(page
            .html
            .contains(&format!("property=\"og:title\" content=\"{escaped}")));
    }

    #[test]
    fn the_sitemap_lists_every_address() {
        let sitemap = site().sitemap();
        assert_eq!(
            sitemap.matches("<loc>").count(),
            DATASET.events.len() + DATASET.echoes.len() + 2
        );
        assert!(sitemap.contains("<loc>https://example.org/echoes/echo/"));
        assert!(site()
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

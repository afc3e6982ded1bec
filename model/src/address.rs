//! Where the site lives, and the one place where a path of the app (`/e/x`) or of a file
//! (`/data/timeline.json`) becomes an address: the router's links, the pages' links, their
//! canonical URLs, citations, embed code and the sitemap all go through [`Addresses`].

/// The site's origin and base path, and whether the pages are an embed's. Paths given to it start
/// with `/`, at the base: the app path `/e/x`, the file `/data/search.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addresses<'a> {
    /// `https://example.org`, or empty where only paths are wanted (the app in the browser).
    origin: &'a str,
    /// `/` or `/echoes/`.
    base: &'a str,
    /// The app's pages are under `{base}embed/`, so that a reader who moves inside a frame
    /// stays on addresses that may be framed.
    embed: bool,
}

impl<'a> Addresses<'a> {
    pub fn new(origin: &'a str, base: &'a str) -> Addresses<'a> {
        Addresses {
            origin: origin.trim_end_matches('/'),
            base,
            embed: false,
        }
    }

    /// The same site, with the app's pages inside the embed.
    pub fn embedded(self) -> Addresses<'a> {
        Addresses {
            embed: true,
            ..self
        }
    }

    /// The site as seen from the absolute path `path`: an embed's pages if it is under
    /// `{base}embed`.
    pub fn at(self, path: &str) -> Addresses<'a> {
        let embedded = self.embedded();
        if under(&embedded.page(""), path).is_some() {
            embedded
        } else {
            self
        }
    }

    /// The same site, with the app's pages its own, outside any embed: what a citation names.
    pub fn site(self) -> Addresses<'a> {
        Addresses {
            embed: false,
            ..self
        }
    }

    pub fn is_embed(self) -> bool {
        self.embed
    }

    /// A file of the site, or the site's own page of an app path outside any embed:
    /// `/echoes/data/search.tsv`, `/echoes/e/x`.
    pub fn file(self, path: &str) -> String {
        format!("{}{path}", self.base.trim_end_matches('/'))
    }

    /// Where a link to an app path leads from these pages: `/echoes/e/x`, or inside an embed
    /// `/echoes/embed/e/x`.
    pub fn page(self, app_path: &str) -> String {
        if self.embed {
            self.file(&format!("/embed{app_path}"))
        } else {
            self.file(app_path)
        }
    }

    /// The absolute URL of a file: `https://example.org/echoes/sitemap.xml`.
    pub fn url(self, path: &str) -> String {
        format!("{}{}", self.origin, self.file(path))
    }

    /// The canonical URL of an app path's page, ending in `/` as a static host serves it:
    /// `https://example.org/echoes/e/x/`, or the embed's `https://example.org/echoes/embed/e/x/`.
    pub fn canonical(self, app_path: &str) -> String {
        let url = format!("{}{}", self.origin, self.page(app_path));
        if url.ends_with('/') {
            url
        } else {
            url + "/"
        }
    }

    /// The app path of an absolute path under these pages or the base (`/echoes/embed/e/x` and
    /// `/echoes/e/x` are both `/e/x`), or `None` for a path outside the site.
    pub fn app_path(self, path: &str) -> Option<&str> {
        under(&self.page(""), path).or_else(|| under(&self.file(""), path))
    }
}

/// `path` less `prefix` (`/echoes`), as an app path: `/` for the prefix itself, `None` for a path
/// outside it (`/echoesx`).
fn under<'p>(prefix: &str, path: &'p str) -> Option<&'p str> {
    match path.strip_prefix(prefix)? {
        "" => Some("/"),
        rest if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

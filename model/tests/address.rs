use echoes_model::address::Addresses;

#[test]
fn a_sub_path_site_links_files_pages_and_canonical_urls_under_its_base() {
    let site = Addresses::new("https://example.org/", "/echoes/");
    assert_eq!(site.file("/data/search.tsv"), "/echoes/data/search.tsv");
    assert_eq!(site.page("/e/inchon-landing"), "/echoes/e/inchon-landing");
    assert_eq!(site.page("/"), "/echoes/");
    assert_eq!(
        site.url("/sitemap.xml"),
        "https://example.org/echoes/sitemap.xml"
    );
    assert_eq!(
        site.canonical("/e/inchon-landing"),
        "https://example.org/echoes/e/inchon-landing/"
    );
    assert_eq!(site.canonical("/"), "https://example.org/echoes/");
}

#[test]
fn an_embed_links_its_pages_inside_the_embed_but_files_and_the_site_outside_it() {
    let embed = Addresses::new("https://example.org", "/").embedded();
    assert_eq!(embed.page("/echo/the-rescue"), "/embed/echo/the-rescue");
    assert_eq!(
        embed.file("/e/x"),
        "/e/x",
        "the site's own page, for Open in Echoes"
    );
    assert_eq!(embed.file("/data/search.tsv"), "/data/search.tsv");
    assert_eq!(embed.canonical("/e/x"), "https://example.org/embed/e/x/");
}

#[test]
fn the_address_read_back_is_the_app_path_it_was_made_from() {
    for base in ["/", "/echoes/"] {
        for site in [
            Addresses::new("", base),
            Addresses::new("", base).embedded(),
        ] {
            for app_path in ["/", "/e/inchon-landing", "/echo/x", "/about"] {
                let page = site.page(app_path);
                assert_eq!(site.app_path(&page), Some(app_path), "{page}");
                assert_eq!(
                    site.at(&page),
                    site,
                    "{page} is seen as its own kind of page"
                );
            }
        }
    }
}

#[test]
fn a_path_outside_the_base_is_not_the_apps() {
    let site = Addresses::new("", "/echoes/");
    assert_eq!(site.app_path("/echoesx/e/x"), None);
    assert_eq!(site.app_path("/other/e/x"), None);
    assert_eq!(site.app_path("/echoes"), Some("/"));
    assert!(
        !site.at("/echoes/embedded/x").is_embed(),
        "a prefix is not a path segment"
    );
    assert!(site.at("/echoes/embed").is_embed());
}

//! The site's Content-Security-Policy, written twice: into a `<meta http-equiv>` on every page,
//! and into `_headers` (the file Netlify and Cloudflare Pages read), which can also say who may
//! frame the site and how long hashed assets keep.
//!
//! Trunk starts the WASM with an inline module script and has no hash option, so the policy
//! allows that script by the SHA-256 of its exact text, taken from the built `index.html`. The
//! stylesheet and the script it loads carry their SHA-384 (`integrity`), taken here too.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::{fs, io, path::Path};

/// `'sha256-…'` for every inline script (a `<script>` without `src`) in `html`, in order.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let Some(close) = after.find("</script>") else {
            break;
        };
        if !after[..open_end].contains(" src=") {
            let text = &after[open_end + 1..close];
            let digest = Sha256::digest(text.as_bytes());
            let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
            hashes.push(format!("'sha256-{encoded}'"));
        }
        rest = &after[close + "</script>".len()..];
    }
    hashes
}

/// The policy every page is served with. `base-uri 'self'` rather than `'none'`: a build for a
/// sub-path (`--base /echoes/`) resolves its links through Trunk's `<base href>`.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let mut scripts = String::from("'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        scripts.push(' ');
        scripts.push_str(hash);
    }
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"
    )
}

/// `_headers` for a site under `base`: the policy plus `frame-ancestors 'none'` (which a meta tag
/// cannot set), no MIME sniffing, no full address sent to other sites, and a year's immutable
/// caching for the assets Trunk names by their hash. Embed addresses may be framed anywhere: a
/// path gets the headers of every rule it matches (Cloudflare Pages' rules), so they drop the
/// header policy (`! Name`) and keep the same policy from their meta tag, without
/// `frame-ancestors`.
pub fn headers_file(base: &str, policy: &str) -> String {
    let mut text = format!(
        "{base}*\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  \
         X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\
         {base}embed/*\n  ! Content-Security-Policy\n"
    );
    for hashed in ["echoes-*.js", "echoes-*_bg.wasm", "style-*.css"] {
        text.push_str(&format!(
            "{base}{hashed}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    text
}

/// `html` with an `integrity="sha384-…"` in every `<link>` that loads a file of the site (a
/// stylesheet, a module or a preload, its `href` under `base`), from that file in `site` as it
/// is served. Trunk writes none (`no_sri` in Trunk.toml): the build minifies Trunk's JavaScript
/// after Trunk, so the hashes are taken here, after every step that changes a file.
pub fn with_integrity(html: &str, site: &Path, base: &str) -> io::Result<String> {
    let mut out = String::with_capacity(html.len() + 512);
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let end = start
            + rest[start..]
                .find('>')
                .ok_or_else(|| io::Error::other("a <link> is not closed"))?;
        // Without its `>`, and without the `/` of `/>`, before which the attribute goes.
        let tag = &rest[start..end];
        let open = tag.strip_suffix('/').unwrap_or(tag);
        out.push_str(&rest[..start]);
        out.push_str(open);
        if let Some(file) = subresource(open, base)? {
            let digest = Sha384::digest(fs::read(site.join(file))?);
            let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
            out.push_str(&format!(" integrity=\"sha384-{encoded}\""));
        }
        out.push_str(&tag[open.len()..]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The file of the site, relative to `base`, that a `<link>` tag loads, if it loads one.
fn subresource<'a>(tag: &'a str, base: &str) -> io::Result<Option<&'a str>> {
    let attribute = |name: &str| {
        let open = format!(" {name}=\"");
        let start = tag.find(&open)? + open.len();
        Some(&tag[start..start + tag[start..].find('"')?])
    };
    if !matches!(
        attribute("rel"),
        Some("stylesheet" | "modulepreload" | "preload")
    ) {
        return Ok(None);
    }
    if tag.contains(" integrity=") {
        return Err(io::Error::other(format!(
            "{tag}> already has an integrity: Trunk must write none (no_sri in Trunk.toml)"
        )));
    }
    let href = attribute("href").and_then(|href| href.strip_prefix(base));
    href.map(Some)
        .ok_or_else(|| io::Error::other(format!("{tag}> loads no file under {base}")))
}

/// The policy as a meta tag, for the page's head.
pub fn meta_tag(policy: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_inline_scripts_by_their_exact_text() {
        let html =
            "<head><script src=\"/a.js\"></script><script type=\"module\">boot()</script></head>";
        let hashes = inline_script_hashes(html);
        // echo -n 'boot()' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hashes,
            ["'sha256-MeZS89WlF0u+o0hCvHTBt4q1WHU+U+sJKgbdRUc36mY='"]
        );
        assert_ne!(inline_script_hashes("<script>boot() </script>"), hashes);
    }

    #[test]
    fn every_link_that_loads_a_file_of_the_site_gets_the_hash_of_that_file() {
        let site = std::env::temp_dir().join(format!("echoes-integrity-{}", std::process::id()));
        fs::create_dir_all(&site).unwrap();
        fs::write(site.join("app.js"), "boot()").unwrap();
        fs::write(site.join("s.css"), "boot()").unwrap();
        let html = "<link rel=\"icon\" href=\"icon.svg\" /><link rel=\"modulepreload\" \
                    href=\"/echoes/app.js\" crossorigin=\"anonymous\"><link rel=\"stylesheet\" \
                    href=\"/echoes/s.css\"/></head>";
        let sealed = with_integrity(html, &site, "/echoes/").unwrap();
        let refused = [
            "<link rel=\"stylesheet\" href=\"/echoes/s.css\" integrity=\"sha384-x\"/>",
            "<link rel=\"modulepreload\" href=\"/other/app.js\">",
            "<link rel=\"preload\" href=\"/echoes/missing.wasm\">",
            "<link rel=\"stylesheet\" href=\"/echoes/s.css\"",
        ]
        .map(|html| with_integrity(html, &site, "/echoes/").is_err());
        fs::remove_dir_all(&site).unwrap();
        // echo -n 'boot()' | openssl dgst -sha384 -binary | base64
        let hash =
            "integrity=\"sha384-AZjBcsxYLYR6SXdEZrRhx2/0APOLaGsoRD4/cncshSwWb4I6rfsU+pPj4/KqZtKk\"";
        let expected = format!(
            "<link rel=\"icon\" href=\"icon.svg\" /><link rel=\"modulepreload\" \
             href=\"/echoes/app.js\" crossorigin=\"anonymous\" {hash}><link rel=\"stylesheet\" \
             href=\"/echoes/s.css\" {hash}/></head>"
        );
        assert_eq!(sealed, expected);
        assert_eq!(
            refused, [true; 4],
            "a stale hash, another site, no file, no end"
        );
    }

    #[test]
    fn only_embed_addresses_lose_frame_ancestors() {
        let headers = headers_file("/echoes/", "default-src 'self'");
        let rules: Vec<&str> = headers.split("\n/").collect();
        assert!(rules[0].starts_with("/echoes/*\n"));
        assert!(rules[0]
            .contains("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"));
        assert_eq!(rules[1], "echoes/embed/*\n  ! Content-Security-Policy");
        assert!(rules[2..]
            .iter()
            .all(|rule| !rule.contains("Content-Security-Policy")));
    }
}

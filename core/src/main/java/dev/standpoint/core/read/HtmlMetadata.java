package dev.standpoint.core.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metadata an HTML page declares: {@code title} (og:title, else {@code <title>}), {@code author} (meta author,
 * article:author, byline, DC.creator), {@code date} (article:published_time, date, DC.date, else the first
 * {@code <time datetime>}), {@code source_url} (canonical link, else og:url), and {@code description},
 * {@code language} and {@code site_name} when present.
 */
final class HtmlMetadata {

    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "byline", "dc.creator",
            "dcterms.creator", "parsely-author");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "date", "dc.date",
            "dcterms.date", "dc.date.issued", "dcterms.issued", "pubdate", "publish-date", "og:published_time");

    private HtmlMetadata() {
    }

    static Map<String, String> of(Document doc) {
        Map<String, String> tags = metaTags(doc);
        Map<String, String> out = new TreeMap<>();
        MetadataValues.putIfAbsent(out, MetadataValues.TITLE, tags.get("og:title"));
        MetadataValues.putIfAbsent(out, MetadataValues.TITLE, doc.title());
        AUTHOR_KEYS.forEach(k -> MetadataValues.putIfAbsent(out, MetadataValues.AUTHOR, tags.get(k)));
        DATE_KEYS.forEach(k -> MetadataValues.putDate(out, k, tags.get(k)));
        Element time = doc.selectFirst("time[datetime]");
        if (time != null) {
            MetadataValues.putDate(out, "datetime", time.attr("datetime"));
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        MetadataValues.putIfAbsent(out, MetadataValues.SOURCE_URL, canonical == null ? null : canonical.attr("href"));
        MetadataValues.putIfAbsent(out, MetadataValues.SOURCE_URL, tags.get("og:url"));
        MetadataValues.putIfAbsent(out, "description", tags.getOrDefault("description", tags.get("og:description")));
        MetadataValues.putIfAbsent(out, "site_name", tags.get("og:site_name"));
        MetadataValues.putIfAbsent(out, "language", doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"));
        return out;
    }

    /** The {@code <meta>} tags by lower-cased name or property; the first of a name wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String key = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (!key.isBlank()) {
                tags.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), meta.attr("content"));
            }
        }
        return tags;
    }
}

package dev.standpoint.core.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is not the page's content: scripts and other non-text elements, hidden elements, navigation, page
 * headers and footers, sidebars, forms, and elements whose role, class or id names a menu, cookie banner, share bar,
 * breadcrumb, comment section or advert. An element that is or holds {@code <main>}, {@code <article>} or the page's
 * {@code <h1>}, or that holds most of the page's paragraphs, is never removed.
 */
final class HtmlCleaner {

    private static final String NON_TEXT = "script, style, noscript, template, iframe, svg, button, object, embed, "
            + "canvas, select, textarea, input, link, meta, title, math, video, audio, map, dialog";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";
    private static final String STRUCTURAL = "nav, aside, footer, header, form, menu";
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "toolbar");
    private static final List<String> BOILERPLATE_WORDS = List.of("nav", "menu", "breadcrumb", "cookie", "consent",
            "share", "sharing", "social", "sidebar", "footer", "subscribe", "newsletter", "related", "advert",
            "popup", "skiplink");
    private static final Set<String> BOILERPLATE_TOKENS = Set.of("ad", "ads", "comment", "comments", "disqus",
            "gdpr");
    private static final Set<String> NOT_BOILERPLATE = Set.of("shared", "shareholder", "shareholders", "unrelated",
            "navy", "navigator");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final String PROTECTED = "main, article, [role=main], h1";

    private HtmlCleaner() {
    }

    /** Removes non-text elements only (script, style, ...): for HTML fragments inside Markdown. */
    static void removeNonText(Element root) {
        root.select(NON_TEXT).remove();
    }

    /** Removes everything that is not content from {@code doc}. */
    static void clean(Document doc) {
        removeNonText(doc.body());
        int paragraphs = doc.body().select("p").size();
        List<Element> drop = new ArrayList<>(doc.body().select(HIDDEN));
        doc.body().select(STRUCTURAL).forEach(drop::add);
        doc.body().select("[role], [class], [id]").stream().filter(HtmlCleaner::looksLikeBoilerplate)
                .forEach(drop::add);
        for (Element e : drop) {
            if (e.parent() != null && !isProtected(e, paragraphs)) {
                e.remove();
            }
        }
    }

    private static boolean isProtected(Element e, int pageParagraphs) {
        if (e.is(PROTECTED) || !e.select(PROTECTED).isEmpty()) {
            return true;
        }
        if (e.normalName().equals("header") && e.closest("main, article, [role=main]") != null) {
            return true;
        }
        int held = e.select("p").size();
        return held >= 3 && held * 2 > pageParagraphs;
    }

    static boolean looksLikeBoilerplate(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        if (BOILERPLATE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return namesBoilerplate(e.attr("class")) || namesBoilerplate(e.attr("id"));
    }

    static boolean namesBoilerplate(String classOrId) {
        if (classOrId.isBlank()) {
            return false;
        }
        String words = CAMEL.matcher(classOrId).replaceAll("-").toLowerCase(Locale.ROOT);
        for (String token : NON_WORD.split(words)) {
            if (isBoilerplateToken(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoilerplateToken(String token) {
        if (BOILERPLATE_TOKENS.contains(token)) {
            return true;
        }
        if (token.isEmpty() || NOT_BOILERPLATE.contains(token)) {
            return false;
        }
        for (String word : BOILERPLATE_WORDS) {
            if (token.startsWith(word) || token.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** The element to extract from: the only {@code <article>}, else {@code <main>}, else the body. */
    static Element contentRoot(Document doc) {
        Elements articles = doc.body().select("article");
        if (articles.size() == 1 && !TextAssembler.isBlank(articles.first().text())) {
            return articles.first();
        }
        Element main = doc.body().selectFirst("main, [role=main]");
        if (main != null && !TextAssembler.isBlank(main.text())) {
            return main;
        }
        return doc.body();
    }
}

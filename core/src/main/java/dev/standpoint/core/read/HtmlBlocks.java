package dev.standpoint.core.read;

import dev.standpoint.core.model.TextNormaliser;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Set;

/**
 * Turns an HTML (or Tika XHTML) element tree into blocks. Inline content between block boundaries forms one block,
 * whose hint comes from the nearest block ancestor: {@code h1} gives {@link BlockHint#TITLE} the first time and
 * {@link BlockHint#HEADING} after, {@code h2}–{@code h6} {@link BlockHint#HEADING}, {@code li}
 * {@link BlockHint#LIST_ITEM}, {@code blockquote} {@link BlockHint#QUOTE}; anything else is a
 * {@link BlockHint#PARAGRAPH}, or {@link BlockHint#EMPHASIS} when all its text is bold or its class says it is a
 * question. White space is collapsed as a browser would, except in {@code pre}; {@code br} gives a line break.
 */
final class HtmlBlocks {

    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "rp", "rt", "ruby",
            "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br",
            "img", "nobr");
    private static final Set<String> BOLD = Set.of("b", "strong");

    private final TextAssembler out;
    private boolean titleAllowed;

    /**
     * @param out          where the blocks go
     * @param titleAllowed whether the first {@code h1} may be marked {@link BlockHint#TITLE}
     */
    HtmlBlocks(TextAssembler out, boolean titleAllowed) {
        this.out = out;
        this.titleAllowed = titleAllowed;
    }

    /** Adds the blocks of {@code root} and its descendants. */
    void walk(Element root) {
        Run run = new Run(isPre(root));
        for (Node child : root.childNodes()) {
            if (child instanceof Element e && isContainer(e)) {
                flush(run, root);
                walk(e);
            } else {
                run.append(child, false);
            }
        }
        flush(run, root);
    }

    private void flush(Run run, Element container) {
        if (!run.isBlank()) {
            out.add(run.text(), hint(container, run.allBold()));
        }
        run.clear();
    }

    private BlockHint hint(Element container, boolean allBold) {
        for (Element e = container; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("h1")) {
                return titleOrHeading();
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
                return BlockHint.HEADING;
            }
            if (tag.equals("li")) {
                return BlockHint.LIST_ITEM;
            }
            if (tag.equals("blockquote")) {
                return BlockHint.QUOTE;
            }
        }
        return allBold || isQuestion(container) ? BlockHint.EMPHASIS : BlockHint.PARAGRAPH;
    }

    private BlockHint titleOrHeading() {
        if (titleAllowed) {
            titleAllowed = false;
            return BlockHint.TITLE;
        }
        return BlockHint.HEADING;
    }

    private static boolean isQuestion(Element e) {
        for (String c : e.classNames()) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.equals("q") || lower.contains("question") || lower.contains("interviewer")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element holds blocks: any non-inline element, or an inline one repaired around a block. */
    private static boolean isContainer(Element e) {
        if (!isInline(e)) {
            return true;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && !isInline(d)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    private static boolean isPre(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("pre") || p.normalName().equals("textarea")) {
                return true;
            }
        }
        return false;
    }

    /** The inline content gathered since the last block boundary, with counts to tell a wholly bold run. */
    private static final class Run {
        private final StringBuilder text = new StringBuilder();
        private final boolean pre;
        private int visible;
        private int bold;

        Run(boolean pre) {
            this.pre = pre;
        }

        void append(Node node, boolean inBold) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText(), inBold);
            } else if (node instanceof Element e) {
                appendElement(e, inBold);
            }
        }

        private void appendElement(Element e, boolean inBold) {
            if (e.normalName().equals("br")) {
                trimTrailingSpace();
                text.append('\n');
                return;
            }
            boolean b = inBold || BOLD.contains(e.normalName()) || isBoldStyled(e);
            for (Node child : e.childNodes()) {
                append(child, b);
            }
        }

        private void appendText(String s, boolean inBold) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!pre && isHtmlSpace(c)) {
                    appendSpace();
                } else {
                    text.append(c);
                    countVisible(c, inBold);
                }
            }
        }

        private void countVisible(char c, boolean inBold) {
            if (!TextNormaliser.isSpace(c)) {
                visible++;
                if (inBold) {
                    bold++;
                }
            }
        }

        private void appendSpace() {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
                text.append(' ');
            }
        }

        private void trimTrailingSpace() {
            while (!pre && text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        boolean isBlank() {
            return visible == 0;
        }

        boolean allBold() {
            return visible > 0 && bold == visible;
        }

        String text() {
            return text.toString();
        }

        void clear() {
            text.setLength(0);
            visible = 0;
            bold = 0;
        }

        private static boolean isHtmlSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isBoldStyled(Element e) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            return style.contains("font-weight:bold") || style.contains("font-weight:700");
        }
    }
}

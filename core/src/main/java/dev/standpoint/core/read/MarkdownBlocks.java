package dev.standpoint.core.read;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a CommonMark tree into blocks. Inline markup is removed (links and images give their text, emphasis and
 * code spans their content, line breaks {@code \n}, inline HTML tags nothing). An ordered list item keeps its
 * number as the source writes it ({@code "3. Our common goals..."}), since hard-wrapped prose can start a line with
 * a number and a full stop. A setext heading of more than one line is read as the paragraph it almost always is.
 */
final class MarkdownBlocks {

    private static final Pattern ORDERED_MARKER = Pattern.compile("^[ \\t]*(\\d{1,9}[.)])");
    private static final Pattern BR = Pattern.compile("(?i)^<br\\s*/?>$");

    private final TextAssembler out;
    private final String[] lines;
    private boolean titleAllowed;
    private boolean headingSeen;

    /**
     * @param out          where the blocks go
     * @param source       the Markdown the tree was parsed from (parsed with block source spans)
     * @param titleAllowed whether a first level-1 heading may be the {@link BlockHint#TITLE}
     */
    MarkdownBlocks(TextAssembler out, String source, boolean titleAllowed) {
        this.out = out;
        this.lines = source.split("\n", -1);
        this.titleAllowed = titleAllowed;
    }

    /** Adds the blocks of {@code node} and its descendants; {@code context} is the hint of a paragraph there. */
    void walk(Node node, BlockHint context) {
        if (node instanceof Heading h) {
            out.add(inline(h), headingHint(h));
        } else if (node instanceof Paragraph p) {
            out.add(inline(p), paragraphHint(p, context));
        } else if (node instanceof BlockQuote) {
            children(node, BlockHint.QUOTE);
        } else if (node instanceof ListItem item) {
            listItem(item);
        } else if (node instanceof FencedCodeBlock code) {
            out.add(code.getLiteral(), context);
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(code.getLiteral(), context);
        } else if (node instanceof HtmlBlock html) {
            htmlBlock(html.getLiteral());
        } else if (!(node instanceof ThematicBreak || node instanceof LinkReferenceDefinition)) {
            children(node, context);
        }
    }

    private void children(Node parent, BlockHint context) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, context);
        }
    }

    private void listItem(ListItem item) {
        String marker = orderedMarker(item);
        Node first = item.getFirstChild();
        if (first instanceof Paragraph p && !marker.isEmpty()) {
            out.add(marker + " " + inline(p), BlockHint.LIST_ITEM);
            first = first.getNext();
        } else if (!marker.isEmpty()) {
            out.add(marker, BlockHint.LIST_ITEM);
        }
        for (Node child = first; child != null; child = child.getNext()) {
            walk(child, BlockHint.LIST_ITEM);
        }
    }

    /** The number and delimiter of an ordered list item as the source writes them, or "" for a bullet item. */
    private String orderedMarker(ListItem item) {
        List<SourceSpan> spans = item.getSourceSpans();
        if (!(item.getParent() instanceof OrderedList) || spans.isEmpty()) {
            return "";
        }
        SourceSpan span = spans.get(0);
        String line = lines[span.getLineIndex()];
        Matcher m = ORDERED_MARKER.matcher(line.substring(Math.min(span.getColumnIndex(), line.length())));
        return m.find() ? m.group(1) : "";
    }

    private BlockHint headingHint(Heading h) {
        if (h.getSourceSpans().size() > 2) {
            return BlockHint.PARAGRAPH;
        }
        boolean first = !headingSeen;
        headingSeen = true;
        if (h.getLevel() == 1 && first && titleAllowed) {
            titleAllowed = false;
            return BlockHint.TITLE;
        }
        return BlockHint.HEADING;
    }

    private static BlockHint paragraphHint(Paragraph p, BlockHint context) {
        return context == BlockHint.PARAGRAPH && isWhollyEmphasised(p) ? BlockHint.EMPHASIS : context;
    }

    /** Whether the paragraph is one {@code **...**} or {@code *...*} span, with only white space or tags around. */
    static boolean isWhollyEmphasised(Paragraph p) {
        int emphasised = 0;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof StrongEmphasis || n instanceof Emphasis) {
                emphasised++;
            } else if (!isIgnorable(n)) {
                return false;
            }
        }
        return emphasised == 1;
    }

    private static boolean isIgnorable(Node n) {
        return n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof HtmlInline
                || n instanceof Text t && TextAssembler.isBlank(t.getLiteral());
    }

    private void htmlBlock(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        HtmlCleaner.removeNonText(body);
        new HtmlBlocks(out, false).walk(body);
    }

    /** The text of an inline container with the markup removed. */
    static String inline(Node parent) {
        StringBuilder b = new StringBuilder();
        appendChildren(parent, b);
        return b.toString();
    }

    private static void appendChildren(Node parent, StringBuilder b) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            append(n, b);
        }
    }

    private static void append(Node n, StringBuilder b) {
        if (n instanceof Text t) {
            b.append(t.getLiteral());
        } else if (n instanceof Code c) {
            b.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            b.append('\n');
        } else if (n instanceof HtmlInline html) {
            if (BR.matcher(html.getLiteral().trim()).matches()) {
                b.append('\n');
            }
        } else {
            appendChildren(n, b);
        }
    }
}

package dev.standpoint.index.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over StAX: elements in one default namespace, attributes skipped when {@code null},
 * and text cleaned of the characters XML 1.0 cannot carry (control characters, lone surrogates).
 */
final class Xml implements AutoCloseable {

    private final XMLStreamWriter w;
    private final String namespace;
    /** For each open element, whether it has child elements yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    Xml(OutputStream out, String namespace) {
        this.namespace = namespace;
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens an element that will hold other elements; close it with {@link #end()}. */
    Xml start(String name) {
        try {
            child();
            w.writeStartElement(name);
            declareNamespace();
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Writes an element without content; its attributes follow. */
    Xml empty(String name) {
        try {
            child();
            w.writeEmptyElement(name);
            declareNamespace();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Writes an element holding only text; nothing when {@code text} is {@code null}. */
    Xml text(String name, String text) {
        if (text == null) {
            return this;
        }
        try {
            child();
            w.writeStartElement(name);
            w.writeCharacters(clean(text));
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml attribute(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            w.writeAttribute(name, clean(value.toString()));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    Xml end() {
        try {
            boolean[] hadChildren = open.pop();
            if (hadChildren[0]) {
                indent();
            }
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void child() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        indent();
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void declareNamespace() throws XMLStreamException {
        if (open.isEmpty()) {
            w.writeDefaultNamespace(namespace);
        }
    }

    /** {@code s} without the characters XML 1.0 does not allow. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b == null ? s : b.toString();
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
}

package dev.standpoint.index.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A check of REFI-QDA files that needs no schema: what the XSD requires (root, namespaces, element order, required
 * attributes, GUID and colour patterns) and what it cannot express (unique GUIDs, references that resolve, internal
 * sources present in the zip as UTF-8 text, selections inside their text, one code per coding). {@link #problems()}
 * lists every violation found; an empty list means the file passed.
 */
final class QdaStructure {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}");
    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");
    private static final Set<String> GUID_ATTRIBUTES = Set.of("guid", "targetGUID", "creatingUser", "modifyingUser",
            "creatingUserGUID", "modifyingUserGUID");
    private static final List<String> PROJECT_ORDER = List.of("Users", "CodeBook", "Variables", "Cases", "Sources",
            "Notes", "Links", "Sets", "Graphs", "Description", "NoteRef");
    private static final List<String> TEXT_SOURCE_ORDER = List.of("Description", "PlainTextContent",
            "PlainTextSelection", "Coding", "NoteRef", "VariableValue");
    private static final List<String> SELECTION_ORDER = List.of("Description", "Coding", "NoteRef");
    private static final List<String> PROJECT_CODE_ORDER = List.of("Description", "NoteRef", "Code");
    private static final List<String> CODEBOOK_CODE_ORDER = List.of("Description", "Code");

    /** A coded selection as read back: its source's text between its positions, and its codes' paths. */
    record Selection(String source, String guid, int start, int end, String text, String description,
                     List<String> codes) {
    }

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> codePaths = new LinkedHashMap<>();
    private final Set<String> codable = new HashSet<>();
    private final List<Selection> selections = new ArrayList<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private Document xml;

    private QdaStructure() {
    }

    /** Checks a {@code .qdpx} zip. */
    static QdaStructure project(byte[] qdpx) {
        QdaStructure s = new QdaStructure();
        s.unzip(qdpx);
        byte[] qde = s.entries.get("project.qde");
        if (qde == null) {
            s.problem("the zip has no project.qde; entries: " + s.entries.keySet());
            return s;
        }
        s.xml = parse(qde);
        s.checkProject(s.xml.getDocumentElement());
        return s;
    }

    /** Checks a {@code .qdc} codebook. */
    static QdaStructure codebook(byte[] qdc) {
        QdaStructure s = new QdaStructure();
        s.xml = parse(qdc);
        Element root = s.xml.getDocumentElement();
        s.expect(CODEBOOK_NS.equals(root.getNamespaceURI()) && "CodeBook".equals(root.getLocalName()),
                "the root is {" + CODEBOOK_NS + "}CodeBook; got {" + root.getNamespaceURI() + "}" + root.getLocalName());
        s.allInNamespace(root, CODEBOOK_NS);
        List<Element> children = children(root);
        s.expect(!children.isEmpty() && "Codes".equals(children.get(0).getLocalName()), "CodeBook starts with Codes");
        s.order(root, List.of("Codes", "Sets"));
        children.stream().filter(c -> c.getLocalName().equals("Codes")).forEach(c -> s.codes(c, "", CODEBOOK_CODE_ORDER));
        s.guids(root);
        return s;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Document xml() {
        return xml;
    }

    /** The code paths ("Polarity/negative") by GUID. */
    Map<String, String> codes() {
        return Map.copyOf(codePaths);
    }

    List<Selection> selections() {
        return List.copyOf(selections);
    }

    /** The zip's entries by name. */
    Map<String, byte[]> entries() {
        return Map.copyOf(entries);
    }

    private void checkProject(Element root) {
        expect(PROJECT_NS.equals(root.getNamespaceURI()) && "Project".equals(root.getLocalName()),
                "the root is {" + PROJECT_NS + "}Project; got {" + root.getNamespaceURI() + "}" + root.getLocalName());
        allInNamespace(root, PROJECT_NS);
        expect(!root.getAttribute("name").isBlank(), "the project has a name");
        expect(!root.getAttribute("origin").isBlank(), "the project names its origin");
        dateTime(root, "creationDateTime");
        dateTime(root, "modifiedDateTime");
        order(root, PROJECT_ORDER);
        guids(root);
        Set<String> users = new HashSet<>();
        for (Element u : descendants(root, "User")) {
            users.add(u.getAttribute("guid"));
        }
        for (String attribute : List.of("creatingUserGUID", "creatingUser", "modifyingUserGUID", "modifyingUser")) {
            for (Element e : descendants(root, "*")) {
                if (e.hasAttribute(attribute)) {
                    expect(users.contains(e.getAttribute(attribute)), e.getLocalName() + "/@" + attribute
                            + " names a user of the project: " + e.getAttribute(attribute));
                }
            }
        }
        for (Element codes : descendants(root, "Codes")) {
            codes(codes, "", PROJECT_CODE_ORDER);
        }
        Map<String, String> variables = new HashMap<>();
        for (Element v : descendants(root, "Variable")) {
            variables.put(v.getAttribute("guid"), v.getAttribute("typeOfVariable"));
            expect(Set.of("Text", "Boolean", "Integer", "Float", "Date", "DateTime").contains(
                    v.getAttribute("typeOfVariable")), "variable type " + v.getAttribute("typeOfVariable"));
        }
        for (Element source : descendants(root, "TextSource")) {
            textSource(source, variables);
        }
        for (Element coding : descendants(root, "Coding")) {
            List<Element> refs = children(coding);
            expect(refs.size() == 1 && refs.get(0).getLocalName().equals("CodeRef"),
                    "a Coding holds exactly one CodeRef");
            for (Element ref : refs) {
                String target = ref.getAttribute("targetGUID");
                expect(codePaths.containsKey(target), "CodeRef " + target + " names a code of the codebook");
                expect(codable.contains(target), "CodeRef " + target + " names a codable code");
            }
        }
        for (String name : entries.keySet()) {
            expect(name.equals("project.qde") || name.matches("sources/[^/]+"),
                    "zip entries are project.qde and files directly in sources/; got " + name);
        }
    }

    private void textSource(Element source, Map<String, String> variables) {
        order(source, TEXT_SOURCE_ORDER);
        String path = source.getAttribute("plainTextPath");
        boolean inline = !children(source, "PlainTextContent").isEmpty();
        expect(path.isEmpty() == inline, "a TextSource has either plainTextPath or PlainTextContent, not both");
        String text = null;
        if (!path.isEmpty()) {
            expect(path.startsWith("internal://"), "plainTextPath is internal://…; got " + path);
            expect(path.toLowerCase().endsWith(".txt"), "a plain-text source is a .txt file; got " + path);
            byte[] bytes = entries.get("sources/" + path.substring("internal://".length()));
            expect(bytes != null, "the zip holds " + path + " in sources/");
            text = bytes == null ? null : utf8(bytes, path);
        }
        int length = text == null ? -1 : text.codePointCount(0, text.length());
        for (Element sel : children(source, "PlainTextSelection")) {
            order(sel, SELECTION_ORDER);
            int start = integer(sel, "startPosition");
            int end = integer(sel, "endPosition");
            expect(0 <= start && start <= end && (length < 0 || end <= length), "selection " + start + "–" + end
                    + " lies within its source of " + length + " code points");
            List<String> codes = new ArrayList<>();
            for (Element coding : children(sel, "Coding")) {
                children(coding, "CodeRef").forEach(r -> codes.add(codePaths.get(r.getAttribute("targetGUID"))));
            }
            String quoted = text == null || end > length || start > end ? null
                    : text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            List<Element> description = children(sel, "Description");
            selections.add(new Selection(source.getAttribute("name"), sel.getAttribute("guid"), start, end, quoted,
                    description.isEmpty() ? null : description.get(0).getTextContent(), codes));
        }
        for (Element value : children(source, "VariableValue")) {
            List<Element> parts = children(value);
            expect(parts.size() == 2 && parts.get(0).getLocalName().equals("VariableRef"),
                    "a VariableValue is a VariableRef and one value");
            if (parts.size() == 2) {
                String type = variables.get(parts.get(0).getAttribute("targetGUID"));
                expect(type != null, "VariableRef names a declared variable");
                String element = parts.get(1).getLocalName();
                expect((type + "Value").equals(element), "a " + type + " variable has a " + type + "Value; got "
                        + element);
                if ("DateValue".equals(element)) {
                    LocalDate.parse(parts.get(1).getTextContent());
                }
            }
        }
    }

    /** Registers and checks the codes under {@code parent}, recursively. */
    private void codes(Element parent, String prefix, List<String> codeOrder) {
        List<Element> codes = children(parent, "Code");
        expect(!codes.isEmpty() || !parent.getLocalName().equals("Codes"), "Codes holds at least one Code");
        for (Element c : codes) {
            String name = c.getAttribute("name");
            String isCodable = c.getAttribute("isCodable");
            expect(!name.isEmpty(), "a code has a name");
            expect(isCodable.equals("true") || isCodable.equals("false"), "isCodable is true or false; got '"
                    + isCodable + "' on " + name);
            if (c.hasAttribute("color")) {
                expect(RGB.matcher(c.getAttribute("color")).matches(), "a colour is #RGB or #RRGGBB; got "
                        + c.getAttribute("color"));
            }
            order(c, codeOrder);
            String path = prefix.isEmpty() ? name : prefix + "/" + name;
            codePaths.put(c.getAttribute("guid"), path);
            if (isCodable.equals("true")) {
                codable.add(c.getAttribute("guid"));
            }
            codes(c, path, codeOrder);
        }
    }

    /** Every GUID-valued attribute matches the pattern, and no two elements share a {@code guid}. */
    private void guids(Element root) {
        Set<String> seen = new HashSet<>();
        for (Element e : descendants(root, "*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (GUID_ATTRIBUTES.contains(a.getName()) || a.getName().equals("targetGUID")) {
                    expect(GUID.matcher(a.getValue()).matches(), e.getLocalName() + "/@" + a.getName()
                            + " is a GUID; got " + a.getValue());
                }
            }
            if (e.hasAttribute("guid")) {
                expect(seen.add(e.getAttribute("guid").toUpperCase()), "guid " + e.getAttribute("guid")
                        + " is used once");
            }
        }
        for (Element required : descendants(root, "*")) {
            if (List.of("User", "Code", "TextSource", "PlainTextSelection", "Coding", "Variable")
                    .contains(required.getLocalName())) {
                expect(required.hasAttribute("guid"), required.getLocalName() + " has a guid");
            }
        }
    }

    /** The children of {@code e} appear in the order {@code allowed} lists, and no others. */
    private void order(Element e, List<String> allowed) {
        int last = -1;
        for (Element c : children(e)) {
            int i = allowed.indexOf(c.getLocalName());
            expect(i >= 0, c.getLocalName() + " is allowed in " + e.getLocalName());
            expect(i >= last, c.getLocalName() + " comes in schema order in " + e.getLocalName());
            last = Math.max(last, i);
        }
    }

    private void allInNamespace(Element root, String ns) {
        for (Element e : descendants(root, "*")) {
            expect(ns.equals(e.getNamespaceURI()), e.getLocalName() + " is in " + ns);
        }
    }

    private void dateTime(Element e, String attribute) {
        if (e.hasAttribute(attribute)) {
            try {
                OffsetDateTime.parse(e.getAttribute(attribute));
            } catch (RuntimeException ex) {
                problem(attribute + " is an xsd:dateTime with a zone; got " + e.getAttribute(attribute));
            }
        }
    }

    private int integer(Element e, String attribute) {
        try {
            return Integer.parseInt(e.getAttribute(attribute));
        } catch (NumberFormatException ex) {
            problem(e.getLocalName() + "/@" + attribute + " is an integer; got '" + e.getAttribute(attribute) + "'");
            return -1;
        }
    }

    private String utf8(byte[] bytes, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problem(path + " is not valid UTF-8");
            return null;
        }
    }

    private void unzip(byte[] qdpx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qdpx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                expect(!entries.containsKey(e.getName()), "entry " + e.getName() + " appears once");
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a zip: " + e.getMessage(), e);
        }
    }

    private void expect(boolean ok, String what) {
        if (!ok) {
            problem(what);
        }
    }

    private void problem(String what) {
        if (problems.size() < 50) {
            problems.add(what);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<Element> children(Element e, String localName) {
        return children(e).stream().filter(c -> c.getLocalName().equals(localName)).toList();
    }

    static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        if (localName.equals("*") || root.getLocalName().equals(localName)) {
            out.add(root);
        }
        for (Element c : children(root)) {
            out.addAll(descendants(c, localName));
        }
        return out;
    }
}

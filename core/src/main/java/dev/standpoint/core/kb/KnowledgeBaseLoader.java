package dev.standpoint.core.kb;

import dev.standpoint.core.model.Alias;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.MentionKind;
import dev.standpoint.core.model.Office;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the knowledge base from tab-separated files: the ones shipped under {@code /standpoint/kb/} on the class
 * path, then, when given, the files of the same names in a user directory, whose rows add entities or replace
 * shipped ones with the same id.
 *
 * <p>Every file is UTF-8; lines starting with {@code #} and blank lines are ignored; the first other line is the
 * header and must list the file's columns in order. Multi-valued cells separate values with {@code ;}. The files:
 * <pre>
 * states.tsv         id  iso2  name  status  aliases  capitals  seats  demonyms
 * former-states.tsv  id  iso2  name  years  filed-as  aliases  demonyms
 * organisations.tsv  id  name  kind  aliases  members
 * people.tsv         id  name  country  surname  aliases  offices
 * places.tsv         id  name  country  aliases
 * groups.tsv         id  name  aliases  members
 * </pre>
 * A person's offices read {@code role:Title:from-to}, e.g. {@code head_of_government:Prime Minister:2012-2020};
 * an open-ended office omits the end year ({@code 2025-}); {@code role:Title:COUNTRY:from-to} names a country other
 * than the person's. A former state's years read {@code 1922-1991}; its {@code filed-as} names the state whose
 * documents a collection files it under ({@code RUS} for the Soviet Union), or is empty.
 */
public final class KnowledgeBaseLoader {

    static final String RESOURCE_DIR = "/standpoint/kb/";
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})?");

    private enum Kind {
        STATES("states.tsv", "id", "iso2", "name", "status", "aliases", "capitals", "seats", "demonyms"),
        FORMER_STATES("former-states.tsv", "id", "iso2", "name", "years", "filed-as", "aliases", "demonyms"),
        ORGANISATIONS("organisations.tsv", "id", "name", "kind", "aliases", "members"),
        PEOPLE("people.tsv", "id", "name", "country", "surname", "aliases", "offices"),
        PLACES("places.tsv", "id", "name", "country", "aliases"),
        GROUPS("groups.tsv", "id", "name", "aliases", "members");

        final String file;
        final List<String> columns;

        Kind(String file, String... columns) {
            this.file = file;
            this.columns = List.of(columns);
        }
    }

    private KnowledgeBaseLoader() {
    }

    /** The knowledge base shipped with Standpoint. */
    public static KnowledgeBase shipped() {
        return load(null);
    }

    /**
     * The shipped knowledge base extended by the files in {@code userDir} (may be {@code null} or missing).
     *
     * @throws KnowledgeBaseException naming the file and line of the first malformed row
     */
    public static KnowledgeBase load(Path userDir) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (Kind kind : Kind.values()) {
            String shipped = readResource(kind.file);
            digest.update(shipped.getBytes(StandardCharsets.UTF_8));
            parse(kind, "classpath:" + RESOURCE_DIR + kind.file, shipped, entities);
            if (userDir != null && Files.isRegularFile(userDir.resolve(kind.file))) {
                Path file = userDir.resolve(kind.file);
                String user = readFile(file);
                digest.update(user.getBytes(StandardCharsets.UTF_8));
                parse(kind, file.toString(), user, entities);
            }
        }
        return new KnowledgeBase(entities.values(), HexFormat.of().formatHex(digest.digest(), 0, 8));
    }

    private static void parse(Kind kind, String name, String content, Map<String, Entity> into) {
        String[] lines = content.split("\r?\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = name + ":" + (i + 1);
            if (!header) {
                List<String> got = Arrays.stream(cells).map(String::strip).toList();
                if (!got.equals(kind.columns)) {
                    throw new KnowledgeBaseException(where + ": header must be " + String.join("\\t", kind.columns)
                            + "; got " + String.join("\\t", got));
                }
                header = true;
                continue;
            }
            if (cells.length != kind.columns.size()) {
                throw new KnowledgeBaseException(where + ": expected " + kind.columns.size() + " tab-separated cells, got "
                        + cells.length);
            }
            try {
                Entity e = row(kind, cells);
                into.put(e.id(), e);
            } catch (IllegalArgumentException ex) {
                throw new KnowledgeBaseException(where + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static Entity row(Kind kind, String[] c) {
        return switch (kind) {
            case STATES -> state(c);
            case FORMER_STATES -> formerState(c);
            case ORGANISATIONS -> organisation(c);
            case PEOPLE -> person(c);
            case PLACES -> new Entity(req(c[0], "id"), req(c[1], "name"), EntityType.PLACE, blankToNull(c[2]),
                    aliases(c[3], MentionKind.NAME), Map.of(), List.of());
            case GROUPS -> new Entity(req(c[0], "id"), req(c[1], "name"), EntityType.GROUP, null,
                    aliases(c[2], MentionKind.NAME), membersAttr(c[3]), List.of());
        };
    }

    private static Entity state(String[] c) {
        List<Alias> aliases = new ArrayList<>(aliases(c[4], MentionKind.NAME));
        aliases.addAll(aliases(c[5], MentionKind.METONYM));
        aliases.addAll(aliases(c[6], MentionKind.METONYM));
        aliases.addAll(aliases(c[7], MentionKind.DEMONYM));
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("iso2", req(c[1], "iso2"));
        attrs.put("status", req(c[3], "status"));
        List<String> capitals = values(c[5]);
        if (!capitals.isEmpty()) {
            attrs.put("capital", capitals.get(0));
        }
        return new Entity(stateId(c[0]), req(c[2], "name"), EntityType.STATE, null, aliases, attrs, List.of());
    }

    private static Entity formerState(String[] c) {
        List<Alias> aliases = new ArrayList<>(aliases(c[5], MentionKind.NAME));
        aliases.addAll(aliases(c[6], MentionKind.DEMONYM));
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("iso2", req(c[1], "iso2"));
        attrs.put("status", KnowledgeBase.FORMER);
        Matcher years = YEARS.matcher(req(c[3], "years"));
        if (!years.matches() || years.group(2) == null) {
            throw new IllegalArgumentException("a former state's years read 1922-1991; got '" + c[3].strip() + "'");
        }
        attrs.put("from", years.group(1));
        attrs.put("to", years.group(2));
        String filedAs = blankToNull(c[4]);
        if (filedAs != null) {
            if (!filedAs.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("filed-as is an ISO 3166-1 alpha-3 code; got '" + filedAs + "'");
            }
            attrs.put("filedAs", filedAs);
        }
        return new Entity(stateId(c[0]), req(c[2], "name"), EntityType.STATE, null, aliases, attrs, List.of());
    }

    private static String stateId(String cell) {
        String id = req(cell, "id");
        if (!id.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a state id is an ISO 3166-1 alpha-3 code; got '" + id + "'");
        }
        return id;
    }

    private static Entity organisation(String[] c) {
        Map<String, String> attrs = new LinkedHashMap<>(membersAttr(c[4]));
        attrs.put("kind", req(c[2], "kind"));
        return new Entity(req(c[0], "id"), req(c[1], "name"), EntityType.ORG, null,
                aliases(c[3], MentionKind.NAME), attrs, List.of());
    }

    private static Entity person(String[] c) {
        String country = req(c[2], "country");
        List<Alias> aliases = new ArrayList<>(aliases(c[4], MentionKind.NAME));
        String surname = c[3].strip();
        if (!surname.isEmpty()) {
            aliases.add(new Alias(surname, MentionKind.SURNAME));
        }
        List<Office> offices = new ArrayList<>();
        for (String o : values(c[5])) {
            offices.add(office(o, country));
        }
        return new Entity(req(c[0], "id"), req(c[1], "name"), EntityType.PERSON, country, aliases,
                surname.isEmpty() ? Map.of() : Map.of("surname", surname), offices);
    }

    static Office office(String spec, String defaultCountry) {
        String[] parts = spec.split("(?<!\\borg):"); // an org id (org:eu) may name the country
        if (parts.length != 3 && parts.length != 4) {
            throw new IllegalArgumentException("an office reads role:Title:from-to or role:Title:COUNTRY:from-to; got '"
                    + spec + "'");
        }
        String country = parts.length == 4 ? parts[2].strip() : defaultCountry;
        Matcher m = YEARS.matcher(parts[parts.length - 1].strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("office years read 2012-2020 or 2025-; got '" + parts[parts.length - 1] + "'");
        }
        Integer to = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new Office(parts[0].strip(), parts[1].strip(), country, Integer.parseInt(m.group(1)), to);
    }

    private static Map<String, String> membersAttr(String cell) {
        List<String> members = values(cell);
        return members.isEmpty() ? Map.of() : Map.of("members", String.join(";", members));
    }

    private static List<Alias> aliases(String cell, MentionKind kind) {
        return values(cell).stream().map(v -> new Alias(v, kind)).toList();
    }

    static List<String> values(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String req(String v, String column) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("column '" + column + "' must not be empty");
        }
        return v.strip();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String readResource(String file) {
        try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new KnowledgeBaseException("the shipped knowledge base lacks " + RESOURCE_DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeBaseException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

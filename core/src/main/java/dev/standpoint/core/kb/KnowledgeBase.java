package dev.standpoint.core.kb;

import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities Standpoint knows: states with their capitals, seats of government and demonyms; international
 * organisations, alliances and formats; leaders and foreign ministers with their offices; regions and groups.
 * Immutable and thread-safe. Load it with {@link KnowledgeBaseLoader}.
 */
public final class KnowledgeBase {

    /** The {@code status} of a state that no longer exists (the Soviet Union, Yugoslavia). */
    public static final String FORMER = "former";
    /** A government second-level domain under a country code: "go.jp", "gov.uk", "gouv.fr", "gob.mx", "gc.ca". */
    private static final Pattern GOVERNMENT_DOMAIN = Pattern.compile(
            "(?:^|\\.)(?:gov|go|gouv|gob|govt|gv|gub)\\.([a-z]{2})$|(?:^|\\.)gc\\.(ca)$");
    /** Government hosts outside those domains. */
    private static final Map<String, String> GOVERNMENT_HOSTS = Map.of("kremlin.ru", "RUS", "mid.ru", "RUS",
            "government.ru", "RUS", "bundesregierung.de", "DEU", "auswaertiges-amt.de", "DEU", "canada.ca", "CAN",
            "elysee.fr", "FRA", "kantei.go.jp", "JPN");

    private final Map<String, Entity> byId;
    private final Map<String, Entity> byName;
    private final Map<String, List<Entity>> bySurname;
    private final String fingerprint;
    /** The former states filed under another state's code ({@link #filedState}). */
    private final List<Entity> filed;
    /** The states that exist, by ISO 3166-1 alpha-2 code ({@link #publisherState}). */
    private final Map<String, String> byIso2;

    KnowledgeBase(Collection<Entity> entities, String fingerprint) {
        Map<String, Entity> ids = new LinkedHashMap<>();
        Map<String, Entity> names = new LinkedHashMap<>();
        for (Entity e : entities) {
            ids.put(e.id(), e);
            names.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
        }
        Map<String, List<Entity>> surnames = new LinkedHashMap<>();
        for (Entity e : entities) {
            String s = e.attributes().get("surname");
            if (e.type() == EntityType.PERSON && s != null) {
                surnames.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        this.bySurname = surnames;
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.byName = java.util.Collections.unmodifiableMap(names);
        this.fingerprint = fingerprint;
        this.filed = entities.stream().filter(e -> e.type() == EntityType.STATE && e.attributes().get("filedAs") != null)
                .toList();
        Map<String, String> iso2 = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.STATE && e.attributes().get("iso2") != null
                    && !FORMER.equals(e.attributes().get("status"))) {
                iso2.putIfAbsent(e.attributes().get("iso2"), e.id());
            }
        }
        this.byIso2 = java.util.Collections.unmodifiableMap(iso2);
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity with this id; fails with a clear message when there is none. */
    public Entity require(String id) {
        Entity e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no entity with id '" + id + "' in the knowledge base");
        }
        return e;
    }

    /** The entity whose canonical name this is, ignoring case. */
    public Optional<Entity> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The person a name or a surname alone names, when exactly one person goes by it. */
    public Optional<Entity> person(String name) {
        Optional<Entity> full = byName(name).filter(e -> e.type() == EntityType.PERSON);
        if (full.isPresent()) {
            return full;
        }
        List<Entity> people = bySurname.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of());
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    /** The canonical name for an id, or the id itself when unknown. */
    public String nameOf(String id) {
        Entity e = byId.get(id);
        return e == null ? id : e.name();
    }

    /**
     * The state whose document a collection files under {@code code} in {@code year}: a former state filed under a
     * successor's code within its years (the UN General Debate corpus files the Soviet Union's speeches under
     * {@code RUS}: {@code RUS} in 1977 is {@code SUN}), else the code itself.
     */
    public String filedState(String code, int year) {
        for (Entity e : filed) {
            if (code.equals(e.attributes().get("filedAs")) && year >= Integer.parseInt(e.attributes().get("from"))
                    && year <= Integer.parseInt(e.attributes().get("to"))) {
                return e.id();
            }
        }
        return code;
    }

    /**
     * The state whose government publishes at {@code host}, by the domains governments keep: {@code .gov} and
     * {@code .mil} are the United States' ({@code bidenwhitehouse.archives.gov}), a government second-level domain
     * under a country code names that country's ({@code mofa.go.jp}, {@code gov.uk}, {@code diplomatie.gouv.fr},
     * {@code gob.mx}, {@code gc.ca}), as do a few government hosts outside them ({@code kremlin.ru}). Empty for any
     * other host.
     */
    public Optional<String> publisherState(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".gov") || h.endsWith(".mil")) {
            return Optional.of("USA");
        }
        String named = GOVERNMENT_HOSTS.get(h.startsWith("www.") ? h.substring(4) : h);
        if (named != null) {
            return Optional.of(named);
        }
        Matcher m = GOVERNMENT_DOMAIN.matcher(h);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = m.group(1) != null ? m.group(1) : m.group(2);
        String iso2 = code.equals("uk") ? "GB" : code.toUpperCase(Locale.ROOT);
        return Optional.ofNullable(byIso2.get(iso2));
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    public List<Entity> entities(EntityType type) {
        return byId.values().stream().filter(e -> e.type() == type).toList();
    }

    public int size() {
        return byId.size();
    }

    /** A hash of the loaded files, recorded in the index manifest so a changed knowledge base can be noticed. */
    public String fingerprint() {
        return fingerprint;
    }
}

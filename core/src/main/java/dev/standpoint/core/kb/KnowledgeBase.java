package dev.standpoint.core.kb;

import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entities Standpoint knows: states with their capitals, seats of government and demonyms; international
 * organisations, alliances and formats; leaders and foreign ministers with their offices; regions and groups.
 * Immutable and thread-safe. Load it with {@link KnowledgeBaseLoader}.
 */
public final class KnowledgeBase {

    private final Map<String, Entity> byId;
    private final Map<String, Entity> byName;
    private final String fingerprint;

    KnowledgeBase(Collection<Entity> entities, String fingerprint) {
        Map<String, Entity> ids = new LinkedHashMap<>();
        Map<String, Entity> names = new LinkedHashMap<>();
        for (Entity e : entities) {
            ids.put(e.id(), e);
            names.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
        }
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.byName = java.util.Collections.unmodifiableMap(names);
        this.fingerprint = fingerprint;
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

    /** The canonical name for an id, or the id itself when unknown. */
    public String nameOf(String id) {
        Entity e = byId.get(id);
        return e == null ? id : e.name();
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

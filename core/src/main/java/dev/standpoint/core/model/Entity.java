package dev.standpoint.core.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entry of the knowledge base.
 *
 * @param id         a stable identifier: ISO 3166-1 alpha-3 for states ({@code JPN}), {@code org:nato},
 *                   {@code person:shinzo-abe}
 * @param name       the canonical name ({@code "Japan"}, {@code "Shinzo Abe"})
 * @param type       what it is
 * @param country    the state it belongs to or speaks for (a leader's state, a capital's state), or {@code null}
 * @param aliases    other names it goes by, each with how it names the entity (name, metonym, demonym, surname)
 * @param attributes facts such as {@code iso2}, {@code status}, {@code kind}
 * @param offices    offices held (persons only)
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        String country,
        List<Alias> aliases,
        Map<String, String> attributes,
        List<Office> offices) {

    public Entity {
        if (id == null || id.isBlank() || name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("entity id, name and type are required; got id=" + id);
        }
        aliases = List.copyOf(aliases);
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        offices = List.copyOf(offices);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The state this entity stands for: itself for a state, its country otherwise. */
    public String stateId() {
        return type == EntityType.STATE ? id : country;
    }
}

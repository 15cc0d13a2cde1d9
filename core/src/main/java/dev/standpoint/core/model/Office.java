package dev.standpoint.core.model;

/**
 * An office a person held.
 *
 * @param role    what kind of office: {@code head_of_state}, {@code head_of_government}, {@code foreign_minister},
 *                or {@code other}
 * @param title   the office as the state names it, e.g. {@code "Prime Minister"}, {@code "Secretary of State"}
 * @param country the entity id of the state or organisation ({@code JPN}, {@code org:eu})
 * @param from    first year in office
 * @param to      last year in office, or {@code null} while in office
 */
public record Office(String role, String title, String country, int from, Integer to) {

    public static final String HEAD_OF_STATE = "head_of_state";
    public static final String HEAD_OF_GOVERNMENT = "head_of_government";
    public static final String FOREIGN_MINISTER = "foreign_minister";
    public static final String OTHER = "other";

    public Office {
        if (role == null || !java.util.Set.of(HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, OTHER).contains(role)) {
            throw new IllegalArgumentException("office role must be head_of_state, head_of_government, "
                    + "foreign_minister or other; got " + role);
        }
        if (title == null || title.isBlank() || country == null || country.isBlank()) {
            throw new IllegalArgumentException("office title and country are required");
        }
        if (to != null && to < from) {
            throw new IllegalArgumentException("office '" + title + "' ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean heldIn(int year) {
        return from <= year && (to == null || year <= to);
    }
}

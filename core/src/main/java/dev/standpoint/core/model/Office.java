package dev.standpoint.core.model;

/**
 * An office a person held.
 *
 * @param title   e.g. {@code "Prime Minister"}, {@code "Foreign Minister"}
 * @param country the ISO 3166-1 alpha-3 code of the state (or {@code EUU} for the European Union)
 * @param from    first year in office
 * @param to      last year in office, or {@code null} while in office
 */
public record Office(String title, String country, int from, Integer to) {

    public Office {
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

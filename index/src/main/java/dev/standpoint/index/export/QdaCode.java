package dev.standpoint.index.export;

import java.util.List;

/**
 * One code of a REFI-QDA codebook.
 *
 * @param guid        a name-based GUID of {@code path}
 * @param name        what QDA software shows ("negative", "Lavrov")
 * @param path        where it stands in the tree ("Polarity/negative"); unique in a codebook
 * @param color       {@code #RRGGBB}, or {@code null}
 * @param description what the code means, or {@code null}
 * @param codable     whether selections may be coded with it (grouping codes are not)
 * @param children    its sub-codes
 */
public record QdaCode(String guid, String name, String path, String color, String description, boolean codable,
                      List<QdaCode> children) {

    public QdaCode {
        if (guid == null || name == null || name.isBlank() || path == null || path.isBlank()) {
            throw new IllegalArgumentException("a code needs a GUID, a name and a path; got " + path);
        }
        if (color != null && !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("a colour is #RRGGBB; got '" + color + "'");
        }
        children = List.copyOf(children);
    }

    /** A code whose GUID derives from its path. */
    static QdaCode of(String path, String name, String color, String description, boolean codable,
                      List<QdaCode> children) {
        return new QdaCode(Guids.of("code:" + path), name, path, color, description, codable, children);
    }
}

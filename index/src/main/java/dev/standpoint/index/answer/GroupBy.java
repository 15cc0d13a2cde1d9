package dev.standpoint.index.answer;

import java.util.Locale;

/** The ways views can be grouped for comparison. */
public enum GroupBy {
    /** Whose view it is: the speaker, the author, or the group a sentence reports. */
    HOLDER,
    /** The document's byline. */
    AUTHOR,
    /** The state the holder belongs to or speaks for, from the knowledge base or the document's metadata. */
    COUNTRY,
    /** The year of the document. */
    YEAR,
    /** Where the document was published: the host of its URL, else its folder. */
    SOURCE;

    public static GroupBy parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("group by holder, author, country, year or source; got '" + s + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

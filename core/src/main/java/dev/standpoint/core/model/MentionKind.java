package dev.standpoint.core.model;

/** How an entity was named in the text. */
public enum MentionKind {
    /** Its name or an alias: "Japan", "the United States", "NATO". */
    NAME,
    /** A capital or seat of government standing for the government: "Moscow", "the Kremlin". */
    METONYM,
    /** An adjective or demonym: "Russian", "Japanese", "U.S.-" in a compound. */
    DEMONYM,
    /** A person named by surname alone, after the document or the knowledge base makes it unambiguous. */
    SURNAME
}

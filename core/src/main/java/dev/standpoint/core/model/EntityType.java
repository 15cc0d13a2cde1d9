package dev.standpoint.core.model;

/** Kinds of entities in the knowledge base. */
public enum EntityType {
    /** A sovereign state, observer state or territory with a government (Taiwan, Kosovo). */
    STATE,
    /** A person: a head of state or government, a minister. */
    PERSON,
    /** An international organisation, alliance, body or diplomatic format. */
    ORG,
    /** A place that is not a state: a region, a disputed territory. */
    PLACE,
    /** A group of people: "U.S. experts", "NATO Allies". */
    GROUP
}

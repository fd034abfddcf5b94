package org.newskg.extract;

/** The family relations newskg records; the local names of the ontology's properties are {@link #localName()}. */
public enum Kinship {
    CHILD_OF("childOf"), PARENT_OF("parentOf"), SPOUSE_OF("spouseOf"), SIBLING_OF("siblingOf"),
    RELATIVE_OF("relativeOf");

    private final String localName;

    Kinship(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    /** The relation that holds the other way round: child and parent swap, the others are symmetric. */
    public Kinship inverse() {
        return switch (this) {
            case CHILD_OF -> PARENT_OF;
            case PARENT_OF -> CHILD_OF;
            default -> this;
        };
    }

    public static Kinship fromLocalName(String name) {
        for (Kinship kinship : values()) {
            if (kinship.localName.equals(name)) {
                return kinship;
            }
        }
        throw new IllegalArgumentException("unknown family relation '" + name + "'");
    }
}

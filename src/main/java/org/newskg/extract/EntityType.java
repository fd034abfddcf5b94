package org.newskg.extract;

/** The types of entity newskg resolves. Places carry their finer kind; the top type says which of the three it is. */
public enum EntityType {
    PERSON(TopType.PERSON),
    ORGANIZATION(TopType.ORGANIZATION),
    CRIMINAL_ORGANIZATION(TopType.ORGANIZATION),
    COUNTRY(TopType.PLACE),
    FIRST_LEVEL_DIVISION(TopType.PLACE),
    CITY(TopType.PLACE),
    REGION(TopType.PLACE),
    PLACE(TopType.PLACE);

    private final TopType top;

    EntityType(TopType top) {
        this.top = top;
    }

    public TopType top() {
        return top;
    }

    public enum TopType { PERSON, ORGANIZATION, PLACE }
}

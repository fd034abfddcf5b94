package org.newskg.export;

import java.util.Optional;

/** The top category of a node: what kind of thing it stands for. */
public enum Category {
    Person, Organization, Place, Event;

    /** The category named case-insensitively ("person", "Organization"), if there is one. */
    public static Optional<Category> parse(String name) {
        for (Category category : values()) {
            if (category.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}

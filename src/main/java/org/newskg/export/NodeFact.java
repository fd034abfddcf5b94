package org.newskg.export;

import java.util.Objects;

/**
 * A literal fact about a node that is not an edge: a country code, a role with no organization, an event's date.
 *
 * @param property what the value is, the property's local name ("countryCode", "role", "date")
 * @param value    the value as written in the store
 */
public record NodeFact(String property, String value) {
    public NodeFact {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
    }
}

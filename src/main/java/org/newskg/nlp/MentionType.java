package org.newskg.nlp;

import java.util.Locale;
import java.util.Optional;

/** The kinds of named-entity mention that later stages use; NER tags outside these are not mentions. */
public enum MentionType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    STATE_OR_PROVINCE,
    CITY,
    LOCATION,
    NATIONALITY,
    MISC;

    public boolean isPlace() {
        return this == COUNTRY || this == STATE_OR_PROVINCE || this == CITY || this == LOCATION;
    }

    /** The mention type of a fine-grained NER tag such as {@code CITY}, if it names an entity we track. */
    public static Optional<MentionType> fromNerTag(String tag) {
        try {
            return Optional.of(valueOf(tag.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notTracked) {
            return Optional.empty();
        }
    }
}

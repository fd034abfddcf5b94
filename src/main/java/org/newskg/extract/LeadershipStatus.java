package org.newskg.extract;

import java.util.Locale;

/** Whether a leadership holds now, held in the past, or is only claimed by others ("suspected", "reputed"). */
public enum LeadershipStatus {
    CURRENT, FORMER, ALLEGED;

    /** The local name of the status individual in the ontology: {@code current}, {@code former}, {@code alleged}. */
    public String localName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.newskg.extract;

import java.util.Optional;

/**
 * Who took part in an event and how: an entity the article names, or a group it only describes ("nine tourists").
 *
 * @param entityKey   the {@link Entity#key()}, when the participant is a named entity
 * @param description the words that describe the participant, when not named ("US citizens")
 * @param role        the participant's part in the event
 * @param count       how many, when a number is given ("nine" gives 9)
 */
public record Participant(Optional<String> entityKey, Optional<String> description, Role role, Optional<Integer> count) {
    public Participant {
        if (entityKey.isEmpty() && description.isEmpty()) {
            throw new IllegalArgumentException("a participant is named or described");
        }
    }

    /** The participant's part: the one who acts, the one acted on, a victim, or the one who speaks. */
    public enum Role {
        AGENT, PATIENT, VICTIM, SPEAKER;

        public String localName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

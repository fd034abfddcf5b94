package org.newskg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened, or is to happen, as an article reports it: "the murder of nine tourists in northern
 * Valdoria on Monday", "Ruiz tweeted on Tuesday".
 *
 * @param type           the kind of event, a local name of the ontology's event types ("Killing", "Statement")
 * @param label          the trigger phrase as written ("murder of nine tourists")
 * @param date           when, when the text says so
 * @param placeKey       where: the {@link Entity#key()} of a place, when the text says so
 * @param participants   who took part, in which role
 * @param quotationIndex the quotation whose speech act this is, as an index into {@link Facts#quotations()}
 * @param evidence       where it was read
 */
public record Event(String type, String label, Optional<EventDate> date, Optional<String> placeKey,
                    List<Participant> participants, Optional<Integer> quotationIndex, Evidence evidence) {
    public static final String PUBLICATION = "Publication";

    public Event {
        participants = List.copyOf(participants);
    }

    public boolean isPublication() {
        return type.equals(PUBLICATION);
    }
}

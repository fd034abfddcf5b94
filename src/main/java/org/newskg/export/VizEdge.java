package org.newskg.export;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A relation between two nodes, read from one statement of one article.
 *
 * @param id          unique in the graph: the IRI of the statement node it was read from, with a suffix where one
 *                    statement gives several edges
 * @param source      the IRI of the node it starts from (the leader, the member, the person, the contained place,
 *                    the participant, the speaker, the event)
 * @param target      the IRI of the node it points to
 * @param relation    what it says: one of {@link Relation}'s names ("leads", "memberOf", "childOf", ...)
 * @param status      "current", "former" or "alleged", for a leadership
 * @param role        the role as written ("director"), or a participant's role ("agent", "victim")
 * @param confidence  the highest confidence of its evidence, in [0, 1]
 * @param date        the date of the fact itself, an event's date ("2019-10-17", "2006-12", "2019")
 * @param dateEnd     the end of the event's date range
 * @param evidence    the sentence it was read from
 * @param article     the IRI of the article it was read from
 * @param articleDate the publication date of that article ("2019-11-07"), the day the fact was reported
 */
public record VizEdge(String id, String source, String target, String relation, Optional<String> status,
                      Optional<String> role, OptionalDouble confidence, Optional<String> date,
                      Optional<String> dateEnd, Optional<String> evidence, Optional<String> article,
                      Optional<String> articleDate) {
    public VizEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateEnd, "dateEnd");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(articleDate, "articleDate");
    }

    /** Whether the fact is only alleged. */
    public boolean isAlleged() {
        return status.filter("alleged"::equals).isPresent();
    }
}

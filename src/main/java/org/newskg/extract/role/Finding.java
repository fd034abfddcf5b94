package org.newskg.extract.role;

import java.util.Optional;
import org.newskg.extract.Entity;

/**
 * A person's role as one rule read it, before it becomes a {@code Membership}.
 *
 * @param person       the person
 * @param role         the role title, if the text states one
 * @param organization the organization, if named
 * @param place        the country or place of the role, if named
 * @param begin        first token of the evidence
 * @param end          after the last token of the evidence
 * @param rule         the rule's name, e.g. {@code affiliation-apposition-after}
 * @param confidence   in [0, 1]
 */
record Finding(Entity person, Optional<String> role, Optional<Entity> organization, Optional<Entity> place,
               int begin, int end, String rule, double confidence) {
}

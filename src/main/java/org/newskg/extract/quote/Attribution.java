package org.newskg.extract.quote;

import java.util.Optional;
import org.newskg.extract.Entity;

/**
 * Who a quotation or a piece of reported speech is attributed to, and how that was decided.
 *
 * @param speaker       the speaker, when resolved
 * @param verb          the speech verb's lemma
 * @param verbOffset    where the verb is in the body, or -1
 * @param sentenceIndex the sentence of the attribution
 * @param audience      to whom or through what, as written
 * @param date          the TIMEX3 value of the speech act's date
 * @param rule          the rule that decided
 * @param confidence    in [0, 1]
 */
record Attribution(Optional<Entity> speaker, Optional<String> verb, int verbOffset, int sentenceIndex,
                   Optional<String> audience, Optional<String> date, String rule, double confidence) {
}

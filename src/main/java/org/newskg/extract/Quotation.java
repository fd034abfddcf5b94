package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Span;

/**
 * A direct quotation and who said it.
 *
 * @param text        the quoted words, without the quote marks; the parts of a quotation split around its
 *                    attribution are joined with " ... "
 * @param span        from the first opening mark to the last closing mark, in the article body
 * @param speakerKey  the {@link Entity#key()} of the speaker, when resolved
 * @param verb        the speech verb's lemma ("say", "tell", "tweet", "according to")
 * @param audience    the audience or medium, as written ("Radio Sputnik", "Twitter"), when stated
 * @param date        the normalized date of the speech act (TIMEX3 value), when stated
 * @param evidence    the attribution evidence: the sentence, the rule that attributed it and its confidence
 */
public record Quotation(String text, Span span, Optional<String> speakerKey, Optional<String> verb,
                        Optional<String> audience, Optional<String> date, Evidence evidence) {
}

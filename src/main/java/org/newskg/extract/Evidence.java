package org.newskg.extract;

import org.newskg.nlp.Span;

/**
 * Where a fact was read: the sentence, the exact span, which extractor read it and how sure it is.
 *
 * @param sentenceIndex the sentence's position in the article, from 0
 * @param sentenceText  the sentence as it appears in the article body
 * @param span          character offsets of the evidence into the article body
 * @param text          the text of the span
 * @param extractor     the name of the rule or model that produced the fact
 * @param confidence    in [0, 1]
 */
public record Evidence(int sentenceIndex, String sentenceText, Span span, String text, String extractor,
                       double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }
}

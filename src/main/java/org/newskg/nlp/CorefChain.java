package org.newskg.nlp;

import java.util.List;

/**
 * Mentions that coreference resolution found to refer to one thing.
 *
 * @param mentions       in text order
 * @param representative index into {@code mentions} of the most informative one
 */
public record CorefChain(List<CorefMention> mentions, int representative) {
    public CorefChain {
        mentions = List.copyOf(mentions);
        if (representative < 0 || representative >= mentions.size()) {
            throw new IllegalArgumentException("representative " + representative + " outside chain");
        }
    }

    public CorefMention representativeMention() {
        return mentions.get(representative);
    }
}

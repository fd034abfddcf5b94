package org.newskg.nlp;

/**
 * One edge of a sentence's enhanced++ Universal Dependencies graph. The graph is not always a tree: a relative
 * clause points back at the noun it modifies, so walks over it must remember where they have been.
 *
 * @param relation  the relation, with subtype if any, e.g. {@code nsubj} or {@code nmod:poss}
 * @param governor  token index of the head in its sentence, or {@code -1} for the root
 * @param dependent token index of the dependent in its sentence
 */
public record Dependency(String relation, int governor, int dependent) {
    public static final int ROOT = -1;
}

package org.newskg.extract.rules;

import java.util.Collection;
import java.util.Set;
import org.newskg.extract.SentenceView;

/**
 * Whether words are negated: one of them has "not", "n't", "never" or "no" as a negating dependent ("is not the
 * leader of", "never married", "no longer heads"). Every relation asks here, so they cannot drift apart.
 */
public final class Negation {
    private static final Set<String> WORDS = Set.of("not", "n't", "never", "no");
    private static final Set<String> RELATIONS = Set.of("neg", "advmod", "det");

    private Negation() {
    }

    /** Whether a token of {@code tokens} has a negating dependent. */
    public static boolean negated(SentenceView view, Collection<Integer> tokens) {
        return tokens.stream().flatMap(t -> view.children(t).stream())
                .anyMatch(d -> RELATIONS.contains(d.relation()) && WORDS.contains(view.lower(d.dependent())));
    }
}

package org.newskg.eval;

import java.util.Map;
import java.util.Set;

/**
 * The rules (extractors, patterns) that made a row, for {@code evaluate --by-rule}. The caller knows where rows come
 * from; {@link Scorer} only tallies the verdicts per rule ({@link RuleTally}).
 */
@FunctionalInterface
public interface RowRules {
    /** Traces nothing: no tally is kept. */
    RowRules NONE = (kind, row) -> Set.of();

    /**
     * The names of the rules that made a row.
     *
     * @param kind the scored kind of the row
     * @param row  the row's scored columns ({@link FactKind#columns()}), unbound ones left out
     * @return the rule names; empty when the row is not traced
     */
    Set<String> of(FactKind kind, Map<String, String> row);
}

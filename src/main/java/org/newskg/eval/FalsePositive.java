package org.newskg.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A judged row that is wrong.
 *
 * @param kind     the scored kind it counts against
 * @param row      its scored columns ({@link FactKind#columns()}) in order; unbound columns are left out
 * @param notquote the {@code notquote} gold line it matches, when that is why it is wrong; empty when it simply
 *                 matches no gold line of its kind
 */
public record FalsePositive(FactKind kind, Map<String, String> row, Optional<GoldFact> notquote) {
    public FalsePositive {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(notquote, "notquote");
        row = Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }

    /** E.g. {@code quotes speakerName='Park' text='El Toro' (matches notquote gold/00_seed.tsv [line 50])}. */
    public String describe() {
        String columns = row.entrySet().stream()
                .map(e -> e.getKey() + "=" + GoldFile.quote(e.getValue()))
                .collect(Collectors.joining(" "));
        String why = notquote.map(n -> " (matches notquote " + n.location() + ")").orElse("");
        return kind.queryName() + " " + columns + why;
    }
}

package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newskg.extract.Evidence;
import org.newskg.extract.Located;
import org.newskg.nlp.Span;

/** Containment that links of one sentence make together, as a chain. Stateless. */
final class SentenceChains {
    static final String CHAIN = "located-chain";

    private SentenceChains() {
    }

    /** Adds to {@code located}, under {@code key}, what its links chain to within a sentence, until no more follow. */
    static void close(Map<String, Located> located, Function<Located, String> key, String body) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Located link : chained(List.copyOf(located.values()), body)) {
                grew |= located.putIfAbsent(key.apply(link), link) == null;
            }
        }
    }

    /**
     * What two containments one sentence states make together: "Oakdale, Orange County, Ruritania" puts Oakdale in
     * Ruritania too. The evidence spans both and names {@value #CHAIN}.
     */
    static List<Located> chained(List<Located> stated, String body) {
        List<Located> result = new ArrayList<>();
        for (Located inner : stated) {
            for (Located outer : stated) {
                Evidence a = inner.evidence();
                Evidence b = outer.evidence();
                if (inner.containerKey().equals(outer.placeKey()) && !inner.placeKey().equals(outer.containerKey())
                        && a.sentenceIndex() == b.sentenceIndex()) {
                    Span span = new Span(Math.min(a.span().begin(), b.span().begin()),
                            Math.max(a.span().end(), b.span().end()));
                    result.add(new Located(inner.placeKey(), outer.containerKey(), new Evidence(a.sentenceIndex(),
                            a.sentenceText(), span, span.of(body).replaceAll("\\s+", " "), CHAIN,
                            Math.min(a.confidence(), b.confidence()))));
                }
            }
        }
        return result;
    }
}

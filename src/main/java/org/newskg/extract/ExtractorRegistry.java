package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders extractors so that each runs after every extractor that provides what it requires. Assembly fails, naming
 * the extractor and the output, when a need has no provider, when two extractors provide one output, or when the
 * needs form a cycle. Immutable.
 */
public final class ExtractorRegistry {
    private final List<ArticleExtractor> ordered;

    private ExtractorRegistry(List<ArticleExtractor> ordered) {
        this.ordered = List.copyOf(ordered);
    }

    /**
     * Orders {@code extractors}; among those whose needs are met, the one given first runs first.
     *
     * @throws IllegalArgumentException naming what is missing, provided twice or circular
     */
    public static ExtractorRegistry of(List<ArticleExtractor> extractors) {
        Map<Output, ArticleExtractor> providers = new LinkedHashMap<>();
        for (ArticleExtractor extractor : extractors) {
            for (Output output : extractor.provides()) {
                ArticleExtractor other = providers.putIfAbsent(output, extractor);
                if (other != null) {
                    throw new IllegalArgumentException("extractors '" + other.name() + "' and '" + extractor.name()
                            + "' both provide " + output + "; keep one");
                }
            }
        }
        for (ArticleExtractor extractor : extractors) {
            Set<Output> missing = EnumSet.noneOf(Output.class);
            extractor.requires().stream().filter(need -> !providers.containsKey(need)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("extractor '" + extractor.name() + "' requires " + missing
                        + ", which no extractor provides; add one that does");
            }
        }
        List<ArticleExtractor> ordered = new ArrayList<>();
        Set<Output> available = EnumSet.noneOf(Output.class);
        List<ArticleExtractor> waiting = new ArrayList<>(extractors);
        while (!waiting.isEmpty()) {
            ArticleExtractor next = waiting.stream().filter(e -> available.containsAll(e.requires())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("extractors "
                            + waiting.stream().map(ArticleExtractor::name).collect(Collectors.joining(", "))
                            + " require each other's outputs in a cycle; break it"));
            waiting.remove(next);
            ordered.add(next);
            available.addAll(next.provides());
        }
        return new ExtractorRegistry(ordered);
    }

    /** The extractors in the order they run. */
    public List<ArticleExtractor> ordered() {
        return ordered;
    }
}

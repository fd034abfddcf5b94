package org.newskg.export;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What part of the graph to export. {@link #all()} is everything; the {@code with...} methods narrow it.
 *
 * @param focus          a name (label, name or alias, case-insensitive) or an IRI: only what lies within
 *                       {@code depth} edges of it
 * @param depth          how many edges from the focus, at least 0 (the focus alone)
 * @param types          the categories to keep (empty: all); the focus is kept whatever its category
 * @param minConfidence  drops every edge whose confidence is below this, or unknown
 * @param excludeAlleged drops every edge whose status is alleged
 * @param construct      a SPARQL CONSTRUCT whose result is read instead of the whole store
 */
public record Selection(Optional<String> focus, int depth, Set<Category> types, OptionalDouble minConfidence,
                        boolean excludeAlleged, Optional<ConstructQuery> construct) {
    /** How far from the focus an export reaches when no depth is given: its neighbours and theirs. */
    public static final int DEFAULT_DEPTH = 2;

    public Selection {
        Objects.requireNonNull(focus, "focus");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more but was " + depth);
        }
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        Objects.requireNonNull(minConfidence, "minConfidence");
        Objects.requireNonNull(construct, "construct");
    }

    /** The whole graph. */
    public static Selection all() {
        return new Selection(Optional.empty(), DEFAULT_DEPTH, Set.of(), OptionalDouble.empty(), false,
                Optional.empty());
    }

    public Selection withFocus(String entity, int depthFromIt) {
        return new Selection(Optional.of(entity), depthFromIt, types, minConfidence, excludeAlleged, construct);
    }

    public Selection withTypes(Set<Category> categories) {
        return new Selection(focus, depth, categories, minConfidence, excludeAlleged, construct);
    }

    public Selection withMinConfidence(double min) {
        return new Selection(focus, depth, types, OptionalDouble.of(min), excludeAlleged, construct);
    }

    public Selection withoutAlleged() {
        return new Selection(focus, depth, types, minConfidence, true, construct);
    }

    public Selection withConstruct(ConstructQuery query) {
        return new Selection(focus, depth, types, minConfidence, excludeAlleged, Optional.of(query));
    }

    /** Whether a node of this category is kept by the type filter. */
    boolean keeps(Category category) {
        return types.isEmpty() || types.contains(category);
    }

    /**
     * A SPARQL CONSTRUCT query given by the user.
     *
     * @param origin where it came from, for messages: its file name
     * @param text   the query
     */
    public record ConstructQuery(String origin, String text) {
        public ConstructQuery {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(text, "text");
        }
    }
}

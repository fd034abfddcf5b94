package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newskg.nlp.Span;

/**
 * Finds which entity a piece of text refers to, from the entities' mentions: names first, then the pronouns and
 * descriptions that coreference tied to them. Immutable and thread-safe.
 */
public final class EntityIndex {
    private final List<Entry> entries;
    private final Map<String, Entity> byKey;

    private EntityIndex(List<Entry> entries, Map<String, Entity> byKey) {
        this.entries = entries;
        this.byKey = byKey;
    }

    public static EntityIndex of(List<Entity> entities) {
        List<Entry> entries = new ArrayList<>();
        for (Entity entity : entities) {
            for (Evidence mention : entity.mentions()) {
                entries.add(new Entry(mention.span(), entity, mention.extractor().startsWith("corenlp-coref")));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.span.begin()));
        return new EntityIndex(List.copyOf(entries),
                entities.stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a)));
    }

    public Optional<Entity> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entity named at this span: a name mention overlapping it, else a coreferent pronoun or description. */
    public Optional<Entity> at(Span span) {
        Optional<Entity> named = entries.stream().filter(e -> !e.viaCoref && e.span.overlaps(span))
                .map(Entry::entity).findFirst();
        return named.or(() -> entries.stream().filter(e -> e.viaCoref && e.span.overlaps(span))
                .min(Comparator.comparingInt(e -> e.span.length())).map(Entry::entity));
    }

    /**
     * The entity that coreference resolved this exact phrase to ("his father" in a chain with a name), if any.
     * Unlike {@link #at}, a shorter mention inside the phrase ("his") does not count.
     */
    public Optional<Entity> resolvedExactly(Span span) {
        return entries.stream().filter(e -> e.viaCoref && e.span.equals(span)).map(Entry::entity).findFirst();
    }

    /** Name mentions (not pronouns) of entities of the given type that end before the offset, nearest first. */
    public List<Entity> namedBefore(int offset, EntityType.TopType type) {
        List<Entity> result = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (!entry.viaCoref && entry.span.end() <= offset && entry.entity.type().top() == type
                    && !result.contains(entry.entity)) {
                result.add(entry.entity);
            }
        }
        return result;
    }

    /** Name mentions of this type ending before the offset, nearest first, with their spans. */
    public List<Mentioned> namesBefore(int offset, EntityType.TopType type) {
        List<Mentioned> result = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (!entry.viaCoref && entry.span.end() <= offset && entry.entity.type().top() == type) {
                result.add(new Mentioned(entry.entity, entry.span));
            }
        }
        return result;
    }

    /**
     * An entity and where it was named.
     *
     * @param entity the entity
     * @param span   the name's span
     */
    public record Mentioned(Entity entity, Span span) {
    }

    private record Entry(Span span, Entity entity, boolean viaCoref) {
    }
}

package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.EntityType;

/** The candidates resolved to one entity so far. */
final class Cluster {
    /** What a context cue adds to a mention's weight: more than NER's reading of one two-word mention. */
    private static final double CUE_WEIGHT = 2;
    private final List<Candidate> members = new ArrayList<>();

    void add(Candidate candidate) {
        members.add(candidate);
    }

    void absorb(Cluster other) {
        members.addAll(other.members);
    }

    List<Candidate> members() {
        return members;
    }

    Set<String> aliases() {
        Set<String> aliases = new LinkedHashSet<>();
        members.forEach(m -> m.alias().ifPresent(aliases::add));
        String canonical = canonicalName();
        if (NameLib.words(canonical).size() >= 2) {
            String initials = NameLib.initials(canonical);
            members.stream().sorted(Comparator.comparingInt(c -> c.span().begin()))
                    .filter(m -> NameLib.words(m.name()).size() == 1 && NameLib.isAllCaps(m.name())
                            && m.key().equals(initials))
                    .forEach(m -> aliases.add(m.name()));
        }
        return aliases;
    }

    /** Keys of every name and alias, for exact matching. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Candidate member : members) {
            keys.add(member.key());
            member.alias().ifPresent(alias -> {
                keys.add(NameLib.key(alias));
                List<String> words = NameLib.words(member.name());
                keys.add(NameLib.key(alias) + " " + words.get(words.size() - 1));
            });
        }
        return keys;
    }

    /** The fullest name: most words, then most often used, then first used. */
    String canonicalName() {
        Map<String, Integer> uses = new java.util.LinkedHashMap<>();
        members.stream().sorted(Comparator.comparingInt(c -> c.span().begin()))
                .forEach(m -> uses.merge(m.name(), 1, Integer::sum));
        return uses.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> NameLib.words(e.getKey()).size())
                        .thenComparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElseThrow();
    }

    List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(canonicalName());
        members.stream().sorted(Comparator.comparingInt(c -> c.span().begin())).forEach(m -> names.add(m.name()));
        names.addAll(aliases());
        return List.copyOf(names);
    }

    EntityType.TopType topType() {
        return type().top();
    }

    /**
     * The type with the most weight; a nickname makes a person, a context cue ({@link TypeCues}) outweighs NER's tag
     * of a mention or two, and a finer kind of place beats a plain place.
     */
    EntityType type() {
        Map<EntityType, Double> weight = new EnumMap<>(EntityType.class);
        Map<EntityType.TopType, Double> topWeight = new EnumMap<>(EntityType.TopType.class);
        for (Candidate member : members) {
            double w = member.confidence() * NameLib.words(member.name()).size()
                    + (member.alias().isPresent() ? 10 : 0) + (TypeCues.typedByContext(member) ? CUE_WEIGHT : 0);
            weight.merge(member.type(), w, Double::sum);
            topWeight.merge(member.type().top(), w, Double::sum);
        }
        EntityType.TopType top = topWeight.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElseThrow();
        return weight.entrySet().stream().filter(e -> e.getKey().top() == top)
                .max(Comparator.<Map.Entry<EntityType, Double>>comparingInt(e -> e.getKey() == EntityType.PLACE ? 0 : 1)
                        .thenComparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElseThrow();
    }

    int firstPosition() {
        return members.stream().mapToInt(m -> m.span().begin()).min().orElse(Integer.MAX_VALUE);
    }
}

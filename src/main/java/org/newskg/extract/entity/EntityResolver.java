package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.newskg.extract.EntityType;

/**
 * Groups an article's names into entities: the same name, a person's surname or given name alone, a title-less
 * form, a nickname, or an acronym of a longer name all resolve to one entity. Coreference breaks ties when a short
 * name fits several people.
 */
final class EntityResolver {
    private static final int MIN_ACRONYM = 2;
    private static final int MAX_ACRONYM = 6;
    private static final double UNCERTAIN = 0.9;

    List<Cluster> resolve(List<Candidate> candidates, ToIntFunction<Candidate> chainOf) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Candidate c) -> -NameLib.words(c.name()).size())
                .thenComparingInt(c -> c.alias().isPresent() ? 0 : 1)
                .thenComparingInt(c -> c.span().begin()));
        List<Cluster> clusters = new ArrayList<>();
        for (Candidate candidate : ordered) {
            boolean bareName = candidate.type() == EntityType.PERSON && NameLib.words(candidate.name()).size() == 1;
            Optional<Cluster> match = (bareName ? partialPersonName(clusters, candidate, chainOf)
                    .or(() -> exact(clusters, candidate)) : exact(clusters, candidate)
                    .or(() -> partialPersonName(clusters, candidate, chainOf)))
                    .or(() -> acronym(clusters, candidate));
            if (match.isPresent()) {
                match.get().add(candidate);
            } else {
                Cluster cluster = new Cluster();
                cluster.add(candidate);
                clusters.add(cluster);
            }
        }
        clusters.sort(Comparator.comparingInt(Cluster::firstPosition));
        return clusters;
    }

    private static Optional<Cluster> exact(List<Cluster> clusters, Candidate candidate) {
        String key = candidate.key();
        return clusters.stream().filter(c -> c.keys().contains(key)
                        || candidate.alias().map(a -> c.keys().contains(NameLib.key(a))).orElse(false))
                .findFirst();
    }

    /**
     * "Lindqvist" or "Maria" for Maria Lindqvist; "Alan Pierce" for Alan J. Pierce. Among several people the short
     * name fits, only those the article named before it count when there are any, since a surname alone refers back;
     * then coreference, then the nearest.
     */
    private static Optional<Cluster> partialPersonName(List<Cluster> clusters, Candidate candidate,
                                                       ToIntFunction<Candidate> chainOf) {
        List<String> words = NameLib.words(candidate.name());
        boolean uncertainSingleName = words.size() == 1 && candidate.confidence() < UNCERTAIN;
        if (candidate.type() != EntityType.PERSON && !uncertainSingleName) {
            return Optional.empty();
        }
        List<Cluster> fitting = clusters.stream()
                .filter(c -> c.topType() == EntityType.TopType.PERSON)
                .filter(c -> c.members().stream().anyMatch(m -> nameFits(words, NameLib.words(m.name()))))
                .toList();
        if (fitting.size() <= 1) {
            return fitting.stream().findFirst();
        }
        List<Cluster> namedBefore = fitting.stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.span().begin() < candidate.span().begin()))
                .toList();
        if (namedBefore.size() == 1) {
            return Optional.of(namedBefore.get(0));
        }
        if (!namedBefore.isEmpty()) {
            fitting = namedBefore;
        }
        int chain = chainOf.applyAsInt(candidate);
        if (chain >= 0) {
            List<Cluster> sameChain = fitting.stream()
                    .filter(c -> c.members().stream().anyMatch(m -> chainOf.applyAsInt(m) == chain)).toList();
            if (sameChain.size() == 1) {
                return Optional.of(sameChain.get(0));
            }
        }
        return fitting.stream().max(Comparator.comparingInt((Cluster c) -> surnameFits(words, c) ? 1 : 0)
                .thenComparingInt(c -> -distanceBefore(c, candidate)));
    }

    private static boolean nameFits(List<String> shortName, List<String> fullName) {
        if (shortName.size() >= fullName.size() || fullName.size() < 2) {
            if (shortName.size() >= 2 && fullName.size() >= 2) {
                return shortName.get(0).equals(fullName.get(0))
                        && shortName.get(shortName.size() - 1).equals(fullName.get(fullName.size() - 1));
            }
            return false;
        }
        if (shortName.size() == 1) {
            return fullName.get(0).equals(shortName.get(0))
                    || fullName.get(fullName.size() - 1).equals(shortName.get(0));
        }
        return shortName.get(0).equals(fullName.get(0))
                && shortName.get(shortName.size() - 1).equals(fullName.get(fullName.size() - 1));
    }

    private static boolean surnameFits(List<String> words, Cluster cluster) {
        List<String> full = NameLib.words(cluster.canonicalName());
        return !full.isEmpty() && full.get(full.size() - 1).equals(words.get(words.size() - 1));
    }

    private static int distanceBefore(Cluster cluster, Candidate candidate) {
        return cluster.members().stream().mapToInt(m -> candidate.span().begin() - m.span().begin())
                .filter(d -> d >= 0).min().orElse(Integer.MAX_VALUE / 2);
    }

    /** "US" for United States, "IOP" for Institute for Ocean Policy. */
    private static Optional<Cluster> acronym(List<Cluster> clusters, Candidate candidate) {
        String key = candidate.key().replace(" ", "");
        boolean acronymLike = NameLib.words(candidate.name()).size() == 1 && NameLib.isAllCaps(candidate.name())
                && key.length() >= MIN_ACRONYM && key.length() <= MAX_ACRONYM;
        if (!acronymLike || candidate.type() == EntityType.PERSON) {
            return Optional.empty();
        }
        return clusters.stream()
                .filter(c -> c.topType() == candidate.type().top()
                        || candidate.type() == EntityType.ORGANIZATION && c.type() == EntityType.COUNTRY)
                .filter(c -> NameLib.words(c.canonicalName()).size() >= 2
                        && NameLib.initials(c.canonicalName()).equals(key))
                .findFirst();
    }
}

package org.newskg.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether the gold of one article can judge a row that matches none of its lines (rule 4 of
 * {@link Scorer}), in the article's {@link World}.
 *
 * <p>In both worlds a quotation under {@link Scorer#MIN_QUOTE_WORDS} words and an event without a date are not
 * judged. In the closed world a relation row is judged only when each of its arguments is found by the NAME pattern
 * of some {@code entity} line of the article, whatever that line's type: family the person and the relative,
 * leadership the leader and the organization, affiliation the person and the organization (the role when the row has
 * no organization), located the place and the container. Quotations and events are not judged there at all. Immutable
 * and thread-safe.
 */
final class Judge {
    private final World world;
    private final List<Pattern> entityNames;

    private Judge(World world, List<Pattern> entityNames) {
        this.world = world;
        this.entityNames = entityNames;
    }

    /** The judge for an article with these gold facts. */
    static Judge of(World world, List<GoldFact> gold) {
        List<Pattern> names = gold.stream().filter(f -> f.kind() == FactKind.ENTITY)
                .map(f -> f.patterns().get(1)).flatMap(Optional::stream).toList();
        return new Judge(world, names);
    }

    /** Whether a row of {@code kind} that matches no gold line of its kind counts as a false positive. */
    boolean judges(FactKind kind, Map<String, String> row) {
        if (!judgedInOpenWorld(kind, row)) {
            return false;
        }
        if (world == World.OPEN) {
            return true;
        }
        return switch (kind) {
            case ENTITY -> true;
            case QUOTE, NOTQUOTE, EVENT, OTHER -> false;
            case LEADERSHIP -> named(row.get("leaderName")) && named(row.get("organizationName"));
            case AFFILIATION -> named(row.get("personName")) && named(row.containsKey("organizationName")
                    ? row.get("organizationName") : row.get("role"));
            case FAMILY -> named(row.get("personName")) && named(row.get("relativeName"));
            case LOCATED -> named(row.get("placeName")) && named(row.get("containerName"));
        };
    }

    private static boolean judgedInOpenWorld(FactKind kind, Map<String, String> row) {
        return switch (kind) {
            case QUOTE, NOTQUOTE -> {
                String text = row.get("text");
                yield text != null && Scorer.wordCount(text) >= Scorer.MIN_QUOTE_WORDS;
            }
            case EVENT -> {
                String date = row.get("date");
                yield date != null && !date.isBlank();
            }
            default -> true;
        };
    }

    private boolean named(String value) {
        return value != null && entityNames.stream().anyMatch(p -> p.matcher(value).find());
    }
}

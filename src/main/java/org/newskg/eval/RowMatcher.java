package org.newskg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether one query row matches one gold line: the table of the dev-set README, column by column.
 *
 * <p>A gold field matches a value when the regex is found anywhere in it ({@link java.util.regex.Matcher#find()}),
 * except an event's DATE, which must match at the start ({@link java.util.regex.Matcher#lookingAt()}). For the
 * IRI-valued columns {@code ?type}, {@code ?status} and {@code ?relation} it may be found in the local name (after the
 * last {@code #} or {@code /}) or in the full value. An unbound column matches nothing. Stateless.
 */
final class RowMatcher {

    /** A gold line with its fields compiled once per scoring run. */
    record CompiledFact(GoldFact fact, List<Optional<Pattern>> patterns) {
        static CompiledFact of(GoldFact fact) {
            return new CompiledFact(fact, fact.patterns());
        }

        Optional<Pattern> field(int index) {
            return patterns.get(index);
        }
    }

    private static final Map<String, String> INVERSE = Map.of(
            "childof", "parentOf", "parentof", "childOf",
            "spouseof", "spouseOf", "siblingof", "siblingOf", "relativeof", "relativeOf");

    private RowMatcher() {
    }

    static boolean matches(CompiledFact gold, Map<String, String> row) {
        return switch (gold.fact().kind()) {
            case ENTITY -> findTerm(gold.field(0), row.get("type")) && find(gold.field(1), row.get("name"));
            case LEADERSHIP -> find(gold.field(0), row.get("leaderName"))
                    && find(gold.field(1), row.get("organizationName"))
                    && findTerm(gold.field(2), row.get("status"));
            case AFFILIATION -> find(gold.field(0), row.get("personName"))
                    && (find(gold.field(1), row.get("organizationName")) || find(gold.field(1), row.get("role")));
            case FAMILY -> matchesFamily(gold, row);
            case QUOTE, NOTQUOTE -> find(gold.field(0), row.get("speakerName")) && find(gold.field(1), row.get("text"));
            case EVENT -> (findTerm(gold.field(0), row.get("type")) || find(gold.field(0), row.get("label")))
                    && startsWith(gold.field(1), row.get("date"));
            case LOCATED -> find(gold.field(0), row.get("placeName")) && find(gold.field(1), row.get("containerName"));
            case OTHER -> false;
        };
    }

    /** The row as stated, or its inverse: the swapped pair with {@link #inverse(String) the inverse relation}. */
    private static boolean matchesFamily(CompiledFact gold, Map<String, String> row) {
        String person = row.get("personName");
        String relative = row.get("relativeName");
        String relation = row.get("relation");
        if (matchesFamily(gold, person, relative, relation)) {
            return true;
        }
        Optional<String> inverse = inverse(relation);
        return inverse.isPresent() && matchesFamily(gold, relative, person, inverse.get());
    }

    private static boolean matchesFamily(CompiledFact gold, String person, String relative, String relation) {
        return find(gold.field(0), person) && find(gold.field(1), relative) && findTerm(gold.field(2), relation);
    }

    /**
     * The relation that holds the other way round: {@code childOf} and {@code parentOf} swap, {@code spouseOf},
     * {@code siblingOf} and {@code relativeOf} are symmetric; empty for any other relation (or none).
     */
    static Optional<String> inverse(String relation) {
        if (relation == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(INVERSE.get(localName(relation).toLowerCase(Locale.ROOT)));
    }

    /** The part after the last {@code #} or {@code /}; the value itself when it has neither. */
    static String localName(String value) {
        int cut = Math.max(value.lastIndexOf('#'), value.lastIndexOf('/'));
        return value.substring(cut + 1);
    }

    private static boolean find(Optional<Pattern> pattern, String value) {
        if (pattern.isEmpty()) {
            return true;
        }
        return value != null && pattern.get().matcher(value).find();
    }

    private static boolean findTerm(Optional<Pattern> pattern, String value) {
        return value != null && (find(pattern, localName(value)) || find(pattern, value));
    }

    private static boolean startsWith(Optional<Pattern> pattern, String value) {
        if (pattern.isEmpty()) {
            return true;
        }
        return value != null && pattern.get().matcher(value.strip()).lookingAt();
    }
}

package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.PlainAnnotation;
import org.newskg.nlp.PlainAnnotation.PlainEntity;
import org.newskg.nlp.PlainAnnotation.PlainQuote;
import org.newskg.nlp.PlainAnnotation.PlainRelation;

/**
 * The rows a plain pipeline's output would give for the named queries, mapped charitably and with no rules of
 * newskg's own, so that {@link Scorer} can score a baseline the way it scores newskg:
 * <ul>
 *   <li>{@code entities}: each entity mention tagged {@code PERSON} (Person), {@code ORGANIZATION} (Organization),
 *       or {@code LOCATION}, {@code CITY}, {@code STATE_OR_PROVINCE}, {@code COUNTRY} (Place); pronouns left out;
 *   <li>{@code quotes}: each quotation with a speaker, named by its canonical mention;
 *   <li>{@code leadership}: {@code org:top_members_employees} (also spelt {@code org:top_members/employees}) and
 *       {@code per:top_member_employee_of}, status current (the relations state none);
 *   <li>{@code affiliations}: {@code per:employee_of}, {@code per:member_of}, {@code per:employee_or_member_of},
 *       {@code org:employees_or_members}, {@code per:title} (as the role), and every leadership, since a leader is
 *       also a member (as in {@code queries/affiliations.rq});
 *   <li>{@code family}: {@code per:parents} (childOf), {@code per:children} (parentOf), {@code per:siblings},
 *       {@code per:spouse}, {@code per:other_family} (relativeOf);
 *   <li>{@code events} and {@code located}: none; CoreNLP states no dated events and no containment between places.
 * </ul>
 * Stateless and thread-safe.
 */
public final class PlainRows {
    private static final Map<String, String> ENTITY_TYPES = Map.of("PERSON", "Person",
            "ORGANIZATION", "Organization", "LOCATION", "Place", "CITY", "Place", "STATE_OR_PROVINCE", "Place",
            "COUNTRY", "Place");
    private static final Map<String, String> FAMILY = Map.of("per:parents", "childOf", "per:children", "parentOf",
            "per:siblings", "siblingOf", "per:spouse", "spouseOf", "per:other_family", "relativeOf");
    private static final List<String> MEMBER_OF = List.of("per:employee_of", "per:member_of",
            "per:employee_or_member_of");

    private PlainRows() {
    }

    /** Per query name, the rows; every scored query has an entry, perhaps empty. */
    public static Map<String, List<Map<String, String>>> of(PlainAnnotation annotation) {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        rows.put(FactKind.ENTITY.queryName(), entities(annotation.entities()));
        rows.put(FactKind.QUOTE.queryName(), quotes(annotation.quotes()));
        List<Map<String, String>> leadership = new ArrayList<>();
        List<Map<String, String>> affiliations = new ArrayList<>();
        List<Map<String, String>> family = new ArrayList<>();
        for (PlainRelation relation : annotation.relations()) {
            String name = relation.relation().toLowerCase(Locale.ROOT).replace('/', '_');
            leader(relation, name).ifPresent(pair -> {
                leadership.add(Map.of("leaderName", pair[0], "organizationName", pair[1], "status", "current"));
                affiliations.add(Map.of("personName", pair[0], "organizationName", pair[1]));
            });
            member(relation, name).ifPresent(affiliations::add);
            if (FAMILY.containsKey(name)) {
                family.add(Map.of("personName", relation.subject(), "relation", FAMILY.get(name),
                        "relativeName", relation.object()));
            }
        }
        rows.put(FactKind.LEADERSHIP.queryName(), leadership);
        rows.put(FactKind.AFFILIATION.queryName(), affiliations);
        rows.put(FactKind.FAMILY.queryName(), family);
        rows.put(FactKind.EVENT.queryName(), List.of());
        rows.put(FactKind.LOCATED.queryName(), List.of());
        return rows;
    }

    private static List<Map<String, String>> entities(List<PlainEntity> mentions) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlainEntity mention : mentions) {
            String type = ENTITY_TYPES.get(mention.nerTag());
            if (type != null && !mention.pronoun() && !mention.text().isBlank()) {
                rows.add(Map.of("entity", "plain:" + type + ":" + mention.text(), "type", type,
                        "name", mention.text()));
            }
        }
        return rows;
    }

    private static List<Map<String, String>> quotes(List<PlainQuote> quotes) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlainQuote quote : quotes) {
            quote.speaker().filter(s -> !s.isBlank()).ifPresent(speaker -> rows.add(Map.of("speaker",
                    "plain:" + speaker, "speakerName", speaker, "text", quote.text())));
        }
        return rows;
    }

    /** {@code [leader, organization]} when the relation says who leads what. */
    private static Optional<String[]> leader(PlainRelation relation, String name) {
        return switch (name) {
            case "org:top_members_employees" -> Optional.of(new String[] {relation.object(), relation.subject()});
            case "per:top_member_employee_of" -> Optional.of(new String[] {relation.subject(), relation.object()});
            default -> Optional.empty();
        };
    }

    private static Optional<Map<String, String>> member(PlainRelation relation, String name) {
        if (MEMBER_OF.contains(name)) {
            return Optional.of(Map.of("personName", relation.subject(), "organizationName", relation.object()));
        }
        if (name.equals("org:employees_or_members")) {
            return Optional.of(Map.of("personName", relation.object(), "organizationName", relation.subject()));
        }
        if (name.equals("per:title")) {
            return Optional.of(Map.of("personName", relation.subject(), "role", relation.object()));
        }
        return Optional.empty();
    }
}

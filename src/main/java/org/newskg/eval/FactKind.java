package org.newskg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of gold line, each with the named query whose rows it is matched against, the gold fields that follow the
 * kind, and the query columns that scoring reads (the <em>scored columns</em>; rows are de-duplicated on them).
 *
 * <p>{@link #NOTQUOTE} is a gold kind but not a scored kind: it is checked against {@code quotes} rows and its
 * violations count against {@link #QUOTE} (see {@link #scoredAs()}). {@link #OTHER} names an annotated entity of a
 * type that newskg does not extract (a benchmark's misc, time or number entities, {@code other TYPE NAME}); it is
 * read, so that a verbose listing can tell what a wrong row really named, but never matched or scored.
 */
public enum FactKind {
    ENTITY("entity", "entities", List.of("TYPE", "NAME"), List.of("type", "name")),
    LEADERSHIP("leadership", "leadership", List.of("PERSON", "ORG", "STATUS"),
            List.of("leaderName", "organizationName", "status")),
    AFFILIATION("affiliation", "affiliations", List.of("PERSON", "ORG-OR-ROLE"),
            List.of("personName", "organizationName", "role")),
    FAMILY("family", "family", List.of("PERSON", "RELATIVE", "RELATION"),
            List.of("personName", "relation", "relativeName")),
    QUOTE("quote", "quotes", List.of("SPEAKER", "TEXT"), List.of("speakerName", "text")),
    NOTQUOTE("notquote", "quotes", List.of("SPEAKER", "TEXT"), List.of("speakerName", "text")),
    EVENT("event", "events", List.of("TYPE", "DATE"), List.of("type", "label", "date")),
    LOCATED("located", "located", List.of("PLACE", "CONTAINER"), List.of("placeName", "containerName")),
    OTHER("other", "entities", List.of("TYPE", "NAME"), List.of("type", "name"));

    private static final List<FactKind> SCORED = Arrays.stream(values())
            .filter(k -> k != NOTQUOTE && k != OTHER).toList();

    private final String token;
    private final String queryName;
    private final List<String> fieldNames;
    private final List<String> columns;

    FactKind(String token, String queryName, List<String> fieldNames, List<String> columns) {
        this.token = token;
        this.queryName = queryName;
        this.fieldNames = fieldNames;
        this.columns = columns;
    }

    /** The first field of a gold line, e.g. {@code entity}; also the row label in the score table. */
    public String token() {
        return token;
    }

    /** The named query ({@code queries/NAME.rq}) whose rows this kind is matched against, e.g. {@code entities}. */
    public String queryName() {
        return queryName;
    }

    /** Names of the gold fields after the kind, e.g. {@code [PERSON, ORG, STATUS]}. */
    public List<String> fieldNames() {
        return fieldNames;
    }

    /** The query columns that scoring reads, in display order. */
    public List<String> columns() {
        return columns;
    }

    /** The kind whose scores this gold kind counts towards: {@link #QUOTE} for {@link #NOTQUOTE}, else itself. */
    public FactKind scoredAs() {
        return this == NOTQUOTE ? QUOTE : this;
    }

    /** The kinds that get a line in the score table, in table order (all but {@link #NOTQUOTE} and {@link #OTHER}). */
    public static List<FactKind> scored() {
        return SCORED;
    }

    /** The kind with this exact token, if any. */
    public static Optional<FactKind> byToken(String token) {
        return Arrays.stream(values()).filter(k -> k.token.equals(token)).findFirst();
    }

    /** All tokens, comma-separated, for error messages. */
    static String tokens() {
        return Arrays.stream(values()).map(FactKind::token).collect(Collectors.joining(", "));
    }
}

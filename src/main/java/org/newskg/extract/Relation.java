package org.newskg.extract;

/**
 * A fact of a relation that is rules alone: "subject property object", read by the rules of
 * {@code rules/<name>.rules}. Immutable.
 *
 * @param property   the local name of the ontology's property, as the rule gives it ("birthPlace")
 * @param subjectKey the subject entity's key
 * @param objectKey  the object entity's key
 * @param evidence   where it was read; its extractor is the rule's name
 */
public record Relation(String property, String subjectKey, String objectKey, Evidence evidence) {
}

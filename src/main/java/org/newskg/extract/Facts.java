package org.newskg.extract;

import java.util.List;
import org.newskg.article.Article;

/**
 * Everything extracted from one article: the input of the RDF mapping.
 *
 * @param article    the article
 * @param entities      the people, organizations and places it names
 * @param quotations    its direct quotations
 * @param memberships   people's roles and affiliations
 * @param partOf        organizations that are part of others
 * @param leaderships   who leads which organization, now, before or allegedly
 * @param familyTies    family relations between people
 * @param places        where the places are and which lies in which
 * @param events        what happened, when, where and to whom, including each quotation's speech act and the
 *                      article's own publication
 * @param links         the entities' Wikipedia pages, sure or close
 * @param nlpMillis     time spent in NLP
 * @param extractMillis time spent extracting
 * @param problems      the extractors that failed on this article; their facts are absent
 * @param relations     the facts of the relations that are rules alone ({@code rules/relations.list})
 */
public record Facts(Article article, List<Entity> entities, List<Quotation> quotations,
                    List<Membership> memberships, List<PartOf> partOf, List<Leadership> leaderships,
                    List<FamilyTie> familyTies, Places places, List<Event> events, long nlpMillis,
                    long extractMillis, List<EntityLink> links, List<ExtractionProblem> problems,
                    List<Relation> relations) {
    public Facts {
        entities = List.copyOf(entities);
        quotations = List.copyOf(quotations);
        memberships = List.copyOf(memberships);
        partOf = List.copyOf(partOf);
        leaderships = List.copyOf(leaderships);
        familyTies = List.copyOf(familyTies);
        java.util.Objects.requireNonNull(places, "places");
        events = List.copyOf(events);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
        relations = List.copyOf(relations);
    }

    /** Facts without relations of the rules-only kind. */
    public Facts(Article article, List<Entity> entities, List<Quotation> quotations, List<Membership> memberships,
                 List<PartOf> partOf, List<Leadership> leaderships, List<FamilyTie> familyTies, Places places,
                 List<Event> events, long nlpMillis, long extractMillis, List<EntityLink> links,
                 List<ExtractionProblem> problems) {
        this(article, entities, quotations, memberships, partOf, leaderships, familyTies, places, events, nlpMillis,
                extractMillis, links, problems, List.of());
    }

    /** Facts that every extractor found without a problem. */
    public Facts(Article article, List<Entity> entities, List<Quotation> quotations, List<Membership> memberships,
                 List<PartOf> partOf, List<Leadership> leaderships, List<FamilyTie> familyTies, Places places,
                 List<Event> events, long nlpMillis, long extractMillis, List<EntityLink> links) {
        this(article, entities, quotations, memberships, partOf, leaderships, familyTies, places, events, nlpMillis,
                extractMillis, links, List.of());
    }

    /** Facts without links. */
    public Facts(Article article, List<Entity> entities, List<Quotation> quotations, List<Membership> memberships,
                 List<PartOf> partOf, List<Leadership> leaderships, List<FamilyTie> familyTies, Places places,
                 List<Event> events, long nlpMillis, long extractMillis) {
        this(article, entities, quotations, memberships, partOf, leaderships, familyTies, places, events, nlpMillis,
                extractMillis, List.of());
    }

    /** These facts with the entities' links, and the time spent finding them added to the extraction time. */
    public Facts withLinks(List<EntityLink> entityLinks, long linkMillis) {
        return new Facts(article, entities, quotations, memberships, partOf, leaderships, familyTies, places, events,
                nlpMillis, extractMillis + linkMillis, entityLinks, problems, relations);
    }

    /** These facts, with one more extractor that failed on the article. */
    public Facts withProblem(ExtractionProblem problem) {
        List<ExtractionProblem> all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new Facts(article, entities, quotations, memberships, partOf, leaderships, familyTies, places, events,
                nlpMillis, extractMillis, links, all, relations);
    }

    public Facts(Article article, List<Entity> entities, List<Quotation> quotations, List<Membership> memberships,
                 List<PartOf> partOf, List<Leadership> leaderships, List<FamilyTie> familyTies, Places places,
                 long nlpMillis, long extractMillis) {
        this(article, entities, quotations, memberships, partOf, leaderships, familyTies, places, List.of(),
                nlpMillis, extractMillis);
    }

    /** Facts without places. */
    public Facts(Article article, List<Entity> entities, List<Quotation> quotations, List<Membership> memberships,
                 List<PartOf> partOf, List<Leadership> leaderships, List<FamilyTie> familyTies, long nlpMillis,
                 long extractMillis) {
        this(article, entities, quotations, memberships, partOf, leaderships, familyTies, Places.NONE, nlpMillis,
                extractMillis);
    }

    /** Facts with entities only. */
    public static Facts ofEntities(Article article, List<Entity> entities, long nlpMillis, long extractMillis) {
        return new Facts(article, entities, List.of(), List.of(), List.of(), List.of(), List.of(), nlpMillis, extractMillis);
    }
}

package org.newskg.extract;

import java.util.List;

/**
 * What the extractors that ran so far found in an article; each {@link ArticleExtractor} returns it with its own
 * part added. Immutable.
 */
public record Found(List<Entity> entities, Places places, List<Quotation> quotations, List<Membership> memberships,
                    List<PartOf> partOf, List<FamilyTie> familyTies, List<Leadership> leaderships,
                    List<Event> events, List<Relation> relations) {
    public static final Found NOTHING = new Found(List.of(), Places.NONE, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public Found {
        entities = List.copyOf(entities);
        quotations = List.copyOf(quotations);
        memberships = List.copyOf(memberships);
        partOf = List.copyOf(partOf);
        familyTies = List.copyOf(familyTies);
        leaderships = List.copyOf(leaderships);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }

    /** The entities found so far, indexed by span and key. */
    public EntityIndex index() {
        return EntityIndex.of(entities);
    }

    public Found withEntities(List<Entity> found) {
        return new Found(found, places, quotations, memberships, partOf, familyTies, leaderships, events, relations);
    }

    public Found withPlaces(Places found) {
        return new Found(entities, found, quotations, memberships, partOf, familyTies, leaderships, events, relations);
    }

    public Found withQuotations(List<Quotation> found) {
        return new Found(entities, places, found, memberships, partOf, familyTies, leaderships, events, relations);
    }

    public Found withRoles(List<Membership> foundMemberships, List<PartOf> foundPartOf) {
        return new Found(entities, places, quotations, foundMemberships, foundPartOf, familyTies, leaderships,
                events, relations);
    }

    public Found withFamilyTies(List<FamilyTie> found) {
        return new Found(entities, places, quotations, memberships, partOf, found, leaderships, events, relations);
    }

    public Found withLeaderships(List<Leadership> found) {
        return new Found(entities, places, quotations, memberships, partOf, familyTies, found, events, relations);
    }

    public Found withEvents(List<Event> found) {
        return new Found(entities, places, quotations, memberships, partOf, familyTies, leaderships, found, relations);
    }

    public Found withRelations(List<Relation> found) {
        return new Found(entities, places, quotations, memberships, partOf, familyTies, leaderships, events, found);
    }
}

package org.newskg.extract.news;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Event;
import org.newskg.extract.Facts;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Leadership;
import org.newskg.extract.Membership;
import org.newskg.extract.PartOf;
import org.newskg.extract.Quotation;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.extract.event.EventExtractor;
import org.newskg.extract.place.PlaceExtractor;
import org.newskg.extract.quote.QuoteExtractor;
import org.newskg.extract.role.FamilyExtractor;
import org.newskg.extract.role.LeadershipExtractor;
import org.newskg.extract.role.RoleExtractor;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Every extractor newskg has, in order: entities first, typed and geocoded with their places' containment, then
 * what is said about them (quotations, roles).
 * Stateless and thread-safe.
 */
public final class NewsFactExtractor implements FactExtractor {
    private final EntityExtractor entities = new EntityExtractor();
    private final PlaceExtractor places = new PlaceExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final RoleExtractor roles = new RoleExtractor();
    private final FamilyExtractor family = new FamilyExtractor();
    private final LeadershipExtractor leadership = new LeadershipExtractor();
    private final EventExtractor events = new EventExtractor();

    @Override
    public Facts extract(AnnotatedArticle article) {
        long start = System.nanoTime();
        PlaceExtractor.Result placeFacts = places.extract(article, entities.extract(article).entities());
        List<Entity> found = placeFacts.entities();
        EntityIndex index = EntityIndex.of(found);
        List<Quotation> quotations = quotes.extract(article, index);
        RoleExtractor.Roles roleFacts = roles.extract(article, index);
        List<Membership> memberships = new ArrayList<>(roleFacts.memberships());
        List<PartOf> partOf = roleFacts.partOf();
        List<FamilyTie> ties = family.extract(article, index);
        List<Leadership> leaderships = leadership.extract(article, index, memberships, ties);
        List<Event> happened = events.extract(article, index, quotations);
        return new Facts(article.article(), found, quotations, memberships, partOf, leaderships, ties,
                placeFacts.places(), happened, article.nlpMillis(), (System.nanoTime() - start) / 1_000_000);
    }
}

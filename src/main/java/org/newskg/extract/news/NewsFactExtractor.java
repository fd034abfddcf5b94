package org.newskg.extract.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.ExtractionProblem;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
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
 * what is said about them (quotations, roles, family, leadership, events).
 *
 * <p>A bug in one extractor does not lose the article: an extractor that throws adds nothing, the facts that need
 * its output are absent (no leadership read off roles when the roles failed, no speech events when the quotations
 * failed), the other extractors' facts are kept, and {@link Facts#problems()} names the one that failed.
 *
 * <pre>{@code
 * FactExtractor extractor = NewsFactExtractor.create().build();
 * }</pre>
 * Stateless and thread-safe.
 */
public final class NewsFactExtractor implements FactExtractor {
    public static final String ENTITIES = "entities";
    public static final String PLACES = "places";
    public static final String QUOTATIONS = "quotations";
    public static final String ROLES = "roles";
    public static final String FAMILY = "family";
    public static final String LEADERSHIP = "leadership";
    public static final String EVENTS = "events";

    /** One extractor as the assembly runs it: it reads the article and what was found before it, and adds to it. */
    @FunctionalInterface
    public interface Step {
        Found run(AnnotatedArticle article, Found before);
    }

    private final Map<String, Step> steps;

    /** Every extractor, as {@code create().build()}. */
    public NewsFactExtractor() {
        this(create());
    }

    private NewsFactExtractor(Builder builder) {
        this.steps = Map.copyOf(builder.steps);
    }

    public static Builder create() {
        return new Builder();
    }

    @Override
    public Facts extract(AnnotatedArticle article) {
        long start = System.nanoTime();
        Found found = Found.NOTHING;
        List<ExtractionProblem> problems = new ArrayList<>();
        for (String name : Builder.ORDER) {
            try {
                found = steps.get(name).run(article, found);
            } catch (RuntimeException e) {
                problems.add(new ExtractionProblem(name, e));
            }
        }
        return new Facts(article.article(), found.entities(), found.quotations(), found.memberships(),
                found.partOf(), found.leaderships(), found.familyTies(), found.places(), found.events(),
                article.nlpMillis(), (System.nanoTime() - start) / 1_000_000, List.of(), problems);
    }

    /** Builds the extractor; {@link #replace} swaps one extractor for another, as evaluations and tests do. */
    public static final class Builder {
        static final List<String> ORDER = List.of(ENTITIES, PLACES, QUOTATIONS, ROLES, FAMILY, LEADERSHIP, EVENTS);

        private final Map<String, Step> steps = new LinkedHashMap<>();

        private Builder() {
            EntityExtractor entities = new EntityExtractor();
            PlaceExtractor places = new PlaceExtractor();
            QuoteExtractor quotes = new QuoteExtractor();
            RoleExtractor roles = new RoleExtractor();
            FamilyExtractor family = new FamilyExtractor();
            LeadershipExtractor leadership = new LeadershipExtractor();
            EventExtractor events = new EventExtractor();
            steps.put(ENTITIES, (article, found) -> found.withEntities(entities.extract(article).entities()));
            steps.put(PLACES, (article, found) -> {
                PlaceExtractor.Result result = places.extract(article, found.entities());
                return found.withEntities(result.entities()).withPlaces(result.places());
            });
            steps.put(QUOTATIONS, (article, found) -> found.withQuotations(quotes.extract(article, found.index())));
            steps.put(ROLES, (article, found) -> found.withRoles(roles.extract(article, found.index())));
            steps.put(FAMILY, (article, found) -> found.withFamilyTies(family.extract(article, found.index())));
            steps.put(LEADERSHIP, (article, found) -> found.withLeaderships(leadership.extract(article,
                    found.index(), found.memberships(), found.familyTies())));
            steps.put(EVENTS, (article, found) -> found.withEvents(events.extract(article, found.index(),
                    found.quotations())));
        }

        /**
         * Runs {@code step} in place of the extractor of that name.
         *
         * @throws IllegalArgumentException for a name that is not one of the extractors, naming those
         */
        public Builder replace(String name, Step step) {
            if (!steps.containsKey(name)) {
                throw new IllegalArgumentException("no extractor named '" + name + "'; known: " + ORDER);
            }
            steps.put(name, java.util.Objects.requireNonNull(step, "step"));
            return this;
        }

        public NewsFactExtractor build() {
            return new NewsFactExtractor(this);
        }
    }
}

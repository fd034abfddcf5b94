package org.newskg.extract.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.ExtractionProblem;
import org.newskg.extract.ExtractorRegistry;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.extract.Found;
import org.newskg.extract.Output;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.extract.event.EventExtractor;
import org.newskg.extract.place.PlaceExtractor;
import org.newskg.extract.quote.QuoteExtractor;
import org.newskg.extract.role.FamilyExtractor;
import org.newskg.extract.role.LeadershipExtractor;
import org.newskg.extract.role.RoleExtractor;
import org.newskg.extract.rules.RuleRelationExtractor;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Every extractor newskg has, in the order their needs give ({@link ExtractorRegistry}): entities first, typed and
 * geocoded with their places' containment, then what is said about them (quotations, roles, family, leadership,
 * events, and the relations that are rules alone).
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
    public static final String RELATIONS = "relations";

    /** A stand-in for one extractor, as tests and evaluations give it: it reads the article and the facts so far. */
    @FunctionalInterface
    public interface Step {
        Found run(AnnotatedArticle article, Found before);
    }

    private final List<ArticleExtractor> extractors;

    /** Every extractor, as {@code create().build()}. */
    public NewsFactExtractor() {
        this(create());
    }

    private NewsFactExtractor(Builder builder) {
        this.extractors = ExtractorRegistry.of(List.copyOf(builder.extractors.values())).ordered();
    }

    public static Builder create() {
        return new Builder();
    }

    /** The extractors' names, in the order they run. */
    public List<String> order() {
        return extractors.stream().map(ArticleExtractor::name).toList();
    }

    @Override
    public Facts extract(AnnotatedArticle article) {
        long start = System.nanoTime();
        Found found = Found.NOTHING;
        List<ExtractionProblem> problems = new ArrayList<>();
        for (ArticleExtractor extractor : extractors) {
            try {
                found = extractor.run(new ExtractionContext(article, found));
            } catch (RuntimeException e) {
                problems.add(new ExtractionProblem(extractor.name(), e));
            }
        }
        return new Facts(article.article(), found.entities(), found.quotations(), found.memberships(),
                found.partOf(), found.leaderships(), found.familyTies(), found.places(), found.events(),
                article.nlpMillis(), (System.nanoTime() - start) / 1_000_000, List.of(), problems, found.relations());
    }

    /** Builds the extractor; {@link #replace} swaps one extractor for another, as evaluations and tests do. */
    public static final class Builder {
        private final Map<String, ArticleExtractor> extractors = new LinkedHashMap<>();

        private Builder() {
            for (ArticleExtractor extractor : List.of(new EntityExtractor(), new PlaceExtractor(),
                    new QuoteExtractor(), new RoleExtractor(), new FamilyExtractor(), new LeadershipExtractor(),
                    new EventExtractor(), new RuleRelationExtractor())) {
                extractors.put(extractor.name(), extractor);
            }
        }

        /**
         * Runs {@code step} in place of the extractor of that name, with the same needs and outputs.
         *
         * @throws IllegalArgumentException for a name that is not one of the extractors, naming those
         */
        public Builder replace(String name, Step step) {
            ArticleExtractor replaced = extractors.get(name);
            if (replaced == null) {
                throw new IllegalArgumentException("no extractor named '" + name + "'; known: "
                        + extractors.keySet());
            }
            Objects.requireNonNull(step, "step");
            extractors.put(name, new Replacement(replaced.name(), replaced.requires(), replaced.provides(), step));
            return this;
        }

        public NewsFactExtractor build() {
            return new NewsFactExtractor(this);
        }
    }

    private record Replacement(String name, Set<Output> requires, Set<Output> provides, Step step)
            implements ArticleExtractor {
        @Override
        public Found run(ExtractionContext context) {
            return step.run(context.article(), context.found());
        }
    }
}

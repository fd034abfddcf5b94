package org.newskg.sys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newskg.article.Article;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.IriMinter;

/**
 * The work done on one article, the same for {@code ingest}, the live server and the Spark job: read article →
 * annotate → extract → map to the quads of the article's graph. Assembled from its parts with {@link #create()}; it
 * holds no other state, so one step serves any number of threads at once when its NLP engine and extractor do (the
 * default ones do).
 *
 * <pre>{@code
 * ArticleStep step = ArticleStep.create().nlp(nlp).extractor(extractor).mapper(mapper, iris).build();
 * ArticleStep.Graph graph = step.process(article, Instant.now());
 * store.replaceGraph(graph.iri(), sink -> graph.quads().forEach(sink::quad));
 * }</pre>
 */
public final class ArticleStep {
    private final NlpEngine nlp;
    private final FactExtractor extractor;
    private final FactMapper mapper;
    private final IriMinter iris;

    private ArticleStep(NlpEngine nlp, FactExtractor extractor, FactMapper mapper, IriMinter iris) {
        this.nlp = nlp;
        this.extractor = extractor;
        this.mapper = mapper;
        this.iris = iris;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The NLP engine this step annotates with (for its load time and state). */
    public NlpEngine nlp() {
        return nlp;
    }

    /** The IRI of the named graph that holds this article. */
    public String graphIri(Article article) {
        return iris.article(article.id()).getURI();
    }

    /** The IRI of the graph of the article published at this URL (the URL decides an article's identity). */
    public String graphIriOfUrl(String url) {
        String anyContent = "0".repeat(64);
        return iris.article(org.newskg.article.ArticleIds.identity(java.util.Optional.of(url), anyContent)).getURI();
    }

    /** Annotates the article and extracts its facts; the slow part, which may run on any thread. */
    public Facts analyze(Article article) {
        return extractor.extract(nlp.annotate(article));
    }

    /**
     * The article's graph: its facts mapped to quads, each once, in the order the mapper emits them.
     *
     * @throws RuntimeException when the mapper fails; nothing is kept
     */
    public Graph map(Facts facts, Instant ingestedAt) {
        Set<Quad> quads = new LinkedHashSet<>();
        mapper.map(facts, ingestedAt, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return new Graph(graphIri(facts.article()), new ArrayList<>(quads), facts);
    }

    /** {@link #analyze} then {@link #map}. */
    public Graph process(Article article, Instant ingestedAt) {
        return map(analyze(article), ingestedAt);
    }

    /** The message the CLI prints when an article fails at {@code what} ("could not analyze the article"). */
    public static String failure(String source, String what, Throwable cause) {
        return source + ": " + what + ": " + cause.getMessage() + ". The article was skipped; rerun with --verbose "
                + "for details.";
    }

    /**
     * One article's graph, ready to be stored in one transaction.
     *
     * @param iri   the graph's name
     * @param quads its quads, all in that graph, each once
     * @param facts the facts they were mapped from (with the NLP and extraction times and any extractor problems)
     */
    public record Graph(String iri, List<Quad> quads, Facts facts) {
        public Graph {
            quads = Collections.unmodifiableList(new ArrayList<>(quads));
        }
    }

    /** Configures an {@link ArticleStep}; every part is required. */
    public static final class Builder {
        private NlpEngine nlp;
        private FactExtractor extractor;
        private FactMapper mapper;
        private IriMinter iris;

        private Builder() {
        }

        public Builder nlp(NlpEngine nlp) {
            this.nlp = Objects.requireNonNull(nlp, "nlp");
            return this;
        }

        public Builder extractor(FactExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        public Builder mapper(FactMapper mapper, IriMinter iris) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        /** @throws IllegalStateException naming the first missing part */
        public ArticleStep build() {
            for (var part : List.of(new Object[] {nlp, "nlp"}, new Object[] {extractor, "extractor"},
                    new Object[] {mapper, "mapper"})) {
                if (part[0] == null) {
                    throw new IllegalStateException("ArticleStep needs " + part[1]);
                }
            }
            return new ArticleStep(nlp, extractor, mapper, iris);
        }
    }
}

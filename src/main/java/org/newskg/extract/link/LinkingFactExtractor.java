package org.newskg.extract.link;

import java.util.Objects;
import org.newskg.extract.ExtractionProblem;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Extracts facts with another extractor, then links its entities. A linker that fails leaves the facts without
 * links and says so in their {@link Facts#problems()}. Thread-safe when both parts are.
 */
public final class LinkingFactExtractor implements FactExtractor {
    /** The name a failure of the linker is reported under. */
    public static final String LINKS = "links";

    private final FactExtractor extractor;
    private final EntityLinker linker;

    public LinkingFactExtractor(FactExtractor extractor, EntityLinker linker) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    @Override
    public Facts extract(AnnotatedArticle article) {
        Facts facts = extractor.extract(article);
        long start = System.nanoTime();
        try {
            return facts.withLinks(linker.link(article, facts), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            return facts.withProblem(new ExtractionProblem(LINKS, e));
        }
    }
}

package org.newskg.extract.link;

import java.util.Objects;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.nlp.AnnotatedArticle;

/** Extracts facts with another extractor, then links its entities. Thread-safe when both parts are. */
public final class LinkingFactExtractor implements FactExtractor {
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
        return facts.withLinks(linker.link(article, facts), (System.nanoTime() - start) / 1_000_000);
    }
}

package org.newskg.extract.quote;

import java.util.List;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Quotation;
import org.newskg.nlp.AnnotatedArticle;

/** Direct quotations and their speakers. Stateless and thread-safe. */
public final class QuoteExtractor {
    public List<Quotation> extract(AnnotatedArticle article, EntityIndex entities) {
        return List.of();
    }
}

package org.newskg.extract;

import java.util.Set;

/**
 * One extractor: it reads the article and what the extractors before it found, and adds its own part. It declares
 * what it needs and what it adds, so that an {@link ExtractorRegistry} orders the extractors at assembly and names
 * any need that nothing provides. Implementations are stateless and thread-safe.
 */
public interface ArticleExtractor {
    /** A short name, used in error reports: "roles", "family". */
    String name();

    /** The outputs that must exist before this extractor runs. */
    Set<Output> requires();

    /** The outputs this extractor adds. */
    Set<Output> provides();

    /** The facts found so far, with this extractor's part added. */
    Found run(ExtractionContext context);
}

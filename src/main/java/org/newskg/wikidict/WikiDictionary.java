package org.newskg.wikidict;

import java.util.Locale;
import java.util.Optional;

/**
 * A dictionary from surface forms (the text of a link in Wikipedia, e.g. "the Met") to the page they most often
 * link to. Implementations are thread-safe for lookups.
 *
 * <pre>{@code
 * Path cache = WikiDictIndex.defaultCacheRoot(System.getenv());
 * try (MvStoreWikiDictionary dictionary = WikiDictIndex.inCache(cache).openOrBuild(System.err::println)) {
 *     dictionary.lookup("Ana Costa");   // Optional[WikiEntry[title=Ana_Costa_(economist), score=0.9]]
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WikiDictionary {
    /** Surface forms longer than this are neither indexed nor looked up. */
    int MAX_SURFACE_LENGTH = 80;

    /** The page that the exact surface form links to most often, if the form is {@linkplain #indexable indexed}. */
    Optional<WikiEntry> lookup(String surfaceForm);

    /**
     * Whether a surface form can be in the index: names have a capital letter and are at most
     * {@value #MAX_SURFACE_LENGTH} characters without control characters. Common words ("northern", "director")
     * are left out of the index.
     */
    static boolean indexable(String surfaceForm) {
        return !surfaceForm.isBlank() && surfaceForm.length() <= MAX_SURFACE_LENGTH
                && surfaceForm.chars().noneMatch(c -> c < ' ')
                && !surfaceForm.toLowerCase(Locale.ROOT).equals(surfaceForm);
    }
}

package org.newskg.publish;

import java.util.Optional;

/** Where a page links for an IRI: a relative link to the written page, or nothing when the site has none. */
@FunctionalInterface
public interface Linker {
    Optional<String> href(String iri);
}

package org.newskg.rdf;

import java.time.Instant;
import org.apache.jena.riot.system.StreamRDF;
import org.newskg.extract.Facts;

/**
 * The RDF stage: writes one article's facts as quads in the article's named graph, into a sink chosen by the caller
 * (the store, an export, a test). Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface FactMapper {
    /**
     * @param facts      what was extracted from the article
     * @param ingestedAt when the article entered the store, written as provenance
     * @param sink       receives quads whose graph is the article's IRI; {@code start} and {@code finish} are not
     *                   called, so several articles can share a sink
     */
    void map(Facts facts, Instant ingestedAt, StreamRDF sink);
}

package org.newskg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Runs the export's own SELECT queries (resources next to this class), under a deadline when the dataset carries one,
 * and reads their values.
 */
final class SparqlLib {
    /** A context setting: the {@link System#nanoTime()} by which every query over the dataset must be done. */
    static final Symbol DEADLINE = Symbol.create("https://w3id.org/newskg/export#deadline");

    private SparqlLib() {
    }

    /** The query in the resource {@code NAME.rq} of this package. */
    static Query load(String name) {
        String resource = name + ".rq";
        try (InputStream in = SparqlLib.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void select(Dataset dataset, Query query, Consumer<QuerySolution> row) {
        select(dataset, query, Map.of(), row);
    }

    /**
     * Runs a SELECT with some variables bound to IRIs (substituted into the query, so that the store looks them up
     * by index), within the time left before the dataset's {@link #DEADLINE}, if it has one.
     *
     * @throws QueryCancelledException when the deadline has passed or passes while the query runs
     */
    static void select(Dataset dataset, Query query, Map<String, String> iris, Consumer<QuerySolution> row) {
        var builder = QueryExecution.create().query(query).dataset(dataset);
        iris.forEach((variable, iri) -> builder.substitution(variable, ResourceFactory.createResource(iri)));
        OptionalLong left = millisLeft(dataset);
        if (left.isPresent()) {
            builder.timeout(left.getAsLong(), TimeUnit.MILLISECONDS);
        }
        try (QueryExecution execution = builder.build()) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(row);
        }
    }

    /** The dataset seen through a context whose {@link #DEADLINE} is {@code budget} from now. */
    static Dataset withDeadline(Dataset dataset, Duration budget) {
        Context context = dataset.getContext() == null ? Context.create() : dataset.getContext().copy();
        context.set(DEADLINE, System.nanoTime() + budget.toNanos());
        return DatasetFactory.wrap(new DatasetGraphWrapper(dataset.asDatasetGraph(), context));
    }

    /** The milliseconds left before the dataset's deadline, at least 1; empty without one. */
    static OptionalLong millisLeft(Dataset dataset) {
        Object deadline = dataset.getContext() == null ? null : dataset.getContext().get(DEADLINE);
        if (!(deadline instanceof Long nanos)) {
            return OptionalLong.empty();
        }
        long left = TimeUnit.NANOSECONDS.toMillis(nanos - System.nanoTime());
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        return OptionalLong.of(left);
    }

    /** The IRI bound to a variable, if it is an IRI. */
    static Optional<String> iri(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isURIResource() ? Optional.of(node.asResource().getURI()) : Optional.empty();
    }

    /** The lexical form of the literal bound to a variable. */
    static Optional<String> text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? Optional.of(node.asLiteral().getLexicalForm()) : Optional.empty();
    }

    /** The number bound to a variable, when it is a literal that reads as one. */
    static OptionalDouble number(QuerySolution row, String variable) {
        Optional<String> text = text(row, variable);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.get()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The local name of an IRI: what follows its last '#' or '/'. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = iri.substring(cut + 1);
        return local.isEmpty() ? iri : local;
    }
}

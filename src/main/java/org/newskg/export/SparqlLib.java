package org.newskg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** Runs the export's own SELECT queries (resources next to this class) and reads their values. */
final class SparqlLib {
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
        try (QueryExecution execution = QueryExecution.create().query(query).dataset(dataset).build()) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(row);
        }
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

package org.newskg.export;

import java.util.Locale;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.newskg.store.KnowledgeStore;
import org.newskg.sys.QueryRunner;

/**
 * Reads the {@link VizGraph} of a {@link Selection} from a store, in one read transaction: every query runs over the
 * union of the articles (or over the result of the selection's CONSTRUCT), and a name given by the user reaches
 * SPARQL only as a bound literal. Reusable and thread-safe as the store is.
 *
 * <pre>{@code
 * VizGraph graph = GraphSelector.over(store).select(Selection.all().withFocus("Ana Costa", 1));
 * }</pre>
 */
public final class GraphSelector {
    private final KnowledgeStore store;

    private GraphSelector(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public static GraphSelector over(KnowledgeStore store) {
        return new GraphSelector(store);
    }

    /**
     * The selected graph.
     *
     * @throws ExportException when the CONSTRUCT is not a CONSTRUCT (or not SPARQL), the focus names no entity, or
     *                         nothing is selected
     */
    public VizGraph select(Selection selection) {
        Query construct = selection.construct().map(GraphSelector::parseConstruct).orElse(null);
        VizGraph graph = store.read(dataset -> {
            Dataset source = construct == null ? dataset : DatasetFactory.wrap(run(construct, dataset));
            VizGraph whole = StoreGraphReader.read(source);
            return SubgraphFilter.apply(whole, selection, FocusResolver.resolve(source, whole, selection.focus()));
        });
        if (graph.isEmpty()) {
            throw new ExportException("nothing to export: " + describe(selection) + " selects no entity. "
                    + "Loosen the selection or check the database with 'newskg query queries/entities.rq'.");
        }
        return graph;
    }

    private static Model run(Query construct, Dataset dataset) {
        try (QueryExecution execution = QueryExecution.create().query(construct).dataset(dataset).build()) {
            return execution.execConstruct();
        }
    }

    private static Query parseConstruct(Selection.ConstructQuery source) {
        Query query;
        try {
            query = QueryRunner.parse(new QueryRunner.Source(source.origin(), source.text()));
        } catch (QueryRunner.QuerySyntaxException e) {
            throw new ExportException(e.getMessage(), e);
        }
        if (!query.isConstructType()) {
            throw new ExportException(source.origin() + ": --query expects a SPARQL CONSTRUCT query but this is a "
                    + kind(query) + ". Write it as CONSTRUCT { ... } WHERE { ... }.");
        }
        return query;
    }

    private static String kind(Query query) {
        if (query.isSelectType()) {
            return "SELECT";
        }
        return query.isAskType() ? "ASK" : query.isDescribeType() ? "DESCRIBE" : "query of another kind";
    }

    private static String describe(Selection selection) {
        StringBuilder what = new StringBuilder();
        selection.construct().ifPresent(c -> what.append(" --query ").append(c.origin()));
        selection.focus().ifPresent(f -> what.append(" --focus '").append(f).append("' --depth ")
                .append(selection.depth()));
        if (!selection.types().isEmpty()) {
            what.append(" --type ").append(selection.types().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                    .sorted().reduce((a, b) -> a + "," + b).orElse(""));
        }
        selection.minConfidence().ifPresent(m -> what.append(" --min-confidence ").append(m));
        if (selection.excludeAlleged()) {
            what.append(" --exclude-alleged");
        }
        return what.isEmpty() ? "the database" : what.toString().strip();
    }
}

package org.newskg.export;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.newskg.store.KnowledgeStore;
import org.newskg.sys.QueryRunner;

/**
 * Reads the {@link VizGraph} of a {@link Selection} from a store, in one read transaction: every query runs over the
 * union of the articles (or over the result of the selection's CONSTRUCT), and a name given by the user reaches
 * SPARQL only as a bound literal. A focus on the store is read outwards from the focus by bounded queries
 * ({@link Neighbourhood}), never by reading the whole graph; {@link #within} bounds the time of a selection as a
 * whole. Reusable and thread-safe as the store is.
 *
 * <pre>{@code
 * VizGraph graph = GraphSelector.over(store).select(Selection.all().withFocus("Ana Costa", 1));
 * }</pre>
 */
public final class GraphSelector {
    private final KnowledgeStore store;
    private final Optional<Duration> budget;

    private GraphSelector(KnowledgeStore store, Optional<Duration> budget) {
        this.store = Objects.requireNonNull(store, "store");
        this.budget = budget;
    }

    public static GraphSelector over(KnowledgeStore store) {
        return new GraphSelector(store, Optional.empty());
    }

    /**
     * A selector whose every {@link #select} is done within {@code budget} as a whole, all its queries together;
     * past it, the query running is cancelled and {@code select} throws {@link QueryCancelledException}.
     */
    public GraphSelector within(Duration budget) {
        return new GraphSelector(store, Optional.of(budget));
    }

    /**
     * The selected graph.
     *
     * @throws ExportException when the CONSTRUCT is not a CONSTRUCT (or not SPARQL), the focus names no entity, or
     *                         nothing is selected
     */
    public VizGraph select(Selection selection) {
        Query construct = selection.construct().map(GraphSelector::parseConstruct).orElse(null);
        VizGraph graph = store.read(stored -> {
            Dataset dataset = budget.map(b -> SparqlLib.withDeadline(stored, b)).orElse(stored);
            if (construct == null && selection.focus().isPresent()) {
                return Neighbourhood.read(dataset, selection);
            }
            Dataset source = construct == null ? dataset
                    : SparqlLib.withDeadline(DatasetFactory.wrap(run(construct, dataset)), left(dataset));
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
        var builder = QueryExecution.create().query(construct).dataset(dataset);
        SparqlLib.millisLeft(dataset).ifPresent(ms -> builder.timeout(ms, TimeUnit.MILLISECONDS));
        try (QueryExecution execution = builder.build()) {
            return execution.execConstruct();
        }
    }

    /** What is left of the dataset's deadline; a day when it has none. */
    private static Duration left(Dataset dataset) {
        return Duration.ofMillis(SparqlLib.millisLeft(dataset).orElse(Duration.ofDays(1).toMillis()));
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

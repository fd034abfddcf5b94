package org.newskg.sys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.EvaluationException;
import org.newskg.eval.FactKind;
import org.newskg.eval.GoldArticle;
import org.newskg.eval.GoldSet;
import org.newskg.eval.RowRules;
import org.newskg.eval.Scorer;
import org.newskg.eval.WorldChoice;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * Scores the pipeline against a gold set: ingests its articles into a fresh TDB2 store in a temporary directory,
 * runs the named queries on each article's graph alone, and scores the rows against that article's gold facts, so a
 * row is only ever judged by the gold of the article it was read from. Two articles of one set with one identity
 * (one graph) are refused, and an article that cannot be read or analyzed is scored as finding nothing, so its gold
 * still counts. Articles are read as the workers need them; only their graph names are kept. One run at a time.
 */
public final class Evaluation {
    private final NlpEngine nlp;
    private final ProblemReporter problems;

    public Evaluation(NlpEngine nlp, ProblemReporter problems) {
        this.nlp = nlp;
        this.problems = problems;
    }

    /**
     * How a run scores.
     *
     * @param world    the open or closed world, and why
     * @param threads  workers for NLP and extraction, at least 1
     * @param byRule   whether to trace every row to the rules that made it ({@link ArticleScore#rules()})
     * @param progress hears each article as it is stored or skipped
     */
    public record Options(WorldChoice world, int threads, boolean byRule, ProgressListener progress) {
        public Options {
            Objects.requireNonNull(world, "world");
            Objects.requireNonNull(progress, "progress");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
            }
        }

        /** The world the set declares, one worker per core, no rule tracing, no progress. */
        public static Options defaults(GoldSet gold) {
            return new Options(WorldChoice.declaredBy(gold.dir()), Runtime.getRuntime().availableProcessors(), false,
                    ProgressListener.NONE);
        }
    }

    /** Scores with {@link Options#defaults(GoldSet)}. */
    public List<ArticleScore> run(GoldSet gold) {
        return run(gold, Options.defaults(gold));
    }

    public List<ArticleScore> run(GoldSet gold, Options options) {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        Map<GoldArticle, List<String>> graphs = graphs(gold, iris, options.progress());
        Path directory = tempDirectory();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(directory.resolve("db"))) {
            IngestPipeline pipeline = IngestPipeline.create().nlp(nlp).extractor(NewsKg.extractor())
                    .mapper(NewsKg.mapper(iris), iris).store(store).problems(problems)
                    .threads(options.threads()).progress(options.progress()).build();
            pipeline.run(sink -> graphs.forEach((goldArticle, named) -> {
                if (!named.isEmpty()) {
                    ArticleSource.files().read(List.of(goldArticle.article()), ReadOptions.defaults(), sink,
                            alreadyReported -> { });
                }
            }));
            Map<String, Query> queries = new LinkedHashMap<>();
            NamedQueries.SCORED.forEach(name -> queries.put(name, parse(name)));
            Map<FactKind, RuleTrace> traces = options.byRule() ? traces() : Map.of();
            List<ArticleScore> scores = new ArrayList<>();
            graphs.forEach((goldArticle, named) -> scores.add(store.read(dataset -> {
                ArticleRows rows = rows(dataset, named, queries, traces);
                return Scorer.score(goldArticle, rows.byQuery(), options.world().world(), rows.rules());
            })));
            return scores;
        } finally {
            deleteRecursively(directory);
        }
    }

    /**
     * The graph of each gold article's articles (one, for a file of one article; none when it cannot be read).
     *
     * @throws EvaluationException when two articles of the set have one identity, so that one graph would hold both
     */
    private Map<GoldArticle, List<String>> graphs(GoldSet gold, IriMinter iris, ProgressListener progress) {
        Map<GoldArticle, List<String>> graphs = new LinkedHashMap<>();
        Map<String, GoldArticle> owners = new HashMap<>();
        for (GoldArticle goldArticle : gold.articles()) {
            List<String> named = new ArrayList<>();
            ArticleSource.files().read(List.of(goldArticle.article()), ReadOptions.defaults(), article -> {
                String graph = iris.article(article.id()).getURI();
                GoldArticle owner = owners.putIfAbsent(graph, goldArticle);
                if (owner != null) {
                    throw new EvaluationException(goldArticle.article() + ": the same article as " + owner.article()
                            + " (one URL, or one title and text), so their rows could not be told apart. "
                            + "Give each article of the gold set its own 'Original' URL, or remove one.");
                }
                named.add(graph);
            }, problem -> {
                problems.error(problem.message() + " (scored as finding nothing)");
                progress.articleSkipped(problem.source());
            });
            graphs.put(goldArticle, named);
        }
        return graphs;
    }

    /** The rows of the named queries over the article's graphs, each graph queried alone, and their rules. */
    private record ArticleRows(Map<String, List<Map<String, String>>> byQuery, RowRules rules) {
    }

    private static ArticleRows rows(Dataset dataset, List<String> graphs, Map<String, Query> queries,
                                    Map<FactKind, RuleTrace> traces) {
        Map<String, List<Map<String, String>>> byQuery = new LinkedHashMap<>();
        Map<FactKind, Map<List<String>, Set<String>>> rules = new EnumMap<>(FactKind.class);
        for (String graph : graphs) {
            Dataset articleOnly = DatasetFactory.wrap(dataset.getNamedModel(graph));
            queries.forEach((name, query) -> byQuery.computeIfAbsent(name, n -> new ArrayList<>())
                    .addAll(select(query, articleOnly)));
            traces.forEach((kind, trace) -> trace.rules(articleOnly).forEach((key, names) -> rules
                    .computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(key, k -> new TreeSet<>())
                    .addAll(names)));
        }
        RowRules rowRules = (kind, row) -> rules.getOrDefault(kind, Map.of())
                .getOrDefault(kind.columns().stream().map(row::get).toList(), Set.of());
        return new ArticleRows(byQuery, rowRules);
    }

    private static Map<FactKind, RuleTrace> traces() {
        Map<FactKind, RuleTrace> traces = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.scored()) {
            traces.put(kind, RuleTrace.of(kind, parse(kind.queryName())));
        }
        return traces;
    }

    private static Query parse(String name) {
        return QueryRunner.parse(new QueryRunner.Source("queries/" + name + ".rq", NamedQueries.text(name)));
    }

    private static List<Map<String, String>> select(Query query, Dataset dataset) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create().query(query).dataset(dataset).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                rows.add(row(results.next()));
            }
        }
        return rows;
    }

    private static Map<String, String> row(QuerySolution solution) {
        Map<String, String> row = new LinkedHashMap<>();
        solution.varNames().forEachRemaining(name -> {
            String value = lexicalForm(solution.get(name));
            if (value != null) {
                row.put(name, value);
            }
        });
        return row;
    }

    /** How the scorer sees a value: an IRI as a string, a literal's lexical form; null when unbound. */
    static String lexicalForm(RDFNode value) {
        if (value == null) {
            return null;
        }
        Node node = value.asNode();
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("newskg-evaluate-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

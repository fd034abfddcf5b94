package org.newskg.sys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.GoldArticle;
import org.newskg.eval.GoldSet;
import org.newskg.eval.Scorer;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * Scores the pipeline against a gold set: ingests its articles into a fresh TDB2 store in a temporary directory,
 * runs the named queries on each article's graph alone, and scores the rows against that article's gold facts.
 */
public final class Evaluation {
    private final NlpEngine nlp;
    private final ProblemReporter problems;

    public Evaluation(NlpEngine nlp, ProblemReporter problems) {
        this.nlp = nlp;
        this.problems = problems;
    }

    public List<ArticleScore> run(GoldSet gold) {
        Path directory = tempDirectory();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(directory.resolve("db"))) {
            IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
            IngestPipeline pipeline = IngestPipeline.create().nlp(nlp).extractor(NewsKg.extractor())
                    .mapper(NewsKg.mapper(iris), iris).store(store).problems(problems)
                    .threads(Runtime.getRuntime().availableProcessors()).build();
            Map<GoldArticle, Article> articles = new LinkedHashMap<>();
            for (GoldArticle goldArticle : gold.articles()) {
                ArticleSource.files().read(List.of(goldArticle.article()), ReadOptions.defaults(),
                        article -> articles.put(goldArticle, article), problem -> problems.error(problem.message()));
            }
            pipeline.run(sink -> articles.values().forEach(sink));
            List<ArticleScore> scores = new ArrayList<>();
            for (Map.Entry<GoldArticle, Article> entry : articles.entrySet()) {
                String graph = iris.article(entry.getValue().id()).getURI();
                scores.add(Scorer.score(entry.getKey(), rows(store, graph)));
            }
            return scores;
        } finally {
            deleteRecursively(directory);
        }
    }

    private static Map<String, List<Map<String, String>>> rows(Tdb2KnowledgeStore store, String graph) {
        return store.read(dataset -> {
            Dataset articleOnly = DatasetFactory.wrap(dataset.getNamedModel(graph));
            Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
            for (String name : NamedQueries.SCORED) {
                Query query = QueryRunner.parse(new QueryRunner.Source("queries/" + name + ".rq",
                        NamedQueries.text(name)));
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution execution = QueryExecution.create().query(query).dataset(articleOnly).build()) {
                    ResultSet results = execution.execSelect();
                    while (results.hasNext()) {
                        rows.add(row(results.next()));
                    }
                }
                result.put(name, rows);
            }
            return result;
        });
    }

    private static Map<String, String> row(QuerySolution solution) {
        Map<String, String> row = new LinkedHashMap<>();
        solution.varNames().forEachRemaining(name -> {
            RDFNode value = solution.get(name);
            if (value != null) {
                Node node = value.asNode();
                row.put(name, node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm()
                        : node.toString());
            }
        });
        return row;
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

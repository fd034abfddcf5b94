package org.newskg.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * Issue 17: a live server killed with {@code kill -9} while its queue still holds articles (posted ones in the queue
 * on disk, dropped ones in the watched folder) resumes them on restart, losing and duplicating nothing: the store
 * then holds exactly what a clean ingest of the same articles holds (but the ingest times).
 */
class Issue17KillTest {
    @TempDir
    Path tmp;

    @Test
    void aServerKilledWithItsQueueFullFinishesTheQueueOnRestartAsACleanIngestWould() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Path watch = Files.createDirectories(tmp.resolve("inbox"));
        for (int i = 0; i < 8; i++) {
            Files.writeString(articles.resolve(String.format("notice-%03d.md", i)), LiveTestLib.article(i));
            Files.writeString(watch.resolve(String.format("notice-%03d.md", i)), LiveTestLib.article(i));
            Files.writeString(articles.resolve(String.format("posted-%03d.md", i)), LiveTestLib.article(100 + i));
        }
        Path cleanDb = tmp.resolve("clean");
        Map<String, Long> cleanCounts = LiveTestLib.cleanIngest(cleanDb, List.of(articles));
        Path db = LiveTestLib.emptyDatabase(tmp.resolve("db"));
        Path queue = db.resolve(LiveIngest.QUEUE_FOLDER);

        Process first = launch(db, watch, 8, 300);
        awaitLine(first, "QUEUED");
        LiveTestLib.await(Duration.ofSeconds(60), () -> files(watch) >= 1 && files(queue) >= 1
                && files(watch) + files(queue) <= 13, "3 articles stored, both queues still holding some");
        first.destroyForcibly().waitFor();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(files(watch) + files(queue)).as("articles left in the queues").isPositive();

        Process second = launch(db, watch, 0, 0);
        try {
            LiveTestLib.await(Duration.ofSeconds(60), () -> files(watch) == 0 && files(queue) == 0,
                    "both queues empty");
            Thread.sleep(300);
        } finally {
            second.destroy();
            second.waitFor();
        }
        assertThat(files(watch.resolve("done"))).isEqualTo(8);
        assertThat(graphs(db)).hasSize(16).isEqualTo(graphs(cleanDb)).extractingFromEntries(e -> e.getValue().size())
                .containsExactlyElementsOf(new TreeMap<>(cleanCounts).values().stream().map(Long::intValue).toList());
    }

    private static Process launch(Path db, Path watch, int posted, long delayMillis) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LiveServerProcess.class.getName(), db.toString(), watch.toString(), Integer.toString(posted),
                Long.toString(delayMillis)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void awaitLine(Process process, String line) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String read = out.readLine(); read != null; read = out.readLine()) {
            if (read.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the server process ended before printing " + line);
    }

    private static long files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Each article graph, without the time it was ingested, in graph order; compared by isomorphism. */
    private static Map<String, ComparableGraph> graphs(Path db) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            return store.read(ds -> {
                Map<String, ComparableGraph> graphs = new TreeMap<>();
                List<Node> names = new ArrayList<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
                for (Node name : names) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    ds.asDatasetGraph().getGraph(name).find().forEachRemaining(triple -> {
                        if (!triple.getPredicate().equals(NKG.ingestedAt.asNode())) {
                            copy.add(triple);
                        }
                    });
                    graphs.put(name.getURI(), new ComparableGraph(copy));
                }
                return graphs;
            });
        } finally {
            LiveTestLib.release(db);
        }
    }

    /** A graph equal to another when they are isomorphic. */
    private record ComparableGraph(Graph graph) {
        int size() {
            return graph.size() + 1;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ComparableGraph that && graph.isIsomorphicWith(that.graph);
        }

        @Override
        public int hashCode() {
            return graph.size();
        }
    }
}

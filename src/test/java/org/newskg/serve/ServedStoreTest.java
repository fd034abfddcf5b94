package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store behind the server's own pages sees every article and cancels a query after the server's timeout. */
class ServedStoreTest {
    private static final String CROSS_PRODUCT =
            "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";

    @TempDir
    Path dir;
    private DatasetGraph dsg;

    @BeforeEach
    void load() {
        dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("db").toString());
        Txn.executeWrite(dsg, () -> RDFParser.source(Path.of("src/test/resources/rdf/dataset.trig")).parse(dsg));
    }

    @AfterEach
    void release() {
        TDBInternal.expel(dsg);
    }

    @Test
    void aQueryReadsTheUnionOfTheArticles() {
        ServedStore store = new ServedStore(dsg, Duration.ofSeconds(30));

        long triples = store.read(ds -> count(ds, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));

        assertThat(triples).isPositive();
    }

    @Test
    void aQueryLongerThanTheTimeoutIsCancelled() {
        ServedStore store = new ServedStore(dsg, Duration.ofMillis(200));

        long started = System.nanoTime();
        assertThatThrownBy(() -> store.read(ds -> count(ds, CROSS_PRODUCT)))
                .isInstanceOf(QueryCancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    private static long count(Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.create().query(query).dataset(dataset).build()) {
            return execution.execSelect().next().getLiteral("n").getLong();
        }
    }
}

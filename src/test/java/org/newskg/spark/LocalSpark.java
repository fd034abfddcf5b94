package org.newskg.spark;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.sys.FakeNlpEngine;
import org.newskg.sys.NewsKg;

/**
 * A {@code local[2]} Spark session on loopback whose executors run the fake NLP engine (which knows the person
 * "Tom Baker"), for the Spark ITs that need no models; closing it stops Spark and restores the NLP loader.
 */
final class LocalSpark implements AutoCloseable {
    private final SparkSession session;
    private final Supplier<NlpEngine> previousLoader;

    private LocalSpark(SparkSession session, Supplier<NlpEngine> previousLoader) {
        this.session = session;
        this.previousLoader = previousLoader;
    }

    static LocalSpark start(String appName) {
        Supplier<NlpEngine> previous = NewsKg.useNlpLoader(
                () -> FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON)));
        ExecutorPipeline.reset();
        SparkSession session = SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        return new LocalSpark(session, previous);
    }

    SparkSession session() {
        return session;
    }

    @Override
    public void close() {
        session.stop();
        NewsKg.useNlpLoader(previousLoader);
        ExecutorPipeline.reset();
    }
}

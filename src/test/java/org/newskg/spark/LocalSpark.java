package org.newskg.spark;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.sys.FakeNlpEngine;

/**
 * A {@code local[2]} Spark session on loopback for the Spark ITs that need no models: the jobs it {@link #run runs}
 * have the fake NLP engine (which knows the person "Tom Baker") on the executors. Closing it stops Spark.
 */
final class LocalSpark implements AutoCloseable {
    private final SparkSession session;

    private LocalSpark(SparkSession session) {
        this.session = session;
    }

    static LocalSpark start(String appName) {
        ExecutorPipeline.reset();
        SparkSession session = SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        return new LocalSpark(session);
    }

    /** Runs the job on this session with the executors running the fake NLP engine. */
    JobSummary run(JobSettings settings) {
        return SparkIngestJob.run(session, settings.withNlpLoader(FakeNlp.class.getName()));
    }

    SparkSession session() {
        return session;
    }

    @Override
    public void close() {
        session.stop();
        ExecutorPipeline.reset();
    }

    /** Loads the fake engine; made by each executor from its name. */
    public static final class FakeNlp implements Supplier<NlpEngine> {
        @Override
        public NlpEngine get() {
            return FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON));
        }
    }
}

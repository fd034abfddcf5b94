package org.newskg.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The newskg pipeline as a Spark job: articles from JSON Lines, Parquet or WARC web archives in, N-Quads out, one
 * named graph per article, for {@code newskg load --nquads}. Inputs of different formats may be mixed.
 *
 * <p>Each partition runs the same stages as {@code newskg ingest} ({@link ArticleTask}): NLP with the executor's one
 * engine ({@link ExecutorPipeline}), extraction and RDF mapping. A record that fails is recorded with its reason in
 * the summary and skipped; the job goes on. An article that two records give (the same URL, or the same text
 * without one) is written once, from the later record (files by name, then records within a file), as re-ingesting
 * it would replace it. The output folder gets {@code part-NNNNN.nq} files (one per partition)
 * and {@code _summary.json} ({@link JobSummary}).
 *
 * <pre>{@code
 * JobSummary summary = SparkIngestJob.run(spark, new JobSettings(List.of("s3a://news/2024/*.jsonl"),
 *         InputFormat.JSON, "s3a://news-kg/2024", IriMinter.DEFAULT_BASE, Optional.empty(), Optional.empty()));
 * }</pre>
 *
 * <p>{@code main} is the entry point for {@code spark-submit} ({@link SparkIngestCommand} lists the options).
 */
public final class SparkIngestJob {
    private SparkIngestJob() {
    }

    public static void main(String[] args) {
        int code = SparkIngestCommand.execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job on a Spark session.
     *
     * @throws SparkJobException when the output folder exists, the input cannot be read or lacks the article fields
     */
    public static JobSummary run(SparkSession spark, JobSettings settings) {
        Instant start = Instant.now();
        NQuadsOutput output = NQuadsOutput.at(spark, settings.output());
        output.checkAbsent();
        JavaRDD<Row> input = read(spark, settings).javaRDD();
        if (settings.partitions().isPresent()) {
            input = input.repartition(settings.partitions().get());
        }
        JavaRDD<ArticleResult> results = input.mapPartitions(new ArticleTask(settings.base(), start,
                settings.published().orElse(null), settings.nlpLoader())).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ArticleResult> stored = results.filter(ArticleResult::ok)
                .mapToPair(result -> new Tuple2<>(result.graph(), result))
                .reduceByKey(ArticleResult::later).values().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            output.writeGraphs(stored.map(ArticleResult::nquads));
            long articles = stored.count();
            long triples = stored.map(ArticleResult::triples).fold(0L, Long::sum);
            List<JobSummary.Failure> failures = results.filter(result -> !result.ok())
                    .map(result -> new JobSummary.Failure(result.source(), result.failure())).collect();
            JobSummary summary = JobSummary.of(articles, triples, failures, Duration.between(start, Instant.now()));
            output.writeSummary(summary);
            return summary;
        } finally {
            stored.unpersist();
            results.unpersist();
        }
    }

    /** The records of every input, each format read by its own data source, as one data set. */
    private static Dataset<Row> read(SparkSession spark, JobSettings settings) {
        Map<JobSettings.InputFormat, List<String>> byFormat = new EnumMap<>(JobSettings.InputFormat.class);
        settings.inputs().forEach(input -> byFormat.computeIfAbsent(settings.formatOf(input), f -> new ArrayList<>())
                .add(input));
        Dataset<Row> all = null;
        for (Map.Entry<JobSettings.InputFormat, List<String>> inputs : byFormat.entrySet()) {
            Dataset<Row> rows = inputs.getKey() == JobSettings.InputFormat.WARC
                    ? WarcRows.read(spark, inputs.getValue())
                    : read(spark, inputs.getKey(), inputs.getValue())
                            .withColumn(ArticleTask.SOURCE_COLUMN, functions.input_file_name())
                            .withColumn(ArticleTask.ORDER_COLUMN, functions.monotonically_increasing_id());
            all = all == null ? rows : all.unionByName(rows, true);
        }
        return all;
    }

    private static Dataset<Row> read(SparkSession spark, JobSettings.InputFormat format, List<String> inputs) {
        String[] paths = inputs.toArray(String[]::new);
        Dataset<Row> rows;
        try {
            rows = switch (format) {
                case JSON -> spark.read().json(paths);
                case PARQUET -> spark.read().parquet(paths);
                case WARC -> throw new IllegalArgumentException("WARC is read by WarcRows");
            };
        } catch (Exception e) { // Spark's AnalysisException is a checked exception that Scala does not declare
            throw new SparkJobException("cannot read " + String.join(", ", inputs) + " as "
                    + format + ": " + firstLine(e.getMessage()) + ". Check the paths and --format.", e);
        }
        List<String> columns = Arrays.asList(rows.columns());
        for (String required : List.of("title", "text")) {
            if (!columns.contains(required) && !columns.contains(ArticleTask.CORRUPT_COLUMN)) {
                throw new SparkJobException(String.join(", ", inputs) + ": the records have no field '"
                        + required + "' (they have " + columns + "). Each record needs title and text, and may "
                        + "have published, url and author.", null);
            }
        }
        return rows;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }
}

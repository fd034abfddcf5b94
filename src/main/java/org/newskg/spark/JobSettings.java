package org.newskg.spark;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SparkIngestJob} reads and writes.
 *
 * @param inputs     paths or globs Spark reads: local, {@code hdfs://}, {@code s3a://}
 * @param format     the input format
 * @param output     the folder the N-Quads and {@code _summary.json} go to; it must not exist yet
 * @param base       the base IRI, as {@code newskg ingest --base}
 * @param partitions how many partitions to spread the articles over, or empty for as many as the input has
 * @param published  the publication time of records that give none
 */
public record JobSettings(List<String> inputs, InputFormat format, String output, String base,
                          Optional<Integer> partitions, Optional<OffsetDateTime> published) {

    public JobSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(published, "published");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
    }

    /** The input formats: Spark's JSON (one object per line) and Parquet data sources. */
    public enum InputFormat {
        JSON, PARQUET;

        /** Parquet for a path ending in {@code .parquet}, else JSON Lines. */
        public static InputFormat of(String path) {
            return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? PARQUET : JSON;
        }
    }
}

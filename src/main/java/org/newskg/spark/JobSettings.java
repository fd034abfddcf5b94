package org.newskg.spark;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.newskg.sys.CoreNlpLoader;

/**
 * What a {@link SparkIngestJob} reads and writes.
 *
 * @param inputs     paths or globs Spark reads: local, {@code hdfs://}, {@code s3a://}
 * @param format     the format of every input, or empty for the format each input's name says
                   ({@link InputFormat#of(String)})
 * @param output     the folder the N-Quads and {@code _summary.json} go to; it must not exist yet
 * @param base       the base IRI, as {@code newskg ingest --base}
 * @param partitions how many partitions to spread the articles over, or empty for as many as the input has
 * @param published  the publication time of records that give none
 * @param nlpLoader  the name of the class that loads the NLP engine on each executor: a public
 *                   {@code Supplier<NlpEngine>} with a public no-arg constructor, by default {@link CoreNlpLoader}
 */
public record JobSettings(List<String> inputs, Optional<InputFormat> format, String output, String base,
                          Optional<Integer> partitions, Optional<OffsetDateTime> published, String nlpLoader) {

    public JobSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(nlpLoader, "nlpLoader");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
    }

    /** Settings whose executors run newskg's CoreNLP engine. */
    public JobSettings(List<String> inputs, Optional<InputFormat> format, String output, String base,
                       Optional<Integer> partitions, Optional<OffsetDateTime> published) {
        this(inputs, format, output, base, partitions, published, CoreNlpLoader.class.getName());
    }

    /** Settings whose inputs all have one format. */
    public JobSettings(List<String> inputs, InputFormat format, String output, String base,
                       Optional<Integer> partitions, Optional<OffsetDateTime> published) {
        this(inputs, Optional.of(format), output, base, partitions, published);
    }

    /** These settings with the executors' NLP engine loaded by the class named {@code nlpLoader}. */
    public JobSettings withNlpLoader(String nlpLoader) {
        return new JobSettings(inputs, format, output, base, partitions, published, nlpLoader);
    }

    /** The format an input is read in. */
    public InputFormat formatOf(String input) {
        return format.orElseGet(() -> InputFormat.of(input));
    }

    /**
     * The input formats: Spark's JSON (one object per line) and Parquet data sources, and WARC web archives, read
     * file by file ({@link WarcRows}).
     */
    public enum InputFormat {
        JSON, PARQUET, WARC;

        /** Parquet for a path ending in {@code .parquet}, WARC for {@code .warc} and {@code .warc.gz}, else JSON. */
        public static InputFormat of(String path) {
            String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return WARC;
            }
            return name.endsWith(".parquet") ? PARQUET : JSON;
        }
    }
}

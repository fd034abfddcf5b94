package org.newskg.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link SparkIngestJob} run did; written as {@code _summary.json} next to the N-Quads.
 *
 * @param articles the articles written, one named graph each
 * @param triples  the quads written, summed over the articles
 * @param failures each record that failed, with its reason, in no particular order
 * @param seconds  the job's wall-clock time, from reading to the summary
 */
public record JobSummary(long articles, long triples, List<Failure> failures, double seconds) implements Serializable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public JobSummary {
        failures = List.copyOf(failures);
    }

    static JobSummary of(long articles, long triples, List<Failure> failures, Duration elapsed) {
        return new JobSummary(articles, triples, failures, elapsed.toMillis() / 1000.0);
    }

    /** One record that failed: where it came from and why. */
    public record Failure(String source, String reason) implements Serializable {
    }

    /** The summary as a line for the console, e.g. {@code 15 articles, 9,120 triples, 2 failed, 95.3 s}. */
    public String line() {
        return String.format("%d article%s, %d triples, %d failed, %.1f s", articles, articles == 1 ? "" : "s",
                triples, failures.size(), seconds);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the job summary as JSON", e);
        }
    }

    public static JobSummary fromJson(String json) {
        try {
            return JSON.readValue(json, JobSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a job summary: " + e.getOriginalMessage(), e);
        }
    }
}

package org.newskg.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.newskg.article.Article;
import org.newskg.article.ArticleRecords;
import org.newskg.article.ReadOptions;
import org.newskg.rdf.IriMinter;
import org.newskg.sys.ArticleStep;
import org.newskg.sys.NewsKg;

/**
 * The work of one partition: each row (a record with the JSON Lines fields, plus the input file in
 * {@link #SOURCE_COLUMN}) becomes an article, goes through the executor's {@link ExecutorPipeline} and the RDF mapper,
 * and comes out as an {@link ArticleResult}. A record that fails is a failed result with its reason; the partition
 * goes on. Rows are processed one at a time as Spark pulls results, so a partition is never held in memory.
 */
final class ArticleTask implements FlatMapFunction<Iterator<Row>, ArticleResult> {
    static final String SOURCE_COLUMN = "_newskg_source";
    static final String CORRUPT_COLUMN = "_corrupt_record";
    /** Why the reader could not make an article of the record, such as a bad WARC record ({@link WarcRows}). */
    static final String PROBLEM_COLUMN = "_newskg_problem";
    /** The record's place in the input, which decides between two records of one article. */
    static final String ORDER_COLUMN = "_newskg_order";
    private static final long serialVersionUID = 1L;
    private static final String[] FIELDS = {"title", "text", "published", "url", "author"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Instant ingestedAt;
    private final OffsetDateTime published;
    private final String nlpLoader;

    /**
     * @param published the publication time of records that give none, or {@code null}
     * @param nlpLoader the class that loads the executor's NLP engine ({@link JobSettings#nlpLoader()})
     */
    ArticleTask(String base, Instant ingestedAt, OffsetDateTime published, String nlpLoader) {
        this.base = base;
        this.ingestedAt = ingestedAt;
        this.published = published;
        this.nlpLoader = nlpLoader;
    }

    @Override
    public Iterator<ArticleResult> call(Iterator<Row> rows) {
        ExecutorPipeline pipeline = ExecutorPipeline.get(nlpLoader);
        IriMinter iris = new IriMinter(base);
        ArticleStep step = ArticleStep.create().nlp(pipeline.nlp()).extractor(pipeline.extractor())
                .mapper(NewsKg.mapper(iris), iris).build();
        ReadOptions options = published == null ? ReadOptions.defaults() : ReadOptions.defaults()
                .withPublished(published);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ArticleResult next() {
                return process(rows.next(), step, options);
            }
        };
    }

    private ArticleResult process(Row row, ArticleStep step, ReadOptions options) {
        String file = text(row, SOURCE_COLUMN).orElse("(unknown file)");
        ObjectNode record = record(row);
        String source = file + describe(record);
        String graph = "";
        ArticleResult.InputOrder order = new ArticleResult.InputOrder(file,
                text(row, ORDER_COLUMN).map(Long::parseLong).orElse(0L));
        try {
            Optional<String> corrupt = text(row, CORRUPT_COLUMN);
            if (corrupt.isPresent()) {
                return ArticleResult.failed(source, graph, "not a valid JSON record: '" + cut(corrupt.get()) + "'",
                        order);
            }
            Optional<String> unreadable = text(row, PROBLEM_COLUMN);
            if (unreadable.isPresent()) {
                return ArticleResult.failed(source, graph, unreadable.get(), order);
            }
            Article article;
            try {
                article = ArticleRecords.fromJson(record, file, options);
            } catch (IllegalArgumentException e) {
                return ArticleResult.failed(source, graph, "bad record: " + e.getMessage(), order);
            }
            graph = step.graphIri(article);
            List<Quad> quads = step.process(article, ingestedAt).quads();
            return ArticleResult.stored(source, graph, nquads(quads), quads.size(), order);
        } catch (RuntimeException e) {
            return ArticleResult.failed(source, graph, e.getClass().getSimpleName() + ": " + e.getMessage(), order);
        }
    }

    /** The row's article fields as a JSON object; a date-time column becomes ISO-8601 text. */
    private static ObjectNode record(Row row) {
        ObjectNode record = JSON.createObjectNode();
        for (String field : FIELDS) {
            int index = indexOf(row, field);
            if (index < 0 || row.isNullAt(index)) {
                continue;
            }
            Object value = row.get(index);
            if (value instanceof java.sql.Timestamp timestamp) {
                record.put(field, timestamp.toInstant().toString());
            } else if (value instanceof Instant instant) {
                record.put(field, instant.toString());
            } else if (value instanceof String string) {
                record.put(field, string);
            } else if (value instanceof Number || value instanceof Boolean) {
                record.set(field, JSON.valueToTree(value));
            } else {
                record.put(field, value.toString());
            }
        }
        return record;
    }

    private static String describe(ObjectNode record) {
        JsonNode name = record.hasNonNull("url") ? record.get("url") : record.get("title");
        return name == null ? "" : " (record '" + cut(name.asText()) + "')";
    }

    private static Optional<String> text(Row row, String column) {
        int index = indexOf(row, column);
        return index < 0 || row.isNullAt(index) ? Optional.empty() : Optional.of(String.valueOf(row.get(index)));
    }

    private static int indexOf(Row row, String column) {
        return row.schema() == null ? -1 : Arrays.asList(row.schema().fieldNames()).indexOf(column);
    }

    private static String nquads(List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads.iterator());
        String text = out.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String cut(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}

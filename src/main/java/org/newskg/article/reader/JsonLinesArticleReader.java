package org.newskg.article.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.DateLib;
import org.newskg.article.IriLib;
import org.newskg.article.ReadOptions;

/**
 * Reads JSON Lines: one article per line, as an object with the string fields {@code title} and {@code text}
 * (required), {@code published}, {@code url} and {@code author} (optional). Paragraphs in {@code text} are separated
 * by blank lines, or by line breaks when it has no blank line. A missing {@code published} falls back to
 * {@link ReadOptions#published()}.
 *
 * <p>The file is streamed one line at a time. A bad line is one problem with its line number and the next line is
 * read; blank lines are skipped. A binary or non-UTF-8 line stops the file. The {@code source} of each article is
 * {@code name:line}, the file's source name and the record's line. Stateless and thread-safe.
 */
public final class JsonLinesArticleReader implements ArticleReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String FIX = "Fix the record or remove it.";

    @Override
    public ArticleFormat format() {
        return ArticleFormat.JSON_LINES;
    }

    @Override
    public void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
                     Consumer<ArticleProblem> problems) {
        try (ByteLines lines = new ByteLines(Files.newInputStream(file))) {
            boolean empty = true;
            while (lines.next()) {
                Optional<String> line = decode(file, lines, problems);
                if (line.isEmpty()) {
                    return;
                }
                if (!line.get().isBlank()) {
                    empty = false;
                    readRecord(file, sourceName, lines.number(), line.get(), options, articles, problems);
                }
            }
            if (empty) {
                problems.accept(FileProblems.empty(file));
            }
        } catch (NoSuchFileException e) {
            problems.accept(FileProblems.noSuchFile(file));
        } catch (IOException e) {
            problems.accept(FileProblems.unreadable(file, e));
        }
    }

    /** The line as text, or empty after reporting that the file is not UTF-8 text. */
    private static Optional<String> decode(Path file, ByteLines lines, Consumer<ArticleProblem> problems) {
        byte[] bytes = lines.bytes();
        int length = lines.length();
        boolean first = lines.number() == 1;
        if (first && Utf8Text.isUtf16(bytes)) {
            problems.accept(FileProblems.utf16(file));
            return Optional.empty();
        }
        if (Utf8Text.containsNul(bytes, length)) {
            problems.accept(FileProblems.binary(file));
            return Optional.empty();
        }
        int from = first && Utf8Text.startsWithBom(bytes, length) ? 3 : 0;
        int[] bad = {-1};
        Optional<String> text = Utf8Text.decode(bytes, from, length, offset -> bad[0] = offset);
        if (text.isEmpty()) {
            problems.accept(FileProblems.notUtf8(file, lines.number(), bytes[bad[0]]));
        }
        return text;
    }

    private static void readRecord(Path file, String sourceName, int number, String line, ReadOptions options,
                                   Consumer<Article> articles, Consumer<ArticleProblem> problems) {
        try {
            articles.accept(article(parse(line), sourceName + ":" + number, options));
        } catch (BadRecord e) {
            problems.accept(ArticleProblem.at(file.toString(), number, e.getMessage(), FIX));
        }
    }

    /**
     * One record, already parsed, as an article: the same fields and checks as a line of a JSON Lines file.
     *
     * @param source where the record came from, the article's {@code source}
     * @throws IllegalArgumentException saying what is wrong with the record, e.g. {@code field "title" is missing}
     */
    public static Article toArticle(JsonNode record, String source, ReadOptions options) {
        try {
            return article(record, source, options);
        } catch (BadRecord e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Article article(JsonNode record, String source, ReadOptions options) throws BadRecord {
        String title = TextLib.oneLine(required(record, "title"));
        String body = TextLib.bodyOf(Utf8Text.normalizeLineEnds(required(record, "text")));
        if (body.isEmpty()) {
            throw new BadRecord("field \"text\" is empty");
        }
        Optional<OffsetDateTime> published = published(record).or(options::published);
        return Article.of(title, published, optional(record, "author"), url(record), body, source);
    }

    private static JsonNode parse(String line) throws BadRecord {
        JsonNode record;
        try {
            record = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecord("not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + jsonReason(e) + "; the line was " + ArticleProblem.quote(line.strip()));
        }
        if (!record.isObject()) {
            throw new BadRecord("expected a JSON object but was " + ArticleProblem.quote(line.strip()));
        }
        return record;
    }

    private static String jsonReason(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage());
        if (reason.startsWith("Trailing token")) {
            return "more than one JSON value on the line";
        }
        int cut = reason.indexOf('\n');
        reason = cut < 0 ? reason : reason.substring(0, cut);
        cut = reason.indexOf(" (start marker");
        return cut < 0 ? reason : reason.substring(0, cut);
    }

    private static String required(JsonNode record, String field) throws BadRecord {
        String value = optionalRaw(record, field)
                .orElseThrow(() -> new BadRecord("field \"" + field + "\" is missing"));
        if (value.isBlank()) {
            throw new BadRecord("field \"" + field + "\" is empty");
        }
        return value;
    }

    private static Optional<String> optional(JsonNode record, String field) throws BadRecord {
        return optionalRaw(record, field).flatMap(TextLib::nonBlank);
    }

    private static Optional<String> optionalRaw(JsonNode record, String field) throws BadRecord {
        JsonNode node = record.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRecord("field \"" + field + "\": expected a string but was "
                    + ArticleProblem.quote(node.toString()));
        }
        return Optional.of(node.textValue());
    }

    private static Optional<String> url(JsonNode record) throws BadRecord {
        Optional<String> url = optional(record, "url");
        try {
            return url.map(IriLib::toIri);
        } catch (IllegalArgumentException e) {
            throw new BadRecord("field \"url\": " + e.getMessage());
        }
    }

    private static Optional<OffsetDateTime> published(JsonNode record) throws BadRecord {
        JsonNode node = record.get("published");
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRecord("field \"published\": expected an ISO-8601 date-time but was "
                    + ArticleProblem.quote(node.toString()));
        }
        DateLib.Reading date = DateLib.read(node.textValue());
        if (date.problem().isPresent()) {
            throw new BadRecord("field \"published\": " + date.problem().get());
        }
        return date.time();
    }

    /** One bad record; the message is the problem's {@code what}. */
    private static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecord(String what) {
            super(what, null, false, false);
        }
    }
}

package org.newskg.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.newskg.article.Article;

/**
 * Writes and reads an {@link AnnotatedArticle} as JSON, so that post-NLP stages can be tested on recorded CoreNLP
 * output without loading models.
 *
 * <p>The mapping is written out by hand on Jackson's tree model rather than by data binding: the records hold
 * {@link Optional}s and {@link OffsetDateTime}s, for which databind needs modules the build does not have, and an
 * explicit mapping keeps the fixture format independent of record accessor names such as
 * {@link Token#isProperNoun()}. Field names are the record component names; a {@link Span} is {@code [begin, end]};
 * an empty {@code Optional} is {@code null}; a date-time is an ISO-8601 string. Objects whose values are all scalars
 * (tokens, dependencies, mentions) are written on one line each, so a fixture reads one token per line.
 *
 * <p>Reading is strict: a missing or mistyped field fails with its JSON path, e.g.
 * {@code sentences[2].tokens[5]: missing field 'ner'}. Unknown top-level fields (such as {@code recordedWith}) are
 * ignored. Stateless and thread-safe.
 */
public final class AnnotatedArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INDENT = "  ";

    private AnnotatedArticleJson() {
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /** The JSON text of {@code annotated}, with an optional {@code recordedWith} note first (may be null). */
    public static String toJson(AnnotatedArticle annotated, String recordedWith) {
        ObjectNode root = NODES.objectNode();
        if (recordedWith != null) {
            root.put("recordedWith", recordedWith);
        }
        root.set("article", article(annotated.article()));
        root.set("sentences", array(annotated.sentences(), AnnotatedArticleJson::sentence));
        root.set("mentions", array(annotated.mentions(), AnnotatedArticleJson::mention));
        root.set("chains", array(annotated.chains(), AnnotatedArticleJson::chain));
        root.set("times", array(annotated.times(), AnnotatedArticleJson::time));
        root.put("nlpMillis", annotated.nlpMillis());
        StringBuilder out = new StringBuilder();
        print(root, 0, out);
        return out.append('\n').toString();
    }

    public static void write(AnnotatedArticle annotated, String recordedWith, Path file) {
        try {
            Files.writeString(file, toJson(annotated, recordedWith), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static ObjectNode article(Article a) {
        ObjectNode node = NODES.objectNode();
        node.put("id", a.id());
        node.put("title", a.title());
        node.put("published", a.published().map(OffsetDateTime::toString).orElse(null));
        node.put("author", a.author().orElse(null));
        node.put("url", a.url().orElse(null));
        node.put("body", a.body());
        node.put("source", a.source());
        node.put("contentHash", a.contentHash());
        return node;
    }

    private static ObjectNode sentence(Sentence s) {
        ObjectNode node = NODES.objectNode();
        node.put("index", s.index());
        node.set("span", span(s.span()));
        node.put("text", s.text());
        node.set("tokens", array(s.tokens(), AnnotatedArticleJson::token));
        node.set("dependencies", array(s.dependencies(), AnnotatedArticleJson::dependency));
        return node;
    }

    private static ObjectNode token(Token t) {
        ObjectNode node = NODES.objectNode();
        node.put("index", t.index());
        node.put("word", t.word());
        node.put("lemma", t.lemma());
        node.put("pos", t.pos());
        node.put("ner", t.ner());
        node.set("span", span(t.span()));
        return node;
    }

    private static ObjectNode dependency(Dependency d) {
        ObjectNode node = NODES.objectNode();
        node.put("relation", d.relation());
        node.put("governor", d.governor());
        node.put("dependent", d.dependent());
        return node;
    }

    private static ObjectNode mention(Mention m) {
        ObjectNode node = NODES.objectNode();
        node.put("sentenceIndex", m.sentenceIndex());
        node.put("tokenBegin", m.tokenBegin());
        node.put("tokenEnd", m.tokenEnd());
        node.set("span", span(m.span()));
        node.put("text", m.text());
        node.put("type", m.type().name());
        node.put("confidence", m.confidence());
        return node;
    }

    private static ObjectNode chain(CorefChain c) {
        ObjectNode node = NODES.objectNode();
        node.put("representative", c.representative());
        node.set("mentions", array(c.mentions(), AnnotatedArticleJson::corefMention));
        return node;
    }

    private static ObjectNode corefMention(CorefMention m) {
        ObjectNode node = NODES.objectNode();
        node.put("sentenceIndex", m.sentenceIndex());
        node.put("tokenBegin", m.tokenBegin());
        node.put("tokenEnd", m.tokenEnd());
        node.put("headIndex", m.headIndex());
        node.set("span", span(m.span()));
        node.put("text", m.text());
        node.put("kind", m.kind().name());
        return node;
    }

    private static ObjectNode time(TimeExpression t) {
        ObjectNode node = NODES.objectNode();
        node.put("sentenceIndex", t.sentenceIndex());
        node.set("span", span(t.span()));
        node.put("text", t.text());
        node.put("timexType", t.timexType());
        node.put("value", t.value());
        return node;
    }

    private static ArrayNode span(Span span) {
        return NODES.arrayNode().add(span.begin()).add(span.end());
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> toNode) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(toNode.apply(item)));
        return array;
    }

    /** Pretty-prints, but writes a nested node whose children are all scalars or scalar arrays on one line. */
    private static void print(JsonNode node, int depth, StringBuilder out) {
        if (!node.isContainerNode() || node.isEmpty() || depth >= 2 && flat(node)) {
            out.append(compact(node));
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        Iterator<String> names = node.fieldNames();
        Iterator<JsonNode> values = node.elements();
        boolean first = true;
        while (values.hasNext()) {
            out.append(first ? "\n" : ",\n").append(INDENT.repeat(depth + 1));
            if (object) {
                out.append(compact(NODES.textNode(names.next()))).append(": ");
            }
            print(values.next(), depth + 1, out);
            first = false;
        }
        out.append('\n').append(INDENT.repeat(depth)).append(object ? '}' : ']');
    }

    private static boolean flat(JsonNode node) {
        for (JsonNode child : node) {
            boolean scalarArray = child.isArray() && !child.isEmpty()
                    && StreamSupport.stream(child.spliterator(), false).noneMatch(JsonNode::isContainerNode);
            if (child.isContainerNode() && !scalarArray) {
                return false;
            }
        }
        return true;
    }

    private static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    public static AnnotatedArticle read(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static AnnotatedArticle fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        Node r = new Node(root, "");
        return new AnnotatedArticle(readArticle(r.field("article")),
                r.list("sentences", AnnotatedArticleJson::readSentence),
                r.list("mentions", AnnotatedArticleJson::readMention),
                r.list("chains", AnnotatedArticleJson::readChain),
                r.list("times", AnnotatedArticleJson::readTime),
                r.longValue("nlpMillis"));
    }

    private static Article readArticle(Node n) {
        return new Article(n.text("id"), n.text("title"),
                n.optionalText("published").map(OffsetDateTime::parse), n.optionalText("author"),
                n.optionalText("url"), n.text("body"), n.text("source"), n.text("contentHash"));
    }

    private static Sentence readSentence(Node n) {
        return new Sentence(n.intValue("index"), n.span("span"), n.text("text"),
                n.list("tokens", AnnotatedArticleJson::readToken),
                n.list("dependencies", AnnotatedArticleJson::readDependency));
    }

    private static Token readToken(Node n) {
        return new Token(n.intValue("index"), n.text("word"), n.text("lemma"), n.text("pos"), n.text("ner"),
                n.span("span"));
    }

    private static Dependency readDependency(Node n) {
        return new Dependency(n.text("relation"), n.intValue("governor"), n.intValue("dependent"));
    }

    private static Mention readMention(Node n) {
        return new Mention(n.intValue("sentenceIndex"), n.intValue("tokenBegin"), n.intValue("tokenEnd"),
                n.span("span"), n.text("text"), n.enumValue("type", MentionType::valueOf),
                n.doubleValue("confidence"));
    }

    private static CorefChain readChain(Node n) {
        return new CorefChain(n.list("mentions", AnnotatedArticleJson::readCorefMention), n.intValue("representative"));
    }

    private static CorefMention readCorefMention(Node n) {
        return new CorefMention(n.intValue("sentenceIndex"), n.intValue("tokenBegin"), n.intValue("tokenEnd"),
                n.intValue("headIndex"), n.span("span"), n.text("text"),
                n.enumValue("kind", CorefMention.Kind::valueOf));
    }

    private static TimeExpression readTime(Node n) {
        return new TimeExpression(n.intValue("sentenceIndex"), n.span("span"), n.text("text"), n.text("timexType"),
                n.text("value"));
    }

    /** A JSON object and its path, for error messages. */
    private record Node(JsonNode json, String path) {
        Node field(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                throw new IllegalArgumentException(where() + "missing field '" + name + "'");
            }
            if (!value.isObject()) {
                throw new IllegalArgumentException(where() + "field '" + name + "': expected an object but was "
                        + value.getNodeType());
            }
            return new Node(value, path.isEmpty() ? name : path + "." + name);
        }

        <T> List<T> list(String name, Function<Node, T> reader) {
            JsonNode value = required(name, JsonNode::isArray, "an array");
            List<T> result = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                String itemPath = (path.isEmpty() ? name : path + "." + name) + "[" + i + "]";
                if (!value.get(i).isObject()) {
                    throw new IllegalArgumentException(itemPath + ": expected an object");
                }
                result.add(reader.apply(new Node(value.get(i), itemPath)));
            }
            return result;
        }

        String text(String name) {
            return required(name, JsonNode::isTextual, "a string").asText();
        }

        Optional<String> optionalText(String name) {
            if (!json.has(name)) {
                throw new IllegalArgumentException(where() + "missing field '" + name + "' (write null when absent)");
            }
            JsonNode value = json.get(name);
            return value.isNull() ? Optional.empty() : Optional.of(text(name));
        }

        int intValue(String name) {
            return required(name, JsonNode::canConvertToInt, "an int").asInt();
        }

        long longValue(String name) {
            return required(name, JsonNode::canConvertToLong, "a long").asLong();
        }

        double doubleValue(String name) {
            return required(name, JsonNode::isNumber, "a number").asDouble();
        }

        Span span(String name) {
            JsonNode value = required(name, v -> v.isArray() && v.size() == 2 && v.get(0).canConvertToInt()
                    && v.get(1).canConvertToInt(), "[begin, end]");
            return new Span(value.get(0).asInt(), value.get(1).asInt());
        }

        <E extends Enum<E>> E enumValue(String name, Function<String, E> valueOf) {
            String value = text(name);
            try {
                return valueOf.apply(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where() + "field '" + name + "': unknown value '" + value + "'", e);
            }
        }

        private JsonNode required(String name, Predicate<JsonNode> ok, String expected) {
            JsonNode value = json.get(name);
            if (value == null) {
                throw new IllegalArgumentException(where() + "missing field '" + name + "'");
            }
            if (!ok.test(value)) {
                throw new IllegalArgumentException(where() + "field '" + name + "': expected " + expected
                        + " but was " + value);
            }
            return value;
        }

        private String where() {
            return path.isEmpty() ? "" : path + ": ";
        }
    }
}

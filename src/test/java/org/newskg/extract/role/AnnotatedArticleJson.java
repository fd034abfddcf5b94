package org.newskg.extract.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Mention;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Recorded NLP output as JSON, so that tests of the extraction stage load no models. Compact on purpose: a token is
 * {@code [word, lemma, pos, ner, begin, end]}, an edge {@code [relation, governor, dependent]}, a mention
 * {@code [sentence, tokenBegin, tokenEnd, type, confidence]}, a coreference mention
 * {@code [sentence, tokenBegin, tokenEnd, head, kind]}; spans and texts are derived from the body.
 */
final class AnnotatedArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotatedArticleJson() {
    }

    static AnnotatedArticle read(String resource) {
        try (InputStream in = AnnotatedArticleJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing: " + resource);
            }
            return fromJson(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnnotatedArticle fromJson(JsonNode root) {
        JsonNode a = root.get("article");
        String body = a.get("body").asText();
        Article article = new Article(a.get("id").asText(), a.get("title").asText(),
                optional(a, "published").map(OffsetDateTime::parse), optional(a, "author"), optional(a, "url"),
                body, a.get("source").asText(), a.path("contentHash").asText("0"));
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.get("sentences")) {
            List<Token> tokens = new ArrayList<>();
            for (JsonNode t : s.get("tokens")) {
                tokens.add(new Token(tokens.size(), t.get(0).asText(), t.get(1).asText(), t.get(2).asText(),
                        t.get(3).asText(), new Span(t.get(4).asInt(), t.get(5).asInt())));
            }
            List<Dependency> edges = new ArrayList<>();
            for (JsonNode d : s.get("deps")) {
                edges.add(new Dependency(d.get(0).asText(), d.get(1).asInt(), d.get(2).asInt()));
            }
            Span span = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
            String text = s.has("text") ? s.get("text").asText() : span.of(body);
            sentences.add(new Sentence(sentences.size(), span, text, tokens, edges));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : root.path("mentions")) {
            Span span = span(sentences, m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt());
            mentions.add(new Mention(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt(), span,
                    m.has(5) ? m.get(5).asText() : span.of(body), MentionType.valueOf(m.get(3).asText()),
                    m.get(4).asDouble()));
        }
        List<CorefChain> chains = new ArrayList<>();
        for (JsonNode c : root.path("chains")) {
            List<CorefMention> members = new ArrayList<>();
            for (JsonNode m : c.get("mentions")) {
                Span span = span(sentences, m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt());
                members.add(new CorefMention(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt(), m.get(3).asInt(),
                        span, m.has(5) ? m.get(5).asText() : span.of(body),
                        CorefMention.Kind.valueOf(m.get(4).asText())));
            }
            chains.add(new CorefChain(members, c.get("representative").asInt()));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : root.path("times")) {
            Span span = new Span(t.get(1).asInt(), t.get(2).asInt());
            times.add(new TimeExpression(t.get(0).asInt(), span, span.of(body), t.get(3).asText(),
                    t.get(4).asText()));
        }
        return new AnnotatedArticle(article, sentences, mentions, chains, times, 0);
    }

    static ObjectNode toJson(AnnotatedArticle annotated) {
        ObjectNode root = JSON.createObjectNode();
        Article article = annotated.article();
        ObjectNode a = root.putObject("article");
        a.put("id", article.id());
        a.put("title", article.title());
        article.published().ifPresent(p -> a.put("published", p.toString()));
        article.author().ifPresent(p -> a.put("author", p));
        article.url().ifPresent(p -> a.put("url", p));
        a.put("source", article.source());
        a.put("contentHash", article.contentHash());
        a.put("body", article.body());
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence sentence : annotated.sentences()) {
            ObjectNode s = sentences.addObject();
            if (!sentence.text().equals(sentence.span().of(article.body()))) {
                s.put("text", sentence.text());
            }
            ArrayNode tokens = s.putArray("tokens");
            for (Token t : sentence.tokens()) {
                tokens.addArray().add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner()).add(t.span().begin())
                        .add(t.span().end());
            }
            ArrayNode deps = s.putArray("deps");
            for (Dependency d : sentence.dependencies()) {
                deps.addArray().add(d.relation()).add(d.governor()).add(d.dependent());
            }
        }
        ArrayNode mentions = root.putArray("mentions");
        for (Mention m : annotated.mentions()) {
            ArrayNode row = mentions.addArray().add(m.sentenceIndex()).add(m.tokenBegin()).add(m.tokenEnd())
                    .add(m.type().name()).add(m.confidence());
            if (!m.text().equals(m.span().of(article.body()))) {
                row.add(m.text());
            }
        }
        ArrayNode chains = root.putArray("chains");
        for (CorefChain chain : annotated.chains()) {
            ObjectNode c = chains.addObject();
            c.put("representative", chain.representative());
            ArrayNode members = c.putArray("mentions");
            for (CorefMention m : chain.mentions()) {
                ArrayNode row = members.addArray().add(m.sentenceIndex()).add(m.tokenBegin()).add(m.tokenEnd())
                        .add(m.headIndex()).add(m.kind().name());
                if (!m.text().equals(m.span().of(article.body()))) {
                    row.add(m.text());
                }
            }
        }
        ArrayNode times = root.putArray("times");
        for (TimeExpression t : annotated.times()) {
            times.addArray().add(t.sentenceIndex()).add(t.span().begin()).add(t.span().end()).add(t.timexType())
                    .add(t.value());
        }
        return root;
    }

    /** Pretty JSON with every array of plain values on one line. */
    static String write(AnnotatedArticle annotated) {
        StringBuilder out = new StringBuilder();
        print(toJson(annotated), "", out);
        return out.append('\n').toString();
    }

    private static void print(JsonNode node, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (node.isObject()) {
            out.append("{\n");
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                out.append(inner).append(JSON.valueToTree(field.getKey()).toString()).append(": ");
                print(field.getValue(), inner, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray() && node.size() > 0 && !allValues(node)) {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                print(node.get(i), inner, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.toString()));
            out.append('[').append(String.join(", ", values)).append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static Span span(List<Sentence> sentences, int sentence, int begin, int end) {
        List<Token> tokens = sentences.get(sentence).tokens();
        return new Span(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end());
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}

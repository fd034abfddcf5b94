package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.article.Article;

class AnnotatedArticleJsonTest {

    @Test
    void roundTripsEveryField() {
        Article article = Article.of("Title", Optional.of(OffsetDateTime.parse("2024-05-14T08:30:15+02:00")),
                Optional.of("A. Writer"), Optional.empty(), "Ana Ruiz said \"yes\".\n\nShe left.", "in-memory");
        Sentence first = new Sentence(0, new Span(0, 20), "Ana Ruiz said \"yes\".",
                List.of(new Token(0, "Ana", "Ana", "NNP", "PERSON", new Span(0, 3)),
                        new Token(1, "Ruiz", "Ruiz", "NNP", "PERSON", new Span(4, 8))),
                List.of(new Dependency("root", Dependency.ROOT, 2), new Dependency("flat", 0, 1)));
        AnnotatedArticle annotated = new AnnotatedArticle(article, List.of(first),
                List.of(new Mention(0, 0, 2, new Span(0, 8), "Ana Ruiz", MentionType.PERSON, 0.875)),
                List.of(new CorefChain(List.of(
                        new CorefMention(0, 0, 2, 1, new Span(0, 8), "Ana Ruiz", CorefMention.Kind.PROPER),
                        new CorefMention(1, 0, 1, 0, new Span(22, 25), "She", CorefMention.Kind.PRONOMINAL)), 0)),
                List.of(new TimeExpression(0, new Span(0, 3), "now", "DATE", "PRESENT_REF")), 42);

        String json = AnnotatedArticleJson.toJson(annotated, "a note");

        assertThat(AnnotatedArticleJson.fromJson(json)).isEqualTo(annotated);
        assertThat(json).contains("\"recordedWith\": \"a note\"", "\"url\": null",
                "{\"index\":0,\"word\":\"Ana\",\"lemma\":\"Ana\",\"pos\":\"NNP\",\"ner\":\"PERSON\",\"span\":[0,3]}");
    }

    @Test
    void missingFieldIsNamedWithItsPath() {
        String json = AnnotatedArticleJson.toJson(new AnnotatedArticle(
                Article.of("T", Optional.empty(), Optional.empty(), Optional.empty(), "Hi.", "x"),
                List.of(new Sentence(0, new Span(0, 3), "Hi.",
                        List.of(new Token(0, "Hi", "hi", "UH", "O", new Span(0, 2))), List.of())),
                List.of(), List.of(), List.of(), 1), null).replace("\"ner\":\"O\",", "");

        assertThatThrownBy(() -> AnnotatedArticleJson.fromJson(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentences[0].tokens[0]: missing field 'ner'");
    }

    @Test
    void notJsonIsAnIllegalArgument() {
        assertThatThrownBy(() -> AnnotatedArticleJson.fromJson("{\"article\": ")).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("not JSON");
    }

    /** Each recorded fixture reads back to itself and still matches its article.txt (re-record after editing it). */
    @TestFactory
    Stream<DynamicTest> fixturesRoundTripAndMatchTheirArticle() throws IOException, URISyntaxException {
        Path cases = Path.of(getClass().getResource("/cases").toURI());
        List<Path> dirs;
        try (Stream<Path> list = Files.list(cases)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            AnnotatedArticle annotated = AnnotatedArticleJson.read(dir.resolve(AnnotatedArticleRecorder.ANNOTATED));
            assertThat(AnnotatedArticleJson.fromJson(AnnotatedArticleJson.toJson(annotated, null)))
                    .isEqualTo(annotated);
            Article source = AnnotatedArticleRecorder.readArticle(dir.resolve(AnnotatedArticleRecorder.ARTICLE));
            assertThat(annotated.article().body()).as("body recorded from article.txt").isEqualTo(source.body());
            assertThat(annotated.article().title()).isEqualTo(source.title());
            assertThat(annotated.article().published()).isEqualTo(source.published());
            for (Sentence sentence : annotated.sentences()) {
                assertThat(sentence.span().of(annotated.body())).isEqualTo(sentence.text());
                sentence.tokens().forEach(t -> assertThat(t.span().of(annotated.body())).isEqualTo(t.word()));
            }
        }));
    }
}

package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Mention;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpException;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** The fake engine that the unit tests rely on: its sentences, tokens and mentions point at the right characters. */
class FakeNlpEngineTest {
    private static final String BODY = "  Mayor Tom Baker thanked the crews. "
            + "Ruiz said: \"Portmouth’s bridge is open.\"\n\n"
            + "Ana Ruiz, 41, works for the Harbor Authority.";
    private static final FakeNlpEngine ENGINE = FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON,
            "Ruiz", MentionType.PERSON, "Ana Ruiz", MentionType.PERSON, "Portmouth", MentionType.CITY,
            "Harbor Authority", MentionType.ORGANIZATION));

    private static Article article(String body) {
        return Article.of("Title", Optional.empty(), Optional.empty(), Optional.empty(), body, "test.txt");
    }

    @Test
    void splitsSentencesAfterFullStopsAndAtLineBreaks() {
        AnnotatedArticle annotated = ENGINE.annotate(article(BODY));

        assertThat(annotated.sentences()).extracting(Sentence::text).containsExactly(
                "Mayor Tom Baker thanked the crews.", "Ruiz said: \"Portmouth’s bridge is open.\"",
                "Ana Ruiz, 41, works for the Harbor Authority.");
        assertThat(annotated.sentences()).allSatisfy(s -> assertThat(s.span().of(BODY)).isEqualTo(s.text()));
        assertThat(annotated.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void tokensPointAtTheirWords() {
        AnnotatedArticle annotated = ENGINE.annotate(article(BODY));

        assertThat(annotated.sentences().get(1).tokens()).extracting(Token::word).containsExactly(
                "Ruiz", "said", ":", "\"", "Portmouth’s", "bridge", "is", "open", ".", "\"");
        assertThat(annotated.sentences().get(2).tokens()).extracting(Token::pos).containsExactly(
                "NNP", "NNP", ",", "CD", ",", "NN", "NN", "NN", "NNP", "NNP", ".");
        for (Sentence sentence : annotated.sentences()) {
            for (Token token : sentence.tokens()) {
                assertThat(token.span().of(BODY)).isEqualTo(token.word());
                assertThat(sentence.span().contains(token.span())).isTrue();
                assertThat(sentence.tokens().get(token.index())).isSameAs(token);
            }
        }
    }

    @Test
    void marksTheGivenNamesLongestFirst() {
        AnnotatedArticle annotated = ENGINE.annotate(article(BODY));

        assertThat(annotated.mentions()).extracting(Mention::text, Mention::type, Mention::sentenceIndex)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tom Baker", MentionType.PERSON, 0),
                        org.assertj.core.groups.Tuple.tuple("Ruiz", MentionType.PERSON, 1),
                        org.assertj.core.groups.Tuple.tuple("Ana Ruiz", MentionType.PERSON, 2),
                        org.assertj.core.groups.Tuple.tuple("Harbor Authority", MentionType.ORGANIZATION, 2));
        for (Mention mention : annotated.mentions()) {
            Sentence sentence = annotated.sentences().get(mention.sentenceIndex());
            assertThat(mention.span().of(BODY)).isEqualTo(mention.text());
            assertThat(mention.span().begin()).isEqualTo(sentence.tokens().get(mention.tokenBegin()).span().begin());
            assertThat(mention.span().end()).isEqualTo(sentence.tokens().get(mention.tokenEnd() - 1).span().end());
            assertThat(sentence.tokens().subList(mention.tokenBegin(), mention.tokenEnd()))
                    .extracting(Token::ner).containsOnly(mention.type().name());
        }
        assertThat(annotated.sentences().get(0).tokens().get(0).ner()).isEqualTo("O");
    }

    @Test
    void failsOnTheArticlesItIsToldTo() {
        FakeNlpEngine failing = ENGINE.failingOn(a -> a.body().contains("crews"));

        assertThatThrownBy(() -> failing.annotate(article(BODY))).isInstanceOf(NlpException.class);
        assertThat(failing.annotate(article("Nothing to see.")).sentences()).hasSize(1);
        assertThat(failing.annotated()).isEqualTo(2);
    }
}

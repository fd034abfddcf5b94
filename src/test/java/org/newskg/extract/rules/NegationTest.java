package org.newskg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/** Negation as every relation reads it, on hand-built parses of invented sentences. */
class NegationTest {

    /** Builds "words" with the given edges (relation, governor, dependent); tokens are separated by one space. */
    private static SentenceView view(String text, Dependency... edges) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", "O",
                    new Span(offset, offset + words[i].length())));
            offset += words[i].length() + 1;
        }
        Sentence sentence = new Sentence(0, new Span(0, text.length()), text, tokens, List.of(edges));
        return new SentenceView(sentence, text, EntityIndex.of(List.of()));
    }

    @Test
    void notNeverAndNoAsNegatingDependentsNegateTheirHead() {
        SentenceView not = view("Ruiz is not the leader", new Dependency("advmod", 4, 2));
        SentenceView never = view("Ruiz never married Lund", new Dependency("advmod", 2, 1));
        SentenceView no = view("Ruiz is no leader", new Dependency("det", 3, 2));
        assertThat(Negation.negated(not, List.of(4))).isTrue();
        assertThat(Negation.negated(never, List.of(2))).isTrue();
        assertThat(Negation.negated(no, List.of(3))).isTrue();
    }

    @Test
    void aNegationElsewhereInTheSentenceOrAsAnotherKindOfDependentDoesNotNegate() {
        SentenceView elsewhere = view("Ruiz leads the bank not the club", new Dependency("advmod", 6, 4),
                new Dependency("obj", 1, 3));
        SentenceView compound = view("the No Limit group", new Dependency("compound", 3, 1));
        assertThat(Negation.negated(elsewhere, List.of(1, 3))).isFalse();
        assertThat(Negation.negated(compound, List.of(3))).isFalse();
    }
}

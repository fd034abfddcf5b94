package org.newskg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Event;
import org.newskg.extract.Participant;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Issue 13, item 2: a noun followed by its number ("bridge 1001", "number one") made the participant's phrase end
 * before it began ({@code bad span [67, 61)}), and the whole article was lost. Invented sentences, annotated by hand
 * as CoreNLP annotates them: the number is the noun's {@code nummod}, after it.
 */
class NumberedParticipantTest {

    @Test
    void aNumberAfterItsNounNamesTheParticipantAndIsNoCount() {
        AnnotatedArticle article = annotated("Bridge 1001 reopened on Monday .",
                new String[] {"bridge/NN", "1001/CD", "reopen/VBD", "on/IN", "Monday/NNP", "./."},
                List.of(new Dependency("root", -1, 2), new Dependency("nsubj", 2, 0), new Dependency("nummod", 0, 1),
                        new Dependency("obl:on", 2, 4), new Dependency("case", 4, 3), new Dependency("punct", 2, 5)),
                "Monday", "2021-03-08");

        Event reopening = datedEvent(article);

        assertThat(reopening.participants()).containsExactly(new Participant(Optional.empty(),
                Optional.of("Bridge 1001"), Participant.Role.AGENT, Optional.empty()));
    }

    @Test
    void aNumberWordAfterTheObjectIsPartOfItsName() {
        AnnotatedArticle article = annotated("The song reached number one on Monday .",
                new String[] {"the/DT", "song/NN", "reach/VBD", "number/NN", "one/CD", "on/IN", "Monday/NNP", "./."},
                List.of(new Dependency("root", -1, 2), new Dependency("det", 1, 0), new Dependency("nsubj", 2, 1),
                        new Dependency("obj", 2, 3), new Dependency("nummod", 3, 4), new Dependency("obl:on", 2, 6),
                        new Dependency("case", 6, 5), new Dependency("punct", 2, 7)),
                "Monday", "2021-03-08");

        Event reaching = datedEvent(article);

        assertThat(reaching.participants()).extracting(p -> p.description().orElseThrow(), Participant::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("song", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("number one", Optional.empty()));
    }

    @Test
    void aNumberBeforeItsNounIsStillItsCount() {
        AnnotatedArticle article = annotated("Nine fishermen returned on Monday .",
                new String[] {"nine/CD", "fisherman/NNS", "return/VBD", "on/IN", "Monday/NNP", "./."},
                List.of(new Dependency("root", -1, 2), new Dependency("nummod", 1, 0), new Dependency("nsubj", 2, 1),
                        new Dependency("obl:on", 2, 4), new Dependency("case", 4, 3), new Dependency("punct", 2, 5)),
                "Monday", "2021-03-08");

        assertThat(datedEvent(article).participants()).containsExactly(new Participant(Optional.empty(),
                Optional.of("fishermen"), Participant.Role.AGENT, Optional.of(9)));
    }

    private static Event datedEvent(AnnotatedArticle article) {
        List<Event> events = new EventExtractor().extract(article, EntityIndex.of(List.of()), List.of());
        return events.stream().filter(e -> e.date().filter(d -> d.value().equals("2021-03-08")).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no event dated 2021-03-08 in " + events));
    }

    /** One sentence whose tokens are separated by single spaces, each given as {@code lemma/POS}. */
    private static AnnotatedArticle annotated(String body, String[] lemmaPos, List<Dependency> dependencies,
                                              String timeText, String timeValue) {
        String[] words = body.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            String[] parts = lemmaPos[i].split("/");
            tokens.add(new Token(i, words[i], parts[0], parts[1], "O", new Span(offset, offset + words[i].length())));
            offset += words[i].length() + 1;
        }
        Sentence sentence = new Sentence(0, new Span(0, body.length()), body, tokens, dependencies);
        int time = body.indexOf(timeText);
        Article article = Article.of("Invented", Optional.of(OffsetDateTime.parse("2021-03-11T09:00:00Z")),
                Optional.empty(), Optional.empty(), body, "invented.txt");
        return new AnnotatedArticle(article, List.of(sentence), List.of(), List.of(),
                List.of(new TimeExpression(0, new Span(time, time + timeText.length()), timeText, "DATE", timeValue)),
                0);
    }
}

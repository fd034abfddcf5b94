package org.newskg.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/**
 * Repairs of names that CoreNLP cuts, on sentences written token by token as NER tagged them on news (the recorded
 * golden cases did not reproduce these splits).
 */
class CommonNounNamesTest {
    private final CommonNounNames names = new CommonNounNames();

    /** NER tagged "Peru" a country and "Green Alliance-Norte" a person, which a cue then made an organization. */
    @Test
    void placeWrittenBeforeAnOrganizationIsPartOfItsName() {
        Sentence sentence = sentence("Tomas Rey leads the Peru Green Alliance-Norte .",
                "NNP NNP VBZ DT NNP NNP NNP .", "PERSON PERSON O O COUNTRY PERSON PERSON O");
        List<Candidate> candidates = List.of(candidate(sentence, 0, 2, EntityType.PERSON),
                candidate(sentence, 4, 5, EntityType.COUNTRY), candidate(sentence, 5, 7, EntityType.ORGANIZATION));

        List<Candidate> joined = names.joinPlaceAndOrganization(sentence, candidates);

        assertThat(joined).extracting(Candidate::name, Candidate::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tomas Rey", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Peru Green Alliance-Norte", EntityType.ORGANIZATION));
        assertThat(joined.get(1).text()).isEqualTo("Peru Green Alliance-Norte");
    }

    /** "Chile's army": a possessive keeps the place its own entity. */
    @Test
    void placeWithPossessiveIsNotJoined() {
        Sentence sentence = sentence("Chile 's Kestrel Fund paid .", "NNP POS NNP NNP VBD .",
                "COUNTRY O ORGANIZATION ORGANIZATION O O");
        List<Candidate> candidates = List.of(candidate(sentence, 0, 2, EntityType.COUNTRY),
                candidate(sentence, 2, 4, EntityType.ORGANIZATION));

        assertThat(names.joinPlaceAndOrganization(sentence, candidates)).hasSize(2);
    }

    /** NER tagged "Department" alone after "the Grady County Sheriff's": a fragment, no organization. */
    @Test
    void commonNounAloneAfterPossessiveIsAFragment() {
        Sentence sentence = sentence("said Nora Quinn of the Dunmore County Sheriff 's Department .",
                "VBD NNP NNP IN DT NNP NNP NNP POS NNP .", "O PERSON PERSON O O LOCATION LOCATION O O ORGANIZATION O");
        List<Candidate> candidates = List.of(candidate(sentence, 1, 3, EntityType.PERSON),
                candidate(sentence, 5, 7, EntityType.PLACE), candidate(sentence, 9, 10, EntityType.ORGANIZATION));

        assertThat(names.retypeByOwnWords(sentence, candidates)).extracting(Candidate::name)
                .containsExactly("Nora Quinn", "Dunmore County");
    }

    /** "Congress" opening a clause is a name; only a common noun owned by a possessive is dropped. */
    @Test
    void commonNounAloneWithoutPossessiveStays() {
        Sentence sentence = sentence("Parliament voted .", "NNP VBD .", "ORGANIZATION O O");
        List<Candidate> candidates = List.of(candidate(sentence, 0, 1, EntityType.ORGANIZATION));

        assertThat(names.retypeByOwnWords(sentence, candidates)).hasSize(1);
    }

    private static Sentence sentence(String words, String tags, String ner) {
        String[] w = words.split(" ");
        String[] p = tags.split(" ");
        String[] n = ner.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(i, w[i], w[i], p[i], n[i], new Span(offset, offset + w[i].length())));
            offset += w[i].length() + 1;
        }
        return new Sentence(0, new Span(0, words.length()), words, tokens, List.of());
    }

    private static Candidate candidate(Sentence sentence, int begin, int end, EntityType type) {
        Span span = new Span(sentence.tokens().get(begin).span().begin(), sentence.tokens().get(end - 1).span().end());
        String text = sentence.text().substring(span.begin(), span.end());
        return new Candidate(0, begin, end, span, text, text.replace(" 's", ""), type, 0.9, "corenlp-ner",
                Optional.empty());
    }
}

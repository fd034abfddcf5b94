package org.newskg.extract.place;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/** One sentence with the place each token names, by the places' name mentions (not pronouns or descriptions). */
final class PlaceTokens {
    private static final String COREF = "corenlp-coref";

    private final Sentence sentence;
    private final Entity[] places;

    /**
     * Tokens {@code [begin, end)} naming one place.
     *
     * @param begin  first token
     * @param end    after the last token
     * @param entity the place
     */
    record Run(int begin, int end, Entity entity) {
    }

    PlaceTokens(Sentence sentence, List<Entity> entities) {
        this.sentence = sentence;
        this.places = new Entity[sentence.tokens().size()];
        for (Entity entity : entities) {
            if (entity.type().top() != EntityType.TopType.PLACE) {
                continue;
            }
            for (Evidence mention : entity.mentions()) {
                if (mention.sentenceIndex() == sentence.index() && !mention.extractor().startsWith(COREF)) {
                    for (Token token : sentence.tokens()) {
                        if (token.span().overlaps(mention.span())) {
                            places[token.index()] = entity;
                        }
                    }
                }
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return places.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String word(int i) {
        return i >= 0 && i < places.length ? token(i).word() : "";
    }

    /** The run of tokens naming the same place as token {@code i}, if it names one. */
    Optional<Run> run(int i) {
        if (i < 0 || i >= places.length || places[i] == null) {
            return Optional.empty();
        }
        Entity entity = places[i];
        int begin = i;
        int end = i + 1;
        while (begin > 0 && places[begin - 1] == entity) {
            begin--;
        }
        while (end < places.length && places[end] == entity) {
            end++;
        }
        return Optional.of(new Run(begin, end, entity));
    }

    List<Dependency> children(int i) {
        return sentence.children(i);
    }

    /** True when the parse joins a token of one run to a token of the other as conjuncts (a list of places). */
    boolean conjoined(Run a, Run b) {
        return sentence.dependencies().stream().anyMatch(d -> d.relation().startsWith("conj")
                && (inRun(a, d.governor()) && inRun(b, d.dependent())
                || inRun(b, d.governor()) && inRun(a, d.dependent())));
    }

    private static boolean inRun(Run run, int token) {
        return token >= run.begin() && token < run.end();
    }

    /** Evidence over tokens {@code [begin, end)} of this sentence. */
    Evidence evidence(int begin, int end, String body, String extractor, double confidence) {
        Span span = new Span(token(begin).span().begin(), token(end - 1).span().end());
        return new Evidence(sentence.index(), sentence.text(), span, span.of(body), extractor, confidence);
    }
}

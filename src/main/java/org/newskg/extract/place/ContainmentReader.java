package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Evidence;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.PathRuleEngine;
import org.newskg.extract.rules.RuleFile;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;

/**
 * Reads the containment the sentences state: the rules of {@code org/newskg/extract/rules/located.rules} between
 * two place names ("Springfield, Illinois", "Erlangen in Bavaria", "Oakdale, a town in Orange province"), and the
 * place adjectives of {@link AdjectiveReader} ("the Bavarian city of Erlangen"). A place coordinated with its
 * container, or a container followed by "and" or "or", is a list of places, not containment. The gazetteer checks
 * each statement afterwards ({@link PlaceExtractor}). Stateless.
 */
final class ContainmentReader {
    static final String RULES_RESOURCE = "/org/newskg/extract/rules/located.rules";
    /** The relation of rules whose container the gazetteer must know as a country or first-level division. */
    static final String CONFIRMED = "located-confirmed";
    private static final PathRuleEngine RULES = new PathRuleEngine(RuleFile.load(RULES_RESOURCE));
    private static final Set<String> LIST_WORDS = Set.of("and", "or");

    private final AdjectiveReader adjectives;

    /**
     * A containment a sentence states, before the gazetteer checks it.
     *
     * @param place        the contained place
     * @param container    the container, when the article names it
     * @param country      otherwise the country an adjective names ("the Danish town of ...")
     * @param evidence     the phrase that states it, naming the rule
     * @param needsGazetteer true when only the gazetteer can tell containment from a list ("Paris, London")
     */
    record Statement(Entity place, Optional<Entity> container, Optional<GeoPlace> country, Evidence evidence,
                     boolean needsGazetteer) {
    }

    ContainmentReader(Gazetteer gazetteer) {
        this.adjectives = new AdjectiveReader(gazetteer);
    }

    /** The statements of every sentence; {@code resolved} gives the gazetteer entry of a place, if known. */
    List<Statement> read(AnnotatedArticle article, List<Entity> entities,
                         Function<Entity, Optional<GeoPlace>> resolved) {
        EntityIndex index = EntityIndex.of(entities);
        List<Statement> result = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            SentenceView view = new SentenceView(sentence, article.body(), index);
            for (PathRuleEngine.Match match : RULES.matches(view)) {
                if (!listed(view, match)) {
                    result.add(new Statement(match.a(), Optional.of(match.b()), Optional.empty(), match.evidence(),
                            match.relation().equals(CONFIRMED)));
                }
            }
            result.addAll(adjectives.read(view, entities, resolved));
        }
        return result;
    }

    /**
     * True when the two places are items of one list: coordinated by a conjunction ({@code conj:and}; a bare
     * {@code conj} is the parser's guess for "Ubud, Bali, Indonesia"), or the container followed by "and"/"or".
     */
    private static boolean listed(SentenceView view, PathRuleEngine.Match match) {
        int first = match.tokens().get(0);
        int last = match.tokens().get(match.tokens().size() - 1);
        SentenceView.Run place = view.run(first);
        SentenceView.Run container = view.run(last);
        boolean coordinated = view.sentence().dependencies().stream().anyMatch(d -> d.relation().startsWith("conj:")
                && (inRun(place, d.governor()) && inRun(container, d.dependent())
                || inRun(container, d.governor()) && inRun(place, d.dependent())));
        return coordinated || container.end() > place.end() && LIST_WORDS.contains(view.lower(container.end()));
    }

    private static boolean inRun(SentenceView.Run run, int token) {
        return token >= run.begin() && token < run.end();
    }
}

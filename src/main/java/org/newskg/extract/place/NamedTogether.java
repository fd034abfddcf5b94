package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.Evidence;
import org.newskg.extract.Located;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/**
 * Containment the gazetteer confirms between two places that one clause names side by side, the place first
 * ("the storm reached Oakdale near central Orange", "born in Oakdale, northern Ruritania"), where no rule of
 * {@code located.rules} reads it: the container a country or a first-level division that holds the place, directly
 * or not. The text puts the two together, the gazetteer says which holds which; two places merely named in one
 * sentence or article are not enough (news names many places it does not nest). The evidence spans both names and
 * names {@value #RULE}. Stateless.
 */
final class NamedTogether {
    static final String RULE = "located-named-together";
    private static final String COREF = "corenlp-coref";
    /** Less sure than a stated containment: the sentence names both, the gazetteer supplies the nesting. */
    private static final double CONFIDENCE = 0.7;

    private static final int MAX_GAP = 3;
    private static final Set<String> CLAUSE_TAGS = Set.of("VB", "VBD", "VBP", "VBZ", "MD");
    private static final Set<String> BREAKS = Set.of(":", ";", "and", "or");

    private final Gazetteer gazetteer;

    NamedTogether(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param places   the article's place entities
     * @param resolved the gazetteer entry of each place entity the geocoder resolved, by entity key
     * @param article  the annotated article
     */
    List<Located> read(List<Entity> places, Map<String, GeoPlace> resolved, AnnotatedArticle article) {
        List<Located> result = new ArrayList<>();
        for (Entity place : places) {
            GeoPlace inner = resolved.get(place.key());
            if (inner == null) {
                continue;
            }
            for (Entity container : places) {
                GeoPlace outer = resolved.get(container.key());
                if (outer == null || outer.equals(inner) || outer.kind() == PlaceKind.CITY
                        || !gazetteer.contains(outer, inner)) {
                    continue;
                }
                together(place, container, article)
                        .ifPresent(e -> result.add(new Located(place.key(), container.key(), e)));
            }
        }
        return result;
    }

    /** The first sentence that names both by name (not through coreference), as evidence spanning the two names. */
    private static Optional<Evidence> together(Entity place, Entity container, AnnotatedArticle article) {
        String body = article.body();
        for (Evidence a : named(place)) {
            for (Evidence b : named(container)) {
                if (a.sentenceIndex() == b.sentenceIndex()
                        && close(article.sentences().get(a.sentenceIndex()), a.span(), b.span())) {
                    Span span = new Span(Math.min(a.span().begin(), b.span().begin()),
                            Math.max(a.span().end(), b.span().end()));
                    return Optional.of(new Evidence(a.sentenceIndex(), a.sentenceText(), span,
                            span.of(body).replaceAll("\\s+", " "), RULE, CONFIDENCE));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Evidence> named(Entity entity) {
        return entity.mentions().stream().filter(m -> !m.extractor().startsWith(COREF)).toList();
    }

    /**
     * True when the place comes first and the container follows it closely within one clause ("Oakdale near central
     * Orange", "born in Oakdale, northern Orange"): at most {@value #MAX_GAP} tokens between the two
     * names, none of them a finite verb or a colon or semicolon, which start another clause or a dateline's story,
     * nor "and" or "or", which make the two items of a list ("between Lyon and Geneva, France and Switzerland").
     */
    private static boolean close(Sentence sentence, Span place, Span container) {
        if (container.begin() < place.end()) {
            return false;
        }
        List<Token> between = sentence.tokens().stream()
                .filter(t -> t.span().begin() >= place.end() && t.span().end() <= container.begin()).toList();
        return between.size() <= MAX_GAP && between.stream()
                .noneMatch(t -> CLAUSE_TAGS.contains(t.pos()) || BREAKS.contains(t.word().toLowerCase(Locale.ROOT)));
    }

}

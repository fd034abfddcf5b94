package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceNameLib;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads the containment a sentence states, over its tokens and dependency parse:
 * <ul>
 *   <li>{@code "Springfield, Illinois"}: a place, a comma and its container, not a list of places;</li>
 *   <li>{@code "Erlangen in Bavaria"}: a place modified by "in" and a place;</li>
 *   <li>{@code "the Bavarian city of Erlangen"}, {@code "the Danish town of Odense"}: a kind of place, an
 *       adjective of a place the article names or of a country, and "of" a place;</li>
 *   <li>{@code "the Oakdale district of Orange province"}: a place as compound of the kind noun, "of" a place;</li>
 *   <li>{@code "the Bavarian capital"}, {@code "the capital of Bavaria"}: the gazetteer's seat of that place, when
 *       the article names it.</li>
 * </ul>
 * The gazetteer checks each statement afterwards ({@link PlaceExtractor}). Stateless.
 */
final class ContainmentReader {
    static final String COMMA = "newskg-place-comma";
    static final String IN = "newskg-place-in";
    static final String KIND_OF = "newskg-place-kind-of";
    static final String CAPITAL = "newskg-place-capital";
    private static final Set<String> KIND_NOUNS = Set.of("state", "province", "region", "district", "county",
            "department", "prefecture", "governorate", "city", "town", "village", "municipality", "capital", "island",
            "resort", "port", "suburb");

    private final Gazetteer gazetteer;

    /**
     * A containment a sentence states, before the gazetteer checks it.
     *
     * @param place     the contained place
     * @param container the container, when the article names it
     * @param country   otherwise the country an adjective names ("the Danish town of ...")
     * @param evidence  the phrase that states it
     */
    record Statement(Entity place, Optional<Entity> container, Optional<GeoPlace> country, Evidence evidence) {
    }

    ContainmentReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The statements of every sentence; {@code resolved} gives the gazetteer entry of a place, if known. */
    List<Statement> read(AnnotatedArticle article, List<Entity> entities,
                         Function<Entity, Optional<GeoPlace>> resolved) {
        List<Entity> places = entities.stream().filter(e -> e.type().top() == EntityType.TopType.PLACE).toList();
        List<Statement> result = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            PlaceTokens tokens = new PlaceTokens(sentence, places);
            comma(tokens, places, article.body(), result);
            in(tokens, article.body(), result);
            for (Token token : sentence.tokens()) {
                if (token.pos().startsWith("NN") && KIND_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
                    kindOf(tokens, token.index(), places, resolved, article.body(), result);
                }
            }
        }
        return result;
    }

    private void comma(PlaceTokens tokens, List<Entity> places, String body, List<Statement> out) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.word(i).equals(",")) {
                continue;
            }
            int comma = i;
            Optional<PlaceTokens.Run> container = tokens.run(i + 1);
            Optional<PlaceTokens.Run> place = tokens.run(i - 1).or(() -> untagged(tokens, comma, places));
            if (place.isEmpty() || container.isEmpty() || place.get().entity() == container.get().entity()
                    || tokens.conjoined(place.get(), container.get())
                    || Set.of("and", "or").contains(tokens.word(container.get().end()))) {
                continue;
            }
            out.add(new Statement(place.get().entity(), Optional.of(container.get().entity()), Optional.empty(),
                    tokens.evidence(place.get().begin(), container.get().end(), body, COMMA, 0.85)));
        }
    }

    /**
     * A proper name before the comma that NER missed but that is, or starts with, a place's name
     * ("Oakdale-Pinecrest" for Oakdale).
     */
    private static Optional<PlaceTokens.Run> untagged(PlaceTokens tokens, int comma, List<Entity> places) {
        int begin = comma;
        while (begin > 0 && (tokens.token(begin - 1).isProperNoun() || tokens.token(begin - 1).pos().equals("HYPH"))) {
            begin--;
        }
        if (begin == comma) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int t = begin; t < comma; t++) {
            text.append(tokens.word(t));
        }
        String written = text.toString();
        String first = written.split("-")[0];
        int from = begin;
        return places.stream().filter(p -> p.names().stream().anyMatch(n -> n.equalsIgnoreCase(written)
                || n.equalsIgnoreCase(first))).findFirst().map(p -> new PlaceTokens.Run(from, comma, p));
    }

    private static void in(PlaceTokens tokens, String body, List<Statement> out) {
        for (Dependency edge : tokens.sentence().dependencies()) {
            if (!edge.relation().equals("nmod:in") || edge.governor() < 0) {
                continue;
            }
            Optional<PlaceTokens.Run> place = tokens.run(edge.governor());
            Optional<PlaceTokens.Run> container = tokens.run(edge.dependent());
            if (place.isPresent() && container.isPresent() && place.get().entity() != container.get().entity()) {
                int end = Math.max(place.get().end(), container.get().end());
                out.add(new Statement(place.get().entity(), Optional.of(container.get().entity()), Optional.empty(),
                        tokens.evidence(place.get().begin(), end, body, IN, 0.7)));
            }
        }
    }

    private void kindOf(PlaceTokens tokens, int noun, List<Entity> places, Function<Entity, Optional<GeoPlace>> resolved,
                        String body, List<Statement> out) {
        Optional<PlaceTokens.Run> of = tokens.children(noun).stream().filter(d -> d.relation().equals("nmod:of"))
                .map(d -> placeOrDesignated(tokens, d.dependent())).flatMap(Optional::stream).findFirst();
        int begin = phraseBegin(tokens, noun);
        boolean capital = tokens.token(noun).lemma().equalsIgnoreCase("capital");
        for (Dependency child : tokens.children(noun)) {
            Optional<PlaceTokens.Run> compound = child.relation().equals("compound") ? tokens.run(child.dependent())
                    : Optional.empty();
            if (compound.isPresent() && of.isPresent() && compound.get().entity() != of.get().entity()) {
                out.add(new Statement(compound.get().entity(), Optional.of(of.get().entity()), Optional.empty(),
                        tokens.evidence(Math.min(begin, compound.get().begin()), of.get().end(), body, KIND_OF, 0.9)));
            }
            if (!child.relation().equals("amod")) {
                continue;
            }
            String adjective = tokens.word(child.dependent());
            Optional<Entity> named = places.stream().filter(p -> p.names().stream()
                    .anyMatch(n -> PlaceNameLib.isAdjectiveOf(adjective, n))).findFirst();
            Optional<GeoPlace> country = named.isPresent() ? Optional.empty()
                    : gazetteer.countryOfDemonym(adjective);
            if (named.isEmpty() && country.isEmpty()) {
                continue;
            }
            if (capital && of.isEmpty()) {
                Optional<GeoPlace> region = named.flatMap(resolved).or(() -> country);
                Optional<Entity> seat = region.flatMap(gazetteer::seatOf).flatMap(s -> places.stream()
                        .filter(p -> resolved.apply(p).equals(Optional.of(s))).findFirst());
                seat.ifPresent(s -> out.add(new Statement(s, named, named.isPresent() ? Optional.empty() : country,
                        tokens.evidence(begin, noun + 1, body, CAPITAL, 0.8))));
            } else if (of.isPresent() && !named.equals(Optional.of(of.get().entity()))) {
                out.add(new Statement(of.get().entity(), named, country,
                        tokens.evidence(begin, of.get().end(), body, KIND_OF, 0.9)));
            }
        }
        if (capital && of.isPresent()) {
            resolved.apply(of.get().entity()).flatMap(gazetteer::seatOf).flatMap(s -> places.stream()
                    .filter(p -> resolved.apply(p).equals(Optional.of(s))).findFirst())
                    .filter(s -> s != of.get().entity())
                    .ifPresent(s -> out.add(new Statement(s, Optional.of(of.get().entity()), Optional.empty(),
                            tokens.evidence(begin, of.get().end(), body, CAPITAL, 0.8))));
        }
    }

    /** The place a token names, or that it designates ("province" in "Faryab province", when NER left it out). */
    private static Optional<PlaceTokens.Run> placeOrDesignated(PlaceTokens tokens, int token) {
        return tokens.run(token).or(() -> tokens.children(token).stream()
                .filter(d -> d.relation().equals("compound")).map(d -> tokens.run(d.dependent()))
                .flatMap(Optional::stream).findFirst());
    }

    /** The first token of the noun phrase the kind noun heads: its determiner or first modifier. */
    private static int phraseBegin(PlaceTokens tokens, int noun) {
        int begin = noun;
        for (Dependency child : tokens.children(noun)) {
            if (child.dependent() < begin && Set.of("det", "amod", "compound").contains(child.relation())) {
                begin = child.dependent();
            }
        }
        return begin;
    }
}

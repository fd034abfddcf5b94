package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceView;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceNameLib;
import org.newskg.nlp.Dependency;

/**
 * Containment stated by a place adjective or a capital, which the path rules cannot read because one side is no
 * place name but a word the gazetteer interprets:
 * <ul>
 *   <li>{@value #ADJECTIVE_KIND_OF}: "the Bavarian city of Erlangen", "the Danish town of Odense": an adjective of a
 *       place the article names, or of a country, and "of" a place;</li>
 *   <li>{@value #ADJECTIVE_CAPITAL}: "the Bavarian capital": the gazetteer's seat of that place, when the article
 *       names the seat;</li>
 *   <li>{@value #CAPITAL_OF}: "the capital of Bavaria": likewise.</li>
 * </ul>
 * Stateless.
 */
final class AdjectiveReader {
    static final String ADJECTIVE_KIND_OF = "located-adjective-kind-of";
    static final String ADJECTIVE_CAPITAL = "located-adjective-capital";
    static final String CAPITAL_OF = "located-capital-seat";
    private static final Lexicon KINDS = Lexicon.load("place-kinds.txt");
    private static final double CONFIDENCE = 0.8;

    private final Gazetteer gazetteer;

    AdjectiveReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<ContainmentReader.Statement> read(SentenceView view, List<Entity> entities,
                                           Function<Entity, Optional<GeoPlace>> resolved) {
        List<Entity> places = entities.stream().filter(e -> e.type().top() == EntityType.TopType.PLACE).toList();
        List<ContainmentReader.Statement> out = new ArrayList<>();
        for (int noun = 0; noun < view.size(); noun++) {
            if (view.pos(noun).startsWith("NN") && view.named(noun).isEmpty()
                    && KINDS.contains(view.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
                read(view, noun, places, resolved, out);
            }
        }
        return out;
    }

    private void read(SentenceView view, int noun, List<Entity> places, Function<Entity, Optional<GeoPlace>> resolved,
                      List<ContainmentReader.Statement> out) {
        Optional<SentenceView.Run> of = view.children(noun).stream().filter(d -> d.relation().equals("nmod:of"))
                .map(d -> placeOrDesignated(view, d.dependent())).flatMap(Optional::stream).findFirst();
        int begin = phraseBegin(view, noun);
        boolean capital = view.token(noun).lemma().equalsIgnoreCase("capital");
        for (Dependency child : view.children(noun)) {
            if (!child.relation().equals("amod")) {
                continue;
            }
            String adjective = view.word(child.dependent());
            Optional<Entity> named = places.stream().filter(p -> p.names().stream()
                    .anyMatch(n -> PlaceNameLib.isAdjectiveOf(adjective, n))).findFirst();
            Optional<GeoPlace> country = named.isPresent() ? Optional.empty() : gazetteer.countryOfDemonym(adjective);
            if (named.isEmpty() && country.isEmpty()) {
                continue;
            }
            if (capital && of.isEmpty()) {
                Optional<GeoPlace> region = named.flatMap(resolved).or(() -> country);
                seat(region, places, resolved).ifPresent(s -> out.add(new ContainmentReader.Statement(s, named,
                        named.isPresent() ? Optional.empty() : country,
                        evidence(view, begin, noun + 1, ADJECTIVE_CAPITAL), false)));
            } else if (of.isPresent() && !named.equals(Optional.of(of.get().entity()))) {
                out.add(new ContainmentReader.Statement(of.get().entity(), named, country,
                        evidence(view, begin, of.get().end(), ADJECTIVE_KIND_OF), false));
            }
        }
        if (capital && of.isPresent()) {
            Entity region = of.get().entity();
            seat(resolved.apply(region), places, resolved).filter(s -> s != region)
                    .ifPresent(s -> out.add(new ContainmentReader.Statement(s, Optional.of(region), Optional.empty(),
                            evidence(view, begin, of.get().end(), CAPITAL_OF), false)));
        }
    }

    /** The place of the article that the gazetteer gives as the seat of the region. */
    private Optional<Entity> seat(Optional<GeoPlace> region, List<Entity> places,
                                  Function<Entity, Optional<GeoPlace>> resolved) {
        return region.flatMap(gazetteer::seatOf).flatMap(s -> places.stream()
                .filter(p -> resolved.apply(p).equals(Optional.of(s))).findFirst());
    }

    /** The place a token names, or that it designates ("province" in "Faryab province", when NER left it out). */
    private static Optional<SentenceView.Run> placeOrDesignated(SentenceView view, int token) {
        return placeRun(view, token).or(() -> view.children(token).stream()
                .filter(d -> d.relation().equals("compound")).map(d -> placeRun(view, d.dependent()))
                .flatMap(Optional::stream).findFirst());
    }

    private static Optional<SentenceView.Run> placeRun(SentenceView view, int token) {
        return view.isNamed(token, EntityType.TopType.PLACE) ? Optional.of(view.run(token)) : Optional.empty();
    }

    /** The first token of the noun phrase the kind noun heads: its determiner or first modifier. */
    private static int phraseBegin(SentenceView view, int noun) {
        int begin = noun;
        for (Dependency child : view.children(noun)) {
            if (child.dependent() < begin && Set.of("det", "amod", "compound").contains(child.relation())) {
                begin = child.dependent();
            }
        }
        return begin;
    }

    private static Evidence evidence(SentenceView view, int begin, int end, String rule) {
        return new Evidence(view.sentence().index(), view.sentence().text(), view.span(begin, end),
                view.text(begin, end), rule, CONFIDENCE);
    }
}

package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extract.EntityType;
import org.newskg.extract.Lexicon;
import org.newskg.extract.link.PageKinds;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;
import org.newskg.wikidict.WikiDictionary;
import org.newskg.wikidict.WikiEntry;

/**
 * Names NER left untyped (or called MISC) that the Wikipedia dictionary knows, and places NER took for people: a
 * whole capitalized phrase whose full text links most often to a page of that name (or of its initials, or of the
 * name and a word for a place: "Fenn" to "Fenn River"), typed only by evidence, which the candidate's extractor
 * names: the page title's disambiguator ("Larkspur (band)", "Oakdale, Ruritania"), a word for a place in the title
 * or the name, the GeoNames gazetteer (a large city, or a town after "in"), an organization noun heading the name,
 * or the context cues of {@link TypeCues} ("the band Larkspur", "joined the Kestrel Legion"). A phrase with no such
 * evidence, or whose page is a work or a person, is left alone; so are parts of a longer phrase and a lone
 * capitalized word opening the sentence.
 *
 * <p>Immutable and thread-safe when its dictionary and gazetteer are.
 */
final class DictionaryNames {
    static final String TITLE_KIND = "newskg-dict-title-kind";
    static final String PLACE_WORD = "newskg-dict-place-word";
    static final String GAZETTEER = "newskg-dict-gazetteer";
    static final String NAME_HEAD = "newskg-dict-name-head";
    static final String PLACE_HEAD = "newskg-dict-place-head";
    static final String ORG_CONTEXT = "newskg-dict-org-context";
    static final String CUE_PREFIX = "newskg-dict+";
    /**
     * A surface form must send at least this share of its links to the page; a one-word form the second, unless the
     * gazetteer knows it as a place (one word is often a common word, or many things' name).
     */
    static final double MIN_SCORE = 0.5;
    static final double MIN_ONE_WORD_SCORE = 0.8;
    /** A city read as a place by its name alone must be this large: small towns are named like common words. */
    static final long LARGE_CITY = 100_000;
    private static final double CONFIDENCE = 0.75;
    private static final int MAX_WORDS = 8;
    private static final Set<String> SKIPPED_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT", "TITLE");
    private static final Set<String> INNER_CONNECTORS = Set.of("of", "de", "du", "des", "del", "la", "le", "da", "di",
            "for", "and", "&", "the", "von", "van", "der");

    private final WikiDictionary dictionary;
    private final Function<String, List<GeoPlace>> places;
    private final TypeCues typeCues;
    private final PageKinds pageKinds = new PageKinds();
    private final Lexicon organizationHeads = Lexicon.load("organization-heads.txt");
    private final Lexicon placeWords = Lexicon.load("entity-place-words.txt");
    private final Lexicon placePrepositions = Lexicon.load("entity-place-prepositions.txt");
    private final Lexicon organizationContext = Lexicon.load("entity-organization-context.txt");

    /**
     * @param dictionary the Wikipedia dictionary; a lookup that fails reads as no entry
     * @param places     the gazetteer's places of a name
     * @param typeCues   the context cues
     */
    DictionaryNames(WikiDictionary dictionary, Function<String, List<GeoPlace>> places, TypeCues typeCues) {
        this.dictionary = dictionary;
        this.places = places;
        this.typeCues = typeCues;
    }

    /**
     * The sentence's candidates, a person's name that the dictionary and the gazetteer say is a place retyped, plus
     * the dictionary's names among the capitalized phrases no candidate overlaps.
     */
    List<Candidate> add(Sentence sentence, List<Candidate> inSentence, Set<String> personWords) {
        List<Token> tokens = sentence.tokens();
        // twice, so that a place listed with a place found on the first pass is found on the second
        List<Candidate> result = retypePlaces(sentence, retypePlaces(sentence, inSentence, personWords), personWords);
        int i = 0;
        while (i < tokens.size()) {
            int end = phraseEnd(tokens, i);
            if (end == i) {
                i++;
                continue;
            }
            int begin = i;
            boolean covered = inSentence.stream().anyMatch(c -> c.tokenBegin() < end && begin < c.tokenEnd());
            boolean loneOpener = begin == 0 && end == 1;
            if (!covered && !loneOpener && end - begin <= MAX_WORDS) {
                read(sentence, begin, end, inSentence).filter(c -> c.type().top() != EntityType.TopType.PERSON)
                        .ifPresent(result::add);
            }
            i = end;
        }
        return result;
    }

    private List<Candidate> retypePlaces(Sentence sentence, List<Candidate> candidates, Set<String> personWords) {
        List<Candidate> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean personNamedLikePlace = candidate.type() == EntityType.PERSON && candidate.extractor().equals(
                    CandidateFinder.NER) && !personWords.contains(candidate.key());
            result.add(personNamedLikePlace ? placeNamedAsPerson(sentence, candidate, candidates).orElse(candidate)
                    : candidate);
        }
        return result;
    }

    private Optional<Candidate> placeNamedAsPerson(Sentence sentence, Candidate person, List<Candidate> known) {
        return read(sentence, person.tokenBegin(), person.tokenEnd(), known)
                .filter(c -> c.type().top() == EntityType.TopType.PLACE && !c.extractor().equals(PLACE_HEAD));
    }

    /** The phrase as a name the dictionary knows, typed by the evidence. */
    private Optional<Candidate> read(Sentence sentence, int begin, int end, List<Candidate> known) {
        List<Token> tokens = sentence.tokens();
        String text = CandidateFinder.joined(tokens, begin, end);
        Optional<WikiEntry> entry = lookup(text).filter(e -> e.score() >= MIN_SCORE);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        boolean weakOneWord = end - begin == 1 && entry.get().score() < MIN_ONE_WORD_SCORE;
        Candidate untyped = new Candidate(sentence.index(), begin, end, new Span(tokens.get(begin).span().begin(),
                tokens.get(end - 1).span().end()), text, NameLib.displayCase(text), EntityType.PERSON, CONFIDENCE,
                "", Optional.empty());
        return typeOf(sentence, untyped, entry.get().title(), known)
                .filter(t -> !weakOneWord || t.rule().equals(GAZETTEER)).map(t -> new Candidate(untyped.sentenceIndex(), begin,
                end, untyped.span(), text, untyped.name(), t.type(), CONFIDENCE, t.rule(), Optional.empty()));
    }

    private record Typed(EntityType type, String rule) {
    }

    private Optional<Typed> typeOf(Sentence sentence, Candidate name, String title, List<Candidate> known) {
        String text = name.text();
        String titleName = PageKinds.name(title);
        List<String> titleWords = NameLib.words(titleName);
        String titleLast = titleWords.isEmpty() ? "" : titleWords.get(titleWords.size() - 1);
        if (!PageKinds.sameName(text, titleName)) {
            boolean placeWordAdded = PageKinds.sameName(text + " " + titleLast, titleName) && placeWords.contains(
                    titleLast) || PageKinds.sameName(titleLast + " " + text, titleName) && placeWords.contains(
                    NameLib.words(titleName).get(0));
            boolean acronym = NameLib.isAllCaps(text) && text.length() >= 2 && titleWords.size() >= 2
                    && NameLib.key(text).replace(" ", "").equals(initials(titleWords))
                    && titleWords.stream().anyMatch(organizationHeads::contains);
            return placeWordAdded ? Optional.of(new Typed(EntityType.PLACE, PLACE_WORD))
                    : acronym ? Optional.of(new Typed(EntityType.ORGANIZATION, NAME_HEAD)) : Optional.empty();
        }
        Optional<PageKinds.Kind> kind = pageKinds.kind(title);
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case ORGANIZATION -> Optional.of(new Typed(EntityType.ORGANIZATION, TITLE_KIND));
                case PLACE -> Optional.of(new Typed(placeKind(text, 0).orElse(EntityType.PLACE), TITLE_KIND));
                case PERSON, WORK, OTHER -> Optional.empty();
            };
        }
        if (PageKinds.qualifier(title).flatMap(q -> placeKind(q, LARGE_CITY)).isPresent()) {
            return Optional.of(new Typed(placeKind(text, 0).orElse(EntityType.PLACE), GAZETTEER));
        }
        if (PageKinds.qualifier(title).isPresent()) {
            return Optional.empty();
        }
        boolean afterPlacePreposition = name.tokenBegin() > 0 && placePrepositions.contains(
                sentence.tokens().get(name.tokenBegin() - 1).word());
        boolean placeContext = afterPlacePreposition || listedWithPlace(sentence, name, known);
        Optional<EntityType> place = placeKind(text, placeContext ? 0 : LARGE_CITY);
        if (place.isPresent()) {
            return Optional.of(new Typed(place.get(), GAZETTEER));
        }
        List<String> words = NameLib.words(text);
        String last = words.get(words.size() - 1);
        if (words.size() >= 2 && organizationHeads.contains(last)) {
            return Optional.of(new Typed(EntityType.ORGANIZATION, NAME_HEAD));
        }
        if (words.size() >= 2 && placeWords.contains(last)) {
            return Optional.of(new Typed(EntityType.PLACE, PLACE_HEAD));
        }
        Optional<String> cue = typeCues.organizationCue(sentence, name);
        if (cue.isPresent()) {
            return Optional.of(new Typed(EntityType.ORGANIZATION, CUE_PREFIX + cue.get()));
        }
        return organizationContext(sentence, name.tokenBegin())
                ? Optional.of(new Typed(EntityType.ORGANIZATION, ORG_CONTEXT)) : Optional.empty();
    }

    /** "Oakdale, Fenwick and Tarn": a place right before or after the name, with a comma or "and" between. */
    private static boolean listedWithPlace(Sentence sentence, Candidate name, List<Candidate> known) {
        List<Token> tokens = sentence.tokens();
        return known.stream().filter(c -> c.type().top() == EntityType.TopType.PLACE).anyMatch(place ->
                place.tokenEnd() + 1 == name.tokenBegin() && isListJoint(tokens.get(place.tokenEnd()))
                        || name.tokenEnd() + 1 == place.tokenBegin() && isListJoint(tokens.get(name.tokenEnd())));
    }

    private static boolean isListJoint(Token token) {
        return token.word().equals(",") || token.word().equals("and");
    }

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        words.stream().filter(w -> !NameLib.isConnector(w)).forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }

    /**
     * "joined the Kestrel Legion", "released by Harbor Audio": a word, or two, before the name (and its "the") that
     * take a body.
     */
    private boolean organizationContext(Sentence sentence, int begin) {
        List<Token> tokens = sentence.tokens();
        int before = begin - 1;
        if (before >= 0 && tokens.get(before).word().equals("the")) {
            before--;
        }
        return before >= 0 && (organizationContext.contains(tokens.get(before).word())
                || before >= 1 && organizationContext.contains(tokens.get(before - 1).word() + " "
                + tokens.get(before).word()));
    }

    /** The kind of place the gazetteer knows by this name, a country before a division before a city. */
    private Optional<EntityType> placeKind(String name, long minCityPopulation) {
        return places.apply(name).stream()
                .filter(p -> p.kind() != PlaceKind.CITY || p.population() >= minCityPopulation)
                .map(p -> switch (p.kind()) {
                    case COUNTRY -> EntityType.COUNTRY;
                    case FIRST_LEVEL_DIVISION -> EntityType.FIRST_LEVEL_DIVISION;
                    case CITY -> EntityType.CITY;
                }).min(Enum::compareTo);
    }

    private Optional<WikiEntry> lookup(String text) {
        if (!WikiDictionary.indexable(text)) {
            return Optional.empty();
        }
        try {
            return dictionary.lookup(text);
        } catch (RuntimeException unavailable) {
            // linking reports an index that cannot be opened; names are still found without it
            return Optional.empty();
        }
    }

    /**
     * The end of the capitalized phrase starting at {@code begin}: proper nouns (and capitalized nouns, adjectives
     * and numbers after the first word), joined by connectors such as "of" and "de"; {@code begin} when none.
     */
    private static int phraseEnd(List<Token> tokens, int begin) {
        int end = begin;
        int lastName = begin - 1;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            boolean first = end == begin;
            boolean name = !SKIPPED_NER.contains(token.ner()) && (NameLib.isCapitalized(token.word())
                    && (token.isProperNoun() || !first && token.pos().matches("NNS?|JJ"))
                    || !first && token.pos().equals("CD") && end == lastName + 1);
            boolean connector = !first && end <= lastName + 2 && INNER_CONNECTORS.contains(token.word());
            if (name) {
                lastName = end;
            } else if (!connector) {
                break;
            }
            end++;
        }
        return lastName + 1 > begin ? lastName + 1 : begin;
    }
}

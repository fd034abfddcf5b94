package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newskg.extract.EntityType;
import org.newskg.extract.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/**
 * Names that end in a common noun, which NER misses or cuts: a country's or a city's government, police or armed
 * forces ("the Colombian government", "Chicago's police department"), and a place named by a proper noun and a
 * place noun ("Porter Street", where NER tags "Porter" a person and "Street" a place).
 *
 * <p>Immutable and thread-safe.
 */
final class CommonNounNames {
    static final String GENERIC_ORG_RULE = "newskg-generic-org";
    static final String PLACE_HEAD_RULE = "newskg-place-head";
    private static final double CONFIDENCE = 0.8;
    private static final int LONGEST_HEAD = 2;
    private static final java.util.Set<String> LOCATIVE = java.util.Set.of("on", "at", "in", "near", "along");

    private final Lexicon genericOrganizations = Lexicon.load("entity-generic-organizations.txt");
    private final Lexicon placeHeads = Lexicon.load("entity-place-heads.txt");
    private final Lexicon organizationHeads = Lexicon.load("organization-heads.txt");
    private final Lexicon placeDesignators = Lexicon.load("place-designators.txt");

    static final String PLACE_NOUN_RULE = "newskg-type-place-noun";
    static final String PLACE_ORG_JOIN_RULE = "newskg-place-org-join";

    /** The sentence's candidates plus the bodies named after a country or place that precedes them. */
    List<Candidate> addGenericOrganizations(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> result = new ArrayList<>(candidates);
        for (int i = 0; i < tokens.size(); i++) {
            int headEnd = genericHeadEnd(tokens, i);
            if (headEnd == i) {
                continue;
            }
            int begin = i;
            while (begin > 0 && tokens.get(begin - 1).pos().matches("JJ|VBN")
                    && !NameLib.isCapitalized(tokens.get(begin - 1).word())) {
                begin--;
            }
            int end = headEnd;
            int phraseBegin = begin;
            Optional<String> owner = owner(tokens, begin, candidates);
            boolean nationality = owner.isPresent() && tokens.get(begin - 1).ner().equals("NATIONALITY");
            int spanBegin = nationality ? begin - 1 : begin;
            boolean free = result.stream().noneMatch(c -> c.tokenBegin() < end && spanBegin < c.tokenEnd());
            if (owner.isPresent() && free) {
                String words = joined(tokens, phraseBegin, end);
                String name = nationality ? joined(tokens, spanBegin, end) : owner.get() + " " + words;
                Span span = new Span(tokens.get(spanBegin).span().begin(), tokens.get(end - 1).span().end());
                result.add(new Candidate(sentence.index(), spanBegin, end, span, textOf(sentence, span), name,
                        EntityType.ORGANIZATION, CONFIDENCE, GENERIC_ORG_RULE, Optional.empty()));
                coordinated(sentence, end, owner.get()).ifPresent(result::add);
            }
            i = headEnd - 1;
        }
        return result;
    }

    /** "Colombia's army and police": a second body joined by "and" belongs to the same owner. */
    private Optional<Candidate> coordinated(Sentence sentence, int after, String owner) {
        List<Token> tokens = sentence.tokens();
        if (after + 1 >= tokens.size() || !tokens.get(after).word().equals("and")) {
            return Optional.empty();
        }
        int end = genericHeadEnd(tokens, after + 1);
        if (end == after + 1) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(after + 1).span().begin(), tokens.get(end - 1).span().end());
        return Optional.of(new Candidate(sentence.index(), after + 1, end, span, textOf(sentence, span),
                owner + " " + joined(tokens, after + 1, end), EntityType.ORGANIZATION, CONFIDENCE, GENERIC_ORG_RULE,
                Optional.empty()));
    }

    /**
     * Repairs of one sentence's names by their own words: an organization whose name ends in a place noun and no
     * organization noun is a place ("Capitol Hill"), and so is a person's name after "on", "at" or "in" ("gathered
     * on Marlow Hill"); a common noun alone after a possessive is a fragment of a
     * name ("the Grady County Sheriff's Department"), no name.
     */
    List<Candidate> retypeByOwnWords(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String last = tokens.get(candidate.tokenEnd() - 1).word();
            boolean commonNoun = organizationHeads.contains(last) || placeHeads.contains(last)
                    || placeDesignators.contains(last);
            boolean possessed = candidate.tokenBegin() > 0
                    && NameLib.isPossessive(tokens.get(candidate.tokenBegin() - 1).word());
            if (candidate.tokenEnd() - candidate.tokenBegin() == 1 && commonNoun && possessed) {
                continue;
            }
            boolean located = candidate.tokenBegin() > 0
                    && LOCATIVE.contains(tokens.get(candidate.tokenBegin() - 1).word().toLowerCase(Locale.ROOT));
            boolean placeNamed = (candidate.type().top() == EntityType.TopType.ORGANIZATION
                    || candidate.type() == EntityType.PERSON && located)
                    && candidate.tokenEnd() - candidate.tokenBegin() >= 2 && placeHeads.contains(last)
                    && tokens.subList(candidate.tokenBegin(), candidate.tokenEnd()).stream()
                    .noneMatch(t -> organizationHeads.contains(t.word()));
            result.add(placeNamed ? new Candidate(candidate.sentenceIndex(), candidate.tokenBegin(),
                    candidate.tokenEnd(), candidate.span(), candidate.text(), candidate.name(), EntityType.PLACE,
                    candidate.confidence(), PLACE_NOUN_RULE, candidate.alias()) : candidate);
        }
        return result;
    }

    /** "Pakistan Muslim League": a place written right before an organization's name is part of that name. */
    List<Candidate> joinPlaceAndOrganization(Sentence sentence, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(java.util.Comparator.comparingInt(Candidate::tokenBegin));
        List<Candidate> result = new ArrayList<>();
        for (Candidate current : sorted) {
            Candidate previous = result.isEmpty() ? null : result.get(result.size() - 1);
            boolean joins = previous != null && previous.tokenEnd() == current.tokenBegin()
                    && previous.type().top() == EntityType.TopType.PLACE && previous.alias().isEmpty()
                    && current.type().top() == EntityType.TopType.ORGANIZATION && current.alias().isEmpty()
                    && !current.extractor().equals(GENERIC_ORG_RULE)
                    && !NameLib.isPossessive(sentence.tokens().get(previous.tokenEnd() - 1).word());
            if (joins) {
                result.remove(result.size() - 1);
                Span span = new Span(previous.span().begin(), current.span().end());
                result.add(new Candidate(sentence.index(), previous.tokenBegin(), current.tokenEnd(), span,
                        textOf(sentence, span), previous.name() + " " + current.name(), current.type(),
                        Math.min(previous.confidence(), current.confidence()), PLACE_ORG_JOIN_RULE, Optional.empty()));
            } else {
                result.add(current);
            }
        }
        return result;
    }

    private int genericHeadEnd(List<Token> tokens, int from) {
        for (int length = LONGEST_HEAD; length >= 1; length--) {
            if (from + length <= tokens.size()) {
                String words = joined(tokens, from, from + length);
                if (words.equals(words.toLowerCase(Locale.ROOT)) && genericOrganizations.contains(words)) {
                    return from + length;
                }
            }
        }
        return from;
    }

    /**
     * Who the body before {@code begin} belongs to: a nationality adjective ("Colombian"), or a place written with
     * a possessive ("Colombia's") or before the noun ("Palermo police").
     */
    private static Optional<String> owner(List<Token> tokens, int begin, List<Candidate> candidates) {
        if (begin == 0) {
            return Optional.empty();
        }
        Token before = tokens.get(begin - 1);
        if (before.ner().equals("NATIONALITY") && NameLib.isCapitalized(before.word())) {
            return Optional.of(before.word());
        }
        boolean possessive = NameLib.isPossessive(before.word());
        int placeEnd = possessive ? begin - 1 : begin;
        return candidates.stream()
                .filter(c -> c.tokenEnd() == placeEnd && c.type().top() == EntityType.TopType.PLACE)
                .findFirst().map(c -> possessive ? c.name() + "'s" : c.name());
    }

    /** "Porter Street": proper nouns followed by a capitalized place noun are one place. */
    List<Candidate> joinPlaceHeads(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> result = new ArrayList<>(candidates);
        for (int head = 1; head < tokens.size(); head++) {
            Token token = tokens.get(head);
            if (!token.isProperNoun() || !NameLib.isCapitalized(token.word()) || !placeHeads.contains(token.word())) {
                continue;
            }
            int begin = head;
            while (begin > 0 && tokens.get(begin - 1).isProperNoun() && NameLib.isCapitalized(tokens.get(begin - 1)
                    .word()) && !placeHeads.contains(tokens.get(begin - 1).word())
                    && !NameLib.isConnector(tokens.get(begin - 1).word())) {
                begin--;
            }
            int first = begin;
            int end = head + 1;
            boolean named = first < head;
            boolean straddled = result.stream().anyMatch(c -> c.tokenBegin() < end && first < c.tokenEnd()
                    && (c.tokenBegin() < first || c.tokenEnd() > end
                    || c.tokenBegin() == first && c.tokenEnd() == end));
            if (named && !straddled) {
                result.removeIf(c -> c.tokenBegin() >= first && c.tokenEnd() <= end);
                Span span = new Span(tokens.get(first).span().begin(), token.span().end());
                String text = textOf(sentence, span);
                result.add(new Candidate(sentence.index(), first, end, span, text,
                        NameLib.displayCase(joined(tokens, first, end)),
                        EntityType.PLACE, CONFIDENCE, PLACE_HEAD_RULE, Optional.empty()));
            }
        }
        return result;
    }

    private static String textOf(Sentence sentence, Span span) {
        return sentence.text().substring(span.begin() - sentence.span().begin(), span.end() - sentence.span().begin());
    }

    private static String joined(List<Token> tokens, int begin, int end) {
        return tokens.subList(begin, end).stream().map(Token::word).collect(Collectors.joining(" "));
    }
}

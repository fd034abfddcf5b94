package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.EntityType;
import org.newskg.extract.Lexicon;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Mention;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/**
 * Finds the names in an article: CoreNLP's entity mentions, repaired where NER is known to go wrong on news, plus
 * organization names that NER misses. Repairs: a nickname inside a person's name, a place name split in two, an
 * organization named by its head noun, pronouns tagged as people, and the news agency of a dateline.
 */
final class CandidateFinder {
    static final String NER = "corenlp-ner";
    static final String NICKNAME_RULE = "newskg-nickname";
    static final String ORG_HEAD_RULE = "newskg-org-head";
    static final String PLACE_JOIN_RULE = "newskg-place-join";

    private final Lexicon organizationHeads = Lexicon.load("organization-heads.txt");
    private final Lexicon personTitles = Lexicon.load("person-titles.txt");
    private final Lexicon organizationCommonHeads = Lexicon.load("organization-common-heads.txt");
    private final Lexicon placeDesignators = Lexicon.load("place-designators.txt");
    private final CommonNounNames commonNounNames = new CommonNounNames();
    private final TypeCues typeCues = new TypeCues();
    private final Optional<DictionaryNames> dictionaryNames;

    /** @param dictionaryNames the names NER missed that the Wikipedia dictionary knows, when there is one */
    CandidateFinder(Optional<DictionaryNames> dictionaryNames) {
        this.dictionaryNames = dictionaryNames;
    }

    List<Candidate> find(AnnotatedArticle article) {
        List<Candidate> candidates = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            fromMention(article.sentences().get(mention.sentenceIndex()), mention).ifPresent(candidates::add);
        }
        java.util.Set<String> organizationKeys = candidates.stream()
                .filter(c -> c.type() == EntityType.ORGANIZATION).map(Candidate::key)
                .collect(Collectors.toSet());
        Set<String> personWords = candidates.stream().filter(c -> c.type() == EntityType.PERSON)
                .map(Candidate::name).filter(n -> NameLib.words(n).size() >= 2)
                .flatMap(n -> NameLib.words(n).stream().map(NameLib::key)).collect(Collectors.toSet());
        for (Sentence sentence : article.sentences()) {
            List<Candidate> inSentence = candidates.stream()
                    .filter(c -> c.sentenceIndex() == sentence.index()).collect(Collectors.toList());
            candidates.removeAll(inSentence);
            inSentence = Nicknames.join(sentence, inSentence);
            inSentence = joinSplitPlaces(sentence, inSentence, organizationKeys);
            inSentence = addOrganizationsByHead(sentence, inSentence);
            inSentence = commonNounNames.joinPlaceHeads(sentence, inSentence);
            inSentence = commonNounNames.retypeByOwnWords(sentence, inSentence);
            inSentence = commonNounNames.addGenericOrganizations(sentence, inSentence);
            for (DictionaryNames names : dictionaryNames.stream().toList()) {
                inSentence = names.add(sentence, inSentence, personWords);
            }
            if (sentence.index() == 0) {
                inSentence = Datelines.dropAgency(sentence, inSentence);
                inSentence = Datelines.places(sentence, inSentence);
            }
            candidates.addAll(inSentence);
        }
        candidates = new ArrayList<>(typeCues.apply(article, candidates));
        List<Candidate> joined = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            joined.addAll(commonNounNames.joinPlaceAndOrganization(sentence, candidates.stream()
                    .filter(c -> c.sentenceIndex() == sentence.index()).toList()));
        }
        candidates = joined;
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.span().begin()));
        return candidates;
    }

    private Optional<Candidate> fromMention(Sentence sentence, Mention mention) {
        List<Token> tokens = sentence.tokens().subList(mention.tokenBegin(), mention.tokenEnd());
        boolean named = tokens.stream().anyMatch(t -> NameLib.isCapitalized(t.word()) && !t.pos().startsWith("PRP"));
        if (!named) {
            return Optional.empty();
        }
        Optional<EntityType> type = entityType(mention.type()).map(t -> headedByOrganizationNoun(t, tokens)
                ? EntityType.ORGANIZATION : t);
        return type.flatMap(t -> candidate(sentence, mention.tokenBegin(), mention.tokenEnd(), t,
                mention.confidence(), NER, Optional.empty()));
    }

    /**
     * "Port Alder Harbour Authority" tagged a place, "Vikram Dala Space Centre" tagged a person: a capitalized
     * organization noun ends the name. A person's name needs three words for it, as "Church" or "Court" end many
     * two-word names of people.
     */
    private boolean headedByOrganizationNoun(EntityType type, List<Token> tokens) {
        String last = tokens.get(tokens.size() - 1).word();
        boolean headed = NameLib.isCapitalized(last) && organizationHeads.contains(last);
        return headed && (type.top() == EntityType.TopType.PLACE
                || type == EntityType.PERSON && tokens.size() >= 3);
    }

    private static Optional<EntityType> entityType(MentionType type) {
        return switch (type) {
            case PERSON -> Optional.of(EntityType.PERSON);
            case ORGANIZATION -> Optional.of(EntityType.ORGANIZATION);
            case COUNTRY -> Optional.of(EntityType.COUNTRY);
            case STATE_OR_PROVINCE -> Optional.of(EntityType.FIRST_LEVEL_DIVISION);
            case CITY -> Optional.of(EntityType.CITY);
            case LOCATION -> Optional.of(EntityType.PLACE);
            case MISC, NATIONALITY -> Optional.empty();
        };
    }

    /** A candidate over tokens {@code [begin, end)}, its name stripped of titles, articles and possessives. */
    private Optional<Candidate> candidate(Sentence sentence, int begin, int end, EntityType type, double confidence,
                                          String extractor, Optional<String> alias) {
        List<Token> tokens = sentence.tokens();
        int nameBegin = begin;
        int nameEnd = end;
        while (nameEnd > nameBegin && NameLib.isPossessive(tokens.get(nameEnd - 1).word())) {
            nameEnd--;
        }
        while (nameBegin < nameEnd && strippable(tokens.get(nameBegin), type, nameEnd - nameBegin)) {
            nameBegin++;
        }
        if (nameBegin >= nameEnd) {
            return Optional.empty();
        }
        String name = NameLib.displayCase(joined(tokens, nameBegin, nameEnd));
        Span span = new Span(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end());
        String text = joined(tokens, begin, end);
        return Optional.of(new Candidate(sentence.index(), begin, end, span, text, name, type, confidence,
                extractor, alias));
    }

    private boolean strippable(Token token, EntityType type, int remaining) {
        String word = token.word();
        if (word.equalsIgnoreCase("the")) {
            return true;
        }
        return type == EntityType.PERSON && remaining > 1
                && (personTitles.contains(word) || !NameLib.isCapitalized(word) || !token.isProperNoun());
    }

    /**
     * NER splits "Mexico City" into a country and a location: a place followed by a place designator is one place.
     * "Oxfam France" is a branch of an organization the article names: one organization.
     */
    private List<Candidate> joinSplitPlaces(Sentence sentence, List<Candidate> candidates,
                                            java.util.Set<String> organizationKeys) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::tokenBegin));
        List<Candidate> result = new ArrayList<>();
        for (Candidate current : sorted) {
            Candidate previous = result.isEmpty() ? null : result.get(result.size() - 1);
            Optional<EntityType> joinedType = previous == null || previous.tokenEnd() != current.tokenBegin()
                    || current.alias().isPresent() || previous.alias().isPresent() ? Optional.empty()
                    : joinedType(previous, current, organizationKeys);
            if (joinedType.isPresent()) {
                result.remove(result.size() - 1);
                candidate(sentence, previous.tokenBegin(), current.tokenEnd(), joinedType.get(),
                        Math.min(previous.confidence(), current.confidence()), PLACE_JOIN_RULE, Optional.empty())
                        .ifPresent(result::add);
            } else {
                result.add(current);
            }
        }
        return result;
    }

    private Optional<EntityType> joinedType(Candidate previous, Candidate current, java.util.Set<String> orgKeys) {
        if (current.type().top() != EntityType.TopType.PLACE) {
            return Optional.empty();
        }
        if (orgKeys.contains(previous.key()) && current.type() == EntityType.COUNTRY) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (previous.type().top() == EntityType.TopType.PLACE && NameLib.words(current.name()).size() == 1
                && placeDesignators.contains(current.name())) {
            return Optional.of(current.name().equalsIgnoreCase("City") ? EntityType.CITY : previous.type());
        }
        if (previous.type().top() == EntityType.TopType.PLACE && previous.type() != EntityType.COUNTRY
                && current.type() == EntityType.PLACE) {
            return Optional.of(EntityType.PLACE);
        }
        return Optional.empty();
    }

    /** "Institute for Ocean Policy", "Coastal Program": capitalized phrases headed by an organization noun. */
    private List<Candidate> addOrganizationsByHead(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> result = new ArrayList<>(candidates);
        int i = 0;
        while (i < tokens.size()) {
            int end = capitalizedPhraseEnd(tokens, i);
            if (end > i) {
                int pieceEnd = nextArticleJoint(tokens, i, end);
                boolean forTheJoint = pieceEnd < end && tokens.get(pieceEnd).word().equalsIgnoreCase("for");
                end = pieceEnd;
                organizationInPhrase(sentence, i, end, result).ifPresent(org -> {
                    boolean covered = result.stream().anyMatch(c -> c.overlaps(org)
                            && !(forTheJoint && c.type() == EntityType.ORGANIZATION && c.tokenEnd() > org.tokenEnd())
                            && (c.tokenEnd() - c.tokenBegin() >= org.tokenEnd() - org.tokenBegin()
                            || c.alias().isPresent()));
                    if (!covered) {
                        result.removeIf(org::overlaps);
                        result.add(org);
                    }
                });
                i = end;
            } else {
                i++;
            }
        }
        return result;
    }

    /**
     * "Coastal Program for the Institute for Ocean Policy" names two organizations: a connector followed by
     * "the" joins two names rather than continuing one.
     */
    private static int nextArticleJoint(List<Token> tokens, int begin, int end) {
        for (int k = begin + 1; k + 1 < end; k++) {
            if (NameLib.isConnector(tokens.get(k).word()) && tokens.get(k + 1).word().equals("the")) {
                return k;
            }
        }
        return end;
    }

    private static int capitalizedPhraseEnd(List<Token> tokens, int begin) {
        int end = begin;
        int lastCapitalized = -1;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            boolean name = NameLib.isCapitalized(token.word()) && (token.isProperNoun() || token.pos().startsWith("NN"))
                    && !(end == 0 && token.word().equals("The"))
                    && !Set.of("DATE", "TIME", "DURATION", "SET").contains(token.ner());
            boolean connector = lastCapitalized >= 0 && NameLib.isConnector(token.word())
                    && !token.word().equals("and");
            if (name) {
                lastCapitalized = end;
            } else if (!connector) {
                break;
            }
            end++;
        }
        return lastCapitalized + 1 > begin ? lastCapitalized + 1 : begin;
    }

    private Optional<Candidate> organizationInPhrase(Sentence sentence, int begin, int end,
                                                     List<Candidate> known) {
        List<Token> tokens = sentence.tokens();
        for (Candidate person : known) {
            if (person.type() == EntityType.PERSON && person.tokenBegin() > begin && person.tokenBegin() < end) {
                end = person.tokenBegin();
            }
        }
        while (end > begin && (NameLib.isConnector(tokens.get(end - 1).word())
                || personTitles.contains(tokens.get(end - 1).word()))) {
            end--;
        }
        int commonHeadEnd = commonHeadEnd(tokens, end);
        if (commonHeadEnd > end) {
            return candidate(sentence, begin, commonHeadEnd, EntityType.ORGANIZATION, 0.7, ORG_HEAD_RULE,
                    Optional.empty());
        }
        for (int head = end - 1; head >= begin; head--) {
            boolean lastOrBeforeConnector = head == end - 1 || NameLib.isConnector(tokens.get(head + 1).word());
            if (organizationHeads.contains(tokens.get(head).word()) && lastOrBeforeConnector
                    && NameLib.isCapitalized(tokens.get(head).word())) {
                return candidate(sentence, begin, end, EntityType.ORGANIZATION, 0.7, ORG_HEAD_RULE,
                        Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** The end of a lower-case group noun right after a name ("Gambino crime family"), or {@code from}. */
    private int commonHeadEnd(List<Token> tokens, int from) {
        for (int length = 2; length >= 1; length--) {
            if (from + length <= tokens.size()) {
                String words = tokens.subList(from, from + length).stream().map(Token::word)
                        .collect(Collectors.joining(" "));
                if (!NameLib.isCapitalized(words) && organizationCommonHeads.contains(words)) {
                    return from + length;
                }
            }
        }
        return from;
    }

    static String joined(List<Token> tokens, int begin, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = begin; i < end; i++) {
            Token token = tokens.get(i);
            if (i > begin && token.span().begin() > tokens.get(i - 1).span().end()) {
                text.append(' ');
            }
            text.append(token.word());
        }
        return text.toString();
    }
}

package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.EntityType;
import org.newskg.extract.Lexicon;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads what kind of thing a name is from the words around it, where NER's tag is often wrong on news: "the band
 * Larkspur", "Quill, a messaging app", "the Kestrel Party (KP) president" make organizations, "freshman Ana Lind" a
 * person, and "Hurricane Kate" is a storm, no person. A cue retypes the one mention it stands next to and names
 * itself as that mention's extractor; {@link Cluster#type()} then weighs it against NER's reading of the other
 * mentions.
 *
 * <p>Immutable and thread-safe.
 */
final class TypeCues {
    static final String ORG_NOUN_BEFORE = "newskg-type-org-noun-before";
    static final String ORG_APPOSITION = "newskg-type-org-apposition";
    static final String ORG_ROLE_AFTER = "newskg-type-org-role-after";
    static final String ORG_ROLE_OF = "newskg-type-org-role-of";
    static final String ORG_MEDIA_REPORTS = "newskg-type-org-media-reports";
    static final String PERSON_APPOSITION = "newskg-type-person-apposition";
    static final String PERSON_NOUN_BEFORE = "newskg-type-person-noun-before";
    static final String PREFIX = "newskg-type-";
    private static final double CUE_CONFIDENCE = 0.95;
    private static final int MAX_APPOSITION_WORDS = 4;
    private static final int MAX_PARENTHETICAL = 4;
    private static final Set<String> MEMBERSHIP = Set.of("member", "members");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final Lexicon organizationNouns = Lexicon.load("entity-organization-nouns.txt");
    private final Lexicon organizationRoles = Lexicon.load("entity-organization-roles.txt");
    private final Lexicon roleNouns = Lexicon.load("role-nouns.txt");
    private final Lexicon personNouns = Lexicon.load("entity-person-nouns.txt");
    private final Lexicon namedThings = Lexicon.load("entity-named-things.txt");
    private final Lexicon organizationHeads = Lexicon.load("organization-heads.txt");

    /** The candidates, each retyped by its context when a cue says so; the given names of storms are left out. */
    List<Candidate> apply(AnnotatedArticle article, List<Candidate> candidates) {
        Set<String> thingNames = thingNames(article);
        List<Candidate> result = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type() == EntityType.PERSON && thingNames.contains(candidate.key())) {
                continue;
            }
            Sentence sentence = article.sentences().get(candidate.sentenceIndex());
            result.add(cue(sentence, candidate).map(cue -> retyped(candidate, cue)).orElse(candidate));
        }
        return result;
    }

    /** "Hurricane Kate": the keys of given names written after a capitalized word for a named thing. */
    private Set<String> thingNames(AnnotatedArticle article) {
        Set<String> names = new java.util.HashSet<>();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token next = tokens.get(i + 1);
                if (NameLib.isCapitalized(tokens.get(i).word()) && namedThings.contains(tokens.get(i).word())
                        && next.isProperNoun() && NameLib.isCapitalized(next.word())) {
                    names.add(NameLib.key(next.word()));
                }
            }
        }
        return names;
    }

    private record Cue(EntityType type, String rule) {
    }

    private Optional<Cue> cue(Sentence sentence, Candidate candidate) {
        EntityType.TopType top = candidate.type().top();
        if (top != EntityType.TopType.ORGANIZATION && (organizationNounBefore(sentence, candidate)
                || organizationApposition(sentence, candidate))) {
            return Optional.of(new Cue(EntityType.ORGANIZATION,
                    organizationNounBefore(sentence, candidate) ? ORG_NOUN_BEFORE : ORG_APPOSITION));
        }
        if (top == EntityType.TopType.PERSON && organizationRoleAfter(sentence, candidate)) {
            return Optional.of(new Cue(EntityType.ORGANIZATION, ORG_ROLE_AFTER));
        }
        if (top != EntityType.TopType.ORGANIZATION && organizationRoleOf(sentence, candidate)) {
            return Optional.of(new Cue(EntityType.ORGANIZATION, ORG_ROLE_OF));
        }
        if (top != EntityType.TopType.ORGANIZATION && mediaReports(sentence, candidate)) {
            return Optional.of(new Cue(EntityType.ORGANIZATION, ORG_MEDIA_REPORTS));
        }
        if (top != EntityType.TopType.PERSON && personNounBefore(sentence, candidate)) {
            return Optional.of(new Cue(EntityType.PERSON, PERSON_NOUN_BEFORE));
        }
        if (top != EntityType.TopType.PERSON && personApposition(sentence, candidate)) {
            return Optional.of(new Cue(EntityType.PERSON, PERSON_APPOSITION));
        }
        return Optional.empty();
    }

    /**
     * The rule of a context cue that makes a name an organization, read as for a name NER called a person (the
     * reading most cues weigh against), if one does.
     */
    Optional<String> organizationCue(Sentence sentence, Candidate candidate) {
        return cue(sentence, candidate.withType(EntityType.PERSON)).filter(c -> c.type() == EntityType.ORGANIZATION)
                .map(Cue::rule);
    }

    private static Candidate retyped(Candidate candidate, Cue cue) {
        return new Candidate(candidate.sentenceIndex(), candidate.tokenBegin(), candidate.tokenEnd(),
                candidate.span(), candidate.text(), candidate.name(), cue.type(), CUE_CONFIDENCE, cue.rule(),
                candidate.alias());
    }

    /** "the band Larkspur", "carmaker Zentrix": a lower-case organization noun right before the name. */
    private boolean organizationNounBefore(Sentence sentence, Candidate candidate) {
        return before(sentence, candidate).filter(t -> !NameLib.isCapitalized(t.word()) && t.pos().startsWith("NN")
                && organizationNouns.contains(t.word())).isPresent();
    }

    /** "Quill, a messaging app", "Larkspur, the band he formed": an apposition headed by an organization noun. */
    private boolean organizationApposition(Sentence sentence, Candidate candidate) {
        List<Token> tokens = sentence.tokens();
        int comma = candidate.tokenEnd();
        if (comma + 2 >= tokens.size() || !tokens.get(comma).word().equals(",")
                || !ARTICLES.contains(tokens.get(comma + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = comma + 2; k < tokens.size() && k <= comma + 1 + MAX_APPOSITION_WORDS; k++) {
            Token token = tokens.get(k);
            boolean head = k + 1 == tokens.size() || !tokens.get(k + 1).pos().startsWith("NN");
            if (head) {
                return token.pos().startsWith("NN") && !NameLib.isCapitalized(token.word())
                        && organizationNouns.contains(token.word());
            }
        }
        return false;
    }

    /** "the Kestrel Party (KP) president", "Larkspur drummer", "Zentrix's shares". */
    private boolean organizationRoleAfter(Sentence sentence, Candidate candidate) {
        List<Token> tokens = sentence.tokens();
        int k = candidate.tokenEnd();
        if (k < tokens.size() && tokens.get(k).word().matches("-LRB-|\\(")) {
            int close = k + 1;
            while (close < tokens.size() && close <= k + MAX_PARENTHETICAL && !tokens.get(close).word()
                    .matches("-RRB-|\\)")) {
                close++;
            }
            k = close + 1;
        }
        if (k < tokens.size() && NameLib.isPossessive(tokens.get(k).word())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).pos().startsWith("NN") && organizationRoles.contains(
                tokens.get(k).word());
    }

    /**
     * "the drummer of Larkspur", "a member of Larkspur": a role in an organization, then "of" and the name. A name
     * NER took for a place needs "member": the president of a country is no sign that it is an organization.
     */
    private boolean organizationRoleOf(Sentence sentence, Candidate candidate) {
        List<Token> tokens = sentence.tokens();
        int of = candidate.tokenBegin() - 1;
        if (of >= 0 && tokens.get(of).word().equalsIgnoreCase("the")) {
            of--;
        }
        if (of < 1 || !tokens.get(of).word().equals("of") || !tokens.get(of - 1).pos().startsWith("NN")) {
            return false;
        }
        String role = tokens.get(of - 1).word().toLowerCase(java.util.Locale.ROOT);
        boolean person = candidate.type().top() == EntityType.TopType.PERSON;
        return person ? organizationRoles.contains(role) : MEMBERSHIP.contains(role);
    }

    /** "..., Telvia reports.": a source named after a comma and before "reports" that ends the sentence. */
    private static boolean mediaReports(Sentence sentence, Candidate candidate) {
        List<Token> tokens = sentence.tokens();
        int verb = candidate.tokenEnd();
        return candidate.tokenBegin() > 0 && tokens.get(candidate.tokenBegin() - 1).word().equals(",")
                && verb + 1 < tokens.size() && tokens.get(verb).word().matches("reports|reported")
                && tokens.get(verb + 1).word().matches("[.!?]");
    }

    /** "freshman Ana Lind": a lower-case noun for a person right before a name of proper nouns only. */
    private boolean personNounBefore(Sentence sentence, Candidate candidate) {
        List<Token> name = sentence.tokens().subList(candidate.tokenBegin(), candidate.tokenEnd());
        boolean properNouns = name.size() >= 2 && name.stream().allMatch(Token::isProperNoun)
                && !organizationHeads.contains(name.get(name.size() - 1).word());
        return properNouns && before(sentence, candidate).filter(t -> !NameLib.isCapitalized(t.word())
                && t.pos().startsWith("NN") && !organizationNouns.contains(t.word())
                && (roleNouns.contains(t.word()) || personNouns.contains(t.word()))).isPresent();
    }

    /**
     * "Mirela Costa, the Kestrel Party (KP) president, said": a name of proper nouns followed by an apposition
     * whose head is a noun for a person. The head is the last noun before the phrase ends (a comma, a verb, a
     * preposition, a pronoun); words in parentheses are skipped; "member" is left out, as organizations are members.
     */
    private boolean personApposition(Sentence sentence, Candidate candidate) {
        List<Token> tokens = sentence.tokens();
        List<Token> name = tokens.subList(candidate.tokenBegin(), candidate.tokenEnd());
        int comma = candidate.tokenEnd();
        if (name.size() < 2 || !name.stream().allMatch(Token::isProperNoun) || comma + 2 >= tokens.size()
                || !tokens.get(comma).word().equals(",")
                || !ARTICLES.contains(tokens.get(comma + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        Token head = null;
        boolean inParentheses = false;
        for (int k = comma + 2; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.word().matches("-LRB-|\\(") || token.word().matches("-RRB-|\\)")) {
                inParentheses = token.word().matches("-LRB-|\\(");
                continue;
            }
            if (inParentheses) {
                continue;
            }
            if (token.pos().matches("VB.*|IN|PRP.*|W.*|CC|TO") || !Character.isLetterOrDigit(token.word().charAt(0))) {
                break;
            }
            if (token.pos().startsWith("NN")) {
                head = token;
            }
        }
        return head != null && !NameLib.isCapitalized(head.word()) && !head.word().equals("member")
                && !organizationNouns.contains(head.word())
                && (roleNouns.contains(head.word()) || personNouns.contains(head.word()));
    }

    private static Optional<Token> before(Sentence sentence, Candidate candidate) {
        return candidate.tokenBegin() > 0 ? Optional.of(sentence.tokens().get(candidate.tokenBegin() - 1))
                : Optional.empty();
    }

    static boolean typedByContext(Candidate candidate) {
        return candidate.extractor().startsWith(PREFIX);
    }
}

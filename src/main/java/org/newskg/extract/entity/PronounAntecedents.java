package org.newskg.extract.entity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Lexicon;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/**
 * Whose a pronoun is when its coreference chain holds the names of several people, as when CoreNLP merges namesakes
 * ("Rui Lind" and his wife "Ana Lind"): the person of the nearest name before it in the chain that agrees with it in
 * gender, named in the pronoun's sentence or the {@value #SENTENCES_BACK} before. A name's gender comes from the words
 * next to one of its mentions: a title before it ("Queen Ana") or a kinship noun in apposition ("his wife, Ana").
 * Immutable.
 */
final class PronounAntecedents {
    static final int SENTENCES_BACK = 2;
    private static final Map<String, String> GENDER_WORDS = Lexicon.loadTable("entity-person-gender.txt");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> APPOSITION = Set.of("appos", "compound");

    private final AnnotatedArticle article;
    private final List<Cluster> clusters;

    PronounAntecedents(AnnotatedArticle article, List<Cluster> clusters) {
        this.article = article;
        this.clusters = List.copyOf(clusters);
    }

    /** Whether the pronoun of this chain refers to the cluster's person. */
    boolean owns(CorefChain chain, CorefMention pronoun, Cluster cluster) {
        Optional<String> gender = pronounGender(pronoun.text());
        List<CorefMention> namesBefore = chain.mentions().stream()
                .filter(m -> m.kind() == CorefMention.Kind.PROPER && before(m, pronoun)
                        && pronoun.sentenceIndex() - m.sentenceIndex() <= SENTENCES_BACK
                        && quoted(m) == quoted(pronoun))
                .sorted(Comparator.comparingInt(CorefMention::sentenceIndex)
                        .thenComparingInt(CorefMention::tokenBegin).reversed())
                .toList();
        for (CorefMention name : namesBefore) {
            Optional<Cluster> named = clusters.stream().filter(c -> names(c, name)).findFirst();
            if (named.isPresent() && agrees(named.get(), gender)) {
                return named.get() == cluster;
            }
        }
        return false;
    }

    private static boolean before(CorefMention m, CorefMention pronoun) {
        return m.sentenceIndex() < pronoun.sentenceIndex()
                || m.sentenceIndex() == pronoun.sentenceIndex() && m.tokenEnd() <= pronoun.tokenBegin();
    }

    /** Whether the mention stands inside quotation marks its sentence opens. */
    private boolean quoted(CorefMention mention) {
        List<org.newskg.nlp.Token> tokens = article.sentences().get(mention.sentenceIndex()).tokens();
        int open = 0;
        for (int t = 0; t < mention.tokenBegin() && t < tokens.size(); t++) {
            String pos = tokens.get(t).pos();
            open += pos.equals("``") ? 1 : pos.equals("''") ? -1 : 0;
        }
        return open > 0;
    }

    private static boolean names(Cluster cluster, CorefMention name) {
        return cluster.members().stream().anyMatch(c -> c.sentenceIndex() == name.sentenceIndex()
                && c.tokenBegin() < name.tokenEnd() && name.tokenBegin() < c.tokenEnd());
    }

    private boolean agrees(Cluster cluster, Optional<String> pronounGender) {
        if (pronounGender.isEmpty()) {
            return true;
        }
        Set<String> cues = new HashSet<>();
        for (Candidate member : cluster.members()) {
            cues.addAll(genderCues(member));
        }
        return cues.size() != 1 || cues.contains(pronounGender.get());
    }

    /** The genders the words next to one mention tell: a title just before it, a noun in apposition to it. */
    private Set<String> genderCues(Candidate member) {
        Sentence sentence = article.sentences().get(member.sentenceIndex());
        Set<String> cues = new HashSet<>();
        for (int t = Math.max(0, member.tokenBegin() - 1); t <= member.tokenBegin(); t++) {
            gender(sentence, t).ifPresent(cues::add);
        }
        for (Dependency d : sentence.dependencies()) {
            boolean fromMember = inside(member, d.governor()) && !inside(member, d.dependent());
            boolean toMember = inside(member, d.dependent()) && !inside(member, d.governor());
            if (APPOSITION.contains(d.relation()) && d.governor() >= 0 && (fromMember || toMember)) {
                gender(sentence, fromMember ? d.dependent() : d.governor()).ifPresent(cues::add);
            }
        }
        return cues;
    }

    private static boolean inside(Candidate member, int token) {
        return token >= member.tokenBegin() && token < member.tokenEnd();
    }

    private static Optional<String> gender(Sentence sentence, int token) {
        String word = sentence.tokens().get(token).word().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String lemma = sentence.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(GENDER_WORDS.get(word)).or(() -> Optional.ofNullable(GENDER_WORDS.get(lemma)));
    }

    private static Optional<String> pronounGender(String pronoun) {
        String word = pronoun.strip().toLowerCase(Locale.ROOT);
        if (MALE_PRONOUNS.contains(word)) {
            return Optional.of("male");
        }
        return FEMALE_PRONOUNS.contains(word) ? Optional.of("female") : Optional.empty();
    }
}

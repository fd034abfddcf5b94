package org.newskg.extract.entity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Lexicon;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/**
 * Whose a pronoun is when its coreference chain holds the names of several people, as when CoreNLP merges namesakes
 * ("Rui Lind" and his wife "Ana Lind"): the person named nearest before it who agrees with it in gender, when that
 * name is in the chain. The name stands in the pronoun's sentence or the {@value #SENTENCES_BACK} before, and inside
 * quotation marks only when the pronoun is too (a name the speaker says is not who "he added" is). A name's gender
 * comes from one of its mentions: its given name in CoreNLP's list (unless several people's names start with that
 * word, a family name written first), a title before it ("Queen Ana") or a kinship noun in apposition ("his wife,
 * Ana"). Also used to keep a chain's pronouns from its only name when they disagree in gender.
 * Immutable.
 */
final class PronounAntecedents {
    static final int SENTENCES_BACK = 2;
    private static final Map<String, String> GENDER_WORDS = Lexicon.loadTable("entity-person-gender.txt");
    /** CoreNLP's own list of given names and their gender (name TAB MALE|FEMALE), shipped in its models jar. */
    private static final String GIVEN_NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, String> GIVEN_NAME_GENDERS = givenNames();
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> APPOSITION = Set.of("appos", "compound");

    private final AnnotatedArticle article;
    private final List<Cluster> clusters;
    private final Map<Cluster, Set<String>> genders = new java.util.IdentityHashMap<>();
    /** First words that several people's names share: family names written first ("Li Wei", "Li Na"). */
    private final Set<String> sharedFirstWords;

    PronounAntecedents(AnnotatedArticle article, List<Cluster> clusters) {
        this.article = article;
        this.clusters = clusters.stream().filter(c -> c.topType() == TopType.PERSON).toList();
        Map<String, Long> firstWords = this.clusters.stream().map(c -> firstWord(c.canonicalName()))
                .collect(java.util.stream.Collectors.groupingBy(w -> w, java.util.stream.Collectors.counting()));
        this.sharedFirstWords = firstWords.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (Cluster cluster : this.clusters) {
            Set<String> cues = new HashSet<>();
            cluster.members().forEach(member -> cues.addAll(genderCues(member)));
            genders.put(cluster, cues);
        }
    }

    /**
     * Whether the pronoun of this chain refers to the cluster's person: the nearest person named before it that
     * agrees with it is one of the chain's names, and the cluster's.
     */
    boolean owns(CorefChain chain, CorefMention pronoun, Cluster cluster) {
        Optional<String> gender = pronounGender(pronoun.text());
        boolean quotedPronoun = quoted(pronoun.sentenceIndex(), pronoun.tokenBegin());
        List<Candidate> namesBefore = clusters.stream().filter(c -> agrees(c, gender))
                .flatMap(c -> c.members().stream())
                .filter(m -> before(m, pronoun) && pronoun.sentenceIndex() - m.sentenceIndex() <= SENTENCES_BACK
                        && quoted(m.sentenceIndex(), m.tokenBegin()) == quotedPronoun)
                .sorted(Comparator.comparingInt(Candidate::sentenceIndex)
                        .thenComparingInt(Candidate::tokenBegin).reversed())
                .toList();
        if (namesBefore.isEmpty()) {
            return false;
        }
        Candidate nearest = namesBefore.get(0);
        boolean inChain = chain.mentions().stream().anyMatch(m -> m.kind() == CorefMention.Kind.PROPER
                && m.sentenceIndex() == nearest.sentenceIndex() && nearest.tokenBegin() < m.tokenEnd()
                && m.tokenBegin() < nearest.tokenEnd());
        return inChain && cluster.members().contains(nearest);
    }

    private static boolean before(Candidate m, CorefMention pronoun) {
        return m.sentenceIndex() < pronoun.sentenceIndex()
                || m.sentenceIndex() == pronoun.sentenceIndex() && m.tokenEnd() <= pronoun.tokenBegin();
    }

    /** Whether the token stands inside quotation marks its sentence opens. */
    private boolean quoted(int sentenceIndex, int token) {
        List<org.newskg.nlp.Token> tokens = article.sentences().get(sentenceIndex).tokens();
        int open = 0;
        for (int t = 0; t < token && t < tokens.size(); t++) {
            String pos = tokens.get(t).pos();
            open += pos.equals("``") ? 1 : pos.equals("''") ? -1 : 0;
        }
        return open > 0;
    }

    /** Whether a pronoun can refer to the cluster's person: "he" is not a woman's name. */
    boolean agrees(Cluster cluster, CorefMention pronoun) {
        return !genders.containsKey(cluster) || agrees(cluster, pronounGender(pronoun.text()));
    }

    /** A name agrees with a pronoun unless the words next to its mentions tell the other gender only. */
    private boolean agrees(Cluster cluster, Optional<String> pronounGender) {
        Set<String> cues = genders.get(cluster);
        return pronounGender.isEmpty() || cues.size() != 1 || cues.contains(pronounGender.get());
    }

    /**
     * The genders one mention tells: its given name, a title just before it, a kinship noun in apposition to it.
     */
    private Set<String> genderCues(Candidate member) {
        Sentence sentence = article.sentences().get(member.sentenceIndex());
        Set<String> cues = new HashSet<>();
        String givenName = firstWord(member.name());
        Optional.ofNullable(GIVEN_NAME_GENDERS.get(givenName)).filter(g -> !g.isEmpty())
                .filter(g -> !sharedFirstWords.contains(givenName)).ifPresent(cues::add);
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

    private static String firstWord(String name) {
        return name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private static boolean inside(Candidate member, int token) {
        return token >= member.tokenBegin() && token < member.tokenEnd();
    }

    private static Optional<String> gender(Sentence sentence, int token) {
        String word = sentence.tokens().get(token).word().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String lemma = sentence.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(GENDER_WORDS.get(word)).or(() -> Optional.ofNullable(GENDER_WORDS.get(lemma)));
    }

    /** Given names with one gender; a name listed with both is left out. */
    private static Map<String, String> givenNames() {
        try (java.io.InputStream in = PronounAntecedents.class.getResourceAsStream(GIVEN_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's name list is missing from the classpath: " + GIVEN_NAMES);
            }
            Map<String, String> genders = new java.util.HashMap<>();
            new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                    .lines().map(line -> line.split("\t")).filter(columns -> columns.length == 2)
                    .forEach(columns -> genders.merge(columns[0].strip().toLowerCase(Locale.ROOT),
                            columns[1].strip().toLowerCase(Locale.ROOT), (a, b) -> a.equals(b) ? a : ""));
            return Map.copyOf(genders);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<String> pronounGender(String pronoun) {
        String word = pronoun.strip().toLowerCase(Locale.ROOT);
        if (MALE_PRONOUNS.contains(word)) {
            return Optional.of("male");
        }
        return FEMALE_PRONOUNS.contains(word) ? Optional.of("female") : Optional.empty();
    }
}

package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Kinship;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/**
 * Family ties, read from a kinship noun between two people: "Ana Costa's son, Luis Costa", "her husband, Paul",
 * "his younger brother Tomas Berg", "The daughter of Rosa Lind, Maja Lind said ...". The noun's possessor (a name,
 * or a pronoun that coreference resolved) is one person; the person the noun names (by apposition, by a name right
 * after it, or through coreference) is the other. A pronoun that coreference did not resolve gives no tie.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<FamilyTie> ties = new FamilyExtractor().extract(annotated, EntityIndex.of(entities));
 * }</pre>
 */
public final class FamilyExtractor {
    static final String RULE = "newskg-family-kin";
    static final String SURNAME_RULE = "newskg-family-surname";
    static final String INFERRED_RULE = "newskg-family-inferred";
    private static final Set<Kinship> BLOOD = Set.of(Kinship.CHILD_OF, Kinship.PARENT_OF, Kinship.SIBLING_OF);
    private static final Map<String, Kinship> KIN = kinNouns();
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    private static final Set<String> LINKS = Set.of("appos", "dep", "compound");

    public List<FamilyTie> extract(AnnotatedArticle article, EntityIndex entities) {
        Map<String, FamilyTie> ties = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            ExtractionException.inSentence(sentence, () -> {
                SentenceView view = new SentenceView(sentence, article.body(), entities);
                for (int i = 0; i < view.size(); i++) {
                    int k = i;
                    Optional<Kinship> kinship = kinship(view, k);
                    if (kinship.isEmpty()) {
                        continue;
                    }
                    Optional<Entity> possessor = possessor(view, k);
                    Optional<Entity> named = possessor.flatMap(p -> named(view, k, p));
                    boolean bySurname = false;
                    if (possessor.isPresent() && named.isEmpty() && BLOOD.contains(kinship.get())) {
                        named = onlyNamesake(entities, possessor.get());
                        bySurname = named.isPresent();
                    }
                    if (possessor.isPresent() && named.isPresent()) {
                        add(ties, new FamilyTie(named.get().key(), kinship.get(), possessor.get().key(),
                                evidence(view, k, bySurname ? SURNAME_RULE : RULE, bySurname ? 0.6 : 0.8)));
                    }
                }
            });
        }
        inferred(List.copyOf(ties.values())).forEach(tie -> add(ties, tie));
        return List.copyOf(ties.values());
    }

    /** Adds a tie unless it, or the same tie read the other way round, is already there. */
    private static void add(Map<String, FamilyTie> ties, FamilyTie tie) {
        FamilyTie inverse = tie.inverse();
        String reverse = inverse.personKey() + " " + inverse.relation() + " " + inverse.relativeKey();
        if (!ties.containsKey(reverse)) {
            ties.putIfAbsent(tie.personKey() + " " + tie.relation() + " " + tie.relativeKey(), tie);
        }
    }

    /**
     * Ties that follow from two stated ones: a parent's sibling (an uncle or aunt) and a parent's parent are
     * relatives. The evidence is the second tie's, with the rule {@value #INFERRED_RULE}.
     */
    static List<FamilyTie> inferred(List<FamilyTie> stated) {
        List<FamilyTie> both = new ArrayList<>();
        stated.forEach(t -> both.addAll(List.of(t, t.inverse())));
        List<FamilyTie> result = new ArrayList<>();
        for (FamilyTie child : both) {
            if (child.relation() != Kinship.CHILD_OF) {
                continue;
            }
            for (FamilyTie other : both) {
                boolean parentsRelative = other.personKey().equals(child.relativeKey())
                        && (other.relation() == Kinship.SIBLING_OF || other.relation() == Kinship.CHILD_OF);
                if (parentsRelative && !other.relativeKey().equals(child.personKey())) {
                    Evidence e = other.evidence();
                    result.add(new FamilyTie(child.personKey(), Kinship.RELATIVE_OF, other.relativeKey(),
                            new Evidence(e.sentenceIndex(), e.sentenceText(), e.span(), e.text(), INFERRED_RULE,
                                    0.6)));
                }
            }
        }
        return result;
    }

    static Optional<Kinship> kinship(SentenceView view, int k) {
        if (!view.pos(k).startsWith("NN") || view.named(k).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(KIN.get(view.token(k).lemma().toLowerCase(java.util.Locale.ROOT)))
                .or(() -> Optional.ofNullable(KIN.get(view.lower(k))));
    }

    /** Whose relative the noun names: its possessor ("Ana's", "his") or its of-complement ("the son of Ana"). */
    static Optional<Entity> possessor(SentenceView view, int k) {
        for (Dependency d : view.children(k)) {
            int p = d.dependent();
            if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of")) {
                if (view.isNamed(p, TopType.PERSON)) {
                    return view.named(p);
                }
                if (d.relation().equals("nmod:poss") && POSSESSIVE_PRONOUNS.contains(view.lower(p))) {
                    return view.resolvedPronoun(p).or(() -> coordinatedPerson(view, k));
                }
            }
        }
        return Optional.empty();
    }

    /** "Tomas Berg and his brother": the person the kinship noun is coordinated with owns its pronoun. */
    private static Optional<Entity> coordinatedPerson(SentenceView view, int k) {
        return view.heads(k).stream().filter(d -> d.relation().startsWith("conj") && d.governor() < k)
                .map(d -> view.named(d.governor())).flatMap(Optional::stream)
                .filter(e -> e.type().top() == TopType.PERSON).findFirst();
    }

    /** The person the kinship noun at {@code k} names, other than its possessor. */
    private static Optional<Entity> named(SentenceView view, int k, Entity possessor) {
        for (Dependency d : view.sentence().dependencies()) {
            if (LINKS.contains(d.relation()) && (d.governor() == k || d.dependent() == k)) {
                int other = d.governor() == k ? d.dependent() : d.governor();
                Optional<Entity> person = otherPerson(view, other, possessor);
                boolean adjacent = Math.abs(other - k) <= 4 || d.relation().equals("appos");
                if (person.isPresent() && adjacent) {
                    return person;
                }
            }
        }
        int next = k + 1 < view.size() && view.word(k + 1).equals(",") ? k + 2 : k + 1;
        Optional<Entity> following = otherPerson(view, next, possessor);
        if (following.isPresent()) {
            return following;
        }
        Optional<Entity> fronted = frontedApposition(view, k, possessor);
        if (fronted.isPresent()) {
            return fronted;
        }
        return view.resolvedPhrase(phraseBegin(view, k), k + 1).filter(e -> e.type().top() == TopType.PERSON)
                .filter(e -> !e.key().equals(possessor.key()));
    }

    /** "The son of Ana Costa, Luis Costa said": a sentence that opens with the kinship phrase and then the name. */
    private static Optional<Entity> frontedApposition(SentenceView view, int k, Entity possessor) {
        if (phraseBegin(view, k) != 0) {
            return Optional.empty();
        }
        for (int i = k + 1; i + 1 < view.size(); i++) {
            if (view.word(i).equals(",") && view.isNamed(i + 1, TopType.PERSON)) {
                return otherPerson(view, i + 1, possessor);
            }
            if (view.pos(i).startsWith("VB")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> otherPerson(SentenceView view, int i, Entity possessor) {
        return view.named(i).filter(e -> e.type().top() == TopType.PERSON && !e.key().equals(possessor.key()));
    }

    /** The first token of the noun phrase the kinship noun heads: its determiner, possessor or adjectives. */
    static int phraseBegin(SentenceView view, int k) {
        int begin = k;
        for (Dependency d : view.children(k)) {
            if (d.dependent() < begin && Set.of("det", "nmod:poss", "amod", "case").contains(d.relation())) {
                begin = d.dependent();
            }
        }
        for (Dependency d : view.children(begin)) {
            if (d.dependent() < begin && d.relation().equals("case")) {
                begin = d.dependent();
            }
        }
        int first = begin;
        return view.named(first).map(e -> view.run(first).begin()).orElse(first);
    }

    /**
     * "Ana Lind praised her father" with no name for the father: the one other person of the article who shares
     * Ana Lind's surname, if there is exactly one. Only for parents, children and siblings, who usually share it.
     */
    private static Optional<Entity> onlyNamesake(EntityIndex entities, Entity possessor) {
        Optional<String> surname = surname(possessor);
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        List<Entity> namesakes = entities.namedBefore(Integer.MAX_VALUE, TopType.PERSON).stream()
                .filter(e -> !e.key().equals(possessor.key()) && surname(e).equals(surname)).toList();
        return namesakes.size() == 1 ? Optional.of(namesakes.get(0)) : Optional.empty();
    }

    private static Optional<String> surname(Entity person) {
        String[] words = person.name().strip().split("\\s+");
        return words.length >= 2 ? Optional.of(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))
                : Optional.empty();
    }

    private static Evidence evidence(SentenceView view, int k, String rule, double confidence) {
        int begin = Math.max(0, k - 4);
        int end = Math.min(view.size(), k + 5);
        Sentence sentence = view.sentence();
        return new Evidence(sentence.index(), sentence.text(), view.span(begin, end), view.text(begin, end), rule,
                confidence);
    }

    private static Map<String, Kinship> kinNouns() {
        Map<String, Kinship> nouns = new java.util.HashMap<>();
        Lexicon.loadTable("family-kin.txt").forEach((word, relation) -> nouns.put(word, Kinship.fromLocalName(relation)));
        return Map.copyOf(nouns);
    }

    /** The relative that a possessed kinship noun refers to, from the ties already read: "his father". */
    static Optional<String> knownRelative(List<FamilyTie> ties, String possessorKey, Kinship kinship) {
        List<String> found = new ArrayList<>();
        for (FamilyTie tie : ties) {
            for (FamilyTie t : List.of(tie, tie.inverse())) {
                if (t.relativeKey().equals(possessorKey) && t.relation() == kinship && !found.contains(t.personKey())) {
                    found.add(t.personKey());
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}

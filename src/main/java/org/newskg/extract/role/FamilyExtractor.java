package org.newskg.extract.role;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.Found;
import org.newskg.extract.Output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Kinship;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.PathRuleEngine;
import org.newskg.extract.rules.RuleFile;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/**
 * Family ties, read by the rules of {@code org/newskg/extract/rules/family.rules}: a kinship noun between two people
 * ("Ana Costa's son, Luis Costa", "her husband, Paul", "Luis, the son of Ana and Rui"), marriage ("Ana married Rui"),
 * several children or brothers named together. Each tie's evidence names the rule that read it. Two fallbacks that
 * are not paths stay here: an unnamed blood relative who is the possessor's only namesake ({@value #SURNAME_RULE}),
 * and ties that follow from stated ones ({@value FamilyInference#INFERRED_RULE}). Stateless and thread-safe.
 *
 * <pre>{@code
 * List<FamilyTie> ties = new FamilyExtractor().extract(annotated, EntityIndex.of(entities));
 * }</pre>
 */
public final class FamilyExtractor implements ArticleExtractor {
    static final String SURNAME_RULE = "newskg-family-surname";
    static final String RULES_RESOURCE = "/org/newskg/extract/rules/family.rules";
    private static final Set<Kinship> BLOOD = Set.of(Kinship.CHILD_OF, Kinship.PARENT_OF, Kinship.SIBLING_OF);
    private static final PathRuleEngine RULES = new PathRuleEngine(RuleFile.load(RULES_RESOURCE), TopType.PERSON);
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    private static final Set<String> NAME_OF_NOUN = Set.of("compound", "dep", "appos");

    public List<FamilyTie> extract(AnnotatedArticle article, EntityIndex entities) {
        Map<String, FamilyTie> ties = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            ExtractionException.inSentence(sentence, () -> {
                SentenceView view = new SentenceView(sentence, article.body(), entities);
                Set<Integer> read = new HashSet<>();
                for (PathRuleEngine.Match match : withoutOverruledPronouns(view, RULES.matches(view))) {
                    add(ties, new FamilyTie(match.a().key(), Kinship.fromLocalName(match.relation()), match.b().key(),
                            match.evidence()));
                    read.addAll(match.tokens());
                }
                for (int k = 0; k < view.size(); k++) {
                    if (!read.contains(k)) {
                        namesake(view, k, entities).ifPresent(tie -> add(ties, tie));
                    }
                }
            });
        }
        FamilyInference.inferred(List.copyOf(ties.values())).forEach(tie -> add(ties, tie));
        return List.copyOf(ties.values());
    }

    /**
     * "Rui Lind and his wife Ana": a possessive pronoun on a kinship noun that is coordinated with an earlier phrase
     * stands for that phrase, whatever coreference says. A tie whose possessor is such a pronoun holds only when the
     * pronoun's person is the one that phrase names; "the Queen and her husband Tom" makes no tie at all. An earlier
     * kinship noun is no such phrase: in "his daughters and his wife" both pronouns are the same person's.
     */
    static List<PathRuleEngine.Match> withoutOverruledPronouns(SentenceView view, List<PathRuleEngine.Match> all) {
        return all.stream().filter(m -> earlierConjunct(view, m.tokens().get(m.tokens().size() - 1)).stream()
                .allMatch(conjunct -> view.named(conjunct).filter(m.b()::equals).isPresent())).toList();
    }

    /**
     * The earlier conjunct that a possessive pronoun stands for, when its kinship noun (or the name the noun is
     * part of) is coordinated with one: "the Queen" in "the Queen and her husband Tom".
     */
    private static OptionalInt earlierConjunct(SentenceView view, int pronoun) {
        if (!view.pos(pronoun).equals("PRP$")) {
            return OptionalInt.empty();
        }
        for (Dependency possessed : view.heads(pronoun)) {
            int noun = possessed.governor();
            if (!possessed.relation().equals("nmod:poss") || noun < 0 || kinship(view, noun).isEmpty()) {
                continue;
            }
            List<Integer> phrase = new ArrayList<>(List.of(noun));
            view.heads(noun).stream().filter(d -> NAME_OF_NOUN.contains(d.relation()) && d.governor() >= 0)
                    .map(Dependency::governor).forEach(phrase::add);
            for (int head : phrase) {
                OptionalInt earlier = view.heads(head).stream()
                        .filter(d -> d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < head)
                        .filter(d -> kinship(view, d.governor()).isEmpty())
                        .mapToInt(Dependency::governor).findFirst();
                if (earlier.isPresent()) {
                    return earlier;
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "Ana Lind praised her father" with no name for the father: the one other person of the article who shares
     * Ana Lind's surname, if there is exactly one. Only for parents, children and siblings, who usually share it.
     */
    private static Optional<FamilyTie> namesake(SentenceView view, int k, EntityIndex entities) {
        if (hasSubject(view, k)) {
            return Optional.empty();
        }
        Optional<Kinship> kinship = kinship(view, k).filter(BLOOD::contains);
        Optional<Entity> possessor = kinship.flatMap(kin -> possessor(view, k));
        Optional<Entity> relative = possessor.flatMap(p -> onlyNamesake(entities, p));
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FamilyTie(relative.get().key(), kinship.get(), possessor.get().key(),
                evidence(view, k, SURNAME_RULE, 0.6)));
    }

    /**
     * "He is the son of Ana Lind": the noun is said of its subject, so the relative is that subject, named or not,
     * and never the possessor's namesake.
     */
    private static boolean hasSubject(SentenceView view, int k) {
        return view.children(k).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
    }

    /** Adds a tie unless it, or the same tie read the other way round, is already there. */
    private static void add(Map<String, FamilyTie> ties, FamilyTie tie) {
        FamilyTie inverse = tie.inverse();
        String reverse = inverse.personKey() + " " + inverse.relation() + " " + inverse.relativeKey();
        if (!ties.containsKey(reverse)) {
            ties.putIfAbsent(tie.personKey() + " " + tie.relation() + " " + tie.relativeKey(), tie);
        }
    }

    static Optional<Kinship> kinship(SentenceView view, int k) {
        if (!view.pos(k).startsWith("NN") || view.named(k).isPresent()) {
            return Optional.empty();
        }
        return RULES.relationNoun(view, k).map(Kinship::fromLocalName);
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

    @Override
    public String name() {
        return "family";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES, Output.PLACES);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.FAMILY);
    }

    @Override
    public Found run(ExtractionContext context) {
        return context.found().withFamilyTies(extract(context.article(), context.index()));
    }
}

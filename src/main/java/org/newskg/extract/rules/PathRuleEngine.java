package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.PathRule.Move;
import org.newskg.extract.rules.PathRule.Node;
import org.newskg.extract.rules.PathRule.Step;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/**
 * Applies the path rules of one rules file to a sentence. The mechanism every relation shares lives here once: its
 * arguments are read by {@link RuleArguments} (never an unresolved pronoun), a path through a negated word makes no
 * fact ({@link Negation}), and the evidence spans the matched path and names the rule. Immutable and thread-safe.
 */
public final class PathRuleEngine {
    private static final PhraseResolver NONE = (view, head) -> Optional.empty();
    private final RuleFile rules;
    private final TopType typeA;
    private final TopType typeB;
    private final PhraseResolver phrases;
    private final PhraseResolver pronouns;
    private final RuleArguments arguments;

    /**
     * Who a noun phrase argument ({@code A{father}}) names when coreference did not resolve it, from facts read
     * before: "his father" is the father the family ties already name.
     */
    @FunctionalInterface
    public interface PhraseResolver {
        /** The entity the noun phrase headed by token {@code head} names, if known. */
        Optional<Entity> resolve(SentenceView view, int head);
    }

    /** An engine for a rules file whose {@code arguments} line gives the types of A and B. */
    public PathRuleEngine(RuleFile rules) {
        this(rules, argument(rules, 0), argument(rules, 1), NONE, NONE);
    }

    /** An engine whose arguments A and B are both of {@code argumentType}, whatever the file says. */
    public PathRuleEngine(RuleFile rules, TopType argumentType) {
        this(rules, argumentType, argumentType, NONE, NONE);
    }

    private PathRuleEngine(RuleFile rules, TopType typeA, TopType typeB, PhraseResolver phrases,
            PhraseResolver pronouns) {
        this.rules = rules;
        this.typeA = typeA;
        this.typeB = typeB;
        this.phrases = phrases;
        this.pronouns = pronouns;
        this.arguments = new RuleArguments(phrases);
    }

    /** This engine, resolving noun phrase arguments that coreference left alone with {@code resolver} as well. */
    public PathRuleEngine withPhrases(PhraseResolver resolver) {
        return new PathRuleEngine(rules, typeA, typeB, resolver, pronouns);
    }

    /** This engine, resolving the personal pronouns coreference left alone with {@code resolver} as well. */
    public PathRuleEngine withPronouns(PhraseResolver resolver) {
        return new PathRuleEngine(rules, typeA, typeB, phrases, resolver);
    }

    public RuleFile rules() {
        return rules;
    }

    private static TopType argument(RuleFile rules, int index) {
        if (rules.arguments().isEmpty()) {
            throw new IllegalArgumentException("the rules file has no 'arguments TYPE TYPE' line");
        }
        return rules.arguments().get(index);
    }

    /**
     * A rule that matched: "a relation b".
     *
     * @param rule     the rule
     * @param relation the relation it yields
     * @param a        argument A
     * @param b        argument B
     * @param tokens   the tokens the path passed through, from A to B
     * @param evidence the matched words, naming the rule
     */
    public record Match(PathRule rule, String relation, Entity a, Entity b, List<Integer> tokens, Evidence evidence) {
        public Match {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * A rule whose path ends at a word ({@code W{...}}) that matched: "A relates to this word".
     *
     * @param rule     the rule
     * @param a        argument A
     * @param word     the token the path ends at
     * @param tokens   the tokens the path passed through, from A to the word
     * @param evidence the matched words, naming the rule
     */
    public record WordMatch(PathRule rule, Entity a, int word, List<Integer> tokens, Evidence evidence) {
        public WordMatch {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * Every match of every rule in the sentence, in rule order, with A and B different entities. A path may pass a
     * token twice ("A &lt;appos {*} &lt;nmod:of {noun} &gt;nmod:of B"); rules are finite, so walks end. Rules whose
     * path ends at a word are {@link #wordMatches}'s.
     */
    public List<Match> matches(SentenceView view) {
        List<Match> found = new ArrayList<>();
        walkAll(view, false, (rule, path, a, b) -> found.add(match(view, rule, path, a, b.orElseThrow())));
        return found.stream().filter(m -> nearestNamedBySingularNoun(view, m, found)).toList();
    }

    /** Every match of the rules whose path ends at a word ({@code W{...}}), in rule order. */
    public List<WordMatch> wordMatches(SentenceView view) {
        List<WordMatch> found = new ArrayList<>();
        walkAll(view, true, (rule, path, a, b) -> {
            int word = path.get(path.size() - 1);
            found.add(new WordMatch(rule, a, word, path, evidence(view, rule, path)));
        });
        return found;
    }

    /** What a walk reports at its end: the path and A, and B when the path ends at an argument. */
    private interface Sink {
        void found(PathRule rule, List<Integer> path, Entity a, Optional<Entity> b);
    }

    private void walkAll(SentenceView view, boolean wordRules, Sink sink) {
        for (PathRule rule : rules.rules()) {
            if (rule.endsAtWord() != wordRules) {
                continue;
            }
            for (int start = 0; start < view.size(); start++) {
                Node first = (Node) rule.steps().get(0);
                Optional<Entity> a = argument(view, start, first, typeA);
                if (a.isPresent()) {
                    List<Integer> path = new ArrayList<>(List.of(start));
                    walk(view, rule, 1, path, a.get(), sink);
                }
            }
        }
    }

    /**
     * A singular relation noun names one person: in "his brother Tom, Ann Lee and Bo Sand" only Tom, the nearest of
     * the people the paths through "brother" reach, is the brother.
     */
    private boolean nearestNamedBySingularNoun(SentenceView view, Match match, List<Match> all) {
        OptionalInt noun = singularNoun(view, match);
        if (noun.isEmpty()) {
            return true;
        }
        int distance = Math.abs(match.tokens().get(0) - noun.getAsInt());
        return all.stream().filter(m -> singularNoun(view, m).equals(noun) && m.b().key().equals(match.b().key()))
                .noneMatch(m -> !m.a().key().equals(match.a().key())
                        && Math.abs(m.tokens().get(0) - noun.getAsInt()) < distance);
    }

    /** The relation noun that names A (the path's first), if it is singular. */
    private OptionalInt singularNoun(SentenceView view, Match match) {
        OptionalInt noun = match.tokens().stream().mapToInt(Integer::intValue)
                .filter(t -> relationNoun(view, t).isPresent()).findFirst();
        return noun.isPresent() && view.pos(noun.getAsInt()).equals("NN") ? noun : OptionalInt.empty();
    }

    private void walk(SentenceView view, PathRule rule, int step, List<Integer> path, Entity a, Sink sink) {
        int at = path.get(path.size() - 1);
        Move move = (Move) rule.steps().get(step);
        Node node = (Node) rule.steps().get(step + 1);
        for (int next : targets(view, at, move)) {
            path.add(next);
            if (!node.isArgument()) {
                if (accepts(view, next, node)) {
                    walk(view, rule, step + 2, path, a, sink);
                }
            } else if (node.argument().equals(PathRule.WORD_END)) {
                if (accepts(view, next, node) && !path.subList(0, path.size() - 1).contains(next)
                        && !Negation.negated(view, path)) {
                    sink.found(rule, List.copyOf(path), a, Optional.empty());
                }
            } else {
                argument(view, next, node, typeB).filter(b -> !b.key().equals(a.key()))
                        .filter(b -> !Negation.negated(view, path))
                        .ifPresent(b -> sink.found(rule, List.copyOf(path), a, Optional.of(b)));
            }
            path.remove(path.size() - 1);
        }
    }

    static List<Integer> targets(SentenceView view, int at, Move move) {
        return switch (move.kind()) {
            case DOWN -> view.children(at).stream().filter(d -> move.accepts(d.relation()))
                    .map(Dependency::dependent).toList();
            case UP -> view.heads(at).stream().filter(d -> d.governor() >= 0 && move.accepts(d.relation()))
                    .map(Dependency::governor).toList();
            case NEXT -> at + 1 < view.size() ? List.of(at + 1) : List.of();
            case PREVIOUS -> at > 0 ? List.of(at - 1) : List.of();
            case FORWARD -> untilVerb(view, at, 1);
            case BACKWARD -> untilVerb(view, at, -1);
        };
    }

    private static List<Integer> untilVerb(SentenceView view, int at, int direction) {
        List<Integer> tokens = new ArrayList<>();
        for (int i = at + direction; i >= 0 && i < view.size() && !view.pos(i).startsWith("VB"); i += direction) {
            tokens.add(i);
        }
        return tokens;
    }

    boolean accepts(SentenceView view, int i, Node node) {
        if (!view.pos(i).startsWith(node.posPrefix())) {
            return false;
        }
        if (node.isRelationNoun()) {
            return relationNoun(view, i).isPresent();
        }
        if (node.lemmas().contains(PathRule.SENTENCE_START)) {
            return i == 0;
        }
        if (node.lemmas().stream().anyMatch(test -> test.startsWith(PathRule.NER))) {
            return node.lemmas().contains(PathRule.NER + view.ner(i).toLowerCase(Locale.ROOT));
        }
        String lemma = view.token(i).lemma().toLowerCase(Locale.ROOT);
        String word = view.lower(i);
        return node.lemmas().isEmpty() || node.lemmas().contains(lemma) || node.lemmas().contains(word)
                || node.lemmas().stream().filter(name -> name.startsWith(PathRule.LEXICON))
                        .map(name -> rules.lexicons().get(name.substring(1)))
                        .anyMatch(lexicon -> inLexicon(view, i, lexicon));
    }

    /**
     * The word, or the word with the one or two before it ("chief executive", "managing director"), is listed; a
     * lemma may be listed with its part of speech ("address/n" for the noun only).
     */
    private static boolean inLexicon(SentenceView view, int i, Lexicon lexicon) {
        String lemma = view.token(i).lemma().toLowerCase(Locale.ROOT);
        String word = view.lower(i);
        String one = view.lower(i - 1) + " ";
        String two = view.lower(i - 2) + " " + one;
        String partOfSpeech = view.pos(i).startsWith("NN") ? "/n" : view.pos(i).startsWith("VB") ? "/v" : "/";
        return lexicon.contains(lemma) || lexicon.contains(word) || lexicon.contains(lemma + partOfSpeech)
                || i >= 1 && (lexicon.contains(one + word)
                || lexicon.contains(one + lemma)) || i >= 2 && (lexicon.contains(two + word)
                || lexicon.contains(two + lemma));
    }

    /** The relation the noun at {@code i} names, if it is a relation noun and not part of a name. */
    public Optional<String> relationNoun(SentenceView view, int i) {
        if (!view.pos(i).startsWith("NN") || view.named(i).isPresent()) {
            return Optional.empty();
        }
        Map<String, String> nouns = rules.nouns();
        return Optional.ofNullable(nouns.get(view.token(i).lemma().toLowerCase(Locale.ROOT)))
                .or(() -> Optional.ofNullable(nouns.get(view.lower(i))));
    }

    private Optional<Entity> argument(SentenceView view, int i, Node node, TopType type) {
        if (!node.lemmas().isEmpty() || !node.posPrefix().isEmpty()) {
            return accepts(view, i, node) ? arguments.phrase(view, i, type) : Optional.empty();
        }
        return RuleArguments.at(view, i, type).or(() -> pronouns.resolve(view, i).filter(e -> e.type().top() == type));
    }

    private Match match(SentenceView view, PathRule rule, List<Integer> path, Entity a, Entity b) {
        String relation = rule.relation();
        if (relation.equals(PathRule.FROM_NOUN)) {
            relation = path.stream().map(t -> relationNoun(view, t)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new IllegalStateException("rule " + rule.name() + " passes no relation noun"));
        }
        return new Match(rule, relation, a, b, path, evidence(view, rule, path));
    }

    private static Evidence evidence(SentenceView view, PathRule rule, List<Integer> path) {
        int begin = path.stream().mapToInt(t -> view.named(t).isPresent() ? view.run(t).begin() : t).min()
                .orElseThrow();
        int end = path.stream().mapToInt(t -> view.named(t).isPresent() ? view.run(t).end() : t + 1).max()
                .orElseThrow();
        Sentence sentence = view.sentence();
        return new Evidence(sentence.index(), sentence.text(), view.span(begin, end), view.text(begin, end),
                rule.name(), 0.8);
    }
}

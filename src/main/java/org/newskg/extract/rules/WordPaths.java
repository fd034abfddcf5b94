package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.PathRule.Move;
import org.newskg.extract.rules.PathRule.Node;

/**
 * Applies the rules of a rules file from a token the caller chose rather than from a named argument: a path from
 * {@code A}, that token (its node test, if any, must hold), to the word {@code W{...}} it ends at. Dated events use
 * it, from a time expression to the event it dates ("A &lt;obl:on W{@event-triggers}"). As for every rule, a path
 * through a negated word matches nothing. Immutable and thread-safe.
 */
public final class WordPaths {
    private final RuleFile rules;
    /** Node tests and moves only; argument types play no part in a path that starts at a given token. */
    private final PathRuleEngine nodes;

    public WordPaths(RuleFile rules) {
        this.rules = rules;
        this.nodes = new PathRuleEngine(rules, TopType.PERSON);
    }

    public RuleFile rules() {
        return rules;
    }

    /**
     * A path that matched.
     *
     * @param rule   the rule
     * @param start  the token it started at
     * @param word   the token it ended at
     * @param tokens the tokens it passed through, from start to word
     */
    public record WordPath(PathRule rule, int start, int word, List<Integer> tokens) {
        public WordPath {
            tokens = List.copyOf(tokens);
        }
    }

    /** Every match of every rule started at {@code start}, in rule order; a rule's matches in the parse's order. */
    public List<WordPath> from(SentenceView view, int start) {
        List<WordPath> found = new ArrayList<>();
        for (PathRule rule : rules.rules()) {
            Node first = (Node) rule.steps().get(0);
            boolean tested = !first.lemmas().isEmpty() || !first.posPrefix().isEmpty();
            if (rule.endsAtWord() && (!tested || nodes.accepts(view, start, first))) {
                List<Integer> path = new ArrayList<>(List.of(start));
                walk(view, rule, 1, path, found);
            }
        }
        return found;
    }

    private void walk(SentenceView view, PathRule rule, int step, List<Integer> path, List<WordPath> found) {
        int at = path.get(path.size() - 1);
        Move move = (Move) rule.steps().get(step);
        Node node = (Node) rule.steps().get(step + 1);
        for (int next : PathRuleEngine.targets(view, at, move)) {
            if (path.contains(next) || !nodes.accepts(view, next, node)) {
                continue;
            }
            path.add(next);
            if (step + 2 < rule.steps().size()) {
                walk(view, rule, step + 2, path, found);
            } else if (!Negation.negated(view, path.subList(1, path.size()))) {
                found.add(new WordPath(rule, path.get(0), next, path));
            }
            path.remove(path.size() - 1);
        }
    }
}

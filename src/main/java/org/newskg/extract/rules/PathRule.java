package org.newskg.extract.rules;

import java.util.List;
import java.util.Set;

/**
 * One pattern of a rules file: a path through a sentence from one argument ({@code A}) to the other ({@code B}),
 * and the relation that holds "A relation B" when the path matches. Immutable.
 *
 * @param name     the rule's name, recorded in the evidence of every fact it makes
 * @param relation the relation, or {@link #FROM_NOUN} to take it from the relation noun the path passes through
 * @param steps    the path: steps alternate between moves and the tokens they land on
 */
public record PathRule(String name, String relation, List<Step> steps) {
    /** The relation named by the path's relation noun ({@code {noun}} node), as the rules file's table gives it. */
    public static final String FROM_NOUN = "noun";
    /** A node test that holds only for a sentence's first token. */
    public static final String SENTENCE_START = "^";
    /** Marks a node test that names a lexicon: {@code {@leadership-roles}}. */
    public static final String LEXICON = "@";
    /** Marks a node test on the token's named-entity tag: {@code {ner:TITLE}}. */
    public static final String NER = "ner:";
    /** The last node of a path that ends at a word, not at a second argument: {@code W{@role-nouns}}. */
    public static final String WORD_END = "W";

    public PathRule {
        steps = List.copyOf(steps);
    }

    /** Whether the path ends at a word ({@code W{...}}) rather than at argument B. */
    public boolean endsAtWord() {
        return ((Node) steps.get(steps.size() - 1)).argument().equals(WORD_END);
    }

    /** One step of a path. */
    public sealed interface Step permits Move, Node {
    }

    /**
     * A move along a dependency edge, to a neighbouring token, or forward or backward to any token with no verb
     * between.
     *
     * @param kind     to a dependent, to the head, to the next or previous token, or further without crossing a verb
     * @param relation the edge's relation, or alternatives separated by {@code |}; a trailing {@code *} matches any
     *                 subtype ({@code nmod:*})
     */
    public record Move(Kind kind, String relation) implements Step {
        public enum Kind { DOWN, UP, NEXT, PREVIOUS, FORWARD, BACKWARD }

        boolean accepts(String edge) {
            for (String alternative : relation.split("\\|")) {
                boolean prefix = alternative.endsWith("*");
                if (prefix ? edge.startsWith(alternative.substring(0, alternative.length() - 1))
                        : edge.equals(alternative)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What the token a move lands on must be.
     *
     * @param argument {@code A}, {@code B}, {@link #WORD_END} for the word a path ends at instead of B, or empty
     *                 for a token between them
     * @param lemmas   lower-case lemmas or words it must have; empty for any; {@link #FROM_NOUN} for a relation noun;
     *                 {@link #SENTENCE_START} for the sentence's first token; {@code @name} for a lexicon's words;
     *                 {@code ner:TAG} for a token CoreNLP tagged so
     * @param posPrefix a part-of-speech prefix it must have, or empty
     */
    public record Node(String argument, Set<String> lemmas, String posPrefix) implements Step {
        public Node {
            lemmas = Set.copyOf(lemmas);
        }

        boolean isArgument() {
            return !argument.isEmpty();
        }

        boolean isRelationNoun() {
            return lemmas.contains(FROM_NOUN);
        }
    }
}

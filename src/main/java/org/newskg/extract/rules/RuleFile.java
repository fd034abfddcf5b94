package org.newskg.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Lexicon;
import org.newskg.extract.rules.PathRule.Move;
import org.newskg.extract.rules.PathRule.Node;
import org.newskg.extract.rules.PathRule.Step;

/**
 * Reads a rules file: {@code #} starts a comment; a line {@code noun WORD RELATION} adds a relation noun; a line
 * {@code arguments TYPE TYPE} gives the entity types of A and B (PERSON, ORGANIZATION, PLACE); any other line is a
 * rule, {@code NAME RELATION PATH...}. A path starts at {@code A} and ends at {@code B}; between them
 * moves ({@code >rel} to a dependent, {@code <rel} to the head, {@code +1} / {@code -1} to the next or previous
 * token, {@code +1*} / {@code -1*} to any later or earlier token with no verb between) alternate with nodes
 * ({@code {lemma,lemma}}, {@code {noun}} for a relation noun, {@code {lemma/NNS}} with a part of speech, {@code {*}}
 * for any token, {@code {^}} for the sentence's first, {@code {@name}} for a word of the lexicon
 * {@code org/newskg/extract/name.txt}, {@code {ner:TITLE}} for a token of that named-entity tag); an argument may
 * carry a node test too, as {@code A{noun}}. A path may end at a word instead of B, {@code W{test}}: such a rule
 * relates A to that word ("A &lt;appos W{@role-nouns}"), and {@link PathRuleEngine#wordMatches} applies it.
 *
 * <pre>
 * noun  wife  spouseOf
 * married-object  spouseOf  A &lt;nsubj {marry} &gt;obj B
 * </pre>
 */
public final class RuleFile {
    private final List<PathRule> rules;
    private final Map<String, String> nouns;
    private final List<TopType> arguments;
    private final Map<String, Lexicon> lexicons;

    private RuleFile(List<PathRule> rules, Map<String, String> nouns, List<TopType> arguments,
            Map<String, Lexicon> lexicons) {
        this.rules = List.copyOf(rules);
        this.nouns = Map.copyOf(nouns);
        this.arguments = List.copyOf(arguments);
        this.lexicons = Map.copyOf(lexicons);
    }

    /** The types of arguments A and B, from the {@code arguments} line; empty when the file has none. */
    public List<TopType> arguments() {
        return arguments;
    }

    /** The word lists that {@code {@name}} nodes name, loaded from {@code org/newskg/extract/NAME.txt}. */
    public Map<String, Lexicon> lexicons() {
        return lexicons;
    }

    public List<PathRule> rules() {
        return rules;
    }

    /** Relation nouns (lower case) and the relation each names: "son" names the childOf its possessor. */
    public Map<String, String> nouns() {
        return nouns;
    }

    /** Loads a rules file from the class path, e.g. {@code /org/newskg/extract/rules/family.rules}. */
    public static RuleFile load(String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rules resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleFile parse(String source, List<String> lines) {
        List<PathRule> rules = new ArrayList<>();
        Map<String, String> nouns = new HashMap<>();
        List<TopType> arguments = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            String where = source + " [line " + (i + 1) + "]";
            if (words[0].equals("noun")) {
                require(words.length == 3, where, "expected 'noun WORD RELATION'", line);
                nouns.put(words[1].toLowerCase(Locale.ROOT), words[2]);
                continue;
            }
            if (words[0].equals("arguments")) {
                require(words.length == 3 && arguments.isEmpty(), where, "expected one 'arguments TYPE TYPE'", line);
                arguments.add(type(where, words[1]));
                arguments.add(type(where, words[2]));
                continue;
            }
            require(words.length >= 5, where, "expected 'NAME RELATION A ... B'", line);
            require(names.add(words[0]), where, "rule name used twice", words[0]);
            rules.add(new PathRule(words[0], words[1], steps(where, Arrays.asList(words).subList(2, words.length))));
        }
        Map<String, Lexicon> lexicons = new HashMap<>();
        rules.stream().flatMap(rule -> rule.steps().stream()).filter(Node.class::isInstance).map(Node.class::cast)
                .flatMap(node -> node.lemmas().stream()).filter(word -> word.startsWith(PathRule.LEXICON))
                .map(word -> word.substring(1)).distinct()
                .forEach(name -> lexicons.put(name, Lexicon.load(name + ".txt")));
        return new RuleFile(rules, nouns, arguments, lexicons);
    }

    private static TopType type(String where, String word) {
        try {
            return TopType.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            require(false, where, "expected PERSON, ORGANIZATION or PLACE", word);
            throw e;
        }
    }

    private static List<Step> steps(String where, List<String> words) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean nodeExpected = i % 2 == 0;
            if (nodeExpected) {
                boolean last = i == words.size() - 1;
                String end = last && word.startsWith(PathRule.WORD_END + "{") ? PathRule.WORD_END : "B";
                steps.add(node(where, word, i == 0 ? "A" : last ? end : ""));
            } else {
                steps.add(move(where, word));
            }
        }
        require(words.size() % 2 == 1, where, "a path ends at B", String.join(" ", words));
        return steps;
    }

    private static Node node(String where, String word, String argument) {
        String test = word;
        if (!argument.isEmpty()) {
            require(word.startsWith(argument), where, "expected argument " + argument, word);
            test = word.substring(1);
        } else {
            require(word.startsWith("{"), where, "expected a node such as {lemma}", word);
        }
        if (test.isEmpty() || test.equals("{*}")) {
            return new Node(argument, Set.of(), "");
        }
        require(test.startsWith("{") && test.endsWith("}"), where, "expected {lemma,lemma/POS}", word);
        String[] body = test.substring(1, test.length() - 1).split("/", 2);
        Set<String> lemmas = Set.of(body[0].toLowerCase(Locale.ROOT).split(","));
        return new Node(argument, body[0].equals("*") ? Set.of() : lemmas, body.length == 2 ? body[1] : "");
    }

    private static Move move(String where, String word) {
        return switch (word.charAt(0)) {
            case '>' -> new Move(Move.Kind.DOWN, word.substring(1));
            case '<' -> new Move(Move.Kind.UP, word.substring(1));
            default -> {
                Move.Kind kind = switch (word) {
                    case "+1" -> Move.Kind.NEXT;
                    case "-1" -> Move.Kind.PREVIOUS;
                    case "+1*" -> Move.Kind.FORWARD;
                    case "-1*" -> Move.Kind.BACKWARD;
                    default -> null;
                };
                require(kind != null, where, "expected >rel, <rel, +1, -1, +1* or -1*", word);
                yield new Move(kind, "");
            }
        };
    }

    private static void require(boolean ok, String where, String what, String actual) {
        if (!ok) {
            String shown = actual.length() > 80 ? actual.substring(0, 80) : actual;
            throw new IllegalStateException(where + ": " + what + " but was '" + shown + "'. Fix the rules file.");
        }
    }
}

package org.newskg.sys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Mention;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.NlpException;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/**
 * An {@link NlpEngine} for unit tests: no models, a few fixed rules.
 *
 * <ul>
 *   <li>Sentences end after ". " and at line breaks; a sentence's span is its text without surrounding white space.
 *   <li>Tokens are runs of letters and digits (with inner apostrophes) or single punctuation characters. POS is
 *       {@code NNP} for a capitalized word, {@code CD} for a number, the character itself for punctuation, else
 *       {@code NN}; the lemma is the lower-case word.
 *   <li>Mentions are the names given to the engine, matched token by token, longest first, left to right.
 * </ul>
 *
 * <p>Every span is a character offset into {@link Article#body()}. Thread-safe.
 */
public final class FakeNlpEngine implements NlpEngine {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.) +|\\R+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final double CONFIDENCE = 0.9;

    private final Map<List<String>, MentionType> names = new LinkedHashMap<>();
    private final Predicate<Article> failOn;
    private final AtomicInteger annotated = new AtomicInteger();

    private FakeNlpEngine(Map<String, MentionType> names, Predicate<Article> failOn) {
        names.forEach((name, type) -> this.names.put(words(name), type));
        this.failOn = failOn;
    }

    /** An engine that marks these names as mentions of these types. */
    public static FakeNlpEngine of(Map<String, MentionType> names) {
        return new FakeNlpEngine(names, article -> false);
    }

    /** This engine, but throwing an {@link NlpException} for the articles {@code failOn} accepts. */
    public FakeNlpEngine failingOn(Predicate<Article> failOn) {
        Map<String, MentionType> byName = new LinkedHashMap<>();
        names.forEach((words, type) -> byName.put(String.join(" ", words), type));
        return new FakeNlpEngine(byName, Objects.requireNonNull(failOn));
    }

    /** How many articles this engine has annotated (or failed on). */
    public int annotated() {
        return annotated.get();
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        annotated.incrementAndGet();
        if (failOn.test(article)) {
            throw new NlpException("the fake engine fails on '" + article.title() + "'", null);
        }
        String body = article.body();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Span span : sentenceSpans(body)) {
            int index = sentences.size();
            List<Span> tokenSpans = tokenSpans(body, span);
            List<Mention> found = mentions(body, index, tokenSpans);
            sentences.add(new Sentence(index, span, span.of(body), tokens(body, tokenSpans, found), List.of()));
            mentions.addAll(found);
        }
        return new AnnotatedArticle(article, sentences, mentions, List.of(), List.of(), 1);
    }

    @Override
    public long loadMillis() {
        return 0;
    }

    /** The sentence spans of a text, trimmed, empty ones left out. */
    static List<Span> sentenceSpans(String body) {
        List<Span> spans = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(body);
        int begin = 0;
        while (end.find()) {
            addTrimmed(body, begin, end.start(), spans);
            begin = end.end();
        }
        addTrimmed(body, begin, body.length(), spans);
        return spans;
    }

    private static void addTrimmed(String body, int begin, int end, List<Span> spans) {
        while (begin < end && Character.isWhitespace(body.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            spans.add(new Span(begin, end));
        }
    }

    private static List<Span> tokenSpans(String body, Span sentence) {
        List<Span> spans = new ArrayList<>();
        Matcher token = TOKEN.matcher(body).region(sentence.begin(), sentence.end());
        while (token.find()) {
            spans.add(new Span(token.start(), token.end()));
        }
        return spans;
    }

    private List<Mention> mentions(String body, int sentence, List<Span> tokens) {
        List<Mention> found = new ArrayList<>();
        List<List<String>> byLength = names.keySet().stream()
                .sorted(Comparator.comparingInt((List<String> n) -> n.size()).reversed()).toList();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (List<String> name : byLength) {
                if (matches(body, tokens, i, name)) {
                    Span span = new Span(tokens.get(i).begin(), tokens.get(i + name.size() - 1).end());
                    found.add(new Mention(sentence, i, i + name.size(), span, span.of(body), names.get(name),
                            CONFIDENCE));
                    matched = name.size();
                    break;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
    }

    private static boolean matches(String body, List<Span> tokens, int from, List<String> name) {
        if (from + name.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!tokens.get(from + k).of(body).equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokens(String body, List<Span> spans, List<Mention> mentions) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String word = spans.get(i).of(body);
            tokens.add(new Token(i, word, word.toLowerCase(java.util.Locale.ROOT), pos(word), ner(i, mentions),
                    spans.get(i)));
        }
        return tokens;
    }

    private static String pos(String word) {
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first)) {
            return "NNP";
        }
        if (Character.isDigit(first)) {
            return "CD";
        }
        return Character.isLetter(first) ? "NN" : word;
    }

    private static String ner(int token, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.tokenBegin() <= token && token < m.tokenEnd())
                .map(m -> m.type().name()).findFirst().orElse("O");
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(name);
        while (token.find()) {
            words.add(token.group());
        }
        return words;
    }
}

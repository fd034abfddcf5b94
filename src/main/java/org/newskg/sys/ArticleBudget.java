package org.newskg.sys;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;

/**
 * How much one article may cost: its body's length and the longest stretch of it without a sentence break are
 * checked before NLP (CoreNLP's time and memory grow fast with a sentence's length), and its NLP and extraction must
 * end within {@code timeout}, not counting the loading of the models. An article over budget is skipped.
 *
 * @param maxChars         most characters of body
 * @param maxSentenceChars most characters between two sentence breaks (". ", "! ", "? " or a blank line)
 * @param timeout          longest analysis of one article
 */
public record ArticleBudget(int maxChars, int maxSentenceChars, Duration timeout) {
    public static final int DEFAULT_MAX_CHARS = 100_000;
    public static final int DEFAULT_MAX_SENTENCE_CHARS = 5_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    public static final ArticleBudget DEFAULT = new ArticleBudget(DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCE_CHARS,
            DEFAULT_TIMEOUT);

    private static final Pattern BREAK = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+|\\n[ \\t]*\\n\\s*");

    public ArticleBudget {
        if (maxChars < 1 || maxSentenceChars < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("an article budget is positive but was " + maxChars + " characters, "
                    + maxSentenceChars + " per sentence, " + timeout);
        }
    }

    /** Why the article is over budget, with the option that raises the limit; empty if it is within it. */
    public Optional<String> excess(Article article) {
        String body = article.body();
        if (body.length() > maxChars) {
            return Optional.of(String.format("article too long: %,d characters, more than --max-article-chars %d. "
                    + "The article was skipped; raise --max-article-chars to ingest it", body.length(), maxChars));
        }
        int longest = 0;
        int longestAt = 0;
        int begin = 0;
        Matcher breaks = BREAK.matcher(body);
        while (begin < body.length()) {
            int end = breaks.find() ? breaks.start() : body.length();
            if (end - begin > longest) {
                longest = end - begin;
                longestAt = begin;
            }
            begin = end == body.length() ? end : breaks.end();
        }
        if (longest > maxSentenceChars) {
            return Optional.of(String.format("a sentence of %,d characters without a break (from character %d), "
                    + "more than --max-sentence-chars %d. The article was skipped; break the text into sentences or "
                    + "raise --max-sentence-chars", longest, longestAt, maxSentenceChars));
        }
        return Optional.empty();
    }
}

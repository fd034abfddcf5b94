package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Span;

/**
 * Finds quoted text by its marks: curly and straight double quotes, guillemets, and curly single quotes outside
 * double ones. A quotation left open at the end of a paragraph continues into the next paragraph when that one
 * opens with a quote mark, as news writing does for long quotations.
 */
final class QuoteFinder {
    private static final char LEFT_DOUBLE = '\u201C';
    private static final char RIGHT_DOUBLE = '\u201D';
    private static final char LEFT_GUILLEMET = '\u00AB';
    private static final char RIGHT_GUILLEMET = '\u00BB';
    private static final char LEFT_SINGLE = '\u2018';
    private static final char RIGHT_SINGLE = '\u2019';
    private static final char STRAIGHT = '"';

    List<QuoteSpan> find(String body) {
        List<QuoteSpan> result = new ArrayList<>();
        List<Span> paragraphs = paragraphs(body);
        QuoteSpan open = null;
        for (Span paragraph : paragraphs) {
            int i = firstNonSpace(body, paragraph);
            boolean paragraphOpensWithQuote = i < paragraph.end() && isOpening(body, i);
            if (open != null && !paragraphOpensWithQuote) {
                result.add(open);
                open = null;
            }
            while (i < paragraph.end()) {
                if (!isOpening(body, i)) {
                    i++;
                    continue;
                }
                int close = closing(body, i, paragraph.end());
                Span piece = new Span(i + 1, close < 0 ? paragraph.end() : close);
                if (open != null && i == firstNonSpace(body, paragraph)) {
                    List<Span> pieces = new ArrayList<>(open.pieces());
                    pieces.add(piece);
                    open = new QuoteSpan(new Span(open.outer().begin(), close < 0 ? paragraph.end() : close + 1),
                            pieces, open.standalone());
                } else {
                    if (open != null) {
                        result.add(open);
                    }
                    open = new QuoteSpan(new Span(i, close < 0 ? paragraph.end() : close + 1), List.of(piece),
                            i == firstNonSpace(body, paragraph));
                }
                if (close >= 0) {
                    result.add(open);
                    open = null;
                    i = close + 1;
                } else {
                    i = paragraph.end();
                }
            }
        }
        if (open != null) {
            result.add(open);
        }
        return result;
    }

    private static boolean isOpening(String body, int i) {
        char c = body.charAt(i);
        if (c == LEFT_DOUBLE || c == LEFT_GUILLEMET) {
            return true;
        }
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
        boolean beforeWord = i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
        return (c == STRAIGHT || c == LEFT_SINGLE) && wordStart && beforeWord;
    }

    /** The index of the mark that closes the quote opened at {@code open}, or -1 when the paragraph ends first. */
    private static int closing(String body, int open, int paragraphEnd) {
        char opening = body.charAt(open);
        for (int i = open + 1; i < paragraphEnd; i++) {
            char c = body.charAt(i);
            if (opening == LEFT_SINGLE) {
                if (c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == STRAIGHT) {
                    return -1;
                }
                boolean followedByLetter = i + 1 < paragraphEnd && Character.isLetter(body.charAt(i + 1));
                if (c == RIGHT_SINGLE && !followedByLetter) {
                    return i;
                }
            } else if (opening == LEFT_GUILLEMET) {
                if (c == RIGHT_GUILLEMET) {
                    return i;
                }
            } else if (c == RIGHT_DOUBLE || c == STRAIGHT && i > open + 1
                    && !Character.isWhitespace(body.charAt(i - 1))) {
                return i;
            } else if (c == LEFT_DOUBLE && opening == LEFT_DOUBLE) {
                return -1;
            }
        }
        return -1;
    }

    private static List<Span> paragraphs(String body) {
        List<Span> result = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) {
                end = body.length();
            }
            if (end > start) {
                result.add(new Span(start, end));
            }
            start = end + 2;
        }
        return result;
    }

    private static int firstNonSpace(String body, Span paragraph) {
        int i = paragraph.begin();
        while (i < paragraph.end() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }
}

package org.newskg.nlp;

/**
 * A time expression normalized against the article's publication date.
 *
 * @param sentenceIndex its sentence
 * @param span          character offsets into the article body
 * @param text          the expression, e.g. {@code on Monday}
 * @param timexType     DATE, TIME, DURATION or SET
 * @param value         the TIMEX3 value, e.g. {@code 2019-11-04}, {@code 2018-04}, {@code PAST_REF}
 */
public record TimeExpression(int sentenceIndex, Span span, String text, String timexType, String value) {
}

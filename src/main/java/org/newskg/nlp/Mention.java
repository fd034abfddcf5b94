package org.newskg.nlp;

/**
 * A named-entity mention: a run of tokens in one sentence that NER tagged with one entity type.
 *
 * @param sentenceIndex its sentence
 * @param tokenBegin    first token, inclusive
 * @param tokenEnd      last token, exclusive
 * @param span          character offsets into the article body
 * @param text          the mention text
 * @param type          the entity type
 * @param confidence    the tagger's probability for the type, in [0, 1]
 */
public record Mention(int sentenceIndex, int tokenBegin, int tokenEnd, Span span, String text, MentionType type,
                      double confidence) {
}

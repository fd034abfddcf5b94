package org.newskg.nlp;

/**
 * One mention in a coreference chain.
 *
 * @param sentenceIndex its sentence
 * @param tokenBegin    first token, inclusive
 * @param tokenEnd      last token, exclusive
 * @param headIndex     token index of its syntactic head
 * @param span          character offsets into the article body
 * @param text          the mention text
 * @param kind          proper name, common noun phrase, pronoun, or list
 */
public record CorefMention(int sentenceIndex, int tokenBegin, int tokenEnd, int headIndex, Span span, String text,
                           Kind kind) {
    public enum Kind { PROPER, NOMINAL, PRONOMINAL, LIST }
}

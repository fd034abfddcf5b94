package org.newskg.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the surface form
 * @param lemma the lemma
 * @param pos   the Penn Treebank part-of-speech tag
 * @param ner   the fine-grained named-entity tag, or {@code "O"}
 * @param span  character offsets into the article body
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}

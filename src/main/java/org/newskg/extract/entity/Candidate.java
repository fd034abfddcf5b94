package org.newskg.extract.entity;

import java.util.Optional;
import org.newskg.extract.EntityType;
import org.newskg.nlp.Span;

/**
 * A name found in one sentence, before resolution: a repaired NER mention or a rule match.
 *
 * @param sentenceIndex its sentence
 * @param tokenBegin    first token, inclusive
 * @param tokenEnd      last token, exclusive
 * @param span          character offsets into the body
 * @param text          the text as written, nickname included
 * @param name          the name it gives, titles and possessives stripped
 * @param type          its type
 * @param confidence    in [0, 1]
 * @param extractor     what found it
 * @param alias         a nickname written inside the name, if any
 */
record Candidate(int sentenceIndex, int tokenBegin, int tokenEnd, Span span, String text, String name,
                 EntityType type, double confidence, String extractor, Optional<String> alias) {

    boolean overlaps(Candidate other) {
        return sentenceIndex == other.sentenceIndex && tokenBegin < other.tokenEnd && other.tokenBegin < tokenEnd;
    }

    Candidate withType(EntityType newType) {
        return new Candidate(sentenceIndex, tokenBegin, tokenEnd, span, text, name, newType, confidence, extractor,
                alias);
    }

    String key() {
        return NameLib.key(name);
    }
}

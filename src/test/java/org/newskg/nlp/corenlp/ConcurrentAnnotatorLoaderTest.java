package org.newskg.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order in which annotators are handed to the loading threads (no models are loaded here). */
class ConcurrentAnnotatorLoaderTest {
    @Test
    void theCostliestAnnotatorsStartFirstAndTheRestKeepTheirOrder() {
        assertThat(ConcurrentAnnotatorLoader.byCost("tokenize,ssplit,pos,lemma,ner,depparse,coref"))
                .containsExactly("ner", "coref", "depparse", "pos", "tokenize", "ssplit", "lemma");
    }

    @Test
    void blanksAndRepeatsAreIgnored() {
        assertThat(ConcurrentAnnotatorLoader.byCost(" tokenize, ssplit ,,quote, tokenize"))
                .containsExactly("tokenize", "ssplit", "quote");
    }
}

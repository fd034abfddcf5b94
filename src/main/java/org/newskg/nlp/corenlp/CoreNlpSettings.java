package org.newskg.nlp.corenlp;

import java.util.Properties;

/**
 * The annotators and properties of the one CoreNLP pipeline a process builds.
 *
 * <p>The default profile parses dependencies rather than constituents, which is several times faster on news and
 * gives the same entity and coreference layers (see {@code ../shared/notes/corenlp-facts.md}).
 */
public record CoreNlpSettings(String annotators, String corefAlgorithm) {

    public static CoreNlpSettings defaults() {
        return new CoreNlpSettings("tokenize,ssplit,pos,lemma,ner,depparse,coref", "statistical");
    }

    /** Every property the pipeline is built with, sorted: two engines with equal descriptions annotate alike. */
    public String describe() {
        return "CoreNLP 4.5.10 " + new java.util.TreeMap<>(toProperties());
    }

    Properties toProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // Paragraphs are joined by a blank line; a paragraph never continues into the next sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("coref.algorithm", corefAlgorithm);
        props.setProperty("coref.language", "en");
        return props;
    }
}

package org.newskg.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of the plain CoreNLP baseline that need no models. */
class PlainCoreNlpEngineTest {
    @Test
    void theFullPipelineIsCoreNlpsDefaultWithNothingElseSet() {
        assertThat(PlainCoreNlpEngine.properties()).containsOnlyKeys("annotators");
        assertThat(PlainCoreNlpEngine.properties().getProperty("annotators"))
                .isEqualTo("tokenize,ssplit,pos,lemma,ner,parse,coref,quote,kbp,entitylink");
    }

    @Test
    void quotationMarksAroundTheTextGoAndThoseInsideStay() {
        assertThat(PlainCoreNlpEngine.withoutOuterMarks("\u201CIt failed, it clearly failed.\u201D"))
                .isEqualTo("It failed, it clearly failed.");
        assertThat(PlainCoreNlpEngine.withoutOuterMarks("\"Say \u2018no thanks\u2019 to it\""))
                .isEqualTo("Say \u2018no thanks\u2019 to it");
        assertThat(PlainCoreNlpEngine.withoutOuterMarks("\u00AB Oui \u00BB")).isEqualTo("Oui");
    }
}

package org.newskg.sys;

import org.newskg.extract.FactExtractor;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.corenlp.CoreNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;

/** Assembles the default implementation of each pipeline stage. */
public final class NewsKg {
    private NewsKg() {
    }

    /** Loads the CoreNLP models; takes tens of seconds, so call it once per process. */
    public static NlpEngine loadNlp() {
        return CoreNlpEngine.load(CoreNlpSettings.defaults());
    }

    public static FactExtractor extractor() {
        return new EntityExtractor();
    }

    public static FactMapper mapper(IriMinter iris) {
        return new NkgFactMapper(iris);
    }
}

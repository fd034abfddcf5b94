package org.newskg.sys;

import java.util.function.Supplier;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.corenlp.CoreNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;

/**
 * Loads newskg's CoreNLP engine with the default settings. A public class with a no-arg constructor, so that a Spark
 * job can name it in its settings and each executor JVM can make one.
 */
public final class CoreNlpLoader implements Supplier<NlpEngine> {
    @Override
    public NlpEngine get() {
        return CoreNlpEngine.load(CoreNlpSettings.defaults());
    }
}

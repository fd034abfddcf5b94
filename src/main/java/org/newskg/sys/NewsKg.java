package org.newskg.sys;

import java.util.List;
import java.util.function.Supplier;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.PlainNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;
import org.newskg.nlp.corenlp.PlainCoreNlpEngine;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;

/** Assembles the default implementation of each pipeline stage. */
public final class NewsKg {
    private NewsKg() {
    }

    /**
     * The CoreNLP engine, loaded when the first article arrives. Loading takes tens of seconds, so build one per
     * process. Tests may replace the loader with {@link #useNlpLoader}.
     */
    public static NlpEngine loadNlp() {
        return new LazyNlpEngine(nlpLoader);
    }

    /**
     * The engine of {@link #loadNlp()}, with each article's NLP output kept in {@code cacheDirectory}: the models
     * load only when an article is not there yet.
     */
    public static NlpEngine loadNlp(java.nio.file.Path cacheDirectory) {
        return new CachedNlpEngine(loadNlp(), CoreNlpSettings.defaults().describe(), cacheDirectory);
    }

    private static volatile Supplier<NlpEngine> nlpLoader =
            () -> CoreNlpEngine.load(CoreNlpSettings.defaults());

    /** Replaces how engines are loaded, for tests that run the CLI without models; returns the previous loader. */
    public static Supplier<NlpEngine> useNlpLoader(Supplier<NlpEngine> loader) {
        Supplier<NlpEngine> previous = nlpLoader;
        nlpLoader = loader;
        return previous;
    }

    /** The baselines {@link #loadPlainNlp(String)} knows, by name. */
    public static final List<String> BASELINES = List.of("corenlp");

    /**
     * A plain reference pipeline to compare newskg with, loaded now: {@code corenlp} is CoreNLP's default full
     * pipeline ({@link PlainCoreNlpEngine}), about a minute and 6 GB. Tests may replace it with
     * {@link #usePlainLoader}.
     *
     * @throws IllegalArgumentException for a name not in {@link #BASELINES}
     */
    public static PlainNlpEngine loadPlainNlp(String name) {
        if (!BASELINES.contains(name)) {
            throw new IllegalArgumentException("unknown baseline '" + name + "'; known: " + BASELINES);
        }
        return plainLoader.get();
    }

    private static volatile Supplier<PlainNlpEngine> plainLoader = PlainCoreNlpEngine::load;

    /** Replaces how the baseline is loaded, for tests without models; returns the previous loader. */
    public static Supplier<PlainNlpEngine> usePlainLoader(
            Supplier<PlainNlpEngine> loader) {
        Supplier<PlainNlpEngine> previous = plainLoader;
        plainLoader = loader;
        return previous;
    }

    /**
     * Every extractor, then entity linking to Wikipedia unless it is turned off ({@code newskg.entitylink=off} or
     * {@code NEWSKG_ENTITYLINK=off}); with linking on, the entities also count names NER missed that the dictionary
     * knows.
     * The dictionary index starts opening in the background now; the first run
     * builds it into the cache (a minute or two).
     */
    public static FactExtractor extractor() {
        return WikiLinking.enabled(System.getenv()) ? WikiLinking.linking(WikiLinking.withDictionaryNames())
                : new NewsFactExtractor();
    }

    /** These extractors, then entity linking as {@link #extractor()} links. */
    public static FactExtractor extractor(NewsFactExtractor extractors) {
        return WikiLinking.enabled(System.getenv()) ? WikiLinking.linking(extractors) : extractors;
    }

    public static FactMapper mapper(IriMinter iris) {
        return new NkgFactMapper(iris);
    }
}

package org.newskg.sys;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.PlainNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;
import org.newskg.nlp.corenlp.PlainCoreNlpEngine;

/**
 * How a run loads its NLP engine and the plain baseline it may compare with. {@code Main} builds
 * {@link #coreNlp()}; tests build one with a fake engine and hand it to the command line.
 *
 * @param nlp   loads newskg's NLP engine; called at most once per {@link #loadNlp()}, when the first article
 *              arrives
 * @param plain loads the {@code corenlp} baseline
 */
public record Models(Supplier<NlpEngine> nlp, Supplier<PlainNlpEngine> plain) {
    /** The baselines {@link #loadPlainNlp(String)} knows, by name. */
    public static final List<String> BASELINES = List.of("corenlp");

    public Models {
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(plain, "plain");
    }

    /** newskg's CoreNLP pipeline ({@link CoreNlpLoader}) and CoreNLP's default full pipeline as the baseline. */
    public static Models coreNlp() {
        return new Models(new CoreNlpLoader(), PlainCoreNlpEngine::load);
    }

    /**
     * The NLP engine, loaded when the first article arrives. Loading CoreNLP takes tens of seconds, so build one per
     * process.
     */
    public NlpEngine loadNlp() {
        return new LazyNlpEngine(nlp);
    }

    /**
     * The engine of {@link #loadNlp()}, with each article's NLP output kept in {@code cacheDirectory}: the models
     * load only when an article is not there yet.
     */
    public NlpEngine loadNlp(Path cacheDirectory) {
        return new CachedNlpEngine(loadNlp(), CoreNlpSettings.defaults().describe(), cacheDirectory);
    }

    /**
     * A plain reference pipeline to compare newskg with, loaded now: {@code corenlp} is CoreNLP's default full
     * pipeline ({@link PlainCoreNlpEngine}), about a minute and 6 GB.
     *
     * @throws IllegalArgumentException for a name not in {@link #BASELINES}
     */
    public PlainNlpEngine loadPlainNlp(String name) {
        if (!BASELINES.contains(name)) {
            throw new IllegalArgumentException("unknown baseline '" + name + "'; known: " + BASELINES);
        }
        return plain.get();
    }
}

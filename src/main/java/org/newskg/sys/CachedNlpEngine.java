package org.newskg.sys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;
import org.newskg.nlp.NlpEngine;

/**
 * Keeps each article's NLP output in a folder, so that running the same articles again (an evaluation after a rule
 * change, say) skips the models entirely. An entry is keyed by the article's content and the engine's description,
 * so an edited article or a changed pipeline is annotated afresh. The wrapped engine is only asked, and so only
 * loaded, on a miss. Thread-safe: entries are written to a temporary file and moved into place.
 */
public final class CachedNlpEngine implements NlpEngine {
    private final NlpEngine engine;
    private final String engineDescription;
    private final Path directory;

    public CachedNlpEngine(NlpEngine engine, String engineDescription, Path directory) {
        this.engine = engine;
        this.engineDescription = engineDescription;
        this.directory = directory;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Path entry = directory.resolve(key(article) + ".json");
        if (Files.isRegularFile(entry)) {
            AnnotatedArticle cached = AnnotatedArticleJson.read(entry);
            return new AnnotatedArticle(article, cached.sentences(), cached.mentions(), cached.chains(),
                    cached.times(), cached.nlpMillis());
        }
        AnnotatedArticle annotated = engine.annotate(article);
        store(annotated, entry);
        return annotated;
    }

    private void store(AnnotatedArticle annotated, Path entry) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "partial-", ".json");
            AnnotatedArticleJson.write(annotated, engineDescription, partial);
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the NLP cache entry " + entry + ": " + e.getMessage(), e);
        }
    }

    private String key(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {engineDescription, article.id(), article.title(), article.body(),
                String.valueOf(article.published().orElse(null))}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long loadMillis() {
        return engine.loadMillis();
    }

    @Override
    public boolean isLoaded() {
        return engine.isLoaded();
    }

    @Override
    public void close() {
        engine.close();
    }
}

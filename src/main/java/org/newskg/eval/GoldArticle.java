package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One article of a gold set with its gold facts.
 *
 * @param name    the base name shared by article and gold file, e.g. {@code 00_seed}
 * @param article the article file, e.g. {@code dev/articles/00_seed.txt}
 * @param facts   the facts of {@code gold/NAME.tsv} in file order; empty when the file lists none
 */
public record GoldArticle(String name, Path article, List<GoldFact> facts) {
    public GoldArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        facts = List.copyOf(facts);
    }
}

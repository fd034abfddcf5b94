package org.newskg.extract.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Quotation;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;
import org.newskg.nlp.CaseDirs;

/**
 * A quote case, {@code quote-cases/<name>/} on the test classpath: {@code article.txt} (what was recorded),
 * {@code annotated.json} (CoreNLP's output for it) and {@code expected.tsv} (see {@link ExpectedQuotation}).
 *
 * <p>To record a case after writing or changing its {@code article.txt}, from the project root after
 * {@code mvn -q -o -Denforcer.skip package -DskipTests}:
 *
 * <pre>
 * java -Xmx5g -cp target/classes:target/test-classes:'target/lib/*' org.newskg.nlp.AnnotatedArticleRecorder \
 *     src/test/resources/quote-cases/*
 * </pre>
 *
 * @param name     the directory name
 * @param article  the recorded annotations
 * @param expected the expected quotations, in text order
 */
record QuoteCase(String name, AnnotatedArticle article, List<ExpectedQuotation> expected) {
    static final String ANNOTATED = "annotated.json";
    /** The marks a quotation may open with: straight and curly double quotes, a guillemet, a curly single quote. */
    static final Set<Character> OPENING_MARKS = Set.of('"', '\u201C', '\u00AB', '\u2018');
    private static final Set<Character> MARKS = Set.of('"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2018',
            '\u2019');

    static Path root() {
        return CaseDirs.root("/quote-cases");
    }

    static List<String> names() {
        return CaseDirs.names("/quote-cases");
    }

    static QuoteCase load(String name) {
        Path dir = root().resolve(name);
        return new QuoteCase(name, AnnotatedArticleJson.read(dir.resolve(ANNOTATED)),
                ExpectedQuotation.read(dir.resolve(ExpectedQuotation.FILE)));
    }

    /** Entities first, then quotations, as {@code NewsFactExtractor} runs them. */
    Result extract() {
        EntityIndex entities = EntityIndex.of(new EntityExtractor().extract(article).entities());
        return new Result(new QuoteExtractor().extract(article, entities), entities);
    }

    /**
     * Everything wrong with the result for this case: a different number of quotations, rows that differ (compared
     * in text order), and broken invariants (see {@link #invariantProblems}). Empty when it matches.
     */
    List<String> problems(Result result) {
        List<String> problems = new ArrayList<>();
        List<Quotation> actual = result.quotations();
        for (int i = 0; i < actual.size(); i++) {
            invariantProblems(actual.get(i), result.entities())
                    .forEach(p -> problems.add("invariant: " + p));
        }
        if (actual.size() != expected.size()) {
            problems.add("expected " + expected.size() + " quotations but found " + actual.size());
        }
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            ExpectedQuotation row = expected.get(i);
            row.differences(actual.get(i), result.entities())
                    .forEach(d -> problems.add("line " + row.line() + ": " + d));
        }
        return problems;
    }

    /**
     * What must hold for every quotation: its span and its evidence span are the same, the evidence text is the body
     * there and starts with an opening quote mark, the evidence sentence is the article's, the text is neither blank
     * nor starts or ends with a quote mark, and the speaker key names a known entity.
     */
    List<String> invariantProblems(Quotation quotation, EntityIndex entities) {
        List<String> problems = new ArrayList<>();
        String body = article.body();
        String where = "'" + shorten(quotation.text()) + "': ";
        var evidence = quotation.evidence();
        if (!evidence.span().equals(quotation.span())) {
            problems.add(where + "evidence span " + evidence.span() + " is not the quotation span " + quotation.span());
        }
        if (evidence.span().end() > body.length()) {
            problems.add(where + "evidence span " + evidence.span() + " beyond the body");
            return problems;
        }
        if (!evidence.span().of(body).equals(evidence.text())) {
            problems.add(where + "evidence text is not the body at its span");
        }
        if (evidence.text().isEmpty() || !OPENING_MARKS.contains(evidence.text().charAt(0))) {
            problems.add(where + "evidence text does not start with a quote mark: '" + shorten(evidence.text()) + "'");
        }
        if (evidence.sentenceIndex() < 0 || evidence.sentenceIndex() >= article.sentences().size()
                || !article.sentences().get(evidence.sentenceIndex()).text().equals(evidence.sentenceText())) {
            problems.add(where + "evidence sentence " + evidence.sentenceIndex() + " is not the article's");
        }
        String text = quotation.text();
        if (text.isBlank() || MARKS.contains(text.charAt(0)) || MARKS.contains(text.charAt(text.length() - 1))) {
            problems.add(where + "text is blank or keeps a quote mark");
        }
        quotation.speakerKey().filter(key -> entities.byKey(key).isEmpty())
                .ifPresent(key -> problems.add(where + "speaker key " + key + " names no entity"));
        return problems;
    }

    private static String shorten(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }

    /** The actual quotations as {@code expected.tsv} rows. */
    static String rows(Result result) {
        StringBuilder rows = new StringBuilder();
        result.quotations().forEach(q -> rows.append(ExpectedQuotation.row(q, result.entities())).append('\n'));
        return rows.toString();
    }

    /**
     * What the extractor found.
     *
     * @param quotations the quotations, in text order
     * @param entities   the entities they refer to
     */
    record Result(List<Quotation> quotations, EntityIndex entities) {
    }
}

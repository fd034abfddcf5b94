package org.newskg.extract.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.Entity;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;
import org.newskg.nlp.CaseDirs;
import org.newskg.nlp.Sentence;

/**
 * A golden case, {@code cases/<name>/} on the test classpath: {@code article.txt} (what was recorded),
 * {@code annotated.json} (CoreNLP's output for it, see {@code AnnotatedArticleRecorder}) and {@code expected.tsv}
 * (see {@link ExpectedEntity}).
 *
 * @param name     the directory name
 * @param dir      the directory
 * @param article  the recorded annotations
 * @param expected the expected entities
 */
record GoldenCase(String name, Path dir, AnnotatedArticle article, List<ExpectedEntity> expected) {
    static final String ANNOTATED = "annotated.json";

    static Path root() {
        return CaseDirs.root("/cases");
    }

    static List<String> names() {
        return CaseDirs.names("/cases");
    }

    static GoldenCase load(String name) {
        Path dir = root().resolve(name);
        return new GoldenCase(name, dir, AnnotatedArticleJson.read(dir.resolve(ANNOTATED)),
                ExpectedEntity.read(dir.resolve(ExpectedEntity.FILE)));
    }

    /**
     * The entities of the case; a case with a {@code dictionary.tsv} (surface form, page title, score) and a
     * {@code places.tsv} (name, kind, population) reads them as its Wikipedia dictionary and gazetteer.
     */
    Facts extract() {
        Path dictionary = dir.resolve(CaseDictionary.DICTIONARY);
        return (Files.exists(dictionary) ? CaseDictionary.extractor(dir) : new EntityExtractor()).extract(article);
    }

    /**
     * Everything wrong with {@code facts} for this case: expected entities that are missing, differ or appear more
     * than once, unexpected entities, and broken invariants (see {@link #invariantProblems}). Empty when it matches.
     */
    List<String> problems(Facts facts) {
        List<String> problems = new ArrayList<>(invariantProblems(facts));
        List<Entity> unmatched = new ArrayList<>(facts.entities());
        for (ExpectedEntity row : expected) {
            List<Entity> named = facts.entities().stream().filter(e -> e.name().equals(row.name())).toList();
            if (named.isEmpty()) {
                problems.add("line " + row.line() + ": no entity named '" + row.name() + "'");
                continue;
            }
            if (named.size() > 1) {
                problems.add("line " + row.line() + ": " + named.size() + " entities named '" + row.name()
                        + "', expected one");
            }
            Entity actual = named.get(0);
            unmatched.removeAll(named);
            row.differences(actual).forEach(d -> problems.add("line " + row.line() + " '" + row.name() + "': " + d));
        }
        unmatched.forEach(e -> problems.add("unexpected entity: " + ExpectedEntity.row(e)));
        return problems;
    }

    /**
     * What must hold whatever the article: every mention's text is the body at its span and lies in its sentence,
     * keys are unique and start with the top type, the canonical name is among the names, every alias is a name,
     * and no two entities claim the same name mention.
     */
    List<String> invariantProblems(Facts facts) {
        List<String> problems = new ArrayList<>();
        String body = article.body();
        Map<String, String> keys = new HashMap<>();
        Map<String, String> nameMentionOwners = new HashMap<>();
        for (Entity entity : facts.entities()) {
            String previous = keys.put(entity.key(), entity.name());
            if (previous != null) {
                problems.add("key " + entity.key() + " shared by '" + previous + "' and '" + entity.name() + "'");
            }
            if (!entity.key().startsWith(entity.type().top().name().toLowerCase(java.util.Locale.ROOT) + "/")) {
                problems.add("'" + entity.name() + "': key " + entity.key() + " does not start with its top type");
            }
            if (!entity.names().contains(entity.name())) {
                problems.add("'" + entity.name() + "': canonical name missing from names " + entity.names());
            }
            entity.aliases().stream().filter(a -> !entity.names().contains(a))
                    .forEach(a -> problems.add("'" + entity.name() + "': alias '" + a + "' is not among its names"));
            for (Evidence mention : entity.mentions()) {
                problems.addAll(mentionProblems(entity, mention, body));
                if (!mention.extractor().equals(EntityExtractor.COREF)) {
                    String owner = nameMentionOwners.put(mention.span().toString(), entity.name());
                    if (owner != null && !owner.equals(entity.name())) {
                        problems.add("name mention " + ExpectedEntity.mention(mention) + " claimed by '" + owner
                                + "' and '" + entity.name() + "'");
                    }
                }
            }
        }
        return problems;
    }

    private List<String> mentionProblems(Entity entity, Evidence mention, String body) {
        List<String> problems = new ArrayList<>();
        String where = "'" + entity.name() + "' mention " + ExpectedEntity.mention(mention) + " (" + mention.extractor()
                + "): ";
        if (mention.span().end() > body.length()) {
            problems.add(where + "span " + mention.span() + " beyond the body (" + body.length() + " chars)");
            return problems;
        }
        String atSpan = mention.span().of(body);
        if (!atSpan.equals(mention.text())) {
            problems.add(where + "text is not the body at its span, which reads '" + atSpan + "'");
        }
        if (mention.sentenceIndex() < 0 || mention.sentenceIndex() >= article.sentences().size()) {
            problems.add(where + "no sentence " + mention.sentenceIndex());
            return problems;
        }
        Sentence sentence = article.sentences().get(mention.sentenceIndex());
        if (!sentence.span().contains(mention.span())) {
            problems.add(where + "span outside its sentence " + sentence.span());
        }
        if (!sentence.text().equals(mention.sentenceText())) {
            problems.add(where + "sentence text differs from sentence " + sentence.index());
        }
        return problems;
    }

    /** The actual entities as {@code expected.tsv} rows. */
    static String rows(Facts facts) {
        StringBuilder rows = new StringBuilder();
        facts.entities().forEach(e -> rows.append(ExpectedEntity.row(e)).append('\n'));
        return rows.toString();
    }
}

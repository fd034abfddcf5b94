package org.newskg.extract.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.Found;
import org.newskg.extract.Lexicon;
import org.newskg.extract.Output;
import org.newskg.extract.Relation;
import org.newskg.extract.SentenceView;

/**
 * The relations that are rules alone, with no Java of their own: each file named in {@code rules/relations.list}
 * is a rules file whose {@code arguments} line types A and B and whose rules name the ontology property that holds
 * ("birthPlace"). A fact is stated once per article: the first rule that reads it names it. Stateless and
 * thread-safe.
 */
public final class RuleRelationExtractor implements ArticleExtractor {
    static final String LIST = "rules/relations.list";

    private final List<PathRuleEngine> engines;

    /** The relations of {@code rules/relations.list}. */
    public RuleRelationExtractor() {
        this(Lexicon.lines(LIST));
    }

    /** The relations of the named rules files, {@code rules/NAME.rules} each. */
    public RuleRelationExtractor(List<String> names) {
        this.engines = names.stream()
                .map(name -> new PathRuleEngine(RuleFile.load("/org/newskg/extract/rules/" + name + ".rules")))
                .toList();
    }

    /** The ontology properties the listed relations' rules name, each once: the terms they write. */
    public Set<String> properties() {
        return engines.stream().flatMap(engine -> engine.rules().rules().stream()).map(PathRule::relation)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES, Output.PLACES);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.RELATIONS);
    }

    @Override
    public Found run(ExtractionContext context) {
        Map<String, Relation> found = new LinkedHashMap<>();
        for (SentenceView view : context.views()) {
            ExtractionException.inSentence(view.sentence(), () -> {
                for (PathRuleEngine engine : engines) {
                    for (PathRuleEngine.Match match : engine.matches(view)) {
                        found.putIfAbsent(match.relation() + " " + match.a().key() + " " + match.b().key(),
                                new Relation(match.relation(), match.a().key(), match.b().key(), match.evidence()));
                    }
                }
            });
        }
        return context.found().withRelations(List.copyOf(found.values()));
    }
}

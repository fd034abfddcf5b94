package org.newskg.extract.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityLink;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.extract.Geocode;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.wikidict.WikiDictionary;

/**
 * Links entities to Wikipedia pages with a {@link WikiDictionary}, looking up only names that say who or what the
 * entity is: a person's full names (two words or more) and nicknames, an organization's names and acronyms, a
 * place's names, first qualified by the division or country the gazetteer puts it in ("Springfield, Illinois").
 * A surname or given name alone is never looked up. Each entry found is judged by {@link LinkJudge}; when two names
 * give different sure pages, the entity is ambiguous and its best page is only a close match.
 *
 * <p>Thread-safe when the dictionary is.
 */
public final class WikiEntityLinker implements EntityLinker {
    private final WikiDictionary dictionary;
    private final LinkJudge judge;

    /**
     * @param dictionary  the dictionary
     * @param knownPlaces the kinds of place that the gazetteer knows by a name ({@code COUNTRY},
     *                    {@code FIRST_LEVEL_DIVISION}, {@code CITY}), empty when it knows none
     */
    public WikiEntityLinker(WikiDictionary dictionary, Function<String, Set<EntityType>> knownPlaces) {
        this.dictionary = dictionary;
        this.judge = new LinkJudge(knownPlaces);
    }

    @Override
    public List<EntityLink> link(AnnotatedArticle article, Facts facts) {
        ArticleContext context = new ArticleContext(article.body(), facts);
        Map<String, Geocode> geocodes = facts.places().geocodes().stream()
                .collect(Collectors.toMap(Geocode::entityKey, g -> g, (a, b) -> a));
        List<EntityLink> links = new ArrayList<>();
        for (Entity entity : facts.entities()) {
            if (entity.mentions().isEmpty()) {
                continue;
            }
            List<LinkJudge.Verdict> verdicts = new ArrayList<>();
            List<String> containers = Optional.ofNullable(geocodes.get(entity.key()))
                    .map(g -> containerNames(g, facts)).orElse(List.of());
            for (String form : forms(entity, geocodes, facts)) {
                dictionary.lookup(form).flatMap(entry -> judge.judge(entity, form, entry, context, containers))
                        .ifPresent(verdicts::add);
            }
            choose(verdicts).ifPresent(v -> links.add(new EntityLink(entity.key(), v.title(), v.sure(),
                    evidence(entity, v))));
        }
        return links;
    }

    /** The mention of the name that was looked up, else the first mention of a name, as the link's evidence. */
    private static Evidence evidence(Entity entity, LinkJudge.Verdict verdict) {
        Evidence mention = entity.mentions().stream().filter(m -> m.text().equals(verdict.form())).findFirst()
                .or(() -> entity.mentions().stream().filter(m -> entity.names().contains(m.text())).findFirst())
                .orElse(entity.mentions().get(0));
        return new Evidence(mention.sentenceIndex(), mention.sentenceText(), mention.span(), mention.text(),
                EntityLink.EXTRACTOR, Math.min(1.0, verdict.confidence()));
    }

    /** The best page; not sure when another name gives another sure page. */
    static Optional<LinkJudge.Verdict> choose(List<LinkJudge.Verdict> verdicts) {
        Optional<LinkJudge.Verdict> best = verdicts.stream().max(Comparator
                .comparing(LinkJudge.Verdict::sure).thenComparingDouble(LinkJudge.Verdict::confidence));
        boolean contested = best.isPresent() && verdicts.stream()
                .anyMatch(v -> v.sure() && !v.title().equals(best.get().title()));
        return contested ? best.map(v -> new LinkJudge.Verdict(v.form(), v.title(), v.confidence(), false)) : best;
    }

    /** The names to look up, most telling first. */
    static List<String> forms(Entity entity, Map<String, Geocode> geocodes, Facts facts) {
        Set<String> forms = new LinkedHashSet<>();
        if (entity.type().top() == EntityType.TopType.PLACE) {
            Geocode geocode = geocodes.get(entity.key());
            if (geocode != null) {
                containerNames(geocode, facts).forEach(c -> forms.add(geocode.place().name() + ", " + c));
                forms.add(geocode.place().name());
            }
        }
        for (String name : entity.names()) {
            boolean fullName = Title.words(name).size() >= 2;
            if (entity.type().top() != EntityType.TopType.PERSON || fullName || entity.aliases().contains(name)) {
                forms.add(name);
            }
        }
        return List.copyOf(forms);
    }

    /** The names of the places the gazetteer puts this one in, smallest first. */
    private static List<String> containerNames(Geocode geocode, Facts facts) {
        Map<String, Geocode> byKey = facts.places().geocodes().stream()
                .collect(Collectors.toMap(Geocode::entityKey, g -> g, (a, b) -> a));
        return facts.places().located().stream()
                .filter(l -> l.fromGazetteer() && l.placeKey().equals(geocode.entityKey()))
                .map(l -> byKey.get(l.containerKey())).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(g -> g.place().kind(), Comparator.reverseOrder()))
                .map(g -> g.place().name()).toList();
    }
}

package org.newskg.extract.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.quote.SpeakerFinder.Context;
import org.newskg.extract.quote.SpeakerFinder.Resolved;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/** Who a pronoun that says something stands for: the last speaker, coreference, or the last person named. */
final class PronounSpeaker {
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final int RECENT_SENTENCES = 2;

    private final AnnotatedArticle article;
    private final EntityIndex entities;
    private final IntPredicate quoted;

    PronounSpeaker(AnnotatedArticle article, EntityIndex entities, IntPredicate quoted) {
        this.article = article;
        this.entities = entities;
        this.quoted = quoted;
    }

    /**
     * "he said": the speaker of the sentence just before, else coreference, else the person named last; never one
     * the pronoun's gender rules out, nor one named inside the quotation itself.
     */
    Optional<Resolved> resolve(Token token, Context context) {
        String word = token.word().toLowerCase(Locale.ROOT);
        java.util.function.Predicate<Entity> fits = e -> e.type().top() != EntityType.TopType.PLACE
                && compatible(word, e) && context.quote().map(q -> !namedInside(e, q)).orElse(true);
        Optional<Resolved> lastSpeaker = context.earlier().stream()
                .filter(a -> a.speaker().isPresent() && a.verbOffset() >= 0)
                .reduce((first, second) -> second)
                .filter(a -> sentencesBetween(a.verbOffset(), token.span().begin()) <= RECENT_SENTENCES)
                .flatMap(Attribution::speaker).filter(fits)
                .map(e -> new Resolved(e, "pronoun-last-speaker", 0.8));
        return lastSpeaker
                .or(() -> entities.at(token.span()).filter(fits).map(e -> new Resolved(e, "pronoun-coref", 0.75)))
                .or(() -> lastPersonNamed(token, fits).map(e -> new Resolved(e, "pronoun-recency", 0.6)));
    }

    private boolean namedInside(Entity entity, Span quote) {
        return entity.mentions().stream().anyMatch(m -> quote.contains(m.span())
                && !m.extractor().startsWith("corenlp-coref"));
    }

    private int sentencesBetween(int from, int to) {
        return (int) article.sentences().stream()
                .filter(s -> s.span().begin() > from && s.span().begin() <= to).count();
    }

    private static boolean compatible(String pronoun, Entity entity) {
        Gender gender = gender(entity);
        return !(FEMALE.contains(pronoun) && gender == Gender.MALE
                || MALE.contains(pronoun) && gender == Gender.FEMALE);
    }

    /** The person named last before the pronoun, outside quotations. */
    private Optional<Entity> lastPersonNamed(Token pronoun, java.util.function.Predicate<Entity> fits) {
        for (EntityIndex.Mentioned named : entities.namesBefore(pronoun.span().begin(),
                EntityType.TopType.PERSON)) {
            if (!quoted.test(named.span().begin()) && fits.test(named.entity())) {
                return Optional.of(named.entity());
            }
        }
        return Optional.empty();
    }

    private static Gender gender(Entity entity) {
        long female = entity.mentions().stream().map(Evidence::text).map(t -> t.toLowerCase(Locale.ROOT))
                .filter(FEMALE::contains).count();
        long male = entity.mentions().stream().map(Evidence::text).map(t -> t.toLowerCase(Locale.ROOT))
                .filter(MALE::contains).count();
        return female > male ? Gender.FEMALE : male > female ? Gender.MALE : Gender.UNKNOWN;
    }

    private enum Gender { MALE, FEMALE, UNKNOWN }
}

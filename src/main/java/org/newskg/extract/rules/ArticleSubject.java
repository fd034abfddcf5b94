package org.newskg.extract.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;

/**
 * The person an article is about, for the "he" and "she" that coreference left unresolved. A biography opens with
 * its subject ("Ana Costa (born 1960) is a Portuguese footballer ...") and goes on with "He played for ..."; CoreNLP
 * often links no such pronoun to the name. The article has a subject when its first sentence's subject is a named
 * person; an unresolved singular pronoun stands for it when neither the pronoun's sentence nor the one before names
 * another person and the pronouns coreference did link to the subject are not of the other gender. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PathRuleEngine rules = RULES.withPronouns(ArticleSubject.of(article, index));
 * }</pre>
 */
public final class ArticleSubject implements PathRuleEngine.PhraseResolver {
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");

    private final Optional<Entity> subject;
    /** The indexes of the sentences that name a person other than the subject. */
    private final Set<Integer> otherPeople;

    private ArticleSubject(Optional<Entity> subject, Set<Integer> otherPeople) {
        this.subject = subject;
        this.otherPeople = Set.copyOf(otherPeople);
    }

    /** The subject of the article's first sentence, when it is a named person. */
    public static ArticleSubject of(AnnotatedArticle article, EntityIndex index) {
        if (article.sentences().isEmpty()) {
            return new ArticleSubject(Optional.empty(), Set.of());
        }
        SentenceView first = new SentenceView(article.sentences().get(0), article.body(), index);
        Optional<Entity> subject = first.sentence().dependencies().stream()
                .filter(d -> d.relation().equals("root")).map(d -> d.dependent()).findFirst().stream()
                .flatMap(root -> first.children(root).stream())
                .filter(d -> SUBJECT_RELATIONS.contains(d.relation()))
                .map(d -> first.named(d.dependent())).flatMap(Optional::stream)
                .filter(e -> e.type().top() == TopType.PERSON).findFirst();
        Set<Integer> otherPeople = new HashSet<>();
        for (Sentence sentence : article.sentences()) {
            SentenceView view = new SentenceView(sentence, article.body(), index);
            if (subject.isPresent() && namesAnotherPerson(view, subject.get())) {
                otherPeople.add(sentence.index());
            }
        }
        return new ArticleSubject(subject, otherPeople);
    }

    /** The article's subject, if the unresolved personal pronoun at {@code pronoun} can stand for it. */
    @Override
    public Optional<Entity> resolve(SentenceView view, int pronoun) {
        String word = view.lower(pronoun);
        boolean masculine = MASCULINE.contains(word);
        if (!masculine && !FEMININE.contains(word) || view.resolvedPronoun(pronoun).isPresent()) {
            return Optional.empty();
        }
        int sentence = view.sentence().index();
        if (otherPeople.contains(sentence) || otherPeople.contains(sentence - 1)) {
            return Optional.empty();
        }
        return subject.filter(s -> !linkedPronouns(s, masculine ? FEMININE : MASCULINE));
    }

    private static boolean namesAnotherPerson(SentenceView view, Entity subject) {
        for (int i = 0; i < view.size(); i++) {
            if (view.named(i).filter(e -> e.type().top() == TopType.PERSON && !e.equals(subject)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkedPronouns(Entity subject, Set<String> pronouns) {
        return subject.mentions().stream().anyMatch(m -> pronouns.contains(m.text().toLowerCase(Locale.ROOT)));
    }
}

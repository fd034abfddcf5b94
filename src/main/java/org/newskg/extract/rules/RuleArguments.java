package org.newskg.extract.rules;

import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;

/**
 * Who a rule's argument at a token is, the same for every relation: a name of the expected type; a pronoun only when
 * coreference resolved it to one, never an unresolved pronoun; "it"/"its" for an organization coreference names; a
 * relative pronoun for the noun it refers to; or, for a noun phrase argument ({@code A{father}}), the entity
 * coreference or an earlier fact resolved the phrase to. Immutable.
 */
final class RuleArguments {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "their",
            "they", "them");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");

    private final PathRuleEngine.PhraseResolver phrases;

    RuleArguments(PathRuleEngine.PhraseResolver phrases) {
        this.phrases = phrases;
    }

    /** The entity of the expected type the token names, directly or through coreference. */
    static Optional<Entity> at(SentenceView view, int i, TopType type) {
        if (view.named(i).isPresent()) {
            return view.named(i).filter(e -> e.type().top() == type);
        }
        String word = view.lower(i);
        if (PERSONAL_PRONOUNS.contains(word)) {
            return view.resolvedPronoun(i).filter(e -> e.type().top() == type);
        }
        if ((word.equals("its") || word.equals("it")) && type == TopType.ORGANIZATION) {
            return view.corefOrganization(i, i + 1);
        }
        if (RELATIVE_PRONOUNS.contains(word)) {
            return view.heads(i).stream().filter(d -> d.relation().equals("ref") && d.governor() >= 0)
                    .map(d -> view.named(d.governor())).flatMap(Optional::stream)
                    .filter(e -> e.type().top() == type).findFirst();
        }
        return Optional.empty();
    }

    /** The entity of the expected type the noun phrase headed by {@code i} stands for, as a whole ("his father"). */
    Optional<Entity> phrase(SentenceView view, int i, TopType type) {
        int begin = i;
        for (Dependency d : view.children(i)) {
            if (d.dependent() < begin && Set.of("det", "nmod:poss", "amod").contains(d.relation())) {
                begin = d.dependent();
            }
        }
        return view.resolvedPhrase(begin, i + 1).or(() -> phrases.resolve(view, i))
                .filter(e -> e.type().top() == type);
    }
}

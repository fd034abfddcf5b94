package org.newskg.extract;

import java.util.List;

/**
 * A person, organization or place as one article names it, with every mention resolved to it.
 *
 * @param key      identity across articles: equal keys are the same entity. A name that is ambiguous on its own (a
 *                 single given name or surname) is keyed to its article.
 * @param type     its type
 * @param name     the canonical name, the fullest form the article uses
 * @param names    every name the article uses for it, canonical first
 * @param aliases  nicknames and acronyms among {@code names}
 * @param mentions its mentions, in text order
 */
public record Entity(String key, EntityType type, String name, List<String> names, List<String> aliases,
                     List<Evidence> mentions) {
    public Entity {
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public double confidence() {
        return mentions.stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }
}

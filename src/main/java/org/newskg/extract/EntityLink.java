package org.newskg.extract;

import java.util.Locale;
import java.util.Objects;
import org.newskg.extract.entity.NameLib;

/**
 * An entity's page in Wikipedia (and so its DBpedia resource), read from the Wikipedia dictionary and checked
 * against the article.
 *
 * @param entityKey the {@link Entity#key()} of the linked entity
 * @param title     the Wikipedia page title with underscores, e.g. {@code Ana_Costa_(economist)}
 * @param sure      true when the page is the entity's ({@code owl:sameAs}); false for a close match
 *                  ({@code skos:closeMatch})
 * @param evidence  the mention whose name was looked up, with extractor {@link #EXTRACTOR} and the link's
 *                  confidence: the dictionary's score, lowered where the article does not confirm the page
 */
public record EntityLink(String entityKey, String title, boolean sure, Evidence evidence) {
    /** The extractor name written as the provenance of links. */
    public static final String EXTRACTOR = "newskg-entitylink";

    public EntityLink {
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }

    public double confidence() {
        return evidence.confidence();
    }

    /**
     * The identity key of an entity of this type that a sure link names: equal for the same page in every article
     * ({@code person/ana-costa} for {@code Ana_Costa}, {@code person/john-smith-footballer} for
     * {@code John_Smith_(footballer)}).
     */
    public String identityKey(EntityType type) {
        return type.top().name().toLowerCase(Locale.ROOT) + "/" + NameLib.slug(title.replace('_', ' '));
    }
}

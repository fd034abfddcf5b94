package org.newskg.extract.role;

import java.util.List;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Membership;
import org.newskg.extract.PartOf;
import org.newskg.nlp.AnnotatedArticle;

/**
 * People's roles and affiliations, read from appositions, title premodifiers and predicates; and organizations
 * that are part of others. Stateless and thread-safe.
 */
public final class RoleExtractor {

    /**
     * What the role extractor found.
     *
     * @param memberships people's roles and organizations
     * @param partOf      organizations within organizations
     */
    public record Roles(List<Membership> memberships, List<PartOf> partOf) {
        public Roles {
            memberships = List.copyOf(memberships);
            partOf = List.copyOf(partOf);
        }
    }

    public Roles extract(AnnotatedArticle article, EntityIndex entities) {
        return new Roles(List.of(), List.of());
    }
}

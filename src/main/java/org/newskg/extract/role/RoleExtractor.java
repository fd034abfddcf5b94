package org.newskg.extract.role;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.Found;
import org.newskg.extract.Output;
import java.util.Set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.Membership;
import org.newskg.extract.PartOf;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;

/**
 * People's roles and affiliations, read from appositions, title premodifiers and predicates; and organizations
 * that are part of others. Stateless and thread-safe.
 *
 * <p>The rules, each named in the evidence it leaves:
 * <ul>
 *   <li>{@code newskg-role-premodifier}: a title before a name, "US President Ellen Park", "Nordwerk Chief
 *       Branding Officer Kenji Mori";</li>
 *   <li>{@code newskg-role-apposition}: "Maria Lindqvist, director of the Coastal Program", "Italy's top
 *       prosecutor, Marco Bellini";</li>
 *   <li>{@code newskg-role-predicate} and {@code newskg-role-relative}: "X is a professor at Y", "X became CEO of
 *       Y", "X, who heads Y";</li>
 *   <li>{@code newskg-partof-name} and {@code newskg-partof-apposition}: "the Coastal Program for the Center for
 *       International Policy", "Vela, a division of Nordwerk".</li>
 * </ul>
 * Role nouns, title words, nationalities and membership verbs come from the {@code role-*.txt} word lists. A role
 * keeps the words it is written with ("Secretary for Security and Civilian Protection", "director"); a nationality
 * or a country before it becomes the role's place ("Mexican", "US President"), kept only when no organization is
 * named. A head of state is therefore a role with a country, not the leader of an organization.
 *
 * <pre>{@code
 * RoleExtractor.Roles roles = new RoleExtractor().extract(annotated, EntityIndex.of(entities));
 * }</pre>
 */
public final class RoleExtractor implements ArticleExtractor {
    private static final String MEMBER = "member";

    private final RoleLexicon lexicon = RoleLexicon.get();
    private final RolePhraseReader reader = new RolePhraseReader(lexicon);
    private final PremodifierRule premodifiers = new PremodifierRule(lexicon, reader);
    private final AppositionRule appositions = new AppositionRule(lexicon, reader);
    private final PredicateRule predicates = new PredicateRule(lexicon, reader);

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
        List<Membership> memberships = new ArrayList<>();
        Map<String, PartOf> parts = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            ExtractionException.inSentence(sentence, () -> {
                SentenceView view = new SentenceView(sentence, article.body(), entities);
                for (Finding finding : findings(view)) {
                    membership(view, finding).ifPresent(memberships::add);
                }
                for (PartOfReader.Link link : PartOfReader.read(view)) {
                    parts.putIfAbsent(link.part().key() + " " + link.whole().key(), new PartOf(link.part().key(),
                            link.whole().key(), evidence(view, link.begin(), link.end(), link.rule(), 0.75)));
                }
            });
        }
        return new Roles(MembershipLib.merge(memberships), List.copyOf(parts.values()));
    }

    private List<Finding> findings(SentenceView view) {
        List<Finding> found = new ArrayList<>();
        for (SentenceView.Run name : view.personRuns()) {
            List<Finding> titles = premodifiers.find(view, name);
            found.addAll(titles.isEmpty() ? appositions.ofOrganization(view, name) : titles);
            int titleBegin = titles.stream().mapToInt(Finding::begin).min().orElse(name.begin());
            found.addAll(appositions.after(view, name));
            found.addAll(appositions.before(view, name, titleBegin));
        }
        found.addAll(predicates.find(view));
        return found;
    }

    private static Optional<Membership> membership(SentenceView view, Finding finding) {
        Optional<String> role = finding.role().map(r -> r.replaceAll("\\s+", " ").strip()).filter(r -> !r.isEmpty());
        boolean bareMember = role.map(r -> r.toLowerCase(Locale.ROOT).equals(MEMBER)).orElse(false);
        if (bareMember && finding.organization().isEmpty() || role.isEmpty() && finding.organization().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> org = finding.organization().map(Entity::key);
        Optional<String> place = org.isPresent() ? Optional.empty() : finding.place().map(Entity::key);
        return Optional.of(new Membership(finding.person().key(), org, role, place,
                evidence(view, finding.begin(), finding.end(), finding.rule(), finding.confidence())));
    }

    private static Evidence evidence(SentenceView view, int begin, int end, String rule, double confidence) {
        Sentence sentence = view.sentence();
        Span span = view.span(begin, end);
        return new Evidence(sentence.index(), sentence.text(), span, view.text(begin, end), rule, confidence);
    }

    /** Merging the memberships of one article. */
    static final class MembershipLib {
        private MembershipLib() {
        }

        /**
         * One membership per person, organization, role, place and sentence (the surest kept); a role without an
         * organization is dropped where the same person holds the same role in a named organization.
         */
        static List<Membership> merge(List<Membership> memberships) {
            Map<String, Membership> unique = new LinkedHashMap<>();
            for (Membership m : memberships) {
                String key = String.join("|", m.personKey(), m.organizationKey().orElse(""), roleKey(m),
                        m.placeKey().orElse(""), String.valueOf(m.evidence().sentenceIndex()));
                unique.merge(key, m, (a, b) -> a.evidence().confidence() >= b.evidence().confidence() ? a : b);
            }
            List<Membership> result = new ArrayList<>();
            for (Membership m : unique.values()) {
                boolean covered = m.organizationKey().isEmpty() && unique.values().stream()
                        .anyMatch(o -> o.organizationKey().isPresent() && o.personKey().equals(m.personKey())
                                && roleKey(o).equals(roleKey(m)));
                if (!covered) {
                    result.add(m);
                }
            }
            result.sort(Comparator.comparingInt((Membership m) -> m.evidence().span().begin()));
            return result;
        }

        private static String roleKey(Membership m) {
            return m.role().map(r -> r.toLowerCase(Locale.ROOT)).orElse("");
        }
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES, Output.PLACES);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.ROLES);
    }

    @Override
    public Found run(ExtractionContext context) {
        Roles roles = extract(context.article(), context.index());
        return context.found().withRoles(roles.memberships(), roles.partOf());
    }
}

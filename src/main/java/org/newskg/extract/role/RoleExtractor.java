package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.Found;
import org.newskg.extract.Membership;
import org.newskg.extract.Output;
import org.newskg.extract.PartOf;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.ArticleSubject;
import org.newskg.extract.rules.PathRule;
import org.newskg.extract.rules.PathRuleEngine;
import org.newskg.extract.rules.RuleFile;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;

/**
 * People's roles and affiliations, read by the rules of {@code org/newskg/extract/rules/affiliation.rules}; and
 * organizations that are part of others. Stateless and thread-safe.
 *
 * <p>A rule leads from a person to an organization ("X joined Y", "X plays for Y", "Y's X") or to a role noun
 * ("X, a professor at Y", "US President X", "X became chief engineer of Y", "Y's top prosecutor, X"); the role
 * phrase of a role noun is read here ({@link RolePhrases}): it keeps the words it is written with ("Secretary for
 * Security and Civilian Protection", "director"), its organization, and for a public office (role-offices.txt) a
 * nationality or country before it as the role's jurisdiction ("US President", "the mayor of Denver"), kept only
 * when no organization is named. A head of state is
 * therefore a role with a country, not the leader of an organization. Each membership's evidence names its rule.
 * Part-of links come from {@link PartOfReader}: "the Coastal Program for the Center for International Policy",
 * "Vela, a division of Nordwerk".
 *
 * <pre>{@code
 * RoleExtractor.Roles roles = new RoleExtractor().extract(annotated, EntityIndex.of(entities));
 * }</pre>
 */
public final class RoleExtractor implements ArticleExtractor {
    static final String RULES_RESOURCE = "/org/newskg/extract/rules/affiliation.rules";
    private static final PathRuleEngine RULES = new PathRuleEngine(RuleFile.load(RULES_RESOURCE));
    private static final String MEMBER = "member";
    /** A rule's role column: the role phrase on its path, kept with or without an organization. */
    private static final String ROLE = "role";
    /** A rule's role column: the role phrase on its path, kept only with an organization or jurisdiction. */
    private static final String ROLE_NAMED = "role-named";
    private static final double CONFIDENCE = 0.8;

    private final RoleLexicon lexicon = RoleLexicon.get();
    private final RolePhraseReader reader = new RolePhraseReader(lexicon);
    private final RolePhrases phrases = new RolePhrases(lexicon, reader);

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
        PathRuleEngine rules = RULES.withPronouns(ArticleSubject.of(article, entities));
        for (Sentence sentence : article.sentences()) {
            ExtractionException.inSentence(sentence, () -> {
                SentenceView view = new SentenceView(sentence, article.body(), entities);
                for (Finding finding : findings(rules, view)) {
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

    private List<Finding> findings(PathRuleEngine rules, SentenceView view) {
        List<Finding> found = new ArrayList<>();
        for (PathRuleEngine.Match match : rules.matches(view)) {
            finding(view, match.rule(), match.a(), match.tokens(), Optional.of(match.b())).ifPresent(found::add);
        }
        for (PathRuleEngine.WordMatch match : rules.wordMatches(view)) {
            finding(view, match.rule(), match.a(), match.tokens(), Optional.empty()).ifPresent(found::add);
        }
        return found;
    }

    /**
     * What one rule's path says: the person, the role its column states or the role phrase of the word it ends at
     * (else of the first role noun it passes), the organization.
     */
    private Optional<Finding> finding(SentenceView view, PathRule rule, Entity person, List<Integer> path,
            Optional<Entity> organization) {
        int first = path.get(0);
        SentenceView.Run name = view.named(first).isPresent() ? view.run(first)
                : new SentenceView.Run(first, first + 1, person);
        int begin = path.stream().mapToInt(t -> view.named(t).isPresent() ? view.run(t).begin() : t).min()
                .orElseThrow();
        int end = path.stream().mapToInt(t -> view.named(t).isPresent() ? view.run(t).end() : t + 1).max()
                .orElseThrow();
        String column = rule.relation();
        if (!column.equals(ROLE) && !column.equals(ROLE_NAMED)) {
            Optional<String> role = column.equals(MEMBER) ? Optional.empty() : Optional.of(column);
            return Optional.of(new Finding(person, role, organization, Optional.empty(), begin, end, rule.name(),
                    CONFIDENCE));
        }
        for (int k = rule.endsAtWord() ? path.size() - 1 : 1; k < path.size(); k++) {
            Optional<RolePhrase> phrase = phrases.at(view, path, k, name);
            if (phrase.isPresent()) {
                Optional<Entity> org = organization.or(() -> phrase.get().organization());
                Optional<Entity> jurisdiction = phrase.get().place()
                        .filter(p -> lexicon.isOffice(view.token(phrase.get().head()).lemma()));
                if (column.equals(ROLE_NAMED) && org.isEmpty() && jurisdiction.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Finding(person, Optional.of(phrase.get().title()), org, jurisdiction,
                        Math.min(begin, phrase.get().begin()), Math.max(end, phrase.get().end()), rule.name(),
                        CONFIDENCE));
            }
        }
        return Optional.empty();
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
         * organization is dropped where the same person holds the same role in a named organization, and a
         * membership without a role where the same person holds a stated role in that organization.
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
                boolean roleStatedElsewhere = m.role().isEmpty() && m.organizationKey().isPresent()
                        && unique.values().stream().anyMatch(o -> o.role().isPresent()
                                && o.personKey().equals(m.personKey()) && o.organizationKey().equals(m.organizationKey()));
                if (!covered && !roleStatedElsewhere) {
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

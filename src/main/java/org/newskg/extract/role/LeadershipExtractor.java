package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Found;
import org.newskg.extract.Leadership;
import org.newskg.extract.LeadershipStatus;
import org.newskg.extract.Lexicon;
import org.newskg.extract.Membership;
import org.newskg.extract.Output;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.ArticleSubject;
import org.newskg.extract.rules.PathRuleEngine;
import org.newskg.extract.rules.RuleFile;
import org.newskg.extract.rules.StatusCues;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;

/**
 * Who leads which organization, and whether now, before or only allegedly. The patterns are the rules of
 * {@code org/newskg/extract/rules/leadership.rules} ("Ruiz heads the Harbor Trust", "the gang was founded in 2009 by
 * Ruiz", "Ruiz, chairman of the bank"), each named in the evidence it leaves; the roles the {@link RoleExtractor}
 * read add the leaderships they state ({@link LeadershipRoles}). What is not a pattern stays here: the role a match
 * names, a kinship subject ("his father ran the gang") resolved through the family ties, the status from
 * {@link StatusCues}, and one leadership per leader and organization. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Leadership> found = new LeadershipExtractor().extract(annotated, index, memberships, ties);
 * }</pre>
 */
public final class LeadershipExtractor implements ArticleExtractor {
    static final String RULES_RESOURCE = "/org/newskg/extract/rules/leadership.rules";
    /** The rules' ROLE column: the role the path's leading verb implies, or the path's leading role noun. */
    private static final String FROM_VERB = "verb";
    private static final String FROM_ROLE_NOUN = "role";

    private static final PathRuleEngine RULES = new PathRuleEngine(RuleFile.load(RULES_RESOURCE));
    private static final Map<String, String> VERBS = Lexicon.loadTable("leadership-verbs.txt");

    public List<Leadership> extract(AnnotatedArticle article, EntityIndex entities, List<Membership> memberships,
                                    List<FamilyTie> ties) {
        List<Leadership> found = new ArrayList<>();
        Map<Integer, SentenceView> views = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            views.put(sentence.index(), new SentenceView(sentence, article.body(), entities));
        }
        PathRuleEngine rules = RULES.withPhrases((view, head) -> knownRelative(view, head, ties))
                .withPronouns(ArticleSubject.of(article, entities));
        for (SentenceView view : views.values()) {
            ExtractionException.inSentence(view.sentence(), () -> {
                for (PathRuleEngine.Match match : rules.matches(view)) {
                    fromMatch(view, match).ifPresent(found::add);
                }
            });
        }
        for (Membership membership : memberships) {
            SentenceView view = views.get(membership.evidence().sentenceIndex());
            if (view != null) {
                ExtractionException.inSentence(view.sentence(), () -> LeadershipRoles
                        .fromRole(view, entities, membership).ifPresent(found::add));
            }
        }
        return merge(found);
    }

    private static Optional<Leadership> fromMatch(SentenceView view, PathRuleEngine.Match match) {
        Optional<String> role = switch (match.relation()) {
            case FROM_VERB -> match.tokens().stream().map(t -> VERBS.get(verb(view, t))).filter(r -> r != null)
                    .findFirst();
            case FROM_ROLE_NOUN -> match.tokens().stream().filter(t -> view.pos(t).startsWith("NN"))
                    .map(t -> leadingTitle(view, t)).flatMap(Optional::stream).findFirst();
            default -> Optional.of(match.relation());
        };
        if (role.isEmpty()) {
            return Optional.empty();
        }
        StatusCues.Status status = StatusCues.of(view, match);
        return Optional.of(new Leadership(match.a().key(), match.b().key(), role,
                LeadershipStatus.valueOf(status.name()), match.evidence()));
    }

    /** The verb's lemma, with its particle when the table lists it so ("take over"). */
    private static String verb(SentenceView view, int v) {
        if (!view.pos(v).startsWith("VB")) {
            return "";
        }
        String lemma = view.token(v).lemma().toLowerCase(Locale.ROOT);
        return view.children(v).stream().filter(d -> d.relation().equals("compound:prt"))
                .map(d -> lemma + " " + view.lower(d.dependent())).filter(VERBS::containsKey).findFirst()
                .orElse(lemma);
    }

    /**
     * The leading role a role noun heads, as written, with the words before it that are part of the title ("chief
     * executive"); empty when it does not lead or a subordinate title word ("vice", "deputy") lowers it.
     */
    private static Optional<String> leadingTitle(SentenceView view, int noun) {
        int begin = noun;
        while (begin > 0 && view.named(begin - 1).isEmpty() && (view.pos(begin - 1).startsWith("NN")
                || view.pos(begin - 1).startsWith("JJ") || view.pos(begin - 1).equals("HYPH"))) {
            begin--;
        }
        String singular = view.pos(noun).endsWith("S") ? view.token(noun).lemma() : view.word(noun);
        String title = (begin < noun ? view.text(begin, noun) + " " : "") + singular;
        return LeadershipRoles.leadingPart(title).map(part -> {
            int at = title.toLowerCase(Locale.ROOT).indexOf(part);
            return at >= 0 ? title.substring(at, at + part.length()) : part;
        });
    }

    /** "his father": the relative the family ties already name for the possessor. */
    private static Optional<Entity> knownRelative(SentenceView view, int head, List<FamilyTie> ties) {
        return FamilyExtractor.kinship(view, head).flatMap(kinship -> FamilyExtractor.possessor(view, head)
                .flatMap(possessor -> FamilyExtractor.knownRelative(ties, possessor.key(), kinship)))
                .flatMap(view::entity);
    }

    /**
     * One leadership per leader and organization: a former or alleged reading wins over a plain current one, and
     * the surest evidence is kept, the first of equals (a rule's before a role's, so each rule is scored).
     */
    static List<Leadership> merge(List<Leadership> found) {
        Map<String, Leadership> merged = new LinkedHashMap<>();
        for (Leadership l : found) {
            merged.merge(l.leaderKey() + " " + l.organizationKey(), l, LeadershipExtractor::stronger);
        }
        return List.copyOf(merged.values());
    }

    private static Leadership stronger(Leadership a, Leadership b) {
        if (a.status() != b.status()) {
            return rank(a.status()) >= rank(b.status()) ? a : b;
        }
        return a.evidence().confidence() >= b.evidence().confidence() ? a : b;
    }

    private static int rank(LeadershipStatus status) {
        return switch (status) {
            case FORMER -> 2;
            case ALLEGED -> 1;
            case CURRENT -> 0;
        };
    }

    @Override
    public String name() {
        return "leadership";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES, Output.PLACES, Output.ROLES, Output.FAMILY);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.LEADERSHIP);
    }

    @Override
    public Found run(ExtractionContext context) {
        return context.found().withLeaderships(extract(context.article(), context.index(),
                context.found().memberships(), context.found().familyTies()));
    }
}

package org.newskg.extract.role;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.Found;
import org.newskg.extract.Output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Kinship;
import org.newskg.extract.Leadership;
import org.newskg.extract.LeadershipStatus;
import org.newskg.extract.Lexicon;
import org.newskg.extract.Membership;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;

/**
 * Who leads which organization, and whether now, before or only allegedly. Stateless and thread-safe.
 *
 * <p>The rules, each named in the evidence it leaves:
 * <ul>
 *   <li>{@code newskg-leadership-role}: a role read by the {@link RoleExtractor} whose title is a leading one
 *       ({@code leadership-roles.txt}): "Harbor Trust director Ana Costa", "Ruiz, the gang's former boss". A role
 *       whose organization is not named takes it from its title ("Senate Leader"), from a possessor or complement
 *       noun ("the company's CEO", "chairman of the board": the organization last named that way), or, for roles
 *       that only exist inside an organization, from the organization the sentence names. A head of state's role
 *       ("President", with a country) stays an affiliation.</li>
 *   <li>{@code newskg-leadership-verb}: a leading verb ({@code leadership-verbs.txt}) with a person as subject and an
 *       organization as object or as the noun its relative clause modifies: "Ruiz heads the Harbor Trust", "the
 *       gang, which his father once ran". A possessed kinship subject ("his father") is the relative the family
 *       ties already name.</li>
 *   <li>{@code newskg-leadership-noun}: "in the leadership of" or "at the helm of" an organization, said of the
 *       clause's subject.</li>
 * </ul>
 * Status: a former cue ("former", "ex-", "the late", "once") or a past-tense leading verb makes it former; an
 * allegation cue ("reputed", "suspected of", "is believed to", "reportedly") makes it alleged; a negation drops it.
 */
public final class LeadershipExtractor implements ArticleExtractor {
    static final String ROLE_RULE = "newskg-leadership-role";
    static final String VERB_RULE = "newskg-leadership-verb";
    static final String NOUN_RULE = "newskg-leadership-noun";

    private static final Lexicon ROLES = Lexicon.load("leadership-roles.txt");
    private static final Lexicon SUBORDINATE = Lexicon.load("leadership-subordinate.txt");
    private static final Lexicon ALLEGED = Lexicon.load("leadership-alleged.txt");
    private static final Lexicon FORMER = Lexicon.load("leadership-former.txt");
    private static final Lexicon NOUNS = Lexicon.load("leadership-nouns.txt");
    private static final Lexicon LEAVING = Lexicon.load("leadership-leaving.txt");
    private static final Lexicon REFERENCES = Lexicon.load("organization-references.txt");
    private static final Map<String, String> VERBS = Lexicon.loadTable("leadership-verbs.txt");
    /**
     * Roles that exist only inside an organization (unlike a president, a speaker or a leader, which may be of a
     * country or a chamber), so an unnamed one is the one organization its sentence names.
     */
    private static final Set<String> ORGANIZATIONAL = Set.of("ceo", "chief executive", "chief executive officer",
            "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder", "managing director", "boss",
            "kingpin", "godfather", "principal", "rector", "dean");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> PAST_TAGS = Set.of("VBD", "VBN");
    private static final Set<String> BECOMING = Set.of("take over", "found", "co-found", "cofound");
    private static final int MAX_ROLE_WORDS_AFTER_HEAD = 1;
    private static final int MAX_CLIMB = 3;
    private static final List<String> CLIMB = List.of("xcomp", "advcl", "conj", "acl", "amod", "obl");

    public List<Leadership> extract(AnnotatedArticle article, EntityIndex entities, List<Membership> memberships,
                                    List<FamilyTie> ties) {
        List<Leadership> found = new ArrayList<>();
        Map<Integer, SentenceView> views = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            views.put(sentence.index(), new SentenceView(sentence, article.body(), entities));
        }
        for (Membership membership : memberships) {
            SentenceView view = views.get(membership.evidence().sentenceIndex());
            if (view != null) {
                ExtractionException.inSentence(view.sentence(), () -> fromRole(view, entities, membership)
                        .ifPresent(found::add));
            }
        }
        for (SentenceView view : views.values()) {
            ExtractionException.inSentence(view.sentence(), () -> {
                found.addAll(fromVerbs(view, ties));
                found.addAll(fromNouns(view));
            });
        }
        return merge(found);
    }

    // ---- roles ------------------------------------------------------------------------------------------------

    private Optional<Leadership> fromRole(SentenceView view, EntityIndex entities, Membership membership) {
        Optional<String> leading = membership.role().flatMap(LeadershipExtractor::leadingPart);
        if (leading.isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = membership.evidence();
        int[] tokens = tokensOf(view, evidence.span());
        if (tokens.length == 0 || negated(view, tokens)) {
            return Optional.empty();
        }
        Optional<String> organization = membership.organizationKey()
                .or(() -> membership.placeKey().isPresent() ? Optional.empty()
                        : impliedOrganization(view, entities, membership.role().get(), leading.get(), tokens));
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        LeadershipStatus status = roleStatus(view, membership.role().get(), tokens);
        if (status == LeadershipStatus.CURRENT && left(view, membership.personKey())) {
            status = LeadershipStatus.FORMER;
        }
        String role = membership.role().get();
        int at = role.toLowerCase(Locale.ROOT).indexOf(leading.get());
        String asWritten = at >= 0 ? role.substring(at, at + leading.get().length()) : leading.get();
        return Optional.of(new Leadership(membership.personKey(), organization.get(), Optional.of(asWritten),
                status, new Evidence(evidence.sentenceIndex(), evidence.sentenceText(), evidence.span(),
                evidence.text(), ROLE_RULE, Math.min(evidence.confidence(), 0.8))));
    }

    /**
     * The leading role among the titles a role holds ("CEO and President" gives "CEO"), lower-cased, without a
     * "former"; empty when none leads or a subordinate word ("vice") comes before it.
     */
    static Optional<String> leadingPart(String role) {
        for (String part : role.toLowerCase(Locale.ROOT).split("\\s*(?:\\band\\b|&|,|/)\\s*")) {
            String[] words = part.strip().replaceFirst("^(former|ex-?)\\s*", "").split("\\s+");
            int complement = words.length;
            for (int i = 0; i < words.length; i++) {
                if (Set.of("of", "for", "at", "with", "in", "to").contains(words[i])) {
                    complement = i;
                    break;
                }
            }
            for (int end = complement; end > 0; end--) {
                for (int begin = 0; begin < end; begin++) {
                    String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, begin, end));
                    boolean nearEnd = complement - end <= MAX_ROLE_WORDS_AFTER_HEAD
                            && (end == complement || words[end].equals("general"));
                    if (nearEnd && ROLES.contains(candidate) && !subordinate(words, begin)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean subordinate(String[] words, int headBegin) {
        for (int i = 0; i < headBegin; i++) {
            if (SUBORDINATE.contains(words[i].replace("-", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organization of a role written without one: in its title, its possessor or complement, or the sentence.
     * A title that names something the article does not know as an organization ("Corvana co-founder") borrows none.
     */
    private Optional<String> impliedOrganization(SentenceView view, EntityIndex entities, String role, String leading,
                                                 int[] tokens) {
        String lower = role.toLowerCase(Locale.ROOT);
        String beforeHead = lower.substring(0, Math.max(0, lower.indexOf(leading))).replaceFirst("^(former|ex-?)\\s*",
                "").strip();
        Optional<Entity> inTitle = entities.namedBefore(Integer.MAX_VALUE, TopType.ORGANIZATION).stream()
                .filter(org -> org.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(n ->
                        containsWords(lower, n) || !beforeHead.isEmpty() && startsWithWords(n, beforeHead)))
                .max(Comparator.comparingInt(org -> org.name().length()));
        if (inTitle.isPresent()) {
            return inTitle.map(Entity::key);
        }
        String writtenBeforeHead = role.substring(0, Math.max(0, lower.indexOf(leading)));
        boolean namesAnother = java.util.Arrays.stream(writtenBeforeHead.split("\\s+"))
                .anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                        && !w.equalsIgnoreCase("former") && !w.equalsIgnoreCase("ex"));
        int before = tokens[0] - 1;
        boolean roleFirst = view.text(tokens[0], tokens[tokens.length - 1] + 1).toLowerCase(Locale.ROOT)
                .startsWith(lower);
        boolean properNounBefore = roleFirst && before >= 0 && view.pos(before).startsWith("NNP")
                && view.named(before).filter(e -> e.type().top() == TopType.ORGANIZATION).isEmpty();
        if (namesAnother || properNounBefore) {
            return Optional.empty();
        }
        Optional<Entity> described = describedOrganization(view, entities, tokens);
        if (described.isPresent()) {
            return described.map(Entity::key);
        }
        if (ORGANIZATIONAL.contains(leading)) {
            return nearestOrganizationBefore(view, tokens[0]).map(Entity::key);
        }
        return Optional.empty();
    }

    /** "the company's CEO", "chairman of the board": the organization last named with that noun, else last named. */
    private static Optional<Entity> describedOrganization(SentenceView view, EntityIndex entities, int[] tokens) {
        int first = tokens[0];
        int last = tokens[tokens.length - 1];
        for (int i = Math.max(0, first - 4); i <= Math.min(view.size() - 1, last + 4); i++) {
            boolean possessor = view.head(i, "nmod:poss").isPresent();
            boolean complement = view.head(i, "nmod:of").isPresent() && i > first;
            boolean common = view.pos(i).equals("NN") && view.named(i).isEmpty() && REFERENCES.contains(view.lower(i));
            if ((possessor || complement) && common && view.children(i).stream()
                    .anyMatch(d -> d.relation().equals("det") && view.lower(d.dependent()).equals("the"))) {
                String noun = view.lower(i);
                int offset = view.token(i).span().begin();
                List<Entity> before = entities.namedBefore(offset, TopType.ORGANIZATION);
                Optional<Entity> byNoun = before.stream().filter(o -> o.names().stream()
                        .anyMatch(n -> containsWords(n.toLowerCase(Locale.ROOT), noun))).findFirst();
                Optional<Entity> corefed = view.corefOrganization(i, i + 1);
                return byNoun.or(() -> corefed).or(() -> before.stream().findFirst());
            }
        }
        return Optional.empty();
    }

    /** The organization named nearest before the token in its sentence, else the only one named after it. */
    private static Optional<Entity> nearestOrganizationBefore(SentenceView view, int token) {
        for (int i = token - 1; i >= 0; i--) {
            Optional<Entity> org = view.named(i).filter(e -> e.type().top() == TopType.ORGANIZATION);
            if (org.isPresent()) {
                return org;
            }
        }
        List<Entity> after = new ArrayList<>();
        for (int i = token; i < view.size(); i++) {
            view.named(i).filter(e -> e.type().top() == TopType.ORGANIZATION).filter(e -> !after.contains(e))
                    .ifPresent(after::add);
        }
        return after.size() == 1 ? Optional.of(after.get(0)) : Optional.empty();
    }

    /**
     * Whether the sentence says the person left, in the past: the subject of "resigned", "stepped down", or of a
     * passive "was ousted". "Will step down" is not yet.
     */
    private static boolean left(SentenceView view, String personKey) {
        for (int v = 0; v < view.size(); v++) {
            int verb = v;
            String lemma = view.token(v).lemma().toLowerCase(Locale.ROOT);
            String particle = view.children(v).stream().filter(d -> d.dependent() == verb + 1
                            && (d.relation().equals("compound:prt") || d.relation().equals("advmod")))
                    .map(d -> lemma + " " + view.lower(d.dependent())).findFirst().orElse(lemma);
            boolean leaving = view.pos(v).startsWith("VB") && (LEAVING.contains(lemma) || LEAVING.contains(particle));
            boolean future = view.children(v).stream().anyMatch(d -> d.relation().startsWith("aux")
                    && Set.of("will", "would", "to", "shall", "may", "might", "could").contains(view.lower(d.dependent())));
            if (!leaving || future || !PAST_TAGS.contains(view.pos(v))) {
                continue;
            }
            boolean leader = view.children(v).stream().anyMatch(d -> (d.relation().equals("nsubj")
                    || d.relation().equals("nsubj:pass")) && view.named(d.dependent())
                    .filter(e -> e.key().equals(personKey)).isPresent());
            int before = v - 1;
            while (before >= 0 && (view.pos(before).equals(",") || view.pos(before).startsWith("RB"))) {
                before--;
            }
            leader |= before >= 0 && before < v - 1 && view.named(before).filter(e -> e.key().equals(personKey))
                    .isPresent();
            if (leader) {
                return true;
            }
        }
        return false;
    }

    private static LeadershipStatus roleStatus(SentenceView view, String role, int[] tokens) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.startsWith("former") || lower.startsWith("ex-") || lower.startsWith("ex ")) {
            return LeadershipStatus.FORMER;
        }
        int first = tokens[0];
        for (int i = Math.max(0, first - 3); i <= tokens[tokens.length - 1]; i++) {
            if (i >= 0 && (view.pos(i).startsWith("JJ") || view.pos(i).startsWith("RB"))) {
                if (ALLEGED.contains(view.lower(i))) {
                    return LeadershipStatus.ALLEGED;
                }
                if (FORMER.contains(view.lower(i)) && i < first + 3) {
                    return LeadershipStatus.FORMER;
                }
            }
        }
        return LeadershipStatus.CURRENT;
    }

    // ---- verbs ------------------------------------------------------------------------------------------------

    private List<Leadership> fromVerbs(SentenceView view, List<FamilyTie> ties) {
        List<Leadership> found = new ArrayList<>();
        for (int v = 0; v < view.size(); v++) {
            Optional<String> verb = leadingVerb(view, v);
            if (verb.isEmpty() || negated(view, new int[] {v})) {
                continue;
            }
            Optional<Entity> leader = subject(view, v, ties);
            Optional<Entity> organization = object(view, v);
            if (leader.isEmpty() || organization.isEmpty()) {
                continue;
            }
            LeadershipStatus status = verbStatus(view, v, verb.get());
            int begin = Math.min(v, firstToken(view, leader.get(), v));
            int end = Math.max(v + 1, lastToken(view, organization.get(), v) + 1);
            found.add(new Leadership(leader.get().key(), organization.get().key(),
                    Optional.of(VERBS.get(verb.get())), status, evidence(view, begin, end, VERB_RULE, 0.7)));
        }
        return found;
    }

    private static Optional<String> leadingVerb(SentenceView view, int v) {
        if (!view.pos(v).startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = view.token(v).lemma().toLowerCase(Locale.ROOT);
        boolean particle = view.children(v).stream().anyMatch(d -> d.relation().equals("compound:prt")
                && view.lower(d.dependent()).equals("over") || d.relation().equals("obl:over"));
        if (particle && VERBS.containsKey(lemma + " over")) {
            return Optional.of(lemma + " over");
        }
        return VERBS.containsKey(lemma) && !lemma.equals("take") ? Optional.of(lemma) : Optional.empty();
    }

    /**
     * The verb's subject, or, climbing at most {@value #MAX_CLIMB} heads, the subject of the clause it depends on
     * ("after leading the party", "is believed to have taken over", "suspected of leading the gang").
     */
    private static Optional<Entity> subject(SentenceView view, int v, List<FamilyTie> ties) {
        Optional<Entity> agent = passiveAgent(view, v).flatMap(a -> personAt(view, a, ties)
                .or(() -> view.children(a).stream().filter(d -> Set.of("appos", "compound", "flat", "dep")
                        .contains(d.relation())).map(d -> personAt(view, d.dependent(), ties))
                        .flatMap(Optional::stream).findFirst()));
        if (agent.isPresent()) {
            return agent;
        }
        Set<Integer> seen = new java.util.HashSet<>();
        int current = v;
        for (int step = 0; step <= MAX_CLIMB && seen.add(current); step++) {
            boolean ownSubject = false;
            for (Dependency d : view.children(current)) {
                boolean active = d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj");
                if (active || current != v && d.relation().equals("nsubj:pass")) {
                    Optional<Entity> person = personAt(view, d.dependent(), ties);
                    if (person.isPresent()) {
                        return person;
                    }
                    ownSubject |= d.relation().equals("nsubj");
                }
            }
            if (ownSubject) {
                return Optional.empty();
            }
            Optional<Dependency> up = view.heads(current).stream().filter(d -> d.governor() >= 0
                    && CLIMB.stream().anyMatch(r -> d.relation().equals(r) || d.relation().startsWith(r + ":")))
                    .findFirst();
            if (up.isEmpty()) {
                return Optional.empty();
            }
            current = up.get().governor();
        }
        return Optional.empty();
    }

    /** "founded in 2009 by Ana Costa": the by-phrase of a passive leading verb. */
    private static Optional<Integer> passiveAgent(SentenceView view, int v) {
        if (!view.pos(v).equals("VBN")) {
            return Optional.empty();
        }
        return view.children(v).stream().filter(d -> d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
                .map(Dependency::dependent).findFirst();
    }

    private static Optional<Entity> personAt(SentenceView view, int i, List<FamilyTie> ties) {
        Optional<Entity> person = view.person(i).or(() -> view.isNamed(i, TopType.PERSON) ? view.named(i)
                : Optional.empty());
        if (person.isPresent()) {
            return person;
        }
        Optional<Kinship> kinship = FamilyExtractor.kinship(view, i);
        if (kinship.isPresent()) {
            Optional<Entity> possessor = FamilyExtractor.possessor(view, i);
            Optional<Entity> corefed = view.resolvedPhrase(FamilyExtractor.phraseBegin(view, i), i + 1)
                    .filter(e -> e.type().top() == TopType.PERSON)
                    .filter(e -> possessor.map(p -> !p.key().equals(e.key())).orElse(true));
            if (corefed.isPresent()) {
                return corefed;
            }
            return possessor.flatMap(p -> FamilyExtractor.knownRelative(ties, p.key(), kinship.get()))
                    .flatMap(view::entity);
        }
        return Optional.empty();
    }

    /** The organization led: the verb's object, the noun its relative clause modifies, or the one named before. */
    private static Optional<Entity> object(SentenceView view, int v) {
        for (Dependency d : view.children(v)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || d.relation().equals("obl:over")) {
                Optional<Entity> org = organizationAt(view, d.dependent());
                if (org.isPresent()) {
                    return org;
                }
                if (view.pos(d.dependent()).startsWith("NN") || view.pos(d.dependent()).startsWith("PRP")) {
                    return Optional.empty();
                }
            }
        }
        Optional<Dependency> modifies = view.head(v, "acl").or(() -> view.head(v, "amod"));
        if (modifies.isPresent()) {
            int governor = modifies.get().governor();
            Optional<Entity> modified = organizationAt(view, governor);
            if (modified.isPresent()) {
                return modified;
            }
            for (int i = v - 1; i >= 0; i--) {
                Optional<Entity> org = organizationAt(view, i);
                if (org.isPresent()) {
                    return org;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> organizationAt(SentenceView view, int i) {
        return view.named(i).filter(e -> e.type().top() == TopType.ORGANIZATION)
                .or(() -> view.corefOrganization(i, i + 1));
    }

    private static LeadershipStatus verbStatus(SentenceView view, int v, String verb) {
        boolean lateAgent = passiveAgent(view, v).map(a -> view.children(a).stream().anyMatch(d ->
                d.relation().equals("amod") && FORMER.contains(view.lower(d.dependent())))).orElse(false);
        boolean formerCue = lateAgent || view.children(v).stream().anyMatch(d -> d.relation().startsWith("advmod")
                && FORMER.contains(view.lower(d.dependent())) || d.relation().equals("obl:until"));
        if (formerCue) {
            return LeadershipStatus.FORMER;
        }
        if (allegedAround(view, v)) {
            return LeadershipStatus.ALLEGED;
        }
        boolean perfectOrPast = PAST_TAGS.contains(view.pos(v)) && view.children(v).stream()
                .noneMatch(d -> d.relation().startsWith("aux") && Set.of("will", "would", "to")
                        .contains(view.lower(d.dependent())));
        if (formerCue || perfectOrPast && !BECOMING.contains(verb)) {
            return LeadershipStatus.FORMER;
        }
        return LeadershipStatus.CURRENT;
    }

    /** An allegation cue on the verb or on a verb that governs it ("is believed to have taken over"). */
    private static boolean allegedAround(SentenceView view, int v) {
        Set<Integer> seen = new java.util.HashSet<>();
        int current = v;
        while (seen.add(current)) {
            int here = current;
            if (ALLEGED.contains(view.token(here).lemma()) && here != v) {
                return true;
            }
            if (view.children(here).stream().anyMatch(d -> d.relation().startsWith("advmod")
                    && ALLEGED.contains(view.lower(d.dependent())))) {
                return true;
            }
            Optional<Dependency> up = view.heads(here).stream().filter(d -> d.governor() >= 0
                    && !d.relation().equals("acl:relcl")
                    && (d.relation().equals("ccomp") || CLIMB.stream().anyMatch(r -> d.relation().equals(r)
                    || d.relation().startsWith(r + ":")))).findFirst();
            if (up.isEmpty()) {
                return false;
            }
            current = up.get().governor();
        }
        return false;
    }

    // ---- nouns ------------------------------------------------------------------------------------------------

    private List<Leadership> fromNouns(SentenceView view) {
        List<Leadership> found = new ArrayList<>();
        for (int n = 0; n < view.size(); n++) {
            if (!view.pos(n).startsWith("NN") || !NOUNS.contains(view.lower(n))) {
                continue;
            }
            int noun = n;
            Optional<Entity> org = view.children(n).stream().filter(d -> d.relation().equals("nmod:of"))
                    .map(d -> organizationAt(view, d.dependent())).flatMap(Optional::stream).findFirst();
            Optional<Integer> subject = nearestSubjectBefore(view, n);
            if (org.isEmpty() || subject.isEmpty() || negated(view, new int[] {n})) {
                continue;
            }
            Entity leader = view.named(subject.get()).get();
            boolean alleged = false;
            for (int i = subject.get(); i < noun; i++) {
                alleged |= ALLEGED.contains(view.token(i).lemma().toLowerCase(Locale.ROOT));
            }
            LeadershipStatus status = alleged ? LeadershipStatus.ALLEGED : LeadershipStatus.CURRENT;
            found.add(new Leadership(leader.key(), org.get().key(), Optional.of("leader"), status,
                    evidence(view, subject.get(), lastToken(view, org.get(), noun) + 1, NOUN_RULE, 0.65)));
        }
        return found;
    }

    /** The nearest person before the noun that is a clause's subject: who the clause is about. */
    private static Optional<Integer> nearestSubjectBefore(SentenceView view, int n) {
        for (int i = n - 1; i >= 0; i--) {
            int token = i;
            if (view.isNamed(i, TopType.PERSON) && view.heads(i).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj"))) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    // ---- shared -----------------------------------------------------------------------------------------------

    private static boolean negated(SentenceView view, int[] tokens) {
        for (int t : tokens) {
            for (Dependency d : view.children(t)) {
                if (NEGATIONS.contains(view.lower(d.dependent()))) {
                    return true;
                }
            }
            for (Dependency head : view.heads(t)) {
                if (head.relation().equals("root") || head.governor() < 0) {
                    continue;
                }
                boolean copula = view.children(t).stream().anyMatch(d -> d.relation().equals("cop"));
                if (copula && view.children(t).stream().anyMatch(d -> NEGATIONS.contains(view.lower(d.dependent())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] tokensOf(SentenceView view, Span span) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            Span token = view.token(i).span();
            if (token.begin() >= span.begin() && token.end() <= span.end()) {
                inside.add(i);
            }
        }
        return inside.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int firstToken(SentenceView view, Entity entity, int fallback) {
        for (int i = 0; i < view.size(); i++) {
            if (view.named(i).filter(entity::equals).isPresent()) {
                return i;
            }
        }
        return fallback;
    }

    private static int lastToken(SentenceView view, Entity entity, int fallback) {
        for (int i = view.size() - 1; i >= 0; i--) {
            if (view.named(i).filter(entity::equals).isPresent()) {
                return i;
            }
        }
        return fallback;
    }

    private static boolean startsWithWords(String text, String words) {
        return (text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")
                .startsWith(words.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }

    private static boolean containsWords(String text, String words) {
        return (" " + text.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .contains(" " + words.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }

    private static Evidence evidence(SentenceView view, int begin, int end, String rule, double confidence) {
        Sentence sentence = view.sentence();
        return new Evidence(sentence.index(), sentence.text(), view.span(begin, end), view.text(begin, end), rule,
                confidence);
    }

    /**
     * One leadership per leader and organization: a former or alleged reading wins over a plain current one, and
     * the surest evidence is kept.
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

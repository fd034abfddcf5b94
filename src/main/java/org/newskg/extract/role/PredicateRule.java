package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;

/**
 * Roles stated by a predicate over the dependency parse: "X is a professor at Y", "X became chief engineer of Y",
 * "X was promoted to manager at Y", "X will serve as speaker", and membership verbs ("X, who heads Y", "X joined
 * Y", "X, who held the same title at Y"). The subject may be a name, a relative pronoun, or he/she resolved by
 * coreference. Stateless.
 */
final class PredicateRule {
    static final String NAME = "newskg-role-predicate";
    static final String RELATIVE = "newskg-role-relative";
    private static final double CONFIDENCE = 0.75;
    private static final double VERB_CONFIDENCE = 0.7;
    private static final double PRONOUN_PENALTY = 0.1;
    /** Verbs whose object, or passive subject, is given the role: "named X CEO", "X was appointed as envoy". */
    private static final Set<String> APPOINT = Set.of("name", "appoint", "elect", "make", "nominate", "choose",
            "select", "install", "promote", "hire", "tap", "swear", "reelect", "re-elect");
    private static final Set<String> BECOME = Set.of("become", "remain", "stay");
    private static final Set<String> AS = Set.of("serve", "work", "remain", "act", "continue", "stay", "return",
            "join", "start", "begin");
    private static final Set<String> TO = Set.of("rise");
    private static final Set<String> ORG_PREPOSITIONS = Set.of("obl:at", "obl:in", "obl:with", "obl:for", "obl:on");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    private final RoleLexicon lexicon;
    private final RolePhraseReader reader;

    PredicateRule(RoleLexicon lexicon, RolePhraseReader reader) {
        this.lexicon = lexicon;
        this.reader = reader;
    }

    private record Subject(int token, Entity person, boolean pronoun, boolean relative) {
    }

    List<Finding> find(SentenceView view) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (reader.isRoleHead(view, i, false)) {
                copular(view, i, found);
                predicative(view, i, found);
            }
            membershipVerb(view, i, found);
        }
        return found;
    }

    /** "X is a professor at Y": a role noun with a copula; only with an organization or place named. */
    private void copular(SentenceView view, int head, List<Finding> found) {
        if (view.children(head).stream().noneMatch(d -> d.relation().equals("cop")) || negated(view, head)) {
            return;
        }
        RolePhrase phrase = reader.read(view, head, view.size(), false);
        if (phrase.organization().isEmpty() && phrase.place().isEmpty()) {
            return;
        }
        for (Subject subject : subjects(view, head)) {
            found.add(finding(view, subject, phrase, CONFIDENCE));
        }
    }

    /** "X became chief engineer of Y", "X will serve as the interim speaker", "X was promoted to manager". */
    private void predicative(SentenceView view, int head, List<Finding> found) {
        for (Dependency edge : view.heads(head)) {
            String lemma = view.token(Math.max(edge.governor(), 0)).lemma().toLowerCase();
            boolean appoint = APPOINT.contains(lemma);
            boolean fits = edge.relation().equals("xcomp") && (BECOME.contains(lemma) || appoint)
                    || edge.relation().equals("obj") && appoint && isPassive(view, edge.governor())
                    || edge.relation().equals("obl:as") && (AS.contains(lemma) || appoint)
                    || edge.relation().equals("obl:to") && (TO.contains(lemma) || appoint);
            if (edge.governor() < 0 || !fits || negated(view, edge.governor())) {
                continue;
            }
            RolePhrase phrase = reader.read(view, head, view.size(), false);
            Optional<Entity> org = phrase.organization().or(() -> organizationOf(view, edge.governor()))
                    .or(() -> lexicon.membershipVerb(lemma)
                            .flatMap(v -> childOrganization(view, edge.governor(), v.relations())));
            RolePhrase withOrg = new RolePhrase(phrase.head(), phrase.begin(), phrase.end(), phrase.title(), org,
                    phrase.place(), phrase.complemented());
            List<Subject> holders = appoint ? appointees(view, edge.governor()) : subjects(view, edge.governor());
            for (Subject subject : holders) {
                found.add(finding(view, subject, withOrg, CONFIDENCE));
            }
            return;
        }
    }

    /** "X, who heads Y", "X joined Y", "X works at Y". */
    private void membershipVerb(SentenceView view, int verb, List<Finding> found) {
        if (!view.pos(verb).startsWith("VB") || negated(view, verb)) {
            return;
        }
        Optional<RoleLexicon.MembershipVerb> entry = lexicon.membershipVerb(view.token(verb).lemma());
        if (entry.isEmpty()) {
            return;
        }
        RoleLexicon.MembershipVerb meaning = entry.get();
        boolean objectFits = meaning.objectNouns().isEmpty() || view.children(verb).stream()
                .anyMatch(d -> d.relation().equals("obj")
                        && meaning.objectNouns().contains(view.token(d.dependent()).lemma().toLowerCase()));
        Optional<Entity> org = objectFits ? childOrganization(view, verb, meaning.relations()) : Optional.empty();
        if (org.isEmpty()) {
            return;
        }
        for (Subject subject : subjects(view, verb)) {
            int begin = Math.min(subjectBegin(view, subject), verb);
            int end = Math.max(Math.max(subject.token, verb), lastTokenOf(view, org.get())) + 1;
            found.add(new Finding(subject.person, meaning.role(), org, Optional.empty(), begin, end,
                    subject.relative ? RELATIVE : NAME, confidence(VERB_CONFIDENCE, subject)));
        }
    }

    private Finding finding(SentenceView view, Subject subject, RolePhrase phrase, double confidence) {
        int begin = Math.min(subjectBegin(view, subject), phrase.begin());
        int end = Math.max(subject.token + 1, phrase.end());
        return new Finding(subject.person, Optional.of(phrase.title()), phrase.organization(), phrase.place(),
                begin, end, subject.relative ? RELATIVE : NAME, confidence(confidence, subject));
    }

    /** Where the evidence starts: the subject's full name, not only its head word. */
    private static int subjectBegin(SentenceView view, Subject subject) {
        return view.named(subject.token).isPresent() ? view.run(subject.token).begin() : subject.token;
    }

    private static double confidence(double base, Subject subject) {
        return subject.pronoun ? base - PRONOUN_PENALTY : base;
    }

    /** The subjects of a predicate: its own, the antecedent of a relative clause, or those of a conjoined verb. */
    private List<Subject> subjects(SentenceView view, int predicate) {
        List<Subject> subjects = new ArrayList<>();
        Optional<Dependency> relcl = view.head(predicate, "acl:relcl");
        for (Dependency edge : view.children(predicate)) {
            if (!edge.relation().equals("nsubj") && !edge.relation().equals("nsubj:pass")) {
                continue;
            }
            int token = edge.dependent();
            if (relcl.isPresent() && (RELATIVE_PRONOUNS.contains(view.lower(token))
                    || token == relcl.get().governor())) {
                subject(view, relcl.get().governor(), true).ifPresent(subjects::add);
            } else if (!RELATIVE_PRONOUNS.contains(view.lower(token))) {
                subject(view, token, false).ifPresent(subjects::add);
            }
        }
        if (subjects.isEmpty() && relcl.isPresent()) {
            subject(view, relcl.get().governor(), true).ifPresent(subjects::add);
        }
        Optional<Dependency> conj = view.head(predicate, "conj");
        if (subjects.isEmpty() && conj.isPresent() && conj.get().governor() >= 0) {
            for (Dependency edge : view.children(conj.get().governor())) {
                if (edge.relation().equals("nsubj") || edge.relation().equals("nsubj:pass")) {
                    subject(view, edge.dependent(), false).ifPresent(subjects::add);
                }
            }
        }
        return subjects.stream().distinct().toList();
    }

    /** Who is appointed: the object ("named X chief"), or the subject of a passive ("X was named chief"). */
    private List<Subject> appointees(SentenceView view, int verb) {
        List<Subject> objects = view.children(verb).stream().filter(d -> d.relation().equals("obj"))
                .filter(d -> !reader.isRoleHead(view, d.dependent(), false))
                .map(d -> subject(view, d.dependent(), false)).flatMap(Optional::stream).toList();
        if (!objects.isEmpty()) {
            return objects;
        }
        return isPassive(view, verb) ? subjects(view, verb) : List.of();
    }

    private static boolean isPassive(SentenceView view, int verb) {
        return view.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass")
                || d.relation().equals("aux:pass"));
    }

    private static Optional<Subject> subject(SentenceView view, int token, boolean relative) {
        boolean pronoun = view.pos(token).startsWith("PRP");
        Optional<Subject> direct = view.person(token).map(p -> new Subject(token, p, pronoun, relative));
        if (direct.isPresent() || !relative) {
            return direct;
        }
        return view.children(token).stream().filter(d -> d.relation().equals("appos"))
                .map(d -> view.person(d.dependent()).map(p -> new Subject(d.dependent(), p, false, true)))
                .flatMap(Optional::stream).findFirst();
    }

    /** An organization named in a prepositional phrase of the verb: "at Y", "in Congress", "for Y". */
    private static Optional<Entity> organizationOf(SentenceView view, int verb) {
        return childOrganization(view, verb, ORG_PREPOSITIONS);
    }

    private static Optional<Entity> childOrganization(SentenceView view, int verb, Set<String> relations) {
        return view.children(verb).stream().filter(d -> relations.contains(d.relation()))
                .map(d -> view.named(d.dependent()).filter(e -> e.type().top() == TopType.ORGANIZATION))
                .flatMap(Optional::stream).findFirst();
    }

    private static int lastTokenOf(SentenceView view, Entity entity) {
        for (int i = view.size() - 1; i >= 0; i--) {
            if (view.named(i).filter(entity::equals).isPresent()) {
                return i;
            }
        }
        return 0;
    }

    private static boolean negated(SentenceView view, int predicate) {
        return view.children(predicate).stream()
                .anyMatch(d -> d.relation().equals("advmod") && NEGATIONS.contains(view.lower(d.dependent())));
    }
}

package org.newskg.extract.role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;

/**
 * Reads the role phrase of a role noun that a rule of {@code affiliation.rules} reached from a person, where it
 * stands: after the name ("X, director of the Andes Program") it runs to its complement; before the name it is a
 * title that reaches the name ("Chief Operating Officer X", "President X of Osprey Bank", never before a pronoun)
 * or a phrase that ends at the comma before it ("Italy's top prosecutor, Officer X"), or the subject of a clause
 * the name completes ("the mayor of Y is X"). A role coordinated with
 * another ("chief executive and chairman of Y", "CEO and President X") shares its organization and place; a
 * plural one names each of several coordinated names ("co-founders X and Y").
 * Stateless.
 */
final class RolePhrases {
    private static final Set<String> MARKS = Set.of(",", "—", "–", "--", "-");
    private static final Set<String> OPENINGS = Set.of(",", ";", ":", "—", "–", "--", "“", "\"", "``", "(");

    private final RoleLexicon lexicon;
    private final RolePhraseReader reader;

    RolePhrases(RoleLexicon lexicon, RolePhraseReader reader) {
        this.lexicon = lexicon;
        this.reader = reader;
    }

    /**
     * The phrase of the role noun at {@code path.get(k)}, a path that starts at the person's name {@code person}.
     * Empty when the word heads no role phrase there.
     */
    Optional<RolePhrase> at(SentenceView view, List<Integer> path, int k, SentenceView.Run person) {
        Optional<RolePhrase> phrase = read(view, path, k, person);
        if (phrase.isEmpty() || phrase.get().organization().isPresent() && phrase.get().place().isPresent()) {
            return phrase;
        }
        for (int i = 1; i < path.size(); i++) {
            Optional<RolePhrase> other = i == k ? Optional.empty() : read(view, path, i, person);
            if (other.isPresent()) {
                return Optional.of(phrase.get().sharing(other.get()));
            }
        }
        for (int conjunct : conjuncts(view, path.get(k))) {
            Optional<RolePhrase> other = read(view, List.of(path.get(0), conjunct), 1, person)
                    .filter(o -> o.organization().isPresent() || o.place().isPresent());
            if (other.isPresent()) {
                return Optional.of(phrase.get().sharing(other.get()));
            }
        }
        return phrase;
    }

    private Optional<RolePhrase> read(SentenceView view, List<Integer> path, int k, SentenceView.Run person) {
        int head = path.get(k);
        boolean before = head < person.begin();
        if (!reader.isRoleHead(view, head, before) && !namesSeveral(view, head, path.get(0))) {
            return Optional.empty();
        }
        if (!before) {
            return Optional.of(reader.read(view, head, view.size(), false));
        }
        if (view.named(path.get(0)).isEmpty()) {
            return Optional.empty();
        }
        if (clauseBetween(view, head, person.begin())) {
            return Optional.of(reader.read(view, head, person.begin(), false));
        }
        int previous = k > 0 ? path.get(k - 1) : person.begin();
        previous = view.named(previous).isPresent() ? view.run(previous).begin() : previous;
        int limit = previous > head ? Math.min(previous, person.begin()) : person.begin();
        int mark = MARKS.contains(view.word(limit)) ? limit : limit - 1;
        if (MARKS.contains(view.word(mark)) && mark > head) {
            RolePhrase phrase = reader.read(view, head, mark, false);
            boolean titlesOnly = true;
            for (int i = mark + 1; i < person.begin(); i++) {
                titlesOnly &= lexicon.isHonorific(view.word(i)) || reader.isRoleHead(view, i, true);
            }
            return titlesOnly && phrase.end() == mark && opens(view, phrase.begin() - 1) ? Optional.of(phrase)
                    : Optional.empty();
        }
        while (limit - 1 > head && lexicon.isHonorific(view.word(limit - 1))) {
            limit--;
        }
        RolePhrase phrase = reader.read(view, head, limit, true);
        return phrase.end() == limit ? Optional.of(withNamedAfter(view, person, phrase)) : Optional.empty();
    }

    /**
     * Whether a plural role noun names the person as one of several coordinated names: "co-founders X and Y",
     * "its co-founders, X and Y".
     */
    private boolean namesSeveral(SentenceView view, int head, int name) {
        boolean coordinated = Stream.concat(view.children(name).stream(), view.heads(name).stream())
                .anyMatch(d -> d.relation().startsWith("conj"));
        return coordinated && view.pos(head).equals("NNS") && view.named(head).isEmpty()
                && lexicon.isRoleNoun(view.token(head).lemma());
    }

    /** "President Laura Pike of Osprey Bank", "Sen. Ann Cole of Ohio": an organization or place after the name. */
    private static RolePhrase withNamedAfter(SentenceView view, SentenceView.Run name, RolePhrase phrase) {
        int next = view.pos(name.end() + 1).equals("DT") ? name.end() + 2 : name.end() + 1;
        if (!view.lower(name.end()).equals("of") || view.named(next).isEmpty()
                || phrase.organization().isPresent()) {
            return phrase;
        }
        Entity entity = view.named(next).get();
        TopType type = entity.type().top();
        if (type == TopType.PERSON) {
            return phrase;
        }
        return new RolePhrase(phrase.head(), phrase.begin(), view.run(next).end(), phrase.title(),
                type == TopType.ORGANIZATION ? Optional.of(entity) : Optional.empty(),
                phrase.place().or(() -> Optional.of(entity).filter(e -> type == TopType.PLACE)),
                phrase.complemented());
    }

    /** Whether a verb stands between the role noun and the name: "the mayor of Y is X". */
    private static boolean clauseBetween(SentenceView view, int head, int name) {
        for (int i = head + 1; i < name; i++) {
            if (view.pos(i).startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role phrase before a name may start after token {@code open}: it starts a clause or a list. */
    private static boolean opens(SentenceView view, int open) {
        if (open < 0) {
            return true;
        }
        String pos = view.pos(open);
        return OPENINGS.contains(view.word(open)) || pos.startsWith("VB") || pos.equals("IN") || pos.equals("CC")
                || pos.equals(":");
    }

    /** The role nouns coordinated with this one: "chief executive and chairman". */
    private List<Integer> conjuncts(SentenceView view, int head) {
        return Stream.concat(
                        view.children(head).stream().filter(d -> d.relation().startsWith("conj"))
                                .map(Dependency::dependent),
                        view.heads(head).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0)
                                .map(Dependency::governor))
                .filter(t -> reader.isRoleHead(view, t, false)).toList();
    }
}

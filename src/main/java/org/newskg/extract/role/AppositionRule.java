package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;

/**
 * A role in apposition to a name, after it ("Maria Lindqvist, director of the Coastal Program for the Center for
 * International Policy", "Steve Case, AOL's chief executive and chairman") or before it ("Italy's top anti-mafia
 * prosecutor, Marco Bellini", "A spokesman for the Turin police, Agent Paolo Rinaldi"). Read on the token
 * sequence, with the comma or dash as the boundary. Stateless.
 */
final class AppositionRule {
    static final String NAME = "newskg-role-apposition";
    static final String POSTMODIFIER = "newskg-role-postmodifier";
    private static final double OF_CONFIDENCE = 0.6;
    private static final double CONFIDENCE = 0.85;
    private static final double BEFORE_NAME_CONFIDENCE = 0.8;
    private static final int MAX_HEAD_DISTANCE = 10;
    private static final int MAX_BACKWARD = 12;
    private static final Set<String> MARKS = Set.of(",", "—", "–", "--", "-");
    private static final Set<String> ENDS = Set.of(",", "—", "–", "--", "-", ")", ".", ";", ":", "''", "”", "\"");
    private static final Set<String> OPENINGS = Set.of(",", ";", ":", "—", "–", "--", "“", "\"", "``", "(");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "with", "in", "to");

    private final RoleLexicon lexicon;
    private final RolePhraseReader reader;

    AppositionRule(RoleLexicon lexicon, RolePhraseReader reader) {
        this.lexicon = lexicon;
        this.reader = reader;
    }

    /** "NAME, the director of X" and "NAME, X's chief executive and chairman". */
    List<Finding> after(SentenceView view, SentenceView.Run name) {
        int mark = name.end();
        if (!MARKS.contains(view.word(mark))) {
            return List.of();
        }
        if (view.pos(mark + 1).equals("CD") && view.word(mark + 2).equals(",")) {
            mark += 2;
        }
        for (int h = mark + 1; h < view.size() && h <= mark + MAX_HEAD_DISTANCE; h++) {
            if (reader.isRoleHead(view, h, false) && !continuesNounPhrase(view, h)) {
                RolePhrase phrase = reader.read(view, h, view.size(), false);
                if (phrase.begin() != mark + 1) {
                    return List.of();
                }
                return withConjunct(view, name, phrase);
            }
            if (!isNounPhraseWord(view, h)) {
                return List.of();
            }
        }
        return List.of();
    }

    /** "ROLE PHRASE, NAME": the role phrase ends at the mark before the name (or before its title). */
    List<Finding> before(SentenceView view, SentenceView.Run name, int titleBegin) {
        int mark = titleBegin - 1;
        if (!MARKS.contains(view.word(mark)) || !isEnd(view, name.end())) {
            return List.of();
        }
        int head = headBefore(view, mark - 1);
        if (head < 0) {
            return List.of();
        }
        RolePhrase phrase = reader.read(view, head, mark, false);
        int open = phrase.begin() - 1;
        boolean opens = open < 0 || OPENINGS.contains(view.word(open)) || view.pos(open).startsWith("VB")
                || view.pos(open).equals("IN") || view.pos(open).equals("CC") || view.pos(open).equals(":");
        if (!opens) {
            return List.of();
        }
        return List.of(Finding.of(name.entity(), phrase, name.begin(), name.end(), NAME, BEFORE_NAME_CONFIDENCE));
    }

    /** "Dan Ives of Wedbush Securities": an organization the parse attaches to the name with of. */
    List<Finding> ofOrganization(SentenceView view, SentenceView.Run name) {
        int next = view.pos(name.end() + 1).equals("DT") ? name.end() + 2 : name.end() + 1;
        if (!view.lower(name.end()).equals("of") || !view.isNamed(next, TopType.ORGANIZATION)) {
            return List.of();
        }
        SentenceView.Run org = view.run(next);
        boolean attached = view.sentence().dependencies().stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && d.governor() >= name.begin()
                        && d.governor() < name.end() && d.dependent() >= org.begin() && d.dependent() < org.end());
        if (!attached) {
            return List.of();
        }
        return List.of(new Finding(name.entity(), Optional.empty(), Optional.of(org.entity()), Optional.empty(),
                name.begin(), org.end(), POSTMODIFIER, OF_CONFIDENCE));
    }

    private List<Finding> withConjunct(SentenceView view, SentenceView.Run name, RolePhrase phrase) {
        List<Finding> found = new ArrayList<>();
        Optional<RolePhrase> second = conjunct(view, phrase.end());
        if (second.isPresent()) {
            RolePhrase other = second.get().complemented() ? second.get() : second.get().sharing(phrase);
            phrase = phrase.complemented() ? phrase : phrase.sharing(other);
            found.add(Finding.of(name.entity(), other, name.begin(), name.end(), NAME, CONFIDENCE));
        }
        found.add(0, Finding.of(name.entity(), phrase, name.begin(), name.end(), NAME, CONFIDENCE));
        return found;
    }

    /** "... and chairman", "... and former leader of the Atlas experiment". */
    private Optional<RolePhrase> conjunct(SentenceView view, int and) {
        if (!view.lower(and).equals("and")) {
            return Optional.empty();
        }
        for (int h = and + 1; h < view.size() && h <= and + 4; h++) {
            if (reader.isRoleHead(view, h, false) && !continuesNounPhrase(view, h)) {
                RolePhrase phrase = reader.read(view, h, view.size(), false);
                return phrase.begin() == and + 1 ? Optional.of(phrase) : Optional.empty();
            }
            if (!isNounPhraseWord(view, h) || view.named(h).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The role noun of a phrase ending at {@code last}: that token, or one whose complement runs to it. */
    private int headBefore(SentenceView view, int last) {
        for (int i = last; i >= 0 && last - i <= MAX_BACKWARD; i--) {
            if (reader.isRoleHead(view, i, false)) {
                boolean complemented = PREPOSITIONS.contains(view.lower(i + 1))
                        || lexicon.isPostpositive(view.word(i + 1));
                return i == last || complemented ? i : -1;
            }
            boolean inside = isNounPhraseWord(view, i) || view.lower(i).equals("and")
                    || PREPOSITIONS.contains(view.lower(i));
            if (!inside) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the noun phrase goes on after this role noun, or the role noun is the title of a next name. */
    private boolean continuesNounPhrase(SentenceView view, int head) {
        int next = head + 1;
        while (lexicon.isPostpositive(view.word(next))) {
            next++;
        }
        return view.pos(next).startsWith("NN") && view.named(next).isEmpty()
                || view.isNamed(next, TopType.PERSON);
    }

    private static boolean isEnd(SentenceView view, int i) {
        if (i >= view.size()) {
            return true;
        }
        String pos = view.pos(i);
        return ENDS.contains(view.word(i)) || pos.startsWith("VB") || pos.equals("MD") || pos.equals("RB");
    }

    private static boolean isNounPhraseWord(SentenceView view, int i) {
        String pos = view.pos(i);
        return view.named(i).isPresent() || pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN")
                || pos.equals("POS") || pos.equals("CD") || pos.equals("HYPH") || pos.equals("PRP$")
                || pos.equals("VBG") || pos.equals("VBN") || pos.equals("RBS");
    }
}

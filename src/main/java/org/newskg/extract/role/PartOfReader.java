package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;

/**
 * Organizations within organizations, as a sentence states them: a unit named with its parent ("the Americas
 * Program for the Institute for Ocean Policy") or an apposition ("Vela, a division of Nordwerk"). Stateless.
 */
final class PartOfReader {
    private static final Set<String> CONNECTORS = Set.of("for", "of", "at", "within");
    private static final Set<String> APPOSITION_PREPOSITIONS = Set.of("of", "within");
    private static final int MAX_APPOSITION_WORDS = 4;

    /**
     * A part-of link read from a sentence.
     *
     * @param part  the unit
     * @param whole the organization it belongs to
     * @param begin first token of the evidence
     * @param end   after the last token of the evidence
     * @param rule  the rule that read it
     */
    record Link(Entity part, Entity whole, int begin, int end, String rule) {
    }

    private PartOfReader() {
    }

    /** Whether token {@code i} joins a unit named just before it to its parent named just after. */
    static boolean isUnitConnector(SentenceView view, int i, int limit) {
        if (!CONNECTORS.contains(view.lower(i)) || i == 0 || !isUnit(view, i - 1)) {
            return false;
        }
        int next = view.pos(i + 1).equals("DT") ? i + 2 : i + 1;
        return next < limit && view.isNamed(next, TopType.ORGANIZATION)
                && view.named(next).get() != view.named(i - 1).get();
    }

    static List<Link> read(SentenceView view) {
        List<Link> links = new ArrayList<>();
        for (int i = 1; i + 1 < view.size(); i++) {
            if (isUnitConnector(view, i, view.size())) {
                Entity part = view.named(i - 1).get();
                int next = view.pos(i + 1).equals("DT") ? i + 2 : i + 1;
                SentenceView.Run whole = view.run(next);
                links.add(new Link(part, whole.entity(), view.run(i - 1).begin(), whole.end(),
                        "newskg-partof-name"));
            }
            appositive(view, i).ifPresent(links::add);
        }
        return links;
    }

    /** "Vela, a division of Nordwerk": an organization, a comma, a unit noun, of, an organization. */
    private static Optional<Link> appositive(SentenceView view, int comma) {
        if (!view.word(comma).equals(",") || !view.isNamed(comma - 1, TopType.ORGANIZATION)) {
            return Optional.empty();
        }
        RoleLexicon lexicon = RoleLexicon.get();
        for (int i = comma + 1; i < view.size() && i <= comma + MAX_APPOSITION_WORDS; i++) {
            if (lexicon.isUnit(view.word(i)) && view.named(i).isEmpty() && view.pos(i).startsWith("NN")) {
                int prep = i + 1;
                int next = view.pos(prep + 1).equals("DT") ? prep + 2 : prep + 1;
                if (APPOSITION_PREPOSITIONS.contains(view.lower(prep)) && next < view.size()
                        && view.isNamed(next, TopType.ORGANIZATION)) {
                    SentenceView.Run part = view.run(comma - 1);
                    SentenceView.Run whole = view.run(next);
                    return Optional.of(new Link(part.entity(), whole.entity(), part.begin(), whole.end(),
                            "newskg-partof-apposition"));
                }
                return Optional.empty();
            }
            String pos = view.pos(i);
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isUnit(SentenceView view, int i) {
        return view.isNamed(i, TopType.ORGANIZATION) && view.run(i).end() == i + 1
                && RoleLexicon.get().isUnit(view.word(i));
    }
}

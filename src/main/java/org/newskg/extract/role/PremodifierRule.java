package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;

/**
 * A title written before a name: "US President Ellen Park", "Nordwerk Chief Branding Officer Kenji Mori",
 * "Mexican Secretary for Security and Civilian Protection Rafael Ortega", "CEO and President Hiro Tanabe".
 * Stateless.
 */
final class PremodifierRule {
    static final String NAME = "newskg-role-premodifier";
    private static final double CONFIDENCE = 0.8;
    private static final double POSSESSIVE_CONFIDENCE = 0.7;
    private static final int MAX_COMPLEMENT = 7;
    private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "the", "&", "on");

    private final RoleLexicon lexicon;
    private final RolePhraseReader reader;

    PremodifierRule(RoleLexicon lexicon, RolePhraseReader reader) {
        this.lexicon = lexicon;
        this.reader = reader;
    }

    /** The roles written before this name; the first one's phrase begins where the title does. */
    List<Finding> find(SentenceView view, SentenceView.Run name) {
        int last = name.begin() - 1;
        while (last >= 0 && lexicon.isHonorific(view.word(last))) {
            last--;
        }
        int head = head(view, last);
        if (head < 0) {
            return possessiveOrganization(view, name, last);
        }
        RolePhrase phrase = reader.read(view, head, last + 1, true);
        if (phrase.end() != last + 1) {
            return List.of();
        }
        phrase = withNamedAfter(view, name, phrase);
        List<Finding> found = new ArrayList<>();
        int and = phrase.begin() - 1;
        if (view.lower(and).equals("and") && reader.isRoleHead(view, and - 1, true)) {
            RolePhrase first = reader.read(view, and - 1, and, false);
            found.add(Finding.of(name.entity(), first.sharing(phrase), first.begin(), name.end(), NAME,
                    CONFIDENCE));
            phrase = phrase.sharing(first);
        }
        found.add(0, Finding.of(name.entity(), phrase, phrase.begin(), name.end(), NAME, CONFIDENCE));
        return found;
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

    /** "Nordwerk's Hiro Tanabe": an organization's possessive before a name states membership, with no role. */
    private static List<Finding> possessiveOrganization(SentenceView view, SentenceView.Run name, int marker) {
        if (!view.pos(marker).equals("POS") || !view.isNamed(marker - 1, TopType.ORGANIZATION)) {
            return List.of();
        }
        SentenceView.Run owner = view.run(marker - 1);
        return List.of(new Finding(name.entity(), Optional.empty(), Optional.of(owner.entity()), Optional.empty(),
                owner.begin(), name.end(), NAME, POSSESSIVE_CONFIDENCE));
    }

    /** The role noun of a title ending at {@code last}: that token, or one followed by for/of and capitals. */
    private int head(SentenceView view, int last) {
        for (int h = last; h >= 0 && last - h <= MAX_COMPLEMENT; h--) {
            boolean titleOfSomething = !lexicon.isRoleNoun(view.word(h))
                    && (view.lower(h - 1).equals("of") || view.lower(h - 1).equals("for"));
            if (reader.isRoleHead(view, h, true) && !titleOfSomething) {
                boolean adjacent = h == last || lexicon.isPostpositive(view.word(h + 1)) && h + 1 == last;
                String next = view.lower(h + 1);
                return adjacent || next.equals("for") || next.equals("of") ? h : -1;
            }
            String word = view.word(h);
            if (!SentenceView.isCapitalized(word) && !CONNECTORS.contains(word.toLowerCase())) {
                return -1;
            }
        }
        return -1;
    }
}

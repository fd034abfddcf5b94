package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.Evidence;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Kinship;

/** Family ties that follow from the ties an article states. Stateless. */
final class FamilyInference {
    static final String INFERRED_RULE = "newskg-family-inferred";

    private FamilyInference() {
    }

    /**
     * Ties that follow from two stated ones: two children of one parent are siblings; a parent's sibling (an uncle
     * or aunt) and a parent's parent are relatives; a sibling's sibling is a sibling and a sibling's parent a parent.
     * The evidence is the second tie's, with the rule {@value #INFERRED_RULE}.
     */
    static List<FamilyTie> inferred(List<FamilyTie> stated) {
        List<FamilyTie> both = new ArrayList<>();
        stated.forEach(t -> both.addAll(List.of(t, t.inverse())));
        List<FamilyTie> result = new ArrayList<>();
        for (FamilyTie child : both) {
            if (child.relation() != Kinship.CHILD_OF) {
                continue;
            }
            for (FamilyTie other : both) {
                boolean parentsRelative = other.personKey().equals(child.relativeKey())
                        && (other.relation() == Kinship.SIBLING_OF || other.relation() == Kinship.CHILD_OF);
                if (parentsRelative && !other.relativeKey().equals(child.personKey())) {
                    result.add(inferredTie(child.personKey(), Kinship.RELATIVE_OF, other.relativeKey(),
                            other.evidence()));
                }
                boolean sameParent = other.relation() == Kinship.CHILD_OF
                        && other.relativeKey().equals(child.relativeKey());
                if (sameParent && !other.personKey().equals(child.personKey())) {
                    result.add(inferredTie(child.personKey(), Kinship.SIBLING_OF, other.personKey(),
                            other.evidence()));
                }
            }
        }
        result.addAll(throughSiblings(both));
        return result;
    }

    /** "Ana's brothers Rui and Tom": Rui and Tom are siblings; "Rui, son of Eva, and his brother Tom": Tom is Eva's. */
    private static List<FamilyTie> throughSiblings(List<FamilyTie> both) {
        List<FamilyTie> result = new ArrayList<>();
        for (FamilyTie sibling : both) {
            if (sibling.relation() != Kinship.SIBLING_OF) {
                continue;
            }
            for (FamilyTie other : both) {
                boolean siblingsKin = other.relation() == Kinship.SIBLING_OF || other.relation() == Kinship.CHILD_OF;
                if (siblingsKin && other.personKey().equals(sibling.relativeKey())
                        && !other.relativeKey().equals(sibling.personKey())) {
                    result.add(inferredTie(sibling.personKey(), other.relation(), other.relativeKey(),
                            other.evidence()));
                }
            }
        }
        return result;
    }

    private static FamilyTie inferredTie(String personKey, Kinship relation, String relativeKey, Evidence from) {
        return new FamilyTie(personKey, relation, relativeKey, new Evidence(from.sentenceIndex(), from.sentenceText(),
                from.span(), from.text(), INFERRED_RULE, 0.6));
    }
}

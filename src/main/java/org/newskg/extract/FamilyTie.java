package org.newskg.extract;

/**
 * A family relation between two people, read "person relation relative": "Ana Costa's son, Luis" gives Luis
 * {@link Kinship#CHILD_OF} Ana Costa.
 *
 * @param personKey   the person's {@link Entity#key()}
 * @param relation    how the person is related to the relative
 * @param relativeKey the relative's key
 * @param evidence    where it was read
 */
public record FamilyTie(String personKey, Kinship relation, String relativeKey, Evidence evidence) {
    public FamilyTie {
        if (personKey.equals(relativeKey)) {
            throw new IllegalArgumentException("a person is not their own relative: " + personKey);
        }
    }

    /** The same tie read the other way round: Luis childOf Ana is Ana parentOf Luis. */
    public FamilyTie inverse() {
        return new FamilyTie(relativeKey, relation.inverse(), personKey, evidence);
    }
}

package org.newskg.export;

/** What an edge says; its name is the edge's {@code relation}. */
public enum Relation {
    /** A leader leads an organization (nkg:Leadership), with a role and a status. */
    leads,
    /** A person is a member of an organization or holds a role in a country (nkg:Membership). */
    memberOf,
    /** Family ties (nkg:FamilyTie or the direct triple), read the way the article states them. */
    childOf, parentOf, spouseOf, siblingOf, relativeOf,
    /** A place lies in another (nkg:located). */
    locatedIn,
    /** An entity takes part in an event (nkg:Participation), with its role: agent, patient, victim, speaker. */
    participatesIn,
    /** An event happened at a place (nkg:place). */
    happenedIn,
    /** A speaker said a quotation; the edge points to the quotation's speech-act event (nkg:speechAct). */
    quoted
}

package org.newskg.extract;

import java.util.Optional;

/**
 * A person leads, led or is said to lead an organization: "the Harbor Trust's director, Ana Costa", "Ruiz, who
 * founded the Harbor Trust", "suspected of being in the leadership of the Red Delta gang".
 *
 * @param leaderKey       the person's {@link Entity#key()}
 * @param organizationKey the organization's key
 * @param role            the role as written ("director", "founder"), when the text names one
 * @param status          whether it holds now, held before, or is only claimed
 * @param evidence        where it was read
 */
public record Leadership(String leaderKey, String organizationKey, Optional<String> role, LeadershipStatus status,
                         Evidence evidence) {
}

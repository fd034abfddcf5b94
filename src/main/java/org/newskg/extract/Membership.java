package org.newskg.extract;

import java.util.Optional;

/**
 * A person's role, in an organization where the text names one ("director of the Coastal Program"), or on its
 * own with the country it belongs to ("a Mexican security expert", "US President").
 *
 * @param personKey       the person's {@link Entity#key()}
 * @param organizationKey the organization's key, when named
 * @param role            the role title as written, lower-cased unless a proper name ("director", "President")
 * @param placeKey        the country or place the role belongs to, when stated and no organization is
 * @param evidence        where it was read
 */
public record Membership(String personKey, Optional<String> organizationKey, Optional<String> role,
                         Optional<String> placeKey, Evidence evidence) {
}

package org.newskg.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which rows a gold set can judge when they match none of its lines.
 *
 * <ul>
 *   <li>{@link #OPEN}: the gold lists every fact a careful reader takes from the article (the dev set's rule), so a
 *       row that matches no gold line of its kind is wrong, but for the exceptions of {@link Scorer} (short
 *       quotations, undated events).
 *   <li>{@link #CLOSED}: the gold annotates relations only between its annotated entities (a benchmark such as
 *       Re-DocRED), so a relation row that matches no gold line is wrong only when each of its arguments names some
 *       {@code entity} line of the article; quotations and events, which such a set does not annotate, are judged
 *       only when they match a gold line. Entity rows are judged as in the open world.
 * </ul>
 */
public enum World {
    OPEN, CLOSED;

    /** {@code open} or {@code closed}, as given to {@code --world}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The world with this token, if any. */
    public static Optional<World> byToken(String token) {
        return Arrays.stream(values()).filter(w -> w.token().equals(token)).findFirst();
    }
}

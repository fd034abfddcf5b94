package org.newskg.article;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings the user gives for reading articles.
 *
 * @param published the publication time to use for articles whose file does not give one ({@code --published})
 */
public record ReadOptions(Optional<OffsetDateTime> published) {

    public ReadOptions {
        Objects.requireNonNull(published, "published");
        published.flatMap(DateLib::rangeProblem).ifPresent(problem -> {
            throw new IllegalArgumentException("--published: " + problem);
        });
    }

    /** No settings: articles without a date stay without one. */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty());
    }

    /** These options with {@code published} as the fallback publication time. */
    public ReadOptions withPublished(OffsetDateTime published) {
        return new ReadOptions(Optional.of(published));
    }
}

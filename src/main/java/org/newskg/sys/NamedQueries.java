package org.newskg.sys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The named queries of {@code queries/}, shipped inside the jar. */
public final class NamedQueries {
    public static final List<String> SCORED = List.of("entities", "leadership", "affiliations", "family", "quotes",
            "events", "located");

    private NamedQueries() {
    }

    /** The text of {@code queries/NAME.rq}. */
    public static String text(String name) {
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new NewsKgException("no named query '" + name + "'. The named queries are "
                        + String.join(", ", SCORED) + ".");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

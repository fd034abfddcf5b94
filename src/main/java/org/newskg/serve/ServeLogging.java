package org.newskg.serve;

import java.util.Map;

/**
 * Keeps the server quiet under slf4j-simple: Jetty's start-up chatter and Fuseki's per-request log go to WARN, Fuseki's
 * own "Start Fuseki"/"Stop Fuseki" lines stay.
 *
 * <p>slf4j-simple fixes a logger's level when the logger is created, so this only affects loggers not created yet. Jena
 * creates Fuseki's loggers while it initialises, on first use of any Jena class; call {@link #quiet()} before that (for
 * example first thing in {@code main}) for the request log to be quiet too. A level the user set with
 * {@code -Dorg.slf4j.simpleLogger.log.<name>=<level>} is never overridden. Thread-safe; idempotent.
 */
public final class ServeLogging {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    private static final Map<String, String> LEVELS = Map.of(
            "org.eclipse.jetty", "warn",
            "org.apache.jena.fuseki.Fuseki", "warn",
            "org.apache.jena.fuseki.Request", "warn",
            "org.apache.jena.fuseki.Servlet", "warn",
            "org.apache.jena.fuseki.Config", "warn");

    private ServeLogging() {}

    /** Sets the quiet levels for the server's loggers, unless the user already chose a level for one. */
    public static void quiet() {
        LEVELS.forEach((logger, level) -> {
            String key = PREFIX + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, level);
            }
        });
    }
}

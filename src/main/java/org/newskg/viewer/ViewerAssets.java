package org.newskg.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The viewer's parts on the classpath: the page template, its style sheet and script, and Cytoscape.js from its
 * WebJar ({@code org.webjars.npm:cytoscape}), whose version comes from the WebJar's own {@code pom.properties}.
 * Read once per JVM; thread-safe.
 */
final class ViewerAssets {
    static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String OWN = "/org/newskg/viewer/";

    final String template;
    final String css;
    final String script;
    final String cytoscape;
    final String cytoscapeVersion;

    private ViewerAssets() {
        template = text(OWN + "viewer.html");
        css = text(OWN + "viewer.css");
        script = text(OWN + "viewer.js");
        cytoscapeVersion = webJarVersion();
        cytoscape = text("/META-INF/resources/webjars/cytoscape/" + cytoscapeVersion + "/dist/cytoscape.min.js");
    }

    private static final class Holder {
        static final ViewerAssets ASSETS = new ViewerAssets();
    }

    static ViewerAssets get() {
        return Holder.ASSETS;
    }

    private static String webJarVersion() {
        Properties properties = new Properties();
        try (InputStream in = open(WEBJAR_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(WEBJAR_PROPERTIES + ": cannot read: " + e.getMessage(), e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(WEBJAR_PROPERTIES + ": no version. The cytoscape WebJar is damaged; "
                    + "rebuild newskg.");
        }
        return version;
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ViewerAssets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": not on the classpath. The viewer needs the cytoscape "
                    + "WebJar and newskg's own resources; rebuild newskg.");
        }
        return in;
    }
}

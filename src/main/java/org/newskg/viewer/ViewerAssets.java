package org.newskg.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The viewer's parts on the classpath: the page template, its style sheet and script, and the JavaScript libraries
 * from their WebJars: Cytoscape.js, and the fCoSE layout with the two libraries it is built on, in the order they
 * must load. Each WebJar's version comes from its own {@code pom.properties}. Read once per JVM; thread-safe.
 */
final class ViewerAssets {
    private static final String OWN = "/org/newskg/viewer/";

    /** A library from a WebJar, to be inlined. */
    record Library(String name, String version, String source) {
    }

    final String template;
    final String css;
    final String script;
    final List<Library> libraries;

    private ViewerAssets() {
        template = text(OWN + "viewer.html");
        css = text(OWN + "viewer.css");
        script = text(OWN + "viewer.js");
        libraries = List.of(library("cytoscape", "dist/cytoscape.min.js"), library("layout-base", "layout-base.js"),
                library("cose-base", "cose-base.js"), library("cytoscape-fcose", "cytoscape-fcose.js"));
    }

    private static final class Holder {
        static final ViewerAssets ASSETS = new ViewerAssets();
    }

    static ViewerAssets get() {
        return Holder.ASSETS;
    }

    Library library(String name) {
        return libraries.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static Library library(String artifact, String file) {
        String version = webJarVersion(artifact);
        return new Library(artifact, version, text("/META-INF/resources/webjars/" + artifact + "/" + version + "/"
                + file));
    }

    private static String webJarVersion(String artifact) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = open(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(resource + ": no version. The " + artifact + " WebJar is damaged; "
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
            throw new IllegalStateException(resource + ": not on the classpath. The viewer needs the cytoscape, "
                    + "cytoscape-fcose, cose-base and layout-base WebJars and newskg's own resources; rebuild newskg.");
        }
        return in;
    }
}

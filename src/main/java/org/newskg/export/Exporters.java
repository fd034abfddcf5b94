package org.newskg.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The exporters by format name ({@code newskg export --format NAME}), and the file extension of each. */
public final class Exporters {
    private static final Map<String, Entry> BY_FORMAT = new LinkedHashMap<>();

    static {
        register("graphml", "graphml", new GraphMlExporter());
        register("gexf", "gexf", new GexfExporter());
        register("dot", "gv", new DotExporter());
        register("cytoscape", "json", new CytoscapeExporter());
        register("html", "html", new HtmlExporter());
    }

    private record Entry(String extension, Exporter exporter) {
    }

    private Exporters() {
    }

    private static void register(String format, String extension, Exporter exporter) {
        BY_FORMAT.put(format, new Entry(extension, exporter));
    }

    /** The format names, in the order they are listed to users. */
    public static Set<String> formats() {
        return Collections.unmodifiableSet(BY_FORMAT.keySet());
    }

    /**
     * The exporter of a format, named case-insensitively.
     *
     * @throws ExportException listing the known formats when there is none by that name
     */
    public static Exporter forFormat(String format) {
        return entry(format).exporter();
    }

    /** The usual file extension of a format, without the dot ("graphml", "gv", "json"). */
    public static String extension(String format) {
        return entry(format).extension();
    }

    private static Entry entry(String format) {
        Entry entry = BY_FORMAT.get(format.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new ExportException("unknown export format '" + format + "'. Use one of: "
                    + String.join(", ", BY_FORMAT.keySet()) + ".");
        }
        return entry;
    }
}

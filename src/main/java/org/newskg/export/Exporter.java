package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link VizGraph} in one file format. Implementations are stateless, reusable and thread-safe; they write
 * UTF-8 and leave the stream open. Find one by its format name with {@link Exporters#forFormat}.
 */
@FunctionalInterface
public interface Exporter {

    void write(VizGraph graph, OutputStream out) throws IOException;
}

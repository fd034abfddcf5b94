package org.newskg.article.reader;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that each line can be checked and decoded on its own and a bad line
 * can be reported with its number. Holds one line at a time. Not thread-safe.
 */
public final class ByteLines implements Closeable {
    private final InputStream in;
    private byte[] line = new byte[256];
    private int length;
    private int number;

    public ByteLines(InputStream in) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the stream
     */
    public boolean next() throws IOException {
        length = 0;
        int b = in.read();
        if (b < 0) {
            return false;
        }
        while (b >= 0 && b != '\n') {
            if (length == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = (byte) b;
            b = in.read();
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        number++;
        return true;
    }

    /** The current line's bytes, valid up to {@link #length()}; without the line end. */
    public byte[] bytes() {
        return line;
    }

    /** The number of bytes in the current line. */
    public int length() {
        return length;
    }

    /** The 1-based number of the current line. */
    public int number() {
        return number;
    }

    /** True when the current line holds only spaces, tabs and carriage returns. */
    public boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

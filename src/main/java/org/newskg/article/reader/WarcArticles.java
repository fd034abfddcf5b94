package org.newskg.article.reader;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newskg.article.Article;
import org.newskg.article.ArticleProblem;
import org.newskg.article.DateLib;
import org.newskg.article.IriLib;
import org.newskg.article.WarcInput;
import org.newskg.article.WarcInput.Item;
import org.newskg.article.WarcInput.Opener;

/**
 * The articles of one WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record), read with
 * jwarc one record at a time as the caller pulls them: memory depends on the largest page, never on the file.
 *
 * <ul>
 *   <li>Each {@code response} record of an HTTP {@code 200} with an HTML body ({@code text/html},
 *       {@code application/xhtml+xml}) is read by {@link HtmlArticleReader#readPage}: title, text and author as a
 *       page file gives them; the URL is the record's {@code WARC-Target-URI}; the date is the page's own, else the
 *       record's {@code WARC-Date} (when it was captured). Its {@link Article#source()} is {@code name@offset}.</li>
 *   <li>Every other record (requests, metadata, other statuses and media types) is skipped and counted by reason
 *       ({@link #skipped()}).</li>
 *   <li>A bad record (cut short, broken gzip data, unreadable WARC or HTTP headers, a page without title or text)
 *       is one {@link ArticleProblem} at the record's byte offset in the file (the compressed offset for
 *       {@code .warc.gz}); reading goes on at the next record start found after it.</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance reads one file once.
 */
public final class WarcArticles implements WarcInput.Records {
    /** Pages larger than this are reported instead of parsed. */
    public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_RECORD = {'\n', 'W', 'A', 'R', 'C', '/', '1', '.'};

    private final String location;
    private final String sourceName;
    private final Opener opener;
    private final boolean gzip;
    private final Map<String, Long> skipped = new TreeMap<>();
    private WarcReader reader;
    private long base;
    private boolean resumed;
    private boolean done;
    private Item pending;
    private long records;

    /**
     * @param location   the file as the user named it, for problems
     * @param sourceName the name its articles' {@code source} gives the file
     * @param opener     reads the file from an offset
     */
    public WarcArticles(String location, String sourceName, Opener opener) throws IOException {
        this.location = location;
        this.sourceName = sourceName;
        this.opener = opener;
        try (InputStream in = opener.openAt(0)) {
            byte[] start = in.readNBytes(2);
            this.gzip = start.length == 2 && start[0] == GZIP_MEMBER[0] && start[1] == GZIP_MEMBER[1];
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = pending;
        pending = null;
        return item;
    }

    @Override
    public long records() {
        return records;
    }

    @Override
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    @Override
    public void close() throws IOException {
        done = true;
        closeReader();
    }

    private Item advance() {
        while (!done) {
            long offset = -1;
            try {
                if (reader == null) {
                    reader = new WarcReader(opener.openAt(base));
                }
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    close();
                    return null;
                }
                offset = base + reader.position();
                records++;
                resumed = false;
                Optional<Item> item = read(record.get(), offset);
                if (item.isPresent()) {
                    return item.get();
                }
            } catch (IOException | RuntimeException e) {
                long at = offset >= 0 ? offset : base + (reader == null ? 0 : reader.position());
                boolean falseStart = resumed && offset < 0;
                resumeAfter(at);
                if (!falseStart) {
                    return problem(at, reason(e), "The rest of the file is read; to keep the record, fetch it again.");
                }
            }
        }
        return null;
    }

    private Optional<Item> read(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return skip(record.type() + " record");
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return skip("HTTP status " + http.status());
        }
        MediaType type = http.contentType().base();
        if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
            return skip("not HTML");
        }
        byte[] page = http.bodyDecoded().stream().readNBytes(MAX_PAGE_BYTES + 1);
        if (page.length > MAX_PAGE_BYTES) {
            return Optional.of(problem(offset, "the page is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB",
                    "Leave it out or split the archive."));
        }
        String charset = http.contentType().parameters().get("charset");
        String target = response.target();
        Item[] item = new Item[1];
        HtmlArticleReader.readPage(Jsoup.parse(new ByteArrayInputStream(page), charset, target),
                ArticleProblem.atOffset(location, offset), sourceName + "@" + offset, captured(record),
                iri(target), article -> item[0] = new Item(offset, Optional.of(article), Optional.empty()),
                problem -> item[0] = new Item(offset, Optional.empty(), Optional.of(problem)));
        return Optional.ofNullable(item[0]);
    }

    private Optional<Item> skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
        return Optional.empty();
    }

    private Item problem(long offset, String what, String hint) {
        return new Item(offset, Optional.empty(), Optional.of(ArticleProblem.atOffset(location, offset, what, hint)));
    }

    private static Optional<OffsetDateTime> captured(WarcRecord record) {
        try {
            return Optional.of(record.date().atOffset(ZoneOffset.UTC)).filter(DateLib::isSupported);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> iri(String address) {
        try {
            return Optional.of(IriLib.toIri(address));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String reason(Exception e) {
        if (e instanceof EOFException) {
            return "the record is cut short: the file ends inside it";
        }
        String message = TextLib.oneLine(String.valueOf(e.getMessage()));
        if (e instanceof ZipException) {
            return "broken gzip data (" + message + ")";
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            return "unreadable record: " + message;
        }
        return "unreadable record (" + e.getClass().getSimpleName() + ": " + message + ")";
    }

    /** Goes on at the next record start after a bad record, or ends when there is none. */
    private void resumeAfter(long badOffset) {
        closeReader();
        Optional<Long> next = nextRecordStart(badOffset + 1);
        if (next.isEmpty()) {
            done = true;
        } else {
            base = next.get();
            resumed = true;
        }
    }

    private Optional<Long> nextRecordStart(long from) {
        byte[] mark = gzip ? GZIP_MEMBER : WARC_RECORD;
        int skip = gzip ? 0 : 1;
        try (InputStream in = new BufferedInputStream(opener.openAt(from), 1 << 16)) {
            int matched = 0;
            long position = from;
            for (int b = in.read(); b >= 0; b = in.read(), position++) {
                matched = (byte) b == mark[matched] ? matched + 1 : ((byte) b == mark[0] ? 1 : 0);
                if (matched == mark.length) {
                    return Optional.of(position - mark.length + 1 + skip);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing more is read from it
            }
            reader = null;
        }
    }
}

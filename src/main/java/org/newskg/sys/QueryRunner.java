package org.newskg.sys;

import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.ServerRecord;
import org.newskg.store.StoreException;

/**
 * Parses and runs SPARQL over a store, or on the SPARQL endpoint of the server that holds it, writing results in a
 * chosen format.
 */
public final class QueryRunner {
    private static final Pattern POSITION = Pattern.compile("line (-?\\d+), column (-?\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("Encountered \" .+? \"(.*?) \"\"");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Lexical error.*Encountered: .*?\\((\\d+)\\)");
    private static final int MAX_DETAIL = 120;
    private static final int HTTP_SERVICE_UNAVAILABLE = 503;
    /** How long after the query's timeout a server that has not answered is given up on. */
    private static final Duration SERVER_GRACE = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private QueryRunner() {
    }

    /** Output formats of {@code newskg query}. */
    public enum Format { table, csv, tsv, json }

    /**
     * A query and where it came from, for error messages.
     *
     * @param origin a file name, or "query" for inline text
     * @param text   the SPARQL
     */
    public record Source(String origin, String text) {
    }

    public static Query parse(Source source) {
        try {
            return QueryFactory.create(source.text());
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
            throw new QuerySyntaxException(source.origin() + where(e, message) + ": SPARQL syntax error: "
                    + detail(message) + ". Fix the query and run it again.", e);
        }
    }

    /**
     * Where the error is. The parser's message names the offending token; the exception's own line and column are
     * those of the last token read before it, so the message wins.
     */
    private static String where(QueryParseException e, String message) {
        Matcher position = POSITION.matcher(message);
        if (position.find() && Integer.parseInt(position.group(1)) > 0) {
            return " [line " + position.group(1) + ", col " + position.group(2) + "]";
        }
        return e.getLine() > 0 ? " [line " + e.getLine() + ", col " + e.getColumn() + "]" : "";
    }

    /** What is wrong, in one short sentence: the parser's list of every token it would have accepted is dropped. */
    private static String detail(String message) {
        String detail = message.replaceFirst("^Line -?\\d+, column -?\\d+: ", "")
                .replaceFirst(" Was expecting.*$", "").replaceFirst(" at line -?\\d+, column -?\\d+", "");
        if (detail.startsWith("Encountered \"<EOF>\"") || detail.matches("Lexical error.*Encountered: <EOF>.*")) {
            return "the query ends too early";
        }
        Matcher token = UNEXPECTED_TOKEN.matcher(detail);
        if (token.lookingAt()) {
            return "unexpected '" + token.group(1).strip() + "'";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(detail);
        if (character.find()) {
            return "unexpected character '" + Character.toString(Integer.parseInt(character.group(1))) + "'";
        }
        detail = detail.replaceFirst("\\.$", "");
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
    }

    public static void run(KnowledgeStore store, Source source, Format format, int timeoutSeconds,
                           OutputStream out) {
        run(store, source, Map.of(), format, timeoutSeconds, out);
    }

    /**
     * Runs the query with some variables bound to values, as RDF terms substituted into the parsed query: a value
     * never becomes query text, so it cannot change the query.
     */
    public static void run(KnowledgeStore store, Source source, Map<String, RDFNode> parameters, Format format,
                           int timeoutSeconds, OutputStream out) {
        Query query = parse(source);
        store.read(dataset -> {
            var builder = QueryExecution.create().query(query).dataset(dataset)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS);
            parameters.forEach(builder::substitution);
            try (QueryExecution execution = builder.build()) {
                answer(execution, query, source, format, out);
            } catch (QueryCancelledException e) {
                throw tooLong(source, timeoutSeconds, e);
            }
            return null;
        });
    }

    /**
     * Runs the query on the SPARQL endpoint of the server that holds the store, so that only the answer crosses the
     * wire, with the values bound as in {@link #run(KnowledgeStore, Source, Map, Format, int, OutputStream)} before
     * the query is sent. The server is asked to stop the query after the timeout (it answers 503 then); a server that
     * sends no answer within {@link #SERVER_GRACE} more is given up on.
     *
     * @throws StoreException naming the server and what to do when it does not answer
     */
    public static void run(ServerRecord server, Source source, Map<String, RDFNode> parameters, Format format,
                           int timeoutSeconds, OutputStream out) {
        Query query = parse(source);
        QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(server.endpoint()).httpClient(HTTP)
                .query(query).param("timeout", Integer.toString(timeoutSeconds))
                .timeout(timeoutSeconds + SERVER_GRACE.toSeconds(), TimeUnit.SECONDS);
        parameters.forEach(builder::substitution);
        try (QueryExecution execution = builder.build()) {
            answer(execution, query, source, format, out);
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() == HTTP_SERVICE_UNAVAILABLE) {
                throw tooLong(source, timeoutSeconds, e);
            }
            if (e.getStatusCode() > 0) {
                throw new NewsKgException(source.origin() + ": the server at " + server.endpoint() + " refused the "
                        + "query (HTTP " + e.getStatusCode() + " " + oneLine(e.getResponseMessage()) + "). Check the "
                        + "query, or the server's log.", e);
            }
            throw notAnswering(server, e);
        } catch (HttpException e) {
            throw notAnswering(server, e);
        } catch (ResultSetException | RiotException e) {
            throw new NewsKgException(source.origin() + ": the answer from " + server.endpoint() + " broke off, as "
                    + "it does when a query runs longer than --timeout (" + timeoutSeconds + " s) or the server's own "
                    + "limit. Narrow the query or raise --timeout.", e);
        }
    }

    private static void answer(QueryExecution execution, Query query, Source source, Format format,
                               OutputStream out) {
        if (query.isSelectType()) {
            write(execution.execSelect(), format, out);
        } else if (query.isAskType()) {
            ResultSetFormatter.out(out, execution.execAsk());
        } else if (query.isConstructType() || query.isDescribeType()) {
            var model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            RDFDataMgr.write(out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
        } else {
            throw new QuerySyntaxException(source.origin() + ": only SELECT, ASK, CONSTRUCT and DESCRIBE "
                    + "queries are supported.", null);
        }
    }

    private static NewsKgException tooLong(Source source, int timeoutSeconds, Exception cause) {
        return new NewsKgException(source.origin() + ": the query ran longer than " + timeoutSeconds
                + " s and was stopped. Narrow it or raise --timeout.", cause);
    }

    private static StoreException notAnswering(ServerRecord server, Exception cause) {
        return new StoreException("the database is in use by 'newskg serve' (process " + server.pid() + ") at "
                + server.endpoint() + ", which did not answer (" + reason(cause) + "). Check that the server "
                + "runs and answers, or stop it and run the command again.", cause);
    }

    /** Why there was no answer, in a few words: the HTTP client's own exceptions often carry no message. */
    private static String reason(Throwable e) {
        String deepest = "";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return "no connection could be made";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            String message = oneLine(cause.getMessage());
            deepest = message.isEmpty() ? deepest : message;
        }
        return deepest.isEmpty() ? e.getClass().getSimpleName() : deepest;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static void write(ResultSet results, Format format, OutputStream out) {
        switch (format) {
            case table -> ResultSetFormatter.out(out, results);
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
            case json -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }

    /** The query text is not valid SPARQL. */
    public static final class QuerySyntaxException extends NewsKgException {
        private static final long serialVersionUID = 1L;

        QuerySyntaxException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

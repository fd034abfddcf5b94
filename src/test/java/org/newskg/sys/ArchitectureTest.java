package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md, checked on the sources: CoreNLP stays in {@code org.newskg.nlp.corenlp}, RDF4J in
 * {@code org.newskg.export} and {@code org.newskg.publish}, and a stage's implementation sub-packages are used only by the stage itself and by the
 * assembly in {@code org.newskg.sys}.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    /** An import, or a fully qualified name in code; comments are removed before matching. */
    private static final String REFERENCE = "(?:^\\s*import\\s+(?:static\\s+)?|[^\\w.])(%s)\\.";
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern NEWSKG_IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?org\\.newskg\\.(\\w+)\\.([a-z]\\w*)\\.", Pattern.MULTILINE);

    /** A static field that is not final, with its declared type. */
    private static final Pattern MUTABLE_STATIC_FIELD = Pattern.compile(
            "\\bstatic\\s+(?:volatile\\s+|transient\\s+)*(?!final\\b)([\\w.<>?,\\s]+?)\\s+\\w+\\s*[=;]");

    private static List<Source> sources;

    record Source(Path path, String packagePath, String code) {
        boolean isUnder(String folder) {
            return packagePath.equals(folder) || packagePath.startsWith(folder + "/");
        }
    }

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(ArchitectureTest::source)
                    .toList();
        }
    }

    @Test
    void onlyTheCoreNlpPackageUsesCoreNlp() {
        assertThat(referencing("edu\\.stanford\\.nlp")).as("sources seen").isNotEmpty()
                .allSatisfy(s -> assertThat(s.packagePath()).isEqualTo("org/newskg/nlp/corenlp"));
    }

    @Test
    void onlyTheExportAndPublishPackagesUseRdf4j() {
        assertThat(referencing("org\\.eclipse\\.rdf4j")).isNotEmpty().allSatisfy(s -> assertThat(
                s.isUnder("org/newskg/export") || s.isUnder("org/newskg/publish")).as("%s uses RDF4J", s.path())
                .isTrue());
    }

    @Test
    void theCheckSeesEveryStageAndFindsWhatIsThere() {
        assertThat(sources).extracting(Source::packagePath).contains("org/newskg/cli", "org/newskg/article",
                "org/newskg/nlp", "org/newskg/nlp/corenlp", "org/newskg/extract", "org/newskg/rdf",
                "org/newskg/store", "org/newskg/sys");
        assertThat(referencing("edu\\.stanford\\.nlp")).extracting(s -> s.path().getFileName().toString())
                .contains("CoreNlpEngine.java");
        assertThat(references(new Source(Path.of("X.java"), "org/newskg/x", code("class X { Object o = "
                + "new edu.stanford.nlp.pipeline.CoreDocument(\"\"); }")), "edu\\.stanford\\.nlp")).isTrue();
        assertThat(references(new Source(Path.of("X.java"), "org/newskg/x", code("import static "
                + "edu.stanford.nlp.util.Lib.f;")), "edu\\.stanford\\.nlp")).isTrue();
        assertThat(references(new Source(Path.of("X.java"), "org/newskg/x", code("/** Wraps "
                + "edu.stanford.nlp.pipeline. */ class X { String s = \"edu.stanford.nlp.x\"; }"
                + " // edu.stanford.nlp.y")), "edu\\.stanford\\.nlp")).isFalse();
    }

    @Test
    void aStagesImplementationsAreUsedOnlyByTheStageAndTheAssembly() {
        List<String> violations = new ArrayList<>();
        for (Source source : sources) {
            Matcher imported = NEWSKG_IMPORT.matcher(source.code());
            while (imported.find()) {
                String stage = "org/newskg/" + imported.group(1);
                if (!source.isUnder(stage) && !source.isUnder("org/newskg/sys")) {
                    violations.add(source.path() + " imports " + imported.group(0).strip() + "..");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noStaticFieldThatCanBeReplacedHoldsAnNlpEngineOrItsLoader() {
        assertThat(mutableStaticNlpFields(code("class X { private static volatile Supplier<NlpEngine> loader = "
                + "() -> null; static final Supplier<NlpEngine> FIXED = null; static int count; }")))
                .containsExactly("Supplier<NlpEngine>");
        List<String> violations = new ArrayList<>();
        for (Source source : sources) {
            mutableStaticNlpFields(source.code()).forEach(type -> violations.add(source.path() + ": static " + type));
        }
        assertThat(violations).as("the NLP engine is assembled by Models, not swapped in a global").isEmpty();
    }

    private static List<String> mutableStaticNlpFields(String code) {
        return MUTABLE_STATIC_FIELD.matcher(code).results().map(field -> field.group(1).strip())
                .filter(type -> type.contains("NlpEngine")).toList();
    }

    private static List<Source> referencing(String packageRegex) {
        return sources.stream().filter(s -> references(s, packageRegex)).toList();
    }

    private static boolean references(Source source, String packageRegex) {
        return Pattern.compile(String.format(REFERENCE, packageRegex), Pattern.MULTILINE).matcher(source.code())
                .find();
    }

    /** The text without comments, and with string literals emptied. */
    private static String code(String text) {
        return STRING.matcher(COMMENT.matcher(text).replaceAll(" ")).replaceAll("\"\"");
    }

    private static Source source(Path path) {
        try {
            String text = Files.readString(path);
            String packagePath = MAIN.relativize(path.getParent()).toString().replace('\\', '/');
            return new Source(path, packagePath, code(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

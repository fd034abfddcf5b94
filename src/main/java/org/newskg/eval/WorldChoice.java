package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@link World} a gold set is scored in, and why.
 *
 * <p>A set declares closed-world scoring in its {@code README.md}: a Markdown heading that names a closed world
 * ({@code ## Scoring: closed world}) decides; without one, a sentence that names it ("It must be scored closed-world")
 * does, unless the sentence negates it ("not", "no", "never", "instead of"). A heading that names an open world
 * decides for open. Everything else, a set without a README included, is scored in the open world, as the dev set
 * is. {@code --world} overrides the declaration.
 *
 * @param world  the world to score in
 * @param reason why, for the line the command prints, e.g. {@code README.md [line 17]: '## Scoring: closed world'}
 */
public record WorldChoice(World world, String reason) {
    private static final Pattern CLOSED = Pattern.compile("\\bclosed[\\s-]+world\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("\\bopen[\\s-]+world\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|instead of)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+|\\n\\s*\\n");
    private static final List<String> README_NAMES = List.of("README.md", "readme.md", "README.MD", "Readme.md");

    public WorldChoice {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(reason, "reason");
    }

    /** The world the user chose with {@code --world}. */
    public static WorldChoice given(World world) {
        return new WorldChoice(world, "--world " + world.token());
    }

    /** The world that the README of the gold set in {@code dir} declares; open when it declares none. */
    public static WorldChoice declaredBy(Path dir) {
        Optional<Path> readme = README_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
        if (readme.isEmpty()) {
            return new WorldChoice(World.OPEN, "the set has no README.md declaring closed-world scoring");
        }
        String name = readme.get().getFileName().toString();
        try {
            return declaredIn(Files.readString(readme.get(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new EvaluationException(readme.get() + ": cannot read the gold set's description: "
                    + e.getMessage() + ". Fix its permissions or choose with --world open|closed.", e);
        }
    }

    /** The world that the text of a README named {@code source} declares. */
    static WorldChoice declaredIn(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (HEADING.matcher(lines[i]).find()) {
                String why = source + " [line " + (i + 1) + "]: " + GoldFile.quote(lines[i].strip());
                if (CLOSED.matcher(lines[i]).find()) {
                    return new WorldChoice(World.CLOSED, why);
                }
                if (OPEN.matcher(lines[i]).find()) {
                    return new WorldChoice(World.OPEN, why);
                }
            }
        }
        Optional<String> sentence = Stream.of(SENTENCE_END.split(text))
                .map(s -> s.replaceAll("\\s+", " ").strip())
                .filter(s -> CLOSED.matcher(s).find() && !NEGATION.matcher(s).find())
                .findFirst();
        return sentence.map(s -> new WorldChoice(World.CLOSED, source + ": " + GoldFile.quote(s)))
                .orElseGet(() -> new WorldChoice(World.OPEN, source + " does not declare closed-world scoring"));
    }

    /** E.g. {@code Scoring: closed world, as README.md [line 17] says: '## Scoring: closed world'}. */
    public String describe() {
        return "Scoring: " + world.token() + " world (" + reason + "); --world open|closed overrides.";
    }
}

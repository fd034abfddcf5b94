package org.newskg.viewer;

import java.util.regex.Pattern;

/**
 * Makes text safe to place inside an HTML {@code <script>} element, whose content the HTML parser ends at the first
 * {@code </script}.
 */
public final class ScriptLib {
    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_START = Pattern.compile("<!--");

    private ScriptLib() {
    }

    /**
     * JSON text for a {@code <script type="application/json">} element: {@code <}, {@code >}, {@code &}, U+2028 and
     * U+2029 become {@code \}{@code u} escapes. These characters can only occur inside JSON strings, where the escape
     * means the same character, so the result parses to the same value and can neither end the element nor start a
     * comment.
     */
    public static String json(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JavaScript source for an inline {@code <script>}: {@code </script} becomes {@code <\/script} and {@code <!--}
     * becomes {@code <\!--}, which mean the same inside strings, regular expressions and comments, the only places
     * such text can occur in working code.
     */
    public static String javascript(String source) {
        String noEnd = SCRIPT_END.matcher(source).replaceAll("<\\\\/$1");
        return COMMENT_START.matcher(noEnd).replaceAll("<\\\\!--");
    }
}

package org.newskg.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Stable article identities: from the URL when there is one, else from the content. */
public final class ArticleIds {
    private static final int ID_HEX_CHARS = 16;

    private ArticleIds() {
    }

    public static String identity(Optional<String> url, String contentHash) {
        return url.map(u -> sha256(normalizeUrl(u)).substring(0, ID_HEX_CHARS))
                .orElse(contentHash.substring(0, ID_HEX_CHARS));
    }

    public static String contentHash(String title, String body) {
        return sha256(title.strip() + "\n\n" + body.strip());
    }

    static String normalizeUrl(String url) {
        String trimmed = url.strip();
        int fragment = trimmed.indexOf('#');
        if (fragment >= 0) {
            trimmed = trimmed.substring(0, fragment);
        }
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.replaceFirst("^(?i)https?://(www\\.)?", "").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

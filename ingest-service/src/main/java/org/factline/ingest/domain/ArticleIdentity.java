package org.factline.ingest.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives stable identities: the same canonical URL, or the same text after normalisation, always
 * gives the same id and hash, so a re-post is recognised as a duplicate and a relay retry
 * republishes the same event id.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    /** Hash of the text with case, accents' composition, punctuation spacing and whitespace folded. */
    public static String contentHash(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0]+", " ").strip();
        return "sha256:" + sha256(folded);
    }

    /** Scheme and host lower-cased, fragment, default port and trailing slash dropped; query kept. */
    public static String canonicalUrl(String url) {
        URI uri = URI.create(url.strip()).normalize();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    /** The outlet a URL belongs to: its host without a leading "www.". */
    public static String outletOf(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** 16 hex digits: from the canonical URL when there is one, from the content hash otherwise. */
    public static String articleId(String canonicalUrl, String contentHash) {
        return sha256(canonicalUrl != null ? "url:" + canonicalUrl : contentHash).substring(0, 16);
    }

    /** Lower-case hex SHA-256 of the string's UTF-8 bytes. */
    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}

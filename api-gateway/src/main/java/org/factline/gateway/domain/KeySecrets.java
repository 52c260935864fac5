package org.factline.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issuing and checking key secrets. An issued token reads {@code fl_<id>_<secret>}: the id finds
 * the stored key, the secret is checked against SHA-256(salt || secret) in constant time.
 */
public final class KeySecrets {

    public static final String PREFIX = "fl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {
    }

    /** The parts of an issued token. */
    public record Token(String id, String secret) {
    }

    public static String newId() {
        return HexFormat.of().formatHex(randomBytes(8));
    }

    public static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32)).replace('_', 'Z');
    }

    public static String newSalt() {
        return Base64.getEncoder().encodeToString(randomBytes(16));
    }

    public static String token(String id, String secret) {
        return PREFIX + id + "_" + secret;
    }

    public static Optional<Token> parse(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = token.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep != 16 || rest.length() <= sep + 1 || !rest.substring(0, sep).matches("[0-9a-f]{16}")) {
            return Optional.empty();
        }
        return Optional.of(new Token(rest.substring(0, sep), rest.substring(sep + 1)));
    }

    public static String hash(String secret, String salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Base64.getDecoder().decode(salt));
            return Base64.getEncoder().encodeToString(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean matches(String secret, String salt, String expectedHash) {
        byte[] actual = hash(secret, salt).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}

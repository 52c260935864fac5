package org.factline.deploy.manifests;

import java.util.regex.Pattern;

/** What a secret looks like in configuration, so tests can insist it is only ever referenced. */
final class Secrets {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|JAAS|ADMIN_KEY|API_KEY|PRIVATE).*");
    /** {@code scheme://user:password@host}, unless the password is a reference ({@code $(VAR)} or {@code ${VAR}}). */
    private static final Pattern CREDENTIALS_IN_URI = Pattern.compile("[a-z+]+://[^/\\s:@]+:(?![$][({])[^@/\\s]+@");
    /** A JAAS line with a literal password. */
    private static final Pattern JAAS_PASSWORD = Pattern.compile("(?i)password\\s*=\\s*\"[^\"$]");

    private Secrets() {
    }

    static boolean looksSecret(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    /** True when a text holds a secret value rather than a reference to one. */
    static boolean holdsSecretValue(String text) {
        return CREDENTIALS_IN_URI.matcher(text).find() || JAAS_PASSWORD.matcher(text).find();
    }
}

package org.copact.common;

import java.util.regex.Pattern;

/**
 * The one check of an email address that Copact makes: deliberately plain (one @, a dot in the
 * domain, no spaces, quotes, angle brackets or control characters); delivery proves the rest.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAIN = Pattern.compile(
            "^[^@\\s\\p{Cntrl}\"<>,;]{1,64}@[^@\\s\\p{Cntrl}\"<>,;]+\\.[^@\\s\\p{Cntrl}\"<>,;.]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.strip().length() <= MAX_LENGTH && PLAIN.matcher(address.strip()).matches();
    }
}

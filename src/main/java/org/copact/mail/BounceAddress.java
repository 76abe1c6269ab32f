package org.copact.mail;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The envelope sender (SMTP {@code MAIL FROM}) of every mail Copact sends,
 * {@code bounce+<token>@<reply domain>} (VERP): a server that cannot deliver the mail sends its
 * delivery status notification there, so the report names the mail it is about. The token is 192
 * random bits in lower-case hexadecimal, which survives a server that folds the case of the address.
 */
@Component
class BounceAddress {

    static final String TAG = "bounce+";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("^bounce\\+([0-9a-f]{48})@", Pattern.CASE_INSENSITIVE);

    private final String domain;

    BounceAddress(MailProperties mail) {
        this.domain = mail.replyAddressDomain();
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String address(String token) {
        return TAG + token + "@" + domain;
    }

    /** The token of a bounce address of Copact's domain, in lower case; empty for any other address. */
    Optional<String> tokenOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String trimmed = address.trim();
        Matcher matcher = TOKEN.matcher(trimmed);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return trimmed.substring(matcher.end()).equalsIgnoreCase(domain)
                ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}

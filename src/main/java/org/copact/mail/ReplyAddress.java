package org.copact.mail;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Reply-To of a mail to a stakeholder, {@code reply+<token>@<domain>}: the token is 192 random
 * bits, so an answer can be matched to its participation without trusting the sender's address,
 * and nobody can guess another stakeholder's address to answer in their name.
 */
@Component
class ReplyAddress {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("^reply\\+([A-Za-z0-9_-]{32})@", Pattern.CASE_INSENSITIVE);

    private final String domain;

    ReplyAddress(MailProperties mail) {
        this.domain = mail.replyAddressDomain();
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String address(String token) {
        return "reply+" + token + "@" + domain;
    }

    /** The token of a reply address, whatever the case of its domain; empty for any other address. */
    Optional<String> tokenOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(address.trim());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String rest = address.trim().substring(matcher.end());
        return rest.toLowerCase(Locale.ROOT).equals(domain.toLowerCase(Locale.ROOT))
                ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

package org.copact.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The region a received mail was addressed to, when nothing else names its round: the first of
 * its recipients that is one of a region's mailboxes ({@code copact.mail.in.region-mailboxes}), an
 * address exactly or a domain (and its subdomains). A mail to none of them (to Copact's shared
 * address only) belongs to no region: administrators resolve it.
 */
@Component
class RecipientRegions {

    private final Map<String, List<String>> mailboxes;

    RecipientRegions(MailProperties mail) {
        this.mailboxes = mail.in().regionMailboxes();
    }

    Optional<String> regionOf(List<String> recipients) {
        for (String recipient : recipients) {
            String address = recipient.trim().toLowerCase(Locale.ROOT);
            String domain = address.substring(address.lastIndexOf('@') + 1);
            for (Map.Entry<String, List<String>> region : mailboxes.entrySet()) {
                for (String mailbox : region.getValue()) {
                    String own = mailbox.trim().toLowerCase(Locale.ROOT);
                    boolean matches = own.contains("@") && !own.startsWith("@") ? own.equals(address)
                            : domain.equals(own.replaceFirst("^@", "")) || domain.endsWith("." + own.replaceFirst("^@", ""));
                    if (!own.isEmpty() && matches) {
                        return Optional.of(region.getKey());
                    }
                }
            }
        }
        return Optional.empty();
    }
}

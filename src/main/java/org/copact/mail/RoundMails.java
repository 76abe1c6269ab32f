package org.copact.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copact.identity.StaffAccounts;
import org.copact.round.Round;
import org.copact.stakeholder.Participations;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of every mail of a round: its {@code mail.<kind>.subject} and {@code .body} in the
 * reader's language, then the round's topic and authority ({@code mail.context}), signed by the
 * round's facilitator and their region, not by Copact. Its arguments {0} to {7} are the mail's own;
 * {8} is the topic and {9} the authority. A name that ends with a full stop ("S.r.l.") where the
 * text puts one after it gives one full stop, not two.
 */
@Component
public class RoundMails {

    /** a full stop or comma doubled where a value ends with one and the text adds another; an ellipsis stays */
    private static final Pattern DOUBLED_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
    private static final Pattern DOUBLED_COMMA = Pattern.compile(",,");
    static final int TOPIC = 8;
    static final int AUTHORITY = 9;

    private final MessageSource messages;
    private final StaffAccounts accounts;
    private final Participations participations;

    RoundMails(MessageSource messages, StaffAccounts accounts, Participations participations) {
        this.messages = messages;
        this.accounts = accounts;
        this.participations = participations;
    }

    /** who a round's mails speak for */
    public record Sender(String topic, String authority, String facilitator, String region) {
    }

    public record Text(String subject, String body) {
    }

    /**
     * The round's topic; its authority: the public authorities among its stakeholders, else its
     * region; the facilitator who defined it and their region.
     */
    @Transactional(readOnly = true)
    public Sender senderOf(Round round) {
        String region = accounts.regionName(round.regionId()).orElse(round.regionId());
        String authority = String.join(", ",
                participations.organisationsOf(round.id(), StakeholderCategory.PUBLIC_AUTHORITY));
        String facilitator = round.createdBy() == null ? null
                : accounts.displayNameOf(round.createdBy()).orElse(null);
        return new Sender(round.topic() == null ? "" : round.topic(), authority.isEmpty() ? region : authority,
                facilitator == null ? region : facilitator, region);
    }

    public Text write(Round round, String kind, Locale locale, Object... arguments) {
        return write(messages, senderOf(round), kind, locale, arguments);
    }

    Text write(Sender sender, String kind, Locale locale, Object... arguments) {
        return write(messages, sender, kind, locale, arguments);
    }

    /** The mail of this kind, in this locale, from the given sender; every text goes through here. */
    public static Text write(MessageSource messages, Sender sender, String kind, Locale locale, Object... arguments) {
        Object[] all = Arrays.copyOf(arguments, Math.max(arguments.length, AUTHORITY + 1));
        for (int i = arguments.length; i < TOPIC; i++) {
            all[i] = "";
        }
        all[TOPIC] = sender.topic();
        all[AUTHORITY] = sender.authority();
        String subject = messages.getMessage("mail." + kind + ".subject", all, locale);
        String body = messages.getMessage("mail." + kind + ".body", all, locale) + "\n\n"
                + messages.getMessage("mail.context", all, locale) + "\n\n"
                + sender.facilitator() + (sender.facilitator().equals(sender.region()) ? "" : "\n" + sender.region());
        return new Text(tidy(subject), tidy(body));
    }

    static String tidy(String text) {
        return DOUBLED_COMMA.matcher(DOUBLED_STOP.matcher(text).replaceAll(".")).replaceAll(",");
    }
}

package org.copact.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.identity.StaffAccount;
import org.copact.identity.StaffAccounts;
import org.copact.round.RoundService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * With the embedded mail server only: a page that lists every mail Copact sent, newest first,
 * with the links in them clickable, so a person trying Copact can act as each stakeholder. The
 * personal links in them open anyone's tasks, so a facilitator sees only the mails of the rounds
 * of their regions and the mails sent to their own address; administrators see every mail.
 */
@RestController
@ConditionalOnProperty(name = "copact.embedded.mail.enabled", havingValue = "true")
class SentMailController {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    private final GreenMail mailServer;
    private final CurrentCaller caller;
    private final RoundService rounds;
    private final StaffAccounts staff;

    SentMailController(GreenMail mailServer, CurrentCaller caller, RoundService rounds, StaffAccounts staff) {
        this.mailServer = mailServer;
        this.caller = caller;
        this.rounds = rounds;
        this.staff = staff;
    }

    @GetMapping(value = "/dev/mail", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String sentMail() throws MessagingException {
        Predicate<MimeMessage> visible = visibleTo(caller.staff());
        List<MimeMessage> messages = new ArrayList<>(Arrays.stream(mailServer.getReceivedMessages())
                .filter(visible).toList());
        Collections.reverse(messages);
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Mail sent by Copact</title>
                <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
                article{border:1px solid #999;border-radius:6px;padding:1rem;margin:1rem 0}
                pre{white-space:pre-wrap;font-family:inherit}</style></head><body>
                <h1>Mail sent by Copact</h1>
                <p>This page exists only with the embedded mail server. Open a link to act as that stakeholder.</p>
                """);
        html.append("<p>").append(messages.size()).append(" message(s).</p>");
        for (MimeMessage message : messages) {
            html.append("<article><h2>").append(escape(message.getSubject())).append("</h2><p>To: ")
                    .append(escape(addresses(message.getAllRecipients()))).append("<br>Sent: ")
                    .append(escape(String.valueOf(message.getSentDate()))).append("</p><pre>")
                    .append(linkify(textOf(message)))
                    .append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private Predicate<MimeMessage> visibleTo(Caller.Staff who) {
        if (who.isAdmin()) {
            return message -> true;
        }
        Set<String> roundIds = rounds.visibleRounds(who).stream().map(round -> round.id().toString())
                .collect(Collectors.toSet());
        String ownAddress = staff.find(who.username()).map(StaffAccount::email).orElse(null);
        return message -> {
            try {
                String[] round = message.getHeader(MailComposer.HEADER_ROUND);
                if (round != null && round.length > 0) {
                    return roundIds.contains(round[0].trim());
                }
                return ownAddress != null && Arrays.stream(Optional.ofNullable(message.getAllRecipients())
                        .orElse(new Address[0])).anyMatch(to -> to instanceof InternetAddress internet
                                && ownAddress.equalsIgnoreCase(internet.getAddress()));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    /** The plain text of a mail, or of the text/plain alternative of a multipart one. */
    private static String textOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return (String) parts.getBodyPart(i).getContent();
                    }
                }
            }
            return GreenMailUtil.getBody(message);
        } catch (Exception e) {
            return GreenMailUtil.getBody(message);
        }
    }

    /** Finds the web addresses in the raw text, then escapes every piece, links and text alike. */
    static String linkify(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String url = escape(matcher.group());
            out.append(escape(text.substring(last, matcher.start())))
                    .append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = matcher.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString()).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

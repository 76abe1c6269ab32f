package org.copact.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person wrote in a reply, apart from what their mail client added: the quoted original
 * and the header that introduces it ("On … wrote:" and its equivalents in the six languages and in
 * French, German and Danish; Outlook's From/Sent/To/Subject block; "-----Original Message-----"),
 * and their signature ("-- ", "Sent from my iPhone"). Inline and bottom posts keep every line the
 * person wrote between quoted ones. The whole message stays the source; this is the answer.
 */
public record ReplyText(String answer, String signature, boolean quotedHistory) {

    /** a header longer than this is no header: it bounds the work on pathological bodies */
    private static final int MAX_HEADER = 600;
    /** how many lines a client may wrap one quote header over */
    private static final int HEADER_LINES = 3;

    private static final Pattern HEADER_START = Pattern.compile(
            "^(?:On|Il giorno|Il|Le|Am|Den|În|In data|Pe|Στις|Την|На|\\d{1,2}\\.? \\p{L}+\\.? \\d{4}) .*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER_END = Pattern.compile(
            ".*(?:wrote|ha scritto|a (?:écrit|=C3=A9crit)|schrieb.*|skrev.*|a scris|έγραψε|написа|напиша)\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_OR_ADDRESS = Pattern.compile("\\d|@");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:_{8,}|-{8,})\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("^\\s*-{2,}\\s*(?:Original Message"
            + "|Messaggio originale|Message d'origine|Ursprüngliche Nachricht|Mesaj original|Αρχικό μήνυμα"
            + "|Оригинално съобщение|Оригинална порака|Forwarded message|Messaggio inoltrato"
            + "|Message transféré|Weitergeleitete Nachricht|Mesaj redirecționat|Προωθημένο μήνυμα"
            + "|Препратено съобщение|Препратена порака)\\s*-{2,}\\s*$|^Begin forwarded message:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile(
            "^\\s*\\*?(?:From|Da|De|Von|Fra|Από|От|Од|Expéditeur)\\*?\\s*:\\*?\\s.*", Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_HEADER = Pattern.compile("^\\s*\\*?(?:Sent|Date|Inviato|Data|Envoyé"
            + "|Gesendet|Sendt|Trimis|Στάλθηκε|Ημερομηνία|Изпратено|Дата|Испратено|To|A|À|An|Til|Către|Pentru|Προς"
            + "|До|Cc|Subject|Oggetto|Objet|Betreff|Emne|Subiect|Θέμα|Тема)\\*?\\s*:\\*?\\s.*", Pattern.UNICODE_CASE);
    /** an encoded character: with a soft line break, a body left in quoted-printable */
    private static final Pattern ENCODED_CHARACTER = Pattern.compile("=[0-9A-F]{2}");
    /** the standard delimiter, "-- " (RFC 3676); many clients write "--" alone */
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^-- ?$");
    /** a bare "--" begins a signature only before a few short lines: a name, a role, an address */
    private static final int SIGNATURE_LINES = 4;
    private static final Pattern SENT_FROM_DEVICE = Pattern.compile("^(?:Sent from (?:my|a)|Inviato da|Envoyé de"
            + "|Von meinem|Trimis de pe|Trimis de|Στάλθηκε από|Изпратено от|Испратено од) [^,.;:!?]{1,40}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The answer in {@code body}: its lines, trimmed at both ends; blank when the person wrote nothing. */
    public static ReplyText of(String body) {
        if (body == null || body.isBlank()) {
            return new ReplyText("", "", false);
        }
        // a no-break space (HTML's &nbsp;) is a space for what follows: Outlook puts one after "From:"
        List<String> lines = softBreaksJoined(body.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' '));
        List<String> answer = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        boolean quoted = false;
        boolean inSignature = false;
        boolean leftOut = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isQuoted(line)) {
                quoted = true;
                leftOut = true;
                inSignature = false;
                continue;
            }
            int header = headerLength(lines, i);
            if (header > 0) {
                quoted = true;
                inSignature = false;
                if (!introducesQuotedLines(lines, i + header)) {
                    break; // history written out unquoted (Outlook, forwards): nothing of the person's below
                }
                i += header - 1;
                leftOut = true;
                continue;
            }
            if (startsHistoryBlock(lines, i)) {
                quoted = true;
                break;
            }
            if (isSignatureDelimiter(lines, i)) {
                inSignature = true;
                continue;
            }
            List<String> part = inSignature ? signature : answer;
            boolean blankAgain = line.isBlank() && !part.isEmpty() && part.get(part.size() - 1).isBlank();
            if (!(leftOut && blankAgain)) {
                part.add(line); // where a quote was left out, the blank lines around it make one
            }
            leftOut = leftOut && line.isBlank();
        }
        moveTrailingSignature(answer, signature);
        return new ReplyText(trim(answer), trim(signature), quoted);
    }

    private static boolean isSignatureDelimiter(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.equals("-- ")) {
            return true;
        }
        if (!SIGNATURE_DELIMITER.matcher(line).matches()) {
            return false;
        }
        int tail = 0;
        for (int j = i + 1; j < lines.size() && !isQuoted(lines.get(j)); j++) {
            if (!lines.get(j).isBlank() && ++tail > SIGNATURE_LINES) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoted(String line) {
        return line.startsWith(">");
    }

    /** How many lines the quote header starting at line {@code i} takes, or 0 when none starts there. */
    private static int headerLength(List<String> lines, int i) {
        String first = lines.get(i).strip();
        if (first.length() > MAX_HEADER || !HEADER_START.matcher(first).matches()) {
            return 0;
        }
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < HEADER_LINES && i + n < lines.size(); n++) {
            String next = lines.get(i + n).strip();
            if (n > 0 && next.isEmpty()) {
                return 0;
            }
            // a wrapped address line may start with ">" ("… <rick@example.com" / "> a écrit :")
            joined.append(n == 0 ? "" : " ").append(n > 0 && next.startsWith(">") ? next.substring(1) : next);
            if (joined.length() > MAX_HEADER) {
                return 0;
            }
            if (HEADER_END.matcher(joined).matches()) {
                // a client's header names when or whom: "On the budget, our board wrote:" is the person's
                return DATE_OR_ADDRESS.matcher(joined).find() ? n + 1 : 0;
            }
        }
        return 0;
    }

    /** Whether, past blank lines, the header at this point is followed by '>'-quoted lines. */
    private static boolean introducesQuotedLines(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return isQuoted(lines.get(i));
            }
        }
        return true;
    }

    /** An Outlook header block (From: then Sent:/Date:/Subject:), or an "Original Message" line. */
    private static boolean startsHistoryBlock(List<String> lines, int i) {
        String line = lines.get(i);
        if (ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (SEPARATOR.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                if (OUTLOOK_FROM.matcher(lines.get(j)).matches() || ORIGINAL_MESSAGE.matcher(lines.get(j)).matches()) {
                    return true;
                }
            }
            return false;
        }
        if (!OUTLOOK_FROM.matcher(line).matches()) {
            return false;
        }
        // Outlook writes From: then Sent:, To:, Cc:, Subject:; a person's "From: our board / Date: …" has fewer
        int headers = 0;
        for (int j = i + 1; j < Math.min(lines.size(), i + 6); j++) {
            if (OUTLOOK_HEADER.matcher(lines.get(j)).matches()) {
                headers++;
            }
        }
        return headers >= 2;
    }

    /**
     * After the text, a "Sent from my …" line, a mailing list's footer below a line of underscores,
     * or a lone "-Name" line is the signature, not the answer.
     */
    private static void moveTrailingSignature(List<String> answer, List<String> signature) {
        moveOneTrailingSignature(answer, signature, true); // a mailing list's footer
        moveOneTrailingSignature(answer, signature, false); // then the sign-off above it
    }

    private static boolean moveOneTrailingSignature(List<String> answer, List<String> signature, boolean footers) {
        int last = lastNonBlank(answer);
        for (int i = 0; i <= last; i++) {
            String line = answer.get(i).strip();
            boolean tail = footers ? SEPARATOR.matcher(line).matches() && line.startsWith("_")
                    : i == last && (SENT_FROM_DEVICE.matcher(line).matches() || isSignOff(answer, i));
            if (tail && i > 0) {
                List<String> moved = new ArrayList<>(answer.subList(i, answer.size()));
                answer.subList(i, answer.size()).clear();
                signature.addAll(0, moved);
                return true;
            }
        }
        return false;
    }

    /** "-Abhishek Kona": a short "-Name" line in a paragraph of its own, not the last item of a "-" list */
    private static boolean isSignOff(List<String> lines, int i) {
        return lines.get(i).strip().matches("-\\p{L}[\\p{L} .'-]{0,40}") && lines.get(i - 1).isBlank();
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A body still in quoted-printable form keeps its soft line breaks ("=" at a line's end): joined. */
    private static List<String> softBreaksJoined(String text) {
        if (!text.contains("=\n") || !ENCODED_CHARACTER.matcher(text).find()) {
            return List.of(text.split("\n", -1));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.endsWith("=") && !line.endsWith("==")) {
                pending.append(line, 0, line.length() - 1);
                continue;
            }
            lines.add(pending.append(line).toString());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            lines.add(pending.toString());
        }
        return lines;
    }

    private static String trim(List<String> lines) {
        return String.join("\n", lines).strip();
    }
}

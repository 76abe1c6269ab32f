package org.copact.process;

import java.util.Locale;
import java.util.function.Function;
import org.copact.pact.PactDiff;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.springframework.context.MessageSource;

/** The line of the review and signature mails that says how many clauses changed since the version before. */
final class ChangedClauses {

    private ChangedClauses() {
    }

    /** Empty for a first version; else the line, after an empty line, in the reader's language. */
    static Function<Locale, String> line(PactService pacts, MessageSource messages, PactVersion version) {
        if (version.number() == 1) {
            return locale -> "";
        }
        long changed = PactDiff.between(pacts.version(version.roundId(), version.number() - 1), version)
                .clausesChanged();
        return locale -> "\n\n" + messages.getMessage("mail.changes.clauses",
                new Object[] {changed, version.number() - 1}, locale);
    }
}

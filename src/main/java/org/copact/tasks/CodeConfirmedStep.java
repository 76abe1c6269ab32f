package org.copact.tasks;

import java.time.Instant;
import org.copact.common.Language;

/**
 * A step whose submission a one-time code confirms: the person asks for a code (a button of the
 * task's page, {@code POST /api/tasks/{id}/signing-code}), it is mailed to them, and the step checks
 * it with the rest of the submission.
 */
public interface CodeConfirmedStep {

    /** Mails a new code for this task to its holder, in {@code language}; refused with a reason they can read. */
    CodeSent sendCode(OpenTaskRef task, Language language);

    /**
     * @param sentTo the address the code went to, partly hidden ({@code an…@example.org})
     * @param expiresAt when the code stops being valid
     * @param validMinutes how long a code is valid
     */
    record CodeSent(String sentTo, Instant expiresAt, long validMinutes) {
    }
}

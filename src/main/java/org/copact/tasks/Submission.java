package org.copact.tasks;

import org.copact.common.Language;

/**
 * The request that submits a task, as a step may need to know it: the language the person reads
 * the task in (for the step's own errors), and where the request came from, its address and its
 * {@code User-Agent} (null where there is no HTTP request, or it named none).
 */
public record Submission(Language language, String ipAddress, String userAgent) {
}

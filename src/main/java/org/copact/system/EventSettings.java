package org.copact.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code copact.events}: how publications of the event registry that a listener did not complete
 * are resubmitted, and how long completed ones are kept.
 *
 * @param resubmitEvery how often every node looks for incomplete publications
 * @param resubmitOlderThan the age past which an incomplete publication counts as failed, not as
 *     still being worked on by some node
 * @param keepCompleted how long a completed publication stays in {@code event_publication}
 */
@ConfigurationProperties("copact.events")
record EventSettings(Duration resubmitEvery, Duration resubmitOlderThan, Duration keepCompleted) {
}

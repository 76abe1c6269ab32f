package org.copact.tasks;

import java.time.Instant;
import java.util.Map;

/** What a person sent the last time they did the same step of the same round, and when. */
record EarlierAnswer(Map<String, Object> values, Instant submittedAt) {
}

package org.copact.process;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When facilitators are warned of a deadline near with people still missing.
 *
 * @param deadlineWarning how long before a stage's deadline ({@code copact.notices.deadline-warning}, two days)
 */
@ConfigurationProperties("copact.notices")
public record NoticeProperties(@DefaultValue("P2D") Duration deadlineWarning) {
}

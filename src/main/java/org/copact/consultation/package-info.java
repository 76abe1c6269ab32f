/**
 * The consultation of a round: who was invited, who answered and who did not by the deadline, and
 * the answers, kept as given, gathered for the synthesis.
 */
@ApplicationModule(displayName = "Consultation", allowedDependencies = {"common", "stakeholder"})
package org.copact.consultation;

import org.springframework.modulith.ApplicationModule;

/**
 * The round: one co-creation of one pact, from its definition (region, topic, languages, deadlines,
 * signing rule, targets, stakeholders) through its launch to the pact in force, and its stage.
 */
@ApplicationModule(displayName = "Round", allowedDependencies = {"common", "identity", "stakeholder"})
package org.copact.round;

import org.springframework.modulith.ApplicationModule;

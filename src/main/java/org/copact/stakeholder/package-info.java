/**
 * Organisations and their contact people, by category and language, and their participation in a
 * round (participant, reviewer, signatory, mentor).
 */
@ApplicationModule(displayName = "Stakeholder", allowedDependencies = {"common"})
package org.copact.stakeholder;

import org.springframework.modulith.ApplicationModule;

/**
 * The register: organisations and their contact people, by category and language, and their
 * participation in a round (participant, reviewer, signatory, mentor). {@link
 * org.copact.stakeholder.Participations} is the only writer of either; others read copies.
 */
@ApplicationModule(displayName = "Stakeholder", allowedDependencies = {"common"})
package org.copact.stakeholder;

import org.springframework.modulith.ApplicationModule;

/** The consultation's answers, kept as given, gathered for the synthesis. */
@ApplicationModule(displayName = "Consultation", allowedDependencies = {"common", "stakeholder"})
package org.copact.consultation;

import org.springframework.modulith.ApplicationModule;

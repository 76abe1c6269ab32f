/**
 * The read side: the staff's views and pages across modules (their rounds, defining and launching
 * one, a round's progress, open tasks, figures against its targets, its documents and who sent them, the pact's versions, the
 * timeline page, the drafting workspace with the consultation's answers and their downloads) and a
 * stakeholder's page of the pact. It holds no state of its own.
 */
@ApplicationModule(displayName = "Overview", allowedDependencies = {"common", "identity", "round", "stakeholder", "consultation", "pact", "signing", "tasks", "audit", "process", "documents", "forms"})
package org.copact.overview;

import org.springframework.modulith.ApplicationModule;

/**
 * The BPMN glue, one sub-package per stage in {@code bpmn/}: each process's key, element ids and
 * message names, the thin beans its expressions call, and the step of each of its user tasks; here at
 * the root the round's own process, the variables of every process ({@link org.copact.process.ProcessVariables}),
 * the start of a round's process when it is launched, the facilitator's reminders, and the mails the
 * stages send. {@code ProcessContractTests} holds the models and this code to each other.
 */
@ApplicationModule(displayName = "Process", allowedDependencies = {"common", "identity", "round", "stakeholder", "consultation", "pact", "signing", "tasks", "mail", "documents", "audit"})
package org.copact.process;

import org.springframework.modulith.ApplicationModule;

/**
 * The BPMN glue, one sub-package per stage in {@code bpmn/}: each process's key, element ids and
 * variables, the thin beans its expressions call, and the step of each of its user tasks; here at
 * the root the round's own process, the start of it when a round is launched, and the mails the
 * stages send.
 */
@ApplicationModule(displayName = "Process", allowedDependencies = {"common", "identity", "round", "stakeholder", "consultation", "pact", "signing", "tasks", "mail", "documents"})
package org.copact.process;

import org.springframework.modulith.ApplicationModule;

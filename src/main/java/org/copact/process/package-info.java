/**
 * The BPMN glue: the key, element ids and variables of each process in {@code bpmn/}, the thin
 * beans its expressions call, and the start of a round's process when the round is launched.
 */
package org.copact.process;

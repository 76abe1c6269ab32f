/**
 * The inbox of each person: their open tasks, the form of each task (from its definition in
 * {@code forms/}), the check of a submission against that definition, and its completion.
 */
package org.copact.tasks;

/**
 * The inbox of each person: their open tasks, the form of each (from {@code forms/}), their drafts
 * and earlier answers, the check of a submission and its completion. What completing a task means
 * is a {@link org.copact.tasks.TaskStep}, implemented next to the process of its stage.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = {"common", "forms", "identity", "round", "stakeholder"})
package org.copact.tasks;

import org.springframework.modulith.ApplicationModule;

/**
 * The form-js engine: the definitions in {@code forms/}, read and checked at start; their pages
 * (fields, lists, safe HTML and Markdown), their validation, FEEL conditions and translations. It
 * knows nothing of tasks, rounds or documents: file fields reach documents through
 * {@link org.copact.forms.FormDocuments}.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = {"common"})
package org.copact.forms;

import org.springframework.modulith.ApplicationModule;
